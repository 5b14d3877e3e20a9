import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.js';
import { ConfigError, loadSettings, redactUrl, type Settings } from './config/settings.js';

function describeStart(settings: Settings) {
  return {
    env: settings.env,
    es: Object.fromEntries(Object.entries(settings.es).map(([n, i]) => [n, `${i.flavor} ${redactUrl(i.node)}`])),
    influx: Object.fromEntries(Object.entries(settings.influx).map(([n, i]) => [n, redactUrl(i.url)])),
    auth: Object.keys(settings.auth.tokens).length ? `${Object.keys(settings.auth.tokens).length} token(s)` : 'off',
  };
}

/** Reads the settings (exiting with one line on a bad one), builds the app and listens. */
export async function start(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<FastifyInstance> {
  let settings: Settings;
  try {
    settings = loadSettings(argv, env);
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    process.stderr.write(`hostmonitor: ${err.message}\n`);
    process.exit(2);
  }
  const app = await buildApp(settings);
  const url = await app.listen({ host: settings.server.host, port: settings.server.port });
  app.log.info(describeStart(settings), `${settings.project} listening on ${url} (Swagger UI at ${url}/)`);
  return app;
}

/** Closes the app on SIGINT/SIGTERM, then runs `after` (e.g. stopping local backends). */
export function stopOnSignals(app: FastifyInstance, after: () => Promise<void> = async () => {}): void {
  const stop = async (signal: string) => {
    app.log.info(`${signal}: closing`);
    await app.close();
    await after();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}

const isEntryPoint = process.argv[1] !== undefined && /[/\\]main\.(ts|js)$/.test(process.argv[1]);
if (isEntryPoint) stopOnSignals(await start(process.argv.slice(2)));
