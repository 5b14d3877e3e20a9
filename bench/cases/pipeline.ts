import { AggregateNode } from '../../src/operator/aggregate.js';
import { JoinNode } from '../../src/operator/join.js';
// The JavaScript operators of before DuckDB, kept as the tests' naive reference.
import { runPipeline } from '../../test/reference/pipeline.js';
import type { Row } from '../../src/libs/rows.js';
import type { BenchCase } from '../cases.js';
import { median } from '../load.js';
import { progress } from './common.js';

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
function timeOnce(run: () => unknown): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}

/** Join + aggregate in memory (sources preloaded) vs the hand-written Map join + group-by. */
export const pipelineInMemory: BenchCase = {
  id: 'pipeline',
  title: 'pipeline join + aggregate in memory vs a hand-written Map join',
  async run(ctx) {
    const [count, hosts] = ctx.quick ? [10_000, 100] : [1_000_000, 10_000];
    const cpu = points(count, hosts);
    const inventoryRows = inventory(hosts);
    const tables = { cpu, hosts: inventoryRows };
    const ours = () => runPipeline('cpu', steps, tables).rows;
    const reference = () => handWritten(cpu, inventoryRows);
    if (JSON.stringify(ours()) !== JSON.stringify(reference())) throw new Error('pipeline and hand-written reference disagree');
    const runs = ctx.quick ? 1 : 5;
    const oursMs: number[] = [];
    const refMs: number[] = [];
    // The check above was the warm-up; then interleaved, one run of each per round.
    for (let i = 0; i < Math.max(runs, ctx.repetitions); i++) {
      oursMs.push(timeOnce(ours));
      refMs.push(timeOnce(reference));
    }
    const ms = median(oursMs);
    const ref = median(refMs);
    progress(`pipeline: ${oursMs.map((t) => t.toFixed(0)).join(', ')} ms; reference ${refMs.map((t) => t.toFixed(0)).join(', ')} ms`);
    const ratio = ref / ms;
    return [
      {
        name: `pipeline join + aggregate in memory (${count.toExponential(0)} points x ${hosts.toExponential(0)} hosts)`,
        unit: 'ms',
        gateway: { value: ms, rssMb: process.memoryUsage().rss / 2 ** 20 },
        reference: { label: 'hand-written Map join', value: ref },
        ratio,
        target: '≤ 1 500 ms and ≥ 0.67x (≤ 1.5x the reference time)',
        met: ms <= 1500 && ratio >= 1 / 1.5,
        note: 'in the bench process; RSS is the bench process’s',
      },
    ];
  },
};
