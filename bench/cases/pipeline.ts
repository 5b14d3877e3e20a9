import { AggregateNode } from '../../src/operator/aggregate.js';
import { JoinNode } from '../../src/operator/join.js';
// The JavaScript operators of before DuckDB, kept as the tests' naive reference.
import { runPipeline } from '../../test/reference/pipeline.js';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EngineSettings } from '../../src/libs/duckdb.js';
import type { Row } from '../../src/libs/rows.js';
import type { BenchCase } from '../cases.js';
import { median } from '../load.js';
import { progress } from './common.js';
import { runTimed, type EngineTimes } from './engine.js';

/** A pipeline's DuckDB as the gateway's defaults open it (src/config/basic.ts). */
export const benchEngine: EngineSettings = { memoryLimit: '512MB', spillDirectory: join(tmpdir(), 'hostmonitor-bench-duckdb'), threads: 2 };

const inventory = (hosts: number): Row[] =>
  Array.from({ length: hosts }, (_, i) => ({ hostname: `host-${i}`, region: `region-${i % 20}`, os: i % 3 ? 'linux' : 'windows' }));

const points = (count: number, hosts: number): Row[] =>
  Array.from({ length: count }, (_, i) => ({ time: 1_700_000_000_000 + i * 1000, host: `host-${i % hosts}`, usage_user: (i * 7919) % 100 }));

const steps = [
  JoinNode.create({ right: 'hosts', on: { host: 'hostname' } }),
  AggregateNode.create({ groupBy: ['region'], metrics: { points: { count: '*' }, avgCpu: { avg: 'usage_user' }, p95Cpu: { p95: 'usage_user' } } }),
];

/** Linear interpolation between the closest ranks, as the aggregate operator does. */
function p95(values: number[]): number {
  values.sort((a, b) => a - b);
  const rank = 0.95 * (values.length - 1);
  const low = Math.floor(rank);
  return values[low]! + (values[Math.min(low + 1, values.length - 1)]! - values[low]!) * (rank - low);
}

/** What one would write by hand for this one query: a Map on the hosts, joined rows, a Map per region. */
export function handWritten(cpu: Row[], hosts: Row[]): Row[] {
  const byName = new Map<unknown, Row[]>();
  for (const h of hosts) {
    const bucket = byName.get(h.hostname);
    if (bucket) bucket.push(h);
    else byName.set(h.hostname, [h]);
  }
  const joined: Row[] = [];
  for (const p of cpu) {
    for (const h of byName.get(p.host) ?? []) {
      joined.push({ time: p.time, host: p.host, usage_user: p.usage_user, hostname: h.hostname, region: h.region, os: h.os });
    }
  }
  const groups = new Map<unknown, { count: number; sum: number; values: number[] }>();
  for (const row of joined) {
    let g = groups.get(row.region);
    if (!g) groups.set(row.region, (g = { count: 0, sum: 0, values: [] }));
    g.count++;
    g.sum += row.usage_user as number;
    g.values.push(row.usage_user as number);
  }
  return [...groups].map(([region, g]) => ({ region, points: g.count, avgCpu: g.sum / g.count, p95Cpu: p95(g.values) }));
}

/** Milliseconds of one run; garbage collection included, as in a request. */
async function timeOnce(run: () => unknown): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

/** Rows equal but for the last bits of a float (DuckDB sums in another order). */
const sameRows = (a: Row[], b: Row[]) =>
  JSON.stringify(a, (_, v: unknown) => (typeof v === 'number' ? Number(v.toPrecision(12)) : v)) ===
  JSON.stringify(b, (_, v: unknown) => (typeof v === 'number' ? Number(v.toPrecision(12)) : v));

const splitNote = (t: EngineTimes[]) => {
  const m = (pick: (x: EngineTimes) => number) => median(t.map(pick)).toFixed(0);
  return `open + load ${m((x) => x.loadMs)} / compute ${m((x) => x.computeMs)} (join ${m((x) => x.stepMs[0]!)}, aggregate ${m((x) => x.stepMs[1]!)}) / read back ${m((x) => x.readMs)} ms (medians)`;
};

/**
 * Join + aggregate over sources already in memory: on DuckDB as a pipeline runs it now (open,
 * load through the Appender, the steps' SQL, read back), the JavaScript engine of before (the
 * tests' reference), and the hand-written Map join + group-by, interleaved.
 */
export const pipelineInMemory: BenchCase = {
  id: 'pipeline',
  title: 'pipeline join + aggregate in memory: DuckDB, the old JavaScript engine, a hand-written Map join',
  async run(ctx) {
    const [count, hosts] = ctx.quick ? [10_000, 100] : [1_000_000, 10_000];
    const cpu = points(count, hosts);
    const inventoryRows = inventory(hosts);
    const tables = { cpu, hosts: inventoryRows };
    const duck = () => runTimed(benchEngine, 'cpu', steps, tables);
    const old = () => runPipeline('cpu', steps, tables).rows as Row[];
    const reference = () => handWritten(cpu, inventoryRows);
    const expected = reference();
    if (!sameRows(old(), expected)) throw new Error('the JavaScript engine and the hand-written reference disagree');
    if (!sameRows((await duck()).rows, expected)) throw new Error('DuckDB and the hand-written reference disagree');
    const runs = ctx.quick ? 1 : 5;
    const duckMs: number[] = [];
    const split: EngineTimes[] = [];
    const oldMs: number[] = [];
    const refMs: number[] = [];
    // The checks above were the warm-up; then interleaved, one run of each per round.
    for (let i = 0; i < Math.max(runs, ctx.repetitions); i++) {
      const { times } = await duck();
      duckMs.push(times.totalMs);
      split.push(times);
      oldMs.push(await timeOnce(old));
      refMs.push(await timeOnce(reference));
    }
    const list = (ts: number[]) => ts.map((t) => t.toFixed(0)).join(', ');
    progress(`pipeline: DuckDB ${list(duckMs)} ms (${splitNote(split)}); JavaScript ${list(oldMs)} ms; hand-written ${list(refMs)} ms`);
    const ref = median(refMs);
    const size = `${count.toExponential(0)} points x ${hosts.toExponential(0)} hosts`;
    const target = '≤ 1 500 ms and ≥ 0.67x (≤ 1.5x the reference time)';
    const row = (name: string, ms: number, note: string) => ({
      name,
      unit: 'ms',
      gateway: { value: ms, rssMb: process.memoryUsage().rss / 2 ** 20 },
      reference: { label: 'hand-written Map join', value: ref },
      ratio: ref / ms,
      target,
      met: ms <= 1500 && ref / ms >= 1 / 1.5,
      note,
    });
    return [
      row(`pipeline join + aggregate on DuckDB (${size})`, median(duckMs), `${splitNote(split)}; in the bench process; RSS is the bench process’s`),
      row(`pipeline join + aggregate, old JavaScript engine (${size})`, median(oldMs), 'the engine of before DuckDB (test/reference); in the bench process'),
    ];
  },
};
