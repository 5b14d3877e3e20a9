// Shared by the cases: authenticated calls, batched writes with a fixed concurrency, and
// interleaved gateway/reference repetitions.
import { benchToken, samplePeakRss } from '../gateway.js';
import type { BenchContext } from '../cases.js';
import { load, median, type LoadOptions, type LoadResult } from '../load.js';
import type { Row } from '../report.js';

export const auth = { authorization: `Bearer ${benchToken}` };

/** One HTTP call that must succeed; returns the body text. */
export async function call(url: string, init: { method?: string; body?: string; headers?: Record<string, string> } = {}): Promise<string> {
  const response = await fetch(url, { method: init.method ?? 'GET', body: init.body, headers: { 'content-type': 'application/json', ...init.headers } });
  const text = await response.text();
  if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${url} answered ${response.status}: ${text.slice(0, 300)}`);
  return text;
}

export interface BatchRun {
  seconds: number;
  /** Per-call latency percentiles, ms. */
  p50: number;
  p99: number;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? 0;

/** Sends the bodies with `concurrency` calls in flight: elapsed time and per-call latencies. */
export async function sendAll(bodies: readonly string[], concurrency: number, send: (body: string) => Promise<unknown>): Promise<BatchRun> {
  const started = performance.now();
  const latencies: number[] = [];
  let next = 0;
  const worker = async () => {
    while (next < bodies.length) {
      const body = bodies[next++]!;
      const t = performance.now();
      await send(body);
      latencies.push(performance.now() - t);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  latencies.sort((a, b) => a - b);
  return { seconds: (performance.now() - started) / 1000, p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
}

/** Rows for batched writes: each gateway variant beside the direct one, in items per second. */
export function batchRows(
  measured: Record<string, Measured<BatchRun>>,
  items: number,
  unit: string,
  names: Record<string, string>,
  target: { label: string; min: number },
): Row[] {
  const summary = (m: Measured<BatchRun>) => ({
    value: items / medianOf(m.results, (r) => r.seconds),
    p50: medianOf(m.results, (r) => r.p50),
    p99: medianOf(m.results, (r) => r.p99),
  });
  const direct = summary(measured.direct!);
  return Object.entries(names).map(([key, name]) => {
    const g = summary(measured[key]!);
    const ratio = g.value / direct.value;
    return {
      name,
      unit,
      gateway: { ...g, rssMb: measured[key]!.peakRssMb },
      reference: { label: 'direct', ...direct },
      ratio,
      target: target.label,
      met: ratio >= target.min,
    };
  });
}

export interface Variant<T> {
  run: (rep: number) => Promise<T>;
  /** Runs through the gateway: its RSS is sampled meanwhile. */
  viaGateway: boolean;
}

export interface Measured<T> {
  results: T[];
  /** Peak gateway RSS (MB) over this variant's runs; 0 for direct runs. */
  peakRssMb: number;
}

/**
 * Runs every variant once per repetition, rotating which goes first so drift on a shared
 * machine falls on all of them alike.
 */
export async function rotated<K extends string, T>(ctx: BenchContext, variants: Record<K, Variant<T>>): Promise<Record<K, Measured<T>>> {
  const keys = Object.keys(variants) as K[];
  const out = Object.fromEntries(keys.map((k) => [k, { results: [], peakRssMb: 0 }])) as unknown as Record<K, Measured<T>>;
  for (let rep = 0; rep < ctx.repetitions; rep++) {
    for (let i = 0; i < keys.length; i++) {
      const key = keys[(i + rep) % keys.length]!;
      const variant = variants[key];
      const peak = variant.viaGateway ? samplePeakRss(ctx.gateway.pid) : null;
      out[key].results.push(await variant.run(rep));
      if (peak) out[key].peakRssMb = Math.max(out[key].peakRssMb, peak());
    }
  }
  return out;
}

export const medianOf = <T>(values: T[], pick: (v: T) => number): number => median(values.map(pick));

export const progress = (message: string) => process.stderr.write(`[bench]   ${message}\n`);

type Target = Omit<LoadOptions, 'connections' | 'seconds' | 'rate'>;

/**
 * The search/query pair under the same autocannon loads: saturated (throughput ratio), then at
 * a fixed rate well below both limits (the latency the gateway adds, without queueing).
 */
export async function loadPairRows(ctx: BenchContext, name: string, gateway: Target, direct: Target): Promise<Row[]> {
  const saturated = { connections: ctx.quick ? 8 : 64, seconds: ctx.quick ? 1 : 20 };
  const paced = { connections: 8, seconds: ctx.quick ? 1 : 10, rate: ctx.quick ? 50 : 200 };
  progress(`${name}: warm-up`);
  await load({ ...gateway, ...saturated, seconds: ctx.quick ? 1 : 5 });
  await load({ ...direct, ...saturated, seconds: ctx.quick ? 1 : 5 });
  const pair = (shape: Omit<LoadOptions, 'url'>) =>
    rotated(ctx, {
      gateway: { viaGateway: true, run: () => load({ ...gateway, ...shape }) },
      direct: { viaGateway: false, run: () => load({ ...direct, ...shape }) },
    });
  const summary = (rs: LoadResult[]) => ({ value: medianOf(rs, (r) => r.rps), p50: medianOf(rs, (r) => r.p50), p99: medianOf(rs, (r) => r.p99) });
  const failures = (m: Record<'gateway' | 'direct', Measured<LoadResult>>) => {
    const failed = [...m.gateway.results, ...m.direct.results].reduce((n, r) => n + r.errors + r.non2xx, 0);
    return failed ? `; ${failed} failed requests` : '';
  };
  const full = await pair(saturated);
  const steady = await pair(paced);
  const [g, d] = [summary(full.gateway.results), summary(full.direct.results)];
  const [gs, ds] = [summary(steady.gateway.results), summary(steady.direct.results)];
  const ratio = g.value / d.value;
  const added = gs.p99 - ds.p99;
  return [
    {
      name: `${name}, saturated (${saturated.connections} conn, ${saturated.seconds} s)`,
      unit: 'req/s',
      gateway: { ...g, rssMb: full.gateway.peakRssMb },
      reference: { label: 'direct', ...d },
      ratio,
      target: '≥ 0.9x',
      met: ratio >= 0.9,
      note: `p99 added under saturation ${(g.p99 - d.p99).toFixed(1)} ms (queueing)${failures(full)}`,
    },
    {
      name: `${name}, paced (${paced.rate} req/s, ${paced.connections} conn, ${paced.seconds} s)`,
      unit: 'req/s',
      gateway: { ...gs, rssMb: steady.gateway.peakRssMb },
      reference: { label: 'direct', ...ds },
      ratio: null,
      target: 'p99 added ≤ 2 ms',
      met: added <= 2,
      note: `p99 added ${added.toFixed(1)} ms${failures(steady)}`,
    },
  ];
}
