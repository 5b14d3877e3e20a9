// The quickstart: serve HostMonitor on http://localhost:8000/ and, when no backend is
// configured (ES_URL, OPENSEARCH_URL, INFLUX_URL, HOSTMONITOR_CONFIG), start local InfluxDB,
// Elasticsearch and OpenSearch first, keeping their data in .cache/local/ between runs.
// With --all it starts every engine version the tests know, as named instances.
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { start, stopOnSignals } from '../src/main.js';
import { startAll } from '../test/backends/engines.js';

const configured = ['ES_URL', 'ES_HOST', 'OPENSEARCH_URL', 'INFLUX_URL', 'INFLUX_HOST', 'HOSTMONITOR_CONFIG'].some((v) => process.env[v]);
const all = process.argv.includes('--all');
const gatewayArgs = process.argv.slice(2).filter((arg) => arg !== '--all');
const env = { ...process.env };
let stopBackends = async () => {};

const dataDir = (name: string) => {
  const dir = resolve('.cache/local', name);
  mkdirSync(dir, { recursive: true });
  return dir;
};

if (configured && all) process.stderr.write('[local] --all ignored: backends are configured, so none is started\n');
if (!configured && all) {
  process.stderr.write('[local] --all: starting every engine version (data in .cache/local/; the first run builds InfluxDB 1.13 and 2.8, minutes each)\n');
  const engines = await startAll({
    influx: { dataDir: dataDir('influxdb') },
    es: { dataDir: dataDir('elasticsearch') },
    opensearch: { dataDir: dataDir('opensearch') },
    es9: { dataDir: dataDir('elasticsearch9') },
    opensearch3: { dataDir: dataDir('opensearch3') },
    influx113: { dataDir: dataDir('influxdb113') },
    // Fixed credentials: the data folder keeps the first setup, so the token must not change between runs.
    influx2: { dataDir: dataDir('influxdb2'), setup: { password: 'hostmonitor-local', token: 'hostmonitor-local-token' } },
  });
  const es = {
    es8: { node: engines.es.url },
    es9: { node: engines.es9.url },
    os2: { node: engines.opensearch.url, flavor: 'opensearch' },
    os3: { node: engines.opensearch3.url, flavor: 'opensearch' },
  };
  const { org, token } = engines.influx2.setup;
  const influx = {
    influx16: { url: engines.influx.url },
    influx113: { url: engines.influx113.url },
    influx2: { url: engines.influx2.url, version: '2', org, token },
  };
  const configFile = resolve('.cache/local/all-engines.json');
  writeFileSync(configFile, JSON.stringify({ es, influx }, null, 2));
  env.HOSTMONITOR_CONFIG = configFile;
  const rows = [
    ['es8', engines.es],
    ['es9', engines.es9],
    ['os2', engines.opensearch],
    ['os3', engines.opensearch3],
    ['influx16', engines.influx],
    ['influx113', engines.influx113],
    ['influx2', engines.influx2],
  ] as const;
  for (const [name, engine] of rows) process.stderr.write(`[local] ${name.padEnd(9)} ${engine.kind} ${engine.version} on ${engine.url}\n`);
  process.stderr.write(`[local] influx2 is org ${org}, bucket ${engines.influx2.setup.bucket}, operator token ${token}\n`);
  stopBackends = () => engines.stopAll();
}

if (!configured && !all) {
  process.stderr.write('[local] no backend configured: starting InfluxDB, Elasticsearch and OpenSearch (data in .cache/local/)\n');
  const engines = await startAll({
    influx: { dataDir: dataDir('influxdb') },
    es: { dataDir: dataDir('elasticsearch') },
    opensearch: { dataDir: dataDir('opensearch') },
  });
  env.INFLUX_URL = engines.influx.url;
  env.ES_URL = engines.es.url;
  env.OPENSEARCH_URL = engines.opensearch.url;
  stopBackends = () => engines.stopAll();
}

const app = await start(['--env', 'local', ...gatewayArgs], env);
stopOnSignals(app, stopBackends);
