// `npm start`: the compiled server, with a plain hint instead of a module-not-found trace on a
// checkout that was never built.
import { existsSync } from 'node:fs';

const main = new URL('../dist/main.js', import.meta.url);
if (!existsSync(main)) {
  process.stderr.write('dist/ is missing: run `npm run build` first (or `npm run dev`)\n');
  process.exit(1);
}
const { start, stopOnSignals } = await import(main.href);
stopOnSignals(await start(process.argv.slice(2)));
