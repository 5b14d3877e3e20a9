// npm run bench [-- --quick] [-- --only search,bulk,...]: the gateway beside the backends it
// fronts, in one run, pairs interleaved, medians of the repetitions; writes bench/RESULTS.md.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { startAll } from '../test/backends/engines.js';
import { cases, type BenchContext } from './cases.js';
import { buildGateway, startGateway } from './gateway.js';
import { howToRead, machine, standing, table, type Row } from './report.js';

const { values } = parseArgs({ options: { quick: { type: 'boolean', default: false }, only: { type: 'string' } } });
const quick = values.quick;
const only = values.only?.split(',');

buildGateway();
// OpenSearch is not measured: left out, an idle JVM would only add noise.
const engines = await startAll({ influx: true, es: true });
const urls = { es: engines.es.url, influx: engines.influx.url };
const gateway = await startGateway(urls);
const ctx: BenchContext = { quick, urls, gateway, repetitions: quick ? 1 : 3 };

const startedAt = new Date();
const loadBefore = loadavg();
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

const loadAfter = loadavg();
const minutes = (Date.now() - startedAt.getTime()) / 60_000;
const output = table(rows);
process.stdout.write(`\n${output}\n`);
if (!quick) {
  const versions = { Elasticsearch: engines.es.version, InfluxDB: engines.influx.version };
  const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  const dirty = execFileSync('git', ['status', '--porcelain', 'src'], { encoding: 'utf8' }).trim() !== '';
  const load = (l: number[]) => l.map((x) => x.toFixed(2)).join(' / ');
  // The hand-written profiling notes survive a new run (they say which run they were made on).
  const previous = existsSync('bench/RESULTS.md') ? readFileSync('bench/RESULTS.md', 'utf8') : '';
  const notes = previous.includes('\n## Profiling') ? previous.slice(previous.indexOf('\n## Profiling')) : '';
  writeFileSync(
    'bench/RESULTS.md',
    `# Benchmark results\n\n` +
      `Run on ${startedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC with \`npm run bench\`, ${minutes.toFixed(0)} minutes, ` +
      `gateway built from ${commit}${dirty ? ' plus uncommitted changes in src/' : ''}; medians of ${ctx.repetitions} interleaved repetitions.\n\n` +
      `## Machine\n\n${machine(versions)}\n- Load average (1 / 5 / 15 min): ${load(loadBefore)} at the start, ${load(loadAfter)} at the end\n\n` +
      `## Results\n\n${howToRead}\n\n${output}\n\n## Where we stand\n\n${standing(rows)}\n${notes}`,
  );
  process.stderr.write('[bench] wrote bench/RESULTS.md\n');
}
