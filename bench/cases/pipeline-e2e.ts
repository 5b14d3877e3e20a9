import type { Row } from '../../src/libs/rows.js';
import type { BenchCase } from '../cases.js';
import { median } from '../load.js';
import { auth, call, rotated, sendAll } from './common.js';
import { createIndex } from './es-search.js';
import { freshDatabase, influxQl, lineBatches } from './influx.js';
import { handWritten } from './pipeline.js';
import { probeHealth } from './pipeline-health.js';

interface Run {
  ms: number;
}

const timed = async (run: () => Promise<unknown>): Promise<Run> => {
  const started = performance.now();
  await run();
  return { ms: performance.now() - started };
};

/**
 * POST /mix/query (hosts from Elasticsearch joined to cpu points from InfluxDB, aggregated by
 * region) vs a client fetching both itself and running the hand-written join + group-by; the
 * large one also probes /health while the pipeline runs.
 */
const endToEnd = (id: string, sizes: { quick: [number, number]; full: [number, number] }, probed: boolean): BenchCase => ({
  id,
  title: `pipeline end to end from the real backends vs fetching both and joining by hand${probed ? ', and /health meanwhile' : ''}`,
  async run(ctx) {
    const [points, hosts] = ctx.quick ? sizes.quick : sizes.full;
    const index = `bench-mix-hosts-${id}`;
    const db = `bench_mix_${id.replace(/-/g, '_')}`;
    const q = 'SELECT usage_user, host FROM cpu';
    const body = JSON.stringify({
      sources: {
        hosts: { es: 'default', index, fields: ['hostname', 'region'], size: hosts },
        cpu: { influx: 'default', db, q },
      },
      pipeline: [
        { join: { left: 'cpu', right: 'hosts', on: { host: 'hostname' } } },
        { aggregate: { groupBy: ['region'], metrics: { points: { count: '*' }, avgCpu: { avg: 'usage_user' }, p95Cpu: { p95: 'usage_user' } } } },
      ],
    });
    const name = `pipeline end to end (${points.toExponential(0)} points x ${hosts.toExponential(0)} hosts)`;
    const probe = await fetch(`${ctx.gateway.url}/mix/query`, { method: 'POST', body: '{}', headers: { ...auth, 'content-type': 'application/json' } });
    if (probe.status === 404) {
      return [
        {
          name,
          unit: 'ms',
          gateway: { value: NaN },
          reference: null,
          ratio: null,
          target: '—',
          met: null,
          note: 'not measured: POST /mix/query is not in this build',
        },
      ];
    }

    await createIndex(ctx.urls.es, index);
    let ndjson = '';
    for (let i = 0; i < hosts; i++) ndjson += `{"index":{}}\n${JSON.stringify({ hostname: `host-${i}`, region: `region-${i % 20}` })}\n`;
    await call(`${ctx.urls.es}/${index}/_bulk?refresh=true`, { method: 'POST', body: ndjson, headers: { 'content-type': 'application/x-ndjson' } });
    await freshDatabase(ctx.urls.influx, db);
    await sendAll(lineBatches(points, 5000), 2, (b) =>
      call(`${ctx.urls.influx}/write?db=${db}&precision=ms`, { method: 'POST', body: b, headers: { 'content-type': 'text/plain' } }),
    );

    const byHand = async () => {
      const [es, influx] = await Promise.all([
        call(`${ctx.urls.es}/${index}/_search`, { method: 'POST', body: JSON.stringify({ size: hosts, _source: ['hostname', 'region'] }) }),
        call(`${ctx.urls.influx}/query`, {
          method: 'POST',
          body: new URLSearchParams({ db, q }).toString(),
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
        }),
      ]);
      const inventory = (JSON.parse(es) as { hits: { hits: { _source: Row }[] } }).hits.hits.map((h) => h._source);
      const series = (JSON.parse(influx) as { results: { series: { columns: string[]; values: unknown[][] }[] }[] }).results[0]!.series[0]!;
      const cpu = series.values.map((v) => Object.fromEntries(series.columns.map((c, i): [string, unknown] => [c, v[i]])));
      return handWritten(cpu, inventory);
    };
    const viaGateway = () => call(`${ctx.gateway.url}/mix/query`, { method: 'POST', body, headers: auth });
    await viaGateway();
    await byHand();
    const m = await rotated(ctx, {
      gateway: { viaGateway: true, run: () => timed(viaGateway) },
      direct: { viaGateway: false, run: () => timed(byHand) },
    });
    const health = probed ? await probeHealth(ctx.gateway.url, viaGateway()) : undefined;
    await fetch(`${ctx.urls.es}/${index}`, { method: 'DELETE' });
    await influxQl(ctx.urls.influx, `DROP DATABASE "${db}"`);
    const ms = median(m.gateway.results.map((r) => r.ms));
    const ref = median(m.direct.results.map((r) => r.ms));
    return [
      {
        name,
        unit: 'ms',
        gateway: { value: ms, rssMb: m.gateway.peakRssMb },
        reference: { label: 'fetch both + hand-written join', value: ref },
        ratio: ref / ms,
        target: '—',
        met: null,
        ...(health && { note: `/health p50 ${health.p50.toFixed(1)} / p99 ${health.p99.toFixed(1)} ms meanwhile (${health.count} probes)` }),
      },
    ];
  },
});

export const pipelineEndToEnd = endToEnd('pipeline-e2e', { quick: [5000, 1000], full: [100_000, 1000] }, false);
/** 10^6 points through the gateway: sources load page by page, so its RSS does not grow with them (the bench gateway's budgets allow it). */
export const pipelineEndToEndLarge = endToEnd('pipeline-e2e-large', { quick: [50_000, 1000], full: [1_000_000, 10_000] }, true);
