/**
 * The gateway's hop against its floor (issue 17): each call straight to the backend, through a
 * bare pass-through proxy (bench/bare-proxy.ts) and through the gateway (access log on, auth and
 * rate limit off), with the CPU time each process spent per call, read from /proc. Writes the
 * section "Hop cost" of bench/RESULTS.md (unless --quick).
 *   npx tsx bench/hop.ts [--seconds 10] [--rounds 3] [--only search,get,query,write] [--quick]
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { freePorts, startAll, type Engine } from '../test/backends/engines.js';
import { call } from './cases/common.js';
import { createIndex, seedDirect } from './cases/es-search.js';
import { freshDatabase, influxQl, lineBatches, point } from './cases/influx.js';
import { buildGateway, startGateway } from './gateway.js';
import { load, median, type LoadOptions, type LoadResult } from './load.js';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '10' },
    rounds: { type: 'string', default: '3' },
    only: { type: 'string' },
    quick: { type: 'boolean', default: false },
  },
});
const quick = values.quick;
const seconds = quick ? 2 : Number(values.seconds);
const rounds = quick ? 1 : Number(values.rounds);
const only = values.only?.split(',');
const saturated = { connections: 16, seconds };
const paced = { connections: 16, seconds, rate: 2000 };

// ---- CPU time of a process, from /proc/<pid>/stat (utime + stime, in clock ticks of 10 ms).
const ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }));
function cpuMicros(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1e6) / ticksPerSecond;
}

/** The process listening on a local engine's port: its own pid, or found with ss for a remote (shared) engine. */
function pidOf(engine: Engine): number {
  if (engine.pid) return engine.pid;
  const port = new URL(engine.url).port;
  const out = execFileSync('ss', ['-ltnpH', `sport = :${port}`], { encoding: 'utf8' });
  const pid = Number(/pid=(\d+)/.exec(out)?.[1]);
  if (!pid) throw new Error(`no process of ours listens on ${engine.url}: its CPU cannot be read`);
  return pid;
}

// ---- The three processes under test.
buildGateway();
const engines = await startAll({ influx: true, es: true });
const urls = { es: engines.es.url, influx: engines.influx.url };
const backendPid = { es: pidOf(engines.es), influx: pidOf(engines.influx) };
const gateway = await startGateway(urls, { logLevel: 'info', auth: false });
const proxy = await startBareProxy();

