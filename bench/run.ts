// npm run bench [-- --quick] [-- --only search,bulk,...]: the gateway beside the backends it
// fronts, in one run, pairs interleaved, medians of the repetitions; writes bench/RESULTS.md.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { startAll } from '../test/backends/engines.js';
import { cases, type BenchContext } from './cases.js';
import { startGateway } from './gateway.js';
import { machine, table, type Row } from './report.js';

const { values } = parseArgs({ options: { quick: { type: 'boolean', default: false }, only: { type: 'string' } } });
const quick = values.quick ?? false;
const only = values.only?.split(',');

process.stderr.write('[bench] building the gateway (npm run build)\n');
execFileSync('npm', ['run', '-s', 'build'], { stdio: 'inherit' });
const engines = await startAll({ influx: true, es: true, opensearch: true });
const urls = { es: engines.es.url, opensearch: engines.opensearch.url, influx: engines.influx.url };
const gateway = await startGateway(urls);
const ctx: BenchContext = { quick, urls, gateway, repetitions: quick ? 1 : 3 };

const rows: Row[] = [];
try {
  for (const c of cases) {
    if (only && !only.includes(c.id)) continue;
    process.stderr.write(`[bench] ${c.id}: ${c.title}\n`);
    rows.push(...(await c.run(ctx)));
  }
} finally {
  await gateway.stop();
  await engines.stopAll();
}

const output = table(rows);
process.stdout.write(`\n${output}\n`);
if (!quick) {
  const versions = { Elasticsearch: engines.es.version, OpenSearch: engines.opensearch.version, InfluxDB: engines.influx.version };
  writeFileSync(
    'bench/RESULTS.md',
    `# Benchmark results\n\nRun on ${new Date().toISOString().slice(0, 10)} with \`npm run bench\` (medians of ${ctx.repetitions} interleaved repetitions).\n\n` +
      `## Machine\n\n${machine(versions)}\n\n## Results\n\n${output}\n`,
  );
  process.stderr.write('[bench] wrote bench/RESULTS.md\n');
}
