import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Engine, type TableRef } from '../../src/libs/duckdb.js';
import { Sql } from '../../src/libs/sql.js';
import { AggregateNode } from '../../src/operator/aggregate.js';
import { JoinNode } from '../../src/operator/join.js';
import type { BenchCase } from '../cases.js';
import { progress } from './common.js';
import { stepsOn } from './engine.js';
import { benchEngine } from './pipeline.js';
import { probeHealth } from './pipeline-health.js';

/** Bytes of the files under a folder (DuckDB's spill files), 0 when it does not exist (yet). */
function bytesUnder(dir: string): number {
  let total = 0;
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const e of entries) {
    const path = join(dir, e.name);
    try {
      total += e.isDirectory() ? bytesUnder(path) : statSync(path).size;
    } catch {
      // removed meanwhile
    }
  }
  return total;
}

const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync('/proc/self/status', 'utf8'))?.[1] ?? 0);

/**
 * A 10^7-row table joined to 10^4 hosts and aggregated by region on one pipeline engine with the
 * gateway's default memory_limit (512MB): the rows are made inside DuckDB (bench code, so
 * Sql.code), so the JS heap never holds them and what is measured is the engine. The spill is
 * seen as bytes in the engine's spill folder, sampled every 50 ms (DuckDB's own
 * duckdb_temporary_files() would have to wait for the statement: one statement at a time).
 */
export const pipelineSpill: BenchCase = {
  id: 'pipeline-spill',
  title: 'pipeline join + aggregate of 10^7 rows on DuckDB with a 512MB memory_limit (spilling)',
  async run(ctx) {
    const [count, hosts] = ctx.quick ? [1_000_000, 10_000] : [10_000_000, 10_000];
    const settings = { ...benchEngine, spillDirectory: join(benchEngine.spillDirectory, `spill-${process.pid}`) };
    const steps = [
      JoinNode.create({ right: 'hosts', on: { host: 'hostname' } }),
      AggregateNode.create({ groupBy: ['region'], metrics: { points: { count: '*' }, avgCpu: { avg: 'usage_user' }, p95Cpu: { p95: 'usage_user' } } }),
    ];
    // Resets VmHWM: the peak below is this run's, not the bench's so far.
    writeFileSync('/proc/self/clear_refs', '5');
    const rssBefore = kb('VmRSS') / 1024;
    let spillPeak = 0;
    const sampler = setInterval(() => (spillPeak = Math.max(spillPeak, bytesUnder(settings.spillDirectory))), 50);
    const loop = monitorEventLoopDelay({ resolution: 10 });
    const started = performance.now();
    const times = { makeMs: 0, computeMs: 0, readMs: 0, stepMs: [0, 0] };
    const work = (async () => {
      const engine = await Engine.open(settings);
      try {
        loop.enable();
        const t0 = performance.now();
        const cpu = await engine.materializeNamed(
          Sql.code(
            `SELECT (1700000000000 + i * 1000)::DOUBLE AS "time", 'host-' || (i % ${hosts}) AS host, ((i * 7919) % 100)::DOUBLE AS usage_user FROM range(${count}) AS r(i)`,
          ),
        );
        const inventory = await engine.materializeNamed(
          Sql.code(
            `SELECT 'host-' || i AS hostname, 'region-' || (i % 20) AS region, CASE WHEN i % 3 = 0 THEN 'windows' ELSE 'linux' END AS os FROM range(${hosts}) AS r(i)`,
          ),
        );
        const t1 = performance.now();
        const { result, stepMs } = await stepsOn(
          engine,
          'cpu',
          steps,
          new Map<string, TableRef>([
            ['cpu', cpu],
            ['hosts', inventory],
          ]),
        );
        const t2 = performance.now();
        times.stepMs = stepMs;
        const rows = await engine.read(result);
        times.makeMs = t1 - t0;
        times.computeMs = t2 - t1;
        times.readMs = performance.now() - t2;
        return rows;
      } finally {
        loop.disable();
        engine.close();
      }
    })();
    const health = ctx.gateway.url ? probeHealth(ctx.gateway.url, work) : null;
    const rows = await work;
    const ms = performance.now() - started;
    clearInterval(sampler);
    const probed = await health;
    const peakRss = kb('VmHWM') / 1024;
    const total = rows.reduce((n, r) => n + (r.points as number), 0);
    if (rows.length !== 20 || total !== count) throw new Error(`unexpected result: ${rows.length} regions, ${total} points`);
    const spillMb = spillPeak / 2 ** 20;
    const delay = { p99: loop.percentile(99) / 1e6, max: loop.max / 1e6 };
    progress(
      `spill: ${ms.toFixed(0)} ms (make ${times.makeMs.toFixed(0)}, join ${times.stepMs[0]!.toFixed(0)} + aggregate ${times.stepMs[1]!.toFixed(0)}, read ${times.readMs.toFixed(0)}); ` +
        `spill folder peak ${spillMb.toFixed(0)} MB; VmHWM ${peakRss.toFixed(0)} MB (RSS before ${rssBefore.toFixed(0)} MB); ` +
        `event loop delay p99 ${delay.p99.toFixed(1)} ms, max ${delay.max.toFixed(1)} ms` +
        (probed ? `; gateway /health p50 ${probed.p50.toFixed(1)} / p99 ${probed.p99.toFixed(1)} ms over ${probed.count} probes` : ''),
    );
    const size = `${count.toExponential(0)} rows x ${hosts.toExponential(0)} hosts`;
    return [
      {
        name: `pipeline join + aggregate on DuckDB, ${size}, memory_limit ${benchEngine.memoryLimit} (spilling)`,
        unit: 'ms',
        gateway: { value: ms, rssMb: peakRss },
        reference: null,
        ratio: null,
        target: 'spills; peak RSS < 1 536 MB',
        met: spillPeak > 0 && peakRss < 1536,
        note:
          `rows made inside DuckDB ${times.makeMs.toFixed(0)} ms, join + aggregate ${times.computeMs.toFixed(0)} ms (join ${times.stepMs[0]!.toFixed(0)}, aggregate ${times.stepMs[1]!.toFixed(0)}), read back ${times.readMs.toFixed(0)} ms; ` +
          `spill folder peak ${spillMb.toFixed(0)} MB; peak RSS is the bench process's VmHWM over the run (${rssBefore.toFixed(0)} MB before)`,
      },
      {
        name: `event loop delay of the process running it (${size})`,
        unit: 'ms p99',
        gateway: { value: delay.p99 },
        reference: probed
          ? { label: 'gateway /health meanwhile, another process: CPU contention only', value: probed.p99, p50: probed.p50, p99: probed.p99 }
          : null,
        ratio: null,
        target: 'p99 < 50 ms',
        met: delay.p99 < 50,
        note: `max ${delay.max.toFixed(1)} ms (perf_hooks.monitorEventLoopDelay, 10 ms resolution, in the bench process where the engine runs)`,
      },
    ];
  },
};
