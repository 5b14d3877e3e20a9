// The quickstart: serve HostMonitor on http://localhost:8000/ and, when no backend is
// configured (ES_URL, OPENSEARCH_URL, INFLUX_URL, HOSTMONITOR_CONFIG), start local InfluxDB,
// Elasticsearch and OpenSearch first, keeping their data in .cache/local/ between runs.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { start, stopOnSignals } from '../src/main.js';
import { startAll } from '../test/backends/engines.js';

const configured = ['ES_URL', 'ES_HOST', 'OPENSEARCH_URL', 'INFLUX_URL', 'INFLUX_HOST', 'HOSTMONITOR_CONFIG'].some((v) => process.env[v]);
const env = { ...process.env };
let stopBackends = async () => {};

if (!configured) {
  const dataDir = (name: string) => {
    const dir = resolve('.cache/local', name);
    mkdirSync(dir, { recursive: true });
    return dir;
  };
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

const app = await start(['--env', 'local', ...process.argv.slice(2)], env);
stopOnSignals(app, stopBackends);
