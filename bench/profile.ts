/**
 * CPU profile of the gateway under one case's load: the top functions by self time.
 * Run (after a build by `npm run bench` or `npx tsx bench/hop.ts`):
 *   npx tsx bench/profile.ts search|get|query|write-lines|write-json|export [--log-level info] [--seconds 15] [--open]
 * (--open: auth off, as bench/hop.ts runs it).
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startAll } from '../test/backends/engines.js';
import { auth, call, sendAll } from './cases/common.js';
import { bulkLines, createIndex, seedDirect } from './cases/es-search.js';
import { freshDatabase, lineBatches } from './cases/influx.js';
import { startGateway } from './gateway.js';
import { load, type LoadOptions } from './load.js';

interface ProfileNode {
  id: number;
  children?: number[];
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Self time per function (ms and share of the busy time, idle left out), highest first. */
/** Samples taken after `skipUs` of the profile (the gateway's start-up and warm-up left out): their indexes. */
function counted(profile: Profile, skipUs: number): Set<number> {
  const out = new Set<number>();
  let at = 0;
  profile.timeDeltas.forEach((dt, i) => {
    at += dt;
    if (at >= skipUs) out.add(i);
  });
  return out;
}

function topSelf(profile: Profile, count: number, kept: Set<number>): string[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    if (!kept.has(i)) return;
    const frame = byId.get(id)!.callFrame;
    if (frame.functionName === '(idle)') return;
    const where = frame.url
      .replace(/^.*\/node_modules\//, '')
      .replace(/^.*\/hostmonitor-bench\/[^/]+\/dist\//, 'dist/')
      .replace(/^file:\/\//, '');
    const key = `${frame.functionName || '(anonymous)'} ${where}:${frame.lineNumber + 1}`;
    const dt = profile.timeDeltas[i] ?? 0;
    self.set(key, (self.get(key) ?? 0) + dt);
    total += dt;
  });
  return [...self]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([key, us]) => `${((us / total) * 100).toFixed(1).padStart(5)}%  ${(us / 1000).toFixed(0).padStart(6)} ms  ${key}`);
}

