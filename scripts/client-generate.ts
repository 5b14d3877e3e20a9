// Regenerates test/contract/api.d.ts, the typed client's types, from the gateway's OpenAPI document.
import { writeFile } from 'node:fs/promises';
import { clientTypesPath, generateClientTypes, openApiDocument } from '../test/contract/client-types.js';

await writeFile(clientTypesPath, await generateClientTypes(await openApiDocument()));
process.stdout.write(`wrote ${clientTypesPath.pathname}\n`);
