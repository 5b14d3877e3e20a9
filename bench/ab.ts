/**
 * A/B of two gateway builds under the same loads, interleaved, medians: does a change pay?
 * Run: npx tsx bench/ab.ts <dist A> <dist B> [--seconds 10] [--repetitions 3]
 * (each dist a `tsc -p tsconfig.build.json --outDir ...` output where node_modules resolves).
 */
import { parseArgs } from 'node:util';
import { startAll } from '../test/backends/engines.js';
import { auth, call, sendAll } from './cases/common.js';
import { bulkLines, createIndex, seedDirect } from './cases/es-search.js';
import { freshDatabase, influxQl, lineBatches } from './cases/influx.js';
import { startGateway, type Gateway } from './gateway.js';
import { load, median } from './load.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { seconds: { type: 'string', default: '10' }, repetitions: { type: 'string', default: '3' } },
});
const [distA, distB] = positionals;
if (!distA || !distB) throw new Error('usage: npx tsx bench/ab.ts <dist A> <dist B>');
const seconds = Number(values.seconds);
const repetitions = Number(values.repetitions);
const engines = await startAll({ influx: true, es: true });
const urls = { es: engines.es.url, influx: engines.influx.url };
const gateways: Record<string, Gateway> = { A: await startGateway(urls, { dist: distA }), B: await startGateway(urls, { dist: distB }) };

const db = 'bench_ab';
await freshDatabase(urls.influx, db);
await sendAll(lineBatches(100_000, 5000), 2, (b) =>
  call(`${urls.influx}/write?db=${db}&precision=ms`, { method: 'POST', body: b, headers: { 'content-type': 'text/plain' } }),
);
await createIndex(urls.es, 'bench-ab');
await seedDirect(urls.es, 'bench-ab', 10_000, 1000, 2);
const q = `SELECT mean("usage_user") FROM "cpu" WHERE "host" = 'host-7' AND time >= ${(1_700_000_100_000 - 100_000) * 1e6} AND time < ${1_700_000_100_000 * 1e6} GROUP BY time(10s)`;
const search = JSON.stringify({ query: { bool: { must: { match: { message: 'delta' } }, filter: { range: { value: { gte: 100 } } } } }, size: 10 });
const lines = lineBatches(200_000, 5000);
const bulk = Array.from({ length: 50 }, (_, i) => bulkLines(i * 1000, i * 1000 + 1000));

const scenarios: Record<string, (g: Gateway, rep: number) => Promise<number>> = {
  'InfluxDB query req/s': async (g) =>
    (await load({ url: `${g.url}/influx/default/databases/${db}/query`, method: 'POST', body: JSON.stringify({ q }), headers: auth, connections: 64, seconds }))
      .rps,
  'ES search req/s': async (g) =>
    (await load({ url: `${g.url}/es/default/indices/bench-ab/_search`, method: 'POST', body: search, headers: auth, connections: 64, seconds })).rps,
  'InfluxDB write line protocol points/s': async (g, rep) => {
    const target = `ab_w_${rep < 0 ? 'warm' : rep}_${g === gateways.A ? 'a' : 'b'}`;
    await freshDatabase(urls.influx, target);
    const run = await sendAll(lines, 4, (body) =>
      call(`${g.url}/influx/default/databases/${target}/points?precision=ms`, { method: 'POST', body, headers: { ...auth, 'content-type': 'text/plain' } }),
    );
    await influxQl(urls.influx, `DROP DATABASE "${target}"`);
    return 200_000 / run.seconds;
  },
  'ES bulk NDJSON docs/s': async (g, rep) => {
    const index = `bench-ab-bulk-${rep < 0 ? 'warm' : rep}-${g === gateways.A ? 'a' : 'b'}`;
    await createIndex(urls.es, index);
    const run = await sendAll(bulk, 4, (body) =>
      call(`${g.url}/es/default/indices/${index}/docs/_bulk`, { method: 'POST', body, headers: { ...auth, 'content-type': 'application/x-ndjson' } }),
    );
    await fetch(`${urls.es}/${index}`, { method: 'DELETE' });
    return 50_000 / run.seconds;
  },
};

try {
  console.log('| scenario | A | B | B / A |\n|---|---|---|---|');
  for (const [name, run] of Object.entries(scenarios)) {
    await run(gateways.A!, -1);
    await run(gateways.B!, -1);
    const results: Record<string, number[]> = { A: [], B: [] };
    for (let rep = 0; rep < repetitions; rep++) {
      for (const key of rep % 2 ? ['B', 'A'] : ['A', 'B']) results[key]!.push(await run(gateways[key]!, rep));
    }
    const a = median(results.A!);
    const b = median(results.B!);
    console.log(`| ${name} | ${Math.round(a)} | ${Math.round(b)} | ${(b / a).toFixed(2)}x |`);
  }
} finally {
  await Promise.all(Object.values(gateways).map((g) => g.stop()));
  await engines.stopAll();
}
