/**
 * In-memory pipeline scale: the join and aggregate operators against a hand-written Map join
 * over the same rows (cpu points x host inventory).
 * Run: npx tsx bench/join-scale.ts
 */
import { pathToFileURL } from 'node:url';
import { aggregate, AggregateNode } from '../src/operator/aggregate.js';
import { join, JoinNode } from '../src/operator/join.js';
import type { Row } from '../src/operator/rows.js';

export interface ScaleResult {
  name: string;
  inputRows: number;
  outputRows: number;
  ms: number;
  /** Input rows per second. */
  rowsPerSecond: number;
}

function inventory(hosts: number): Row[] {
  return Array.from({ length: hosts }, (_, i) => ({ hostname: `host-${i}`, region: `region-${i % 20}`, os: i % 3 ? 'linux' : 'windows' }));
}

function points(count: number, hosts: number): Row[] {
  return Array.from({ length: count }, (_, i) => ({ time: 1_700_000_000_000 + i * 1000, host: `host-${i % hosts}`, usage_user: (i * 7919) % 100 }));
}

/** What one would write by hand for this one join: build a Map on the hosts, object literals out. */
function handJoin(cpu: Row[], hosts: Row[]): Row[] {
  const byName = new Map<unknown, Row[]>();
  for (const h of hosts) {
    const bucket = byName.get(h.hostname);
    if (bucket) bucket.push(h);
    else byName.set(h.hostname, [h]);
  }
  const out: Row[] = [];
  for (const p of cpu) {
    for (const h of byName.get(p.host) ?? []) {
      out.push({ time: p.time, host: p.host, usage_user: p.usage_user, hostname: h.hostname, region: h.region, os: h.os });
    }
  }
  return out;
}

/** Median of `runs` timings after warm-up runs (garbage collection included, as in a request). */
function time(name: string, inputRows: number, runs: number, run: () => Row[]): ScaleResult {
  let outputRows = run().length;
  run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    outputRows = run().length;
    times.push(performance.now() - start);
  }
  const ms = times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
  return { name, inputRows, outputRows, ms, rowsPerSecond: (inputRows / ms) * 1000 };
}

export function joinScale(): ScaleResult[] {
  const results: ScaleResult[] = [];
  const byHost = JoinNode.create({ right: 'hosts', on: { host: 'hostname' } });
  const byPoint = JoinNode.create({ right: 'cpu', on: { hostname: 'host' } });
  const perRegion = AggregateNode.create({
    groupBy: ['region'],
    metrics: { points: { count: '*' }, avgCpu: { avg: 'usage_user' }, p95Cpu: { p95: 'usage_user' } },
  });
  for (const [count, hosts, runs] of [
    [1e4, 1e2, 21],
    [1e5, 1e3, 11],
    [1e6, 1e4, 5],
  ] as const) {
    const cpu = points(count, hosts);
    const inventoryRows = inventory(hosts);
    const size = `${count.toExponential(0)} x ${hosts.toExponential(0)}`;
    results.push(time(`join ${size}, built on the right (hosts)`, count + hosts, runs, () => join(cpu, inventoryRows, byHost)));
    results.push(time(`join ${size}, built on the left (hosts)`, count + hosts, runs, () => join(inventoryRows, cpu, byPoint)));
    results.push(time(`hand-written Map join ${size}`, count + hosts, runs, () => handJoin(cpu, inventoryRows)));
    const joined = join(cpu, inventoryRows, byHost);
    results.push(time(`aggregate ${count.toExponential(0)} rows by region (count, avg, p95)`, count, runs, () => aggregate(joined, perRegion)));
    results.push(
      time(`join + aggregate ${size}`, count + hosts, runs, () => aggregate(join(cpu, inventoryRows, byHost), perRegion)),
    );
  }
  return results;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log('| measurement | input rows | output rows | ms | input rows/s |');
  console.log('|---|---|---|---|---|');
  for (const r of joinScale()) {
    const perSecond = `${(r.rowsPerSecond / 1e6).toFixed(2)} M`;
    console.log(`| ${r.name} | ${r.inputRows.toLocaleString('en-US')} | ${r.outputRows.toLocaleString('en-US')} | ${r.ms.toFixed(1)} | ${perSecond} |`);
  }
}
