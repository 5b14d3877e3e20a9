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

/** Starts the server and stops it cleanly on SIGINT/SIGTERM. Returns the listening URL. */
export async function main(argv = process.argv.slice(2)): Promise<string> {
  let settings: Settings;
  try {
    settings = loadSettings(argv);
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`hostmonitor: ${err.message}\n`);
      process.exit(2);
    }
    throw err;
  }
  const app = await buildApp(settings);
  const url = await app.listen({ host: settings.server.host, port: settings.server.port });
  app.log.info(describeStart(settings), `${settings.project} listening on ${url} (Swagger UI at ${url}/)`);
  const stop = async (signal: string) => {
    app.log.info(`${signal}: closing`);
    await app.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
  return url;
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('/main.ts')) {
  await main();
}