/** Busy time with a package (node_modules/x) or a gateway module (dist/...) anywhere on the stack, highest first. */
function topInclusive(profile: Profile, count: number, kept: Set<number>): string[] {
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const moduleOf = (url: string) => /\/hostmonitor-bench\/[^/]+\/(dist\/.+)$/.exec(url)?.[1] ?? /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1];
  const inclusive = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    if (!kept.has(i) || byId.get(id)!.callFrame.functionName === '(idle)') return;
    const dt = profile.timeDeltas[i] ?? 0;
    total += dt;
    const seen = new Set<string>();
    for (let n: number | undefined = id; n !== undefined; n = parent.get(n)) {
      const m = moduleOf(byId.get(n)!.callFrame.url);
      if (m) seen.add(m);
    }
    for (const m of seen) inclusive.set(m, (inclusive.get(m) ?? 0) + dt);
  });
  return [...inclusive]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([m, us]) => `${((us / total) * 100).toFixed(1).padStart(5)}%  ${m}`);
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { 'log-level': { type: 'string' }, seconds: { type: 'string', default: '15' }, open: { type: 'boolean', default: false } },
});
const scenario = positionals[0] ?? 'query';
const seconds = Number(values.seconds);
const engines = await startAll({ influx: true, es: true });
const urls = { es: engines.es.url, influx: engines.influx.url };
const dir = mkdtempSync(join(tmpdir(), 'hostmonitor-prof-'));
const spawnedAt = performance.now();
// Profile time before this is start-up, seeding and warm-up (a scenario without warm-up counts it all).
let skipUs = 0;
const gateway = await startGateway(urls, { nodeArgs: ['--cpu-prof', '--cpu-prof-dir', dir], logLevel: values['log-level'], auth: !values.open });
try {
  const db = 'bench_profile';
  await freshDatabase(urls.influx, db);
  await createIndex(urls.es, 'bench-profile');
  if (scenario === 'search') {
    await seedDirect(urls.es, 'bench-profile', 10_000, 1000, 2);
    const body = JSON.stringify({ query: { bool: { must: { match: { message: 'delta' } }, filter: { range: { value: { gte: 100 } } } } }, size: 10 });
    console.log(await warmThenLoad({ url: `${gateway.url}/es/default/indices/bench-profile/_search`, method: 'POST', body, headers: auth }));
  } else if (scenario === 'get') {
    await call(`${urls.es}/bench-profile/_doc/doc-1?refresh=true`, { method: 'PUT', body: JSON.stringify({ host: 'host-1', value: 1 }) });
    console.log(await warmThenLoad({ url: `${gateway.url}/es/default/indices/bench-profile/docs/doc-1`, headers: auth }));
  } else if (scenario === 'query') {
    await sendAll(lineBatches(100_000, 5000), 2, (b) =>
      call(`${urls.influx}/write?db=${db}&precision=ms`, { method: 'POST', body: b, headers: { 'content-type': 'text/plain' } }),
    );
    const q = `SELECT mean("usage_user") FROM "cpu" WHERE "host" = 'host-7' AND time >= ${(1_700_000_100_000 - 100_000) * 1e6} AND time < ${1_700_000_100_000 * 1e6} GROUP BY time(10s)`;
    console.log(await warmThenLoad({ url: `${gateway.url}/influx/default/databases/${db}/query`, method: 'POST', body: JSON.stringify({ q }), headers: auth }));
  } else if (scenario.startsWith('write')) {
    const lines = lineBatches(200_000, 5000);
    const json = scenario === 'write-json' ? lines.map((b) => JSON.stringify(b.split('\n').map(toPoint))) : lines;
    const type = scenario === 'write-json' ? 'application/json' : 'text/plain';
    for (let round = 0; round < 3; round++) {
      const run = await sendAll(json, 4, (body) =>
        call(`${gateway.url}/influx/default/databases/${db}/points?precision=ms`, { method: 'POST', body, headers: { ...auth, 'content-type': type } }),
      );
      console.log(`${(200_000 / run.seconds).toFixed(0)} points/s`);
    }
  } else if (scenario === 'export') {
    await seedDirect(urls.es, 'bench-profile', 200_000, 5000, 2);
    for (let round = 0; round < 2; round++) {
      const started = performance.now();
      const text = await call(`${gateway.url}/es/default/indices/bench-profile/_export`, { headers: auth });
      console.log(`${((text.split('\n').length - 1) / ((performance.now() - started) / 1000)).toFixed(0)} docs/s`);
    }
  } else if (scenario === 'bulk') {
    const bodies = Array.from({ length: 100 }, (_, i) => bulkLines(i * 1000, i * 1000 + 1000));
    const run = await sendAll(bodies, 4, (body) =>
      call(`${gateway.url}/es/default/indices/bench-profile/docs/_bulk`, {
        method: 'POST',
        body,
        headers: { ...auth, 'content-type': 'application/x-ndjson' },
      }),
    );
    console.log(`${(100_000 / run.seconds).toFixed(0)} docs/s`);
  }
} finally {
  await gateway.stop();
  await engines.stopAll();
}
/** 5 s of load to warm the gateway up, then the measured load (16 connections); the profile counts the latter only. */
async function warmThenLoad(target: Omit<LoadOptions, 'connections' | 'seconds'>) {
  await load({ ...target, connections: 16, seconds: 5 });
  skipUs = (performance.now() - spawnedAt) * 1000;
  return load({ ...target, connections: 16, seconds });
}

const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
if (!file) throw new Error(`no profile in ${dir}`);
const profile = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Profile;
console.log(
  `\n${join(dir, file)}\nself time:\n${topSelf(profile, 25, counted(profile, skipUs)).join('\n')}\n\ninclusive, by module on the stack:\n${topInclusive(profile, 25, counted(profile, skipUs)).join('\n')}`,
);

/** A line of lineBatches back as a JSON point. */
function toPoint(line: string) {
  const [series, fields, time] = line.split(' ');
  const [measurement, ...tags] = series!.split(',');
  const pairs = (list: string[], value: (v: string) => unknown) =>
    Object.fromEntries(list.map((kv) => kv.split('=')).map(([k, v]): [string, unknown] => [k!, value(v!)]));
  return { measurement, tags: pairs(tags, String), fields: pairs(fields!.split(','), Number), time: Number(time) };
}