async function startBareProxy() {
  const [port] = await freePorts(1);
  const child = spawn(process.execPath, ['--import', 'tsx', 'bench/bare-proxy.ts', String(port), urls.es, urls.influx], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout.once('data', () => resolve());
    child.once('exit', (code) => reject(new Error(`the bare proxy exited with ${code}`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    pid: child.pid!,
    stop: () => new Promise<void>((resolve) => (child.exitCode !== null ? resolve() : (child.once('exit', () => resolve()), child.kill('SIGTERM')))),
  };
}

type Via = 'direct' | 'bare' | 'gateway';
type Target = Omit<LoadOptions, 'connections' | 'seconds' | 'rate'>;

interface Measured extends LoadResult {
  /** CPU µs per completed call of the hop (gateway or bare proxy; 0 direct) and of the backend. */
  hopCpu: number;
  backendCpu: number;
}

async function measure(target: Target, hopPid: number | null, backend: number, shape: Omit<LoadOptions, 'url'>): Promise<Measured> {
  const before = { hop: hopPid ? cpuMicros(hopPid) : 0, backend: cpuMicros(backend) };
  const result = await load({ ...target, ...shape });
  const calls = Math.max(1, result.total);
  return {
    ...result,
    hopCpu: hopPid ? (cpuMicros(hopPid) - before.hop) / calls : 0,
    backendCpu: (cpuMicros(backend) - before.backend) / calls,
  };
}

interface Summary {
  rps: number;
  p50: number;
  p99: number;
  hopCpu: number;
  backendCpu: number;
  failed: number;
}

const summarize = (runs: Measured[]): Summary => ({
  rps: median(runs.map((r) => r.total / r.duration)),
  p50: median(runs.map((r) => r.p50)),
  p99: median(runs.map((r) => r.p99)),
  hopCpu: median(runs.map((r) => r.hopCpu)),
  backendCpu: median(runs.map((r) => r.backendCpu)),
  failed: runs.reduce((n, r) => n + r.errors + r.non2xx, 0),
});

/** Every target under one load shape, `rounds` times, the order rotating per round. */
async function rotate<K extends string>(
  targets: Record<K, { target: Target; hopPid: number | null }>,
  backend: number,
  shape: Omit<LoadOptions, 'url'>,
): Promise<Record<K, Summary>> {
  const keys = Object.keys(targets) as K[];
  const runs = Object.fromEntries(keys.map((k) => [k, [] as Measured[]])) as Record<K, Measured[]>;
  for (let round = 0; round < rounds; round++) {
    for (let i = 0; i < keys.length; i++) {
      const key = keys[(i + round) % keys.length]!;
      runs[key].push(await measure(targets[key].target, targets[key].hopPid, backend, shape));
    }
  }
  return Object.fromEntries(keys.map((k) => [k, summarize(runs[k])])) as Record<K, Summary>;
}

const progress = (message: string) => process.stderr.write(`[hop] ${message}\n`);

interface ReadCase {
  id: string;
  name: string;
  backend: 'es' | 'influx';
  targets: Record<Via, Target>;
}

// ---- Data: 10 000 documents (the bench's search index), 100 000 points (the bench's query data).
const index = 'bench-hop';
const db = 'bench_hop';
const search = JSON.stringify({ query: { bool: { must: { match: { message: 'delta' } }, filter: { range: { value: { gte: 100 } } } } }, size: 10 });
const q = `SELECT mean("usage_user") FROM "cpu" WHERE "host" = 'host-7' AND time >= ${(1_700_000_100_000 - 100_000) * 1e6} AND time < ${1_700_000_100_000 * 1e6} GROUP BY time(10s)`;
await createIndex(urls.es, index);
await seedDirect(urls.es, index, 10_000, 1000, 2);
await call(`${urls.es}/${index}/_doc/doc-1?refresh=true`, { method: 'PUT', body: JSON.stringify({ host: 'host-1', message: 'alpha event', value: 1 }) });
await freshDatabase(urls.influx, db);
for (const body of lineBatches(100_000, 5000)) {
  await call(`${urls.influx}/write?db=${db}&precision=ms`, { method: 'POST', body, headers: { 'content-type': 'text/plain' } });
}

const influxForm = { 'content-type': 'application/x-www-form-urlencoded' };
const readCases: ReadCase[] = [
  {
    id: 'search',
    name: 'ES search',
    backend: 'es',
    targets: {
      direct: { url: `${urls.es}/${index}/_search`, method: 'POST', body: search },
      bare: { url: `${proxy.url}/es/${index}/_search`, method: 'POST', body: search },
      gateway: { url: `${gateway.url}/es/default/indices/${index}/_search`, method: 'POST', body: search },
    },
  },
  {
    id: 'get',
    name: 'ES get document',
    backend: 'es',
    targets: {
      direct: { url: `${urls.es}/${index}/_doc/doc-1` },
      bare: { url: `${proxy.url}/es/${index}/_doc/doc-1` },
      gateway: { url: `${gateway.url}/es/default/indices/${index}/docs/doc-1` },
    },
  },
  {
    id: 'query',
    name: 'InfluxDB query',
    backend: 'influx',
    targets: {
      direct: { url: `${urls.influx}/query`, method: 'POST', body: new URLSearchParams({ db, q }).toString(), headers: influxForm },
      bare: { url: `${proxy.url}/influx/query`, method: 'POST', body: new URLSearchParams({ db, q }).toString(), headers: influxForm },
      gateway: { url: `${gateway.url}/influx/default/databases/${db}/query`, method: 'POST', body: JSON.stringify({ q }) },
    },
  },
];

interface ReadResult {
  c: ReadCase;
  saturated: Record<Via, Summary>;
  paced: Record<Via, Summary>;
}

const hopPids: Record<Via, number | null> = { direct: null, bare: proxy.pid, gateway: gateway.pid };
const startedAt = new Date();
const loadBefore = loadavg();
const reads: ReadResult[] = [];
let writes: Record<WriteVia, Summary> | null = null;
const batch = 5000;
type WriteVia = 'direct' | 'bare' | 'gatewayLines' | 'gatewayJson';
try {
  for (const c of readCases) {
    if (only && !only.includes(c.id)) continue;
    const targets = Object.fromEntries((Object.keys(c.targets) as Via[]).map((via) => [via, { target: c.targets[via], hopPid: hopPids[via] }])) as Record<
      Via,
      { target: Target; hopPid: number | null }
    >;
    progress(`${c.name}: warm-up`);
    for (const via of Object.keys(c.targets) as Via[]) await load({ ...c.targets[via], ...saturated, seconds: Math.min(seconds, 3) });
    progress(`${c.name}: saturated`);
    const sat = await rotate(targets, backendPid[c.backend], saturated);
    progress(`${c.name}: paced`);
    reads.push({ c, saturated: sat, paced: await rotate(targets, backendPid[c.backend], paced) });
  }
  if (!only || only.includes('write')) {
    // 20 batches of 5 000 points each connection sends in turn into one database (later rounds overwrite the same points).
    const points = 100_000;
    const lines = lineBatches(points, batch);
    const json = Array.from({ length: points / batch }, (_, b) => JSON.stringify(Array.from({ length: batch }, (_, k) => point(b * batch + k))));
    const text = { 'content-type': 'text/plain' };
    const writeTargets: Record<WriteVia, { target: Target; hopPid: number | null }> = {
      direct: { target: { url: `${urls.influx}/write?db=${db}&precision=ms`, method: 'POST', bodies: lines, headers: text }, hopPid: null },
      bare: { target: { url: `${proxy.url}/influx/write?db=${db}&precision=ms`, method: 'POST', bodies: lines, headers: text }, hopPid: proxy.pid },
      gatewayLines: {
        target: { url: `${gateway.url}/influx/default/databases/${db}/points?precision=ms`, method: 'POST', bodies: lines, headers: text },
        hopPid: gateway.pid,
      },
      gatewayJson: {
        target: { url: `${gateway.url}/influx/default/databases/${db}/points?precision=ms`, method: 'POST', bodies: json },
        hopPid: gateway.pid,
      },
    };
    progress('InfluxDB write: warm-up');
    for (const t of Object.values(writeTargets)) await load({ ...t.target, connections: 4, seconds: Math.min(seconds, 3) });
    progress('InfluxDB write');
    writes = await rotate(writeTargets, backendPid.influx, { connections: 4, seconds });
  }
} finally {
  await fetch(`${urls.es}/${index}`, { method: 'DELETE' }).catch(() => undefined);
  await influxQl(urls.influx, `DROP DATABASE "${db}"`).catch(() => undefined);
  await proxy.stop();
  await gateway.stop();
  await engines.stopAll();
}
const loadAfter = loadavg();

// ---- Report.
const f = (n: number, digits = 0) => (Number.isFinite(n) ? (Math.abs(n) >= 100 ? Math.round(n).toLocaleString('en-US') : n.toFixed(digits)) : '—');
const verdict = (met: boolean) => (met ? 'met' : '**not met**');
const failedNote = (s: Summary) => (s.failed ? ` (${s.failed} failed)` : '');

const measuredRows: string[] = [];
const targetRows: string[] = [];
for (const { c, saturated: sat, paced: pace } of reads) {
  for (const [shape, s] of [
    [`saturated (${saturated.connections} conn)`, sat],
    [`paced (${paced.rate} req/s)`, pace],
  ] as const) {
    for (const via of ['direct', 'bare', 'gateway'] as const) {
      const m = s[via];
      measuredRows.push(
        `| ${c.name}, ${shape} | ${via} | ${f(m.rps)}${failedNote(m)} | ${f(m.p50, 1)} / ${f(m.p99, 1)} | ${via === 'direct' ? '–' : f(m.hopCpu)} | ${f(m.backendCpu)} |`,
      );
    }
  }
  const cpuSat = sat.gateway.hopCpu / sat.bare.hopCpu;
  const cpuPaced = pace.gateway.hopCpu / pace.bare.hopCpu;
  const backend = pace.gateway.backendCpu / pace.bare.backendCpu;
  const rps = sat.gateway.rps / sat.bare.rps;
  const added = pace.gateway.p99 - pace.bare.p99;
  targetRows.push(
    `| ${c.name} | gateway CPU/call, saturated | ${f(sat.gateway.hopCpu)} / ${f(sat.bare.hopCpu)} µs | ${cpuSat.toFixed(2)}x | ≤ 1.5x | ${verdict(cpuSat <= 1.5)} |`,
    `| ${c.name} | gateway CPU/call, paced | ${f(pace.gateway.hopCpu)} / ${f(pace.bare.hopCpu)} µs | ${cpuPaced.toFixed(2)}x | ≤ 1.5x | ${verdict(cpuPaced <= 1.5)} |`,
    `| ${c.name} | backend CPU/call, paced | ${f(pace.gateway.backendCpu)} / ${f(pace.bare.backendCpu)} µs | ${backend.toFixed(2)}x | ≤ 1.1x | ${verdict(backend <= 1.1)} |`,
    `| ${c.name} | throughput, saturated | ${f(sat.gateway.rps)} / ${f(sat.bare.rps)} req/s | ${rps.toFixed(2)}x | ≥ 0.8x | ${verdict(rps >= 0.8)} |`,
    `| ${c.name} | p99 added, paced | ${f(pace.gateway.p99, 1)} / ${f(pace.bare.p99, 1)} ms | +${added.toFixed(1)} ms | ≤ +2 ms | ${verdict(added <= 2)} |`,
  );
}
if (writes) {
  const names: Record<WriteVia, string> = {
    direct: 'direct, line protocol',
    bare: 'bare proxy, line protocol',
    gatewayLines: 'gateway, line protocol',
    gatewayJson: 'gateway, JSON points',
  };
  for (const via of Object.keys(names) as WriteVia[]) {
    const m = writes[via];
    measuredRows.push(
      `| InfluxDB write (${batch} points/call, 4 conn) | ${names[via]} | ${f(m.rps * batch)} points/s${failedNote(m)} | ${f(m.p50, 1)} / ${f(m.p99, 1)} | ${via === 'direct' ? '–' : f(m.hopCpu / batch, 2)} per point | ${f(m.backendCpu / batch, 2)} per point |`,
    );
  }
  const lines = writes.gatewayLines.rps / writes.direct.rps;
  const json = writes.gatewayJson.rps / writes.direct.rps;
  targetRows.push(
    `| InfluxDB write | line protocol, points/s vs direct | ${f(writes.gatewayLines.rps * batch)} / ${f(writes.direct.rps * batch)} | ${lines.toFixed(2)}x | ≥ 0.9x | ${verdict(lines >= 0.9)} |`,
    `| InfluxDB write | JSON points, points/s vs direct line protocol | ${f(writes.gatewayJson.rps * batch)} / ${f(writes.direct.rps * batch)} | ${json.toFixed(2)}x | ≥ 0.6x | ${verdict(json >= 0.6)} |`,
  );
}

const loads = (l: number[]) => l.map((x) => x.toFixed(2)).join(' / ');
const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
const dirty = execFileSync('git', ['status', '--porcelain', 'src'], { encoding: 'utf8' }).trim() !== '';
const section =
  `## Hop cost (issue 17, 2026-12-01)\n\n` +
  `Made with \`npx tsx bench/hop.ts --seconds ${seconds} --rounds ${rounds}\` on ${startedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC, ` +
  `gateway built from ${commit}${dirty ? ' plus uncommitted changes in src/' : ''}; load average ${loads(loadBefore)} at the start, ${loads(loadAfter)} at the end. ` +
  `Each target is called straight, through the bare pass-through proxy (bench/bare-proxy.ts: node:http + undici Pool, no validation, no envelope) and ` +
  `through the gateway (its own process from the bench build, access log on, auth and rate limit off), ${seconds} s per run, ` +
  `medians of ${rounds} rounds whose order rotates. CPU per call is utime + stime of the process over the run (/proc/<pid>/stat) ` +
  `divided by the calls completed; "hop" is the bare proxy or the gateway, "backend" the Elasticsearch or InfluxDB process.\n\n` +
  `| call | via | req/s | p50 / p99 ms | hop CPU µs/call | backend CPU µs/call |\n|---|---|---|---|---|---|\n${measuredRows.join('\n')}\n\n` +
  `Targets (gateway / bare proxy unless said):\n\n| call | measure | gateway / reference | ratio | target | |\n|---|---|---|---|---|---|\n${targetRows.join('\n')}\n`;
process.stdout.write(`\n${section}\n`);
if (!quick) {
  const previous = existsSync('bench/RESULTS.md') ? readFileSync('bench/RESULTS.md', 'utf8') : '';
  const heading = '\n## Hop cost (issue 17';
  const at = previous.indexOf(heading);
  // The section ends at the next level-2 heading; anything after it (hand-written notes) stays.
  const end = at === -1 ? -1 : previous.indexOf('\n## ', at + heading.length);
  const before = at === -1 ? previous.trimEnd() : previous.slice(0, at).trimEnd();
  const after = end === -1 ? '' : previous.slice(end);
  writeFileSync('bench/RESULTS.md', `${before}\n\n${section}${after}`);
  progress('wrote the "Hop cost" section of bench/RESULTS.md');
}
