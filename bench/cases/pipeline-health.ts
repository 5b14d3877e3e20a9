import type { BenchCase } from '../cases.js';
import { auth, call, progress } from './common.js';
import { createIndex, seedDirect } from './es-search.js';

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? 0;

interface Probed {
  p50: number;
  p99: number;
  count: number;
}

/** Calls /health one after another (20 ms apart) until `until` settles: the latency other requests see meanwhile. */
export async function probeHealth(url: string, until: Promise<unknown>): Promise<Probed> {
  // An object, so that the checker sees the flag the callback sets.
  const state = { done: false };
  void until.finally(() => (state.done = true));
  const latencies: number[] = [];
  while (!state.done) {
    const started = performance.now();
    const response = await fetch(`${url}/health`);
    await response.arrayBuffer();
    latencies.push(performance.now() - started);
    await new Promise((r) => setTimeout(r, 20));
  }
  latencies.sort((a, b) => a - b);
  return { p50: percentile(latencies, 50), p99: percentile(latencies, 99), count: latencies.length };
}

/**
 * /health latency while one heavy pipeline runs (every document of an index joined to an
 * inventory, filtered, sorted, aggregated) against /health on an idle gateway: the in-memory
 * steps must not hold the event loop (issue 15's target: p99 < 50 ms).
 */
export const pipelineHealth: BenchCase = {
  id: 'pipeline-health',
  title: '/health latency while a heavy pipeline runs vs on an idle gateway',
  async run(ctx) {
    const [events, hostCount, runs] = ctx.quick ? [20_000, 1000, 1] : [90_000, 1000, 5];
    const index = 'bench-budgets-events';
    const hostsIndex = 'bench-budgets-hosts';
    progress(`seeding ${events} events and ${hostCount} hosts`);
    await createIndex(ctx.urls.es, index);
    await seedDirect(ctx.urls.es, index, events, 5000, 2);
    await createIndex(ctx.urls.es, hostsIndex);
    let ndjson = '';
    for (let i = 0; i < hostCount; i++) ndjson += `{"index":{}}\n${JSON.stringify({ hostname: `host-${i}`, os: i % 3 ? 'linux' : 'windows' })}\n`;
    await call(`${ctx.urls.es}/${hostsIndex}/_bulk?refresh=true`, { method: 'POST', body: ndjson, headers: { 'content-type': 'application/x-ndjson' } });

    const body = JSON.stringify({
      sources: { events: { es: 'default', index, all: true }, hosts: { es: 'default', index: hostsIndex, size: hostCount } },
      pipeline: [
        { join: { left: 'events', right: 'hosts', on: { host: 'hostname' } } },
        { filter: { or: [{ value: { gte: 100 } }, { message: { contains: 'delta' } }], os: { exists: true } } },
        { sort: [{ value: 'desc' }, { ts: 'asc' }] },
        { aggregate: { groupBy: ['host', 'os'], metrics: { n: { count: '*' }, avg: { avg: 'value' }, p95: { p95: 'value' } } } },
        { sort: [{ avg: 'desc' }] },
        { limit: 10 },
      ],
      // In memory on purpose: the steps, not Elasticsearch, are what is measured.
      options: { pushdown: false },
    });
    const pipeline = async () => {
      const times: number[] = [];
      for (let i = 0; i < runs; i++) {
        const started = performance.now();
        await call(`${ctx.gateway.url}/mix/query`, { method: 'POST', body, headers: auth });
        times.push(performance.now() - started);
      }
      return times;
    };
    await pipeline();
    progress('/health on an idle gateway');
    const idle = await probeHealth(ctx.gateway.url, new Promise((r) => setTimeout(r, ctx.quick ? 2000 : 10_000)));
    progress(`/health while the pipeline runs ${runs} times`);
    const running = pipeline();
    const busy = await probeHealth(ctx.gateway.url, running);
    const times = (await running).sort((a, b) => a - b);
    await fetch(`${ctx.urls.es}/${index}`, { method: 'DELETE' });
    await fetch(`${ctx.urls.es}/${hostsIndex}`, { method: 'DELETE' });
    return [
      {
        name: `/health while a pipeline of ${events.toExponential(0)} documents runs (join, filter, sort, aggregate)`,
        unit: 'ms p99',
        gateway: { value: busy.p99, p50: busy.p50, p99: busy.p99 },
        reference: { label: 'idle gateway', value: idle.p99, p50: idle.p50, p99: idle.p99 },
        ratio: null,
        target: 'p99 < 50 ms',
        met: busy.p99 < 50,
        note: `${busy.count} probes; the pipeline took ${Math.round(percentile(times, 50))} ms (median of ${runs})`,
      },
    ];
  },
};
