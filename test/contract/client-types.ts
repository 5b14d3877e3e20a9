import openapiTS, { astToString } from 'openapi-typescript';
import { format, resolveConfig } from 'prettier';
import { buildApp } from '../../src/app.js';
import { loadSettings } from '../../src/config/settings.js';

/** Where the generated types live (committed; npm run client:generate rewrites them). */
export const clientTypesPath = new URL('./api.d.ts', import.meta.url);

const banner = '// Generated from /openapi.json by openapi-typescript: do not edit, run npm run client:generate.\n';

/** The gateway's OpenAPI document, as /openapi.json serves it (no backend is called to build it). */
export async function openApiDocument(): Promise<string> {
  const app = await buildApp(loadSettings(['--env', 'test'], {}));
  try {
    const res = await app.inject('/openapi.json');
    return res.body;
  } finally {
    await app.close();
  }
}

/** TypeScript types for openapi-fetch, formatted as the repository formats its files. */
export async function generateClientTypes(document: string): Promise<string> {
  const ast = await openapiTS(document);
  const options = await resolveConfig(clientTypesPath);
  return format(banner + astToString(ast), { ...options, filepath: clientTypesPath.pathname });
}
