// Real backends for the tests: local InfluxDB / Elasticsearch / OpenSearch
// processes on loopback, or servers named by ES_URL, OPENSEARCH_URL, INFLUX_URL.
import { spawn, type ChildProcess, type StdioOptions } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureInfluxd } from './influxd-build.js';
import { startInflux, type InfluxOptions } from './influxdb.js';
import { startInflux2, type Influx2Engine, type Influx2Options } from './influxdb2.js';
import { startSearchEngine, type SearchEngineOptions } from './jvm-engine.js';

export { ensureInfluxd, startInflux, startInflux2, startSearchEngine };
export type { Influx2Engine, Influx2Options, InfluxOptions, SearchEngineOptions };

export type EngineKind = 'influxdb' | 'influxdb2' | 'elasticsearch' | 'opensearch';

export interface Engine {
  kind: EngineKind;
  url: string;
  version: string;
  /** 0 for a remote engine (one named by an *_URL variable). */
  pid: number;
  /** keepData leaves the data in place so that restart() can bring the engine back. */
  stop(opts?: { keepData?: boolean }): Promise<void>;
  /** Starts the engine again on the same port with the same data (stopping it first if running). */
  restart(): Promise<void>;
}

/** One run of an engine's process, as returned by an engine's boot function. */
export interface EngineRun {
  child: ChildProcess;
  version: string;
}

const STOP_GRACE_MS = 15_000;
const children = new Set<ChildProcess>();
const ownedDirs = new Set<string>();
let exitHooksInstalled = false;

// Nothing spawned here may outlive the test process, even when a test forgets stop().
// 'exit' handlers must be synchronous, hence SIGKILL and rmSync there; the other
// hooks can still wait for the servers to exit so that none is left as a zombie.
function killEverything(): void {
  for (const child of children) child.kill('SIGKILL');
  for (const dir of ownedDirs) rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
}

async function stopEverything(): Promise<void> {
  await Promise.all([...children].map(stopProcess));
  await Promise.all([...ownedDirs].map(removeTempDir));
}

function installExitHooks(): void {
  if (exitHooksInstalled) return;
  exitHooksInstalled = true;
  process.once('exit', killEverything);
  process.on('beforeExit', () => {
    if (children.size > 0) void stopEverything();
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      void stopEverything().finally(() => {
        // Re-raise for the default behaviour unless someone else handles the signal.
        if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
      });
    });
  }
}

// setpriv's parent-death signal kills the server even if this process is SIGKILLed.
const PDEATHSIG_PREFIX = existsSync('/usr/bin/setpriv') ? ['/usr/bin/setpriv', '--pdeathsig', 'KILL', '--'] : [];

/** Spawns a server process that is killed when this process ends and does not keep it alive. */
export async function spawnServer(command: string, args: string[], stdio: StdioOptions): Promise<ChildProcess> {
  installExitHooks();
  const [file, ...rest] = [...PDEATHSIG_PREFIX, command, ...args] as [string, ...string[]];
  const child = spawn(file, rest, { stdio });
  await new Promise((resolve, reject) => {
    child.once('spawn', resolve);
    child.once('error', reject);
  });
  children.add(child);
  child.once('exit', () => children.delete(child));
  child.unref();
  for (const stream of [child.stdin, child.stdout, child.stderr]) unrefStream(stream);
  return child;
}

function unrefStream(stream: unknown): void {
  (stream as { unref?: () => void } | null)?.unref?.();
}

export function hasExited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

/** SIGTERM, then SIGKILL if the process is still there after the grace period. */
export async function stopProcess(child: ChildProcess): Promise<void> {
  if (hasExited(child)) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
  await exited;
  clearTimeout(timer);
}

/** A temp dir removed by stop(), or at process exit at the latest. */
export async function makeTempDir(prefix: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  ownedDirs.add(dir);
  return dir;
}

export async function removeTempDir(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true, maxRetries: 3 });
  ownedDirs.delete(dir);
}

/** Distinct loopback ports that were free a moment ago (all held open together so none repeats). */
export async function freePorts(count: number): Promise<number[]> {
  const servers = Array.from({ length: count }, () => createServer());
  const ports = await Promise.all(servers.map(listenOnAnyPort));
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  return ports;
}

// Readiness probes cannot tell our server from another one already on the port.
export async function assertPortFree(port: number): Promise<void> {
  const server = createServer();
  await listen(server, port).catch((error: Error) => {
    throw new Error(`port ${port} on 127.0.0.1 is not free: ${error.message}`);
  });
  await new Promise((resolve) => server.close(resolve));
}

async function listenOnAnyPort(server: Server): Promise<number> {
  await listen(server, 0);
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('could not get a free port');
  return address.port;
}

function listen(server: Server, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
}

/** VmHWM of a local engine's process while it runs ("412 MB"), for the record; remote engines have pid 0. */
export function peakRss(engine: Engine): string {
  if (!engine.pid) return 'remote';
  const kb = /VmHWM:\s+(\d+) kB/.exec(procStatus(engine.pid))?.[1];
  return kb ? `${Math.round(Number(kb) / 1024)} MB` : '? MB';
}

function procStatus(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/status`, 'utf8');
  } catch {
    return '';
  }
}

export async function logTail(file: string, lines = 40): Promise<string> {
  const text = await readFile(file, 'utf8').catch(() => '');
  return text.split('\n').slice(-lines).join('\n');
}

/**
 * SIGSTOP, then waits until every thread of the process is stopped: the kernel stops a thread
 * only when it next leaves the kernel, so one in a long disk wait can keep serving meanwhile.
 */
export async function suspendProcess(pid: number): Promise<void> {
  process.kill(pid, 'SIGSTOP');
  const deadline = performance.now() + 10_000;
  for (;;) {
    const tasks = await readdir(`/proc/${pid}/task`);
    const states = await Promise.all(
      tasks.map(async (tid) => {
        // The state follows the command name's closing parenthesis; a thread that ended reads as X.
        const stat = await readFile(`/proc/${pid}/task/${tid}/stat`, 'utf8').catch(() => ') X');
        return stat.charAt(stat.lastIndexOf(')') + 2);
      }),
    );
    if (states.every((state) => state === 'T' || state === 'X')) return;
    if (performance.now() > deadline) throw new Error(`process ${pid} did not stop within 10 s (thread states ${states.join('')})`);
    await sleep(5);
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export function secondsSince(startedAt: number): string {
  return ((performance.now() - startedAt) / 1000).toFixed(1);
}

/** fetch() refuses URLs with credentials, so user:pass@ becomes a Basic auth header. */
export function request(url: string, init: RequestInit = {}): Promise<Response> {
  const parsed = new URL(url);
  const headers = new Headers(init.headers);
  if (parsed.username) {
    const credentials = `${decodeURIComponent(parsed.username)}:${decodeURIComponent(parsed.password)}`;
    headers.set('authorization', `Basic ${Buffer.from(credentials).toString('base64')}`);
    parsed.username = '';
    parsed.password = '';
  }
  return fetch(parsed, { ...init, headers, signal: init.signal ?? AbortSignal.timeout(10_000) });
}

export async function searchEngineVersion(url: string): Promise<string> {
  const response = await request(url);
  if (!response.ok) throw new Error(`GET ${url} answered ${response.status}: ${await response.text()}`);
  const body = (await response.json()) as { version?: { number?: string } };
  if (!body.version?.number) throw new Error(`GET ${url} has no version.number`);
  return body.version.number;
}

export async function influxVersion(url: string): Promise<string> {
  const response = await request(new URL('/ping', url).href);
  const version = response.headers.get('x-influxdb-version');
  if (response.status !== 204 || !version) throw new Error(`GET ${url}/ping answered ${response.status} without a version`);
  return version;
}

/**
 * Wraps a local engine: `boot` starts one run of its process (same port, same data each time);
 * `tempDir` is removed by the final stop().
 */
export function localEngine(kind: EngineKind, url: string, first: EngineRun, boot: () => Promise<EngineRun>, tempDir: string): Engine {
  let current: EngineRun | undefined = first;
  let dataRemoved = false;
  const engine: Engine = {
    kind,
    url,
    version: first.version,
    pid: first.child.pid ?? 0,
    async stop({ keepData = false } = {}) {
      if (current) await stopProcess(current.child);
      current = undefined;
      if (!keepData && !dataRemoved) {
        dataRemoved = true;
        await removeTempDir(tempDir);
      }
    },
    async restart() {
      if (dataRemoved) throw new Error(`${kind} on ${url} was stopped and its data removed; use stop({ keepData: true }) before restart()`);
      if (current) await stopProcess(current.child);
      current = await boot();
      engine.pid = current.child.pid ?? 0;
      engine.version = current.version;
    },
  };
  return engine;
}

const remoteEngines = new WeakSet<Engine>();

async function remoteEngine(kind: EngineKind, url: string, variable: string): Promise<Engine> {
  const where = `${kind} at ${withoutPassword(url)} (from ${variable})`;
  const version = await (kind === 'influxdb' || kind === 'influxdb2' ? influxVersion(url) : searchEngineVersion(url)).catch((error: Error) => {
    const cause = (error.cause as Error | undefined)?.message;
    throw new Error(`${where} does not answer: ${error.message}${cause ? ` (${cause})` : ''}`);
  });
  const refuse = async () => {
    throw new Error(`${where} is not managed by the tests, so it cannot be stopped or restarted`);
  };
  const engine: Engine = { kind, url, version, pid: 0, stop: refuse, restart: refuse };
  remoteEngines.add(engine);
  return engine;
}

function withoutPassword(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.href;
}

type Wanted<O> = boolean | O | undefined;
type EngineIf<F, E = Engine> = [F] extends [false | undefined] ? undefined : [F] extends [true | object] ? E : E | undefined;

/** The version line is chosen by the option's name. */
type NewerSearchEngineOptions = Omit<SearchEngineOptions, 'line'>;

export interface StartAllOptions {
  influx?: Wanted<InfluxOptions>;
  es?: Wanted<SearchEngineOptions<'elasticsearch'>>;
  opensearch?: Wanted<SearchEngineOptions<'opensearch'>>;
  /** The newer engines (ES9_URL, OPENSEARCH3_URL, INFLUX113_URL, INFLUX2_URL name running ones): Elasticsearch 9.5, OpenSearch 3.9, run with Java 21+. */
  es9?: Wanted<NewerSearchEngineOptions>;
  opensearch3?: Wanted<NewerSearchEngineOptions>;
  /** InfluxDB 1.13.2 and 2.8.0, built by scripts/build-influxdb.sh when missing (minutes from empty caches). */
  influx113?: Wanted<Omit<InfluxOptions, 'binary'>>;
  influx2?: Wanted<Omit<Influx2Options, 'binary'>>;
}

export interface StartedEngines<O extends StartAllOptions> {
  influx: EngineIf<O['influx']>;
  es: EngineIf<O['es']>;
  opensearch: EngineIf<O['opensearch']>;
  es9: EngineIf<O['es9']>;
  opensearch3: EngineIf<O['opensearch3']>;
  influx113: EngineIf<O['influx113']>;
  influx2: EngineIf<O['influx2'], Influx2Engine>;
  /** Stops the engines started here; remote ones are left alone. */
  stopAll(): Promise<void>;
}

function optionsOf<O extends object>(wanted: Wanted<O>): O | undefined {
  return typeof wanted === 'object' ? wanted : undefined;
}

function startOne(kind: EngineKind, wanted: Wanted<object>, variable: string, start: () => Promise<Engine>) {
  if (!wanted) return Promise.resolve(undefined);
  const url = process.env[variable];
  return url ? remoteEngine(kind, url, variable) : start();
}

function startLocal<E extends Engine>(wanted: Wanted<object>, start: () => Promise<E>): Promise<E | undefined> {
  return wanted ? start() : Promise.resolve(undefined);
}

/** A remote InfluxDB 2.x named by INFLUX2_URL carries its setup in INFLUX2_TOKEN, INFLUX2_ORG and INFLUX2_BUCKET. */
async function remoteInflux2(url: string): Promise<Influx2Engine> {
  const { INFLUX2_TOKEN: token, INFLUX2_ORG: org = 'hostmonitor', INFLUX2_BUCKET: bucket = 'default' } = process.env;
  if (!token) throw new Error('INFLUX2_URL is set without INFLUX2_TOKEN (an operator token of that server)');
  const engine = await remoteEngine('influxdb2', url, 'INFLUX2_URL');
  return Object.assign(engine, { setup: { username: '', password: '', org, bucket, token } });
}

// Go builds take minutes and two cores: one influxd build at a time, before the engines start.
async function buildWantedInfluxds(options: StartAllOptions): Promise<void> {
  if (options.influx113 && !process.env.INFLUX113_URL) await ensureInfluxd('1.13.2');
  if (options.influx2 && !process.env.INFLUX2_URL) await ensureInfluxd('2.8.0');
}

/** Starts the requested engines in parallel; on any failure the ones that did start are stopped. */
export async function startAll<O extends StartAllOptions>(options: O): Promise<StartedEngines<O>> {
  await buildWantedInfluxds(options);
  const results = await Promise.allSettled([
    startOne('influxdb', options.influx, 'INFLUX_URL', () => startInflux(optionsOf(options.influx))),
    startOne('elasticsearch', options.es, 'ES_URL', () => startSearchEngine('elasticsearch', optionsOf(options.es))),
    startOne('opensearch', options.opensearch, 'OPENSEARCH_URL', () => startSearchEngine('opensearch', optionsOf(options.opensearch))),
    startOne('elasticsearch', options.es9, 'ES9_URL', () => startSearchEngine('elasticsearch', { ...optionsOf(options.es9), line: '9.5' })),
    startOne('opensearch', options.opensearch3, 'OPENSEARCH3_URL', () => startSearchEngine('opensearch', { ...optionsOf(options.opensearch3), line: '3.9' })),
    startOne('influxdb', options.influx113, 'INFLUX113_URL', async () =>
      startInflux({ ...optionsOf(options.influx113), binary: await ensureInfluxd('1.13.2') }),
    ),
    options.influx2 && process.env.INFLUX2_URL
      ? remoteInflux2(process.env.INFLUX2_URL)
      : startLocal(options.influx2, async () => startInflux2({ ...optionsOf(options.influx2), binary: await ensureInfluxd('2.8.0') })),
  ]);
  const engines = results.map((result) => (result.status === 'fulfilled' ? result.value : undefined));
  const local = engines.filter((engine): engine is Engine => engine !== undefined && !remoteEngines.has(engine));
  const stopAll = async () => {
    await Promise.all(local.map((engine) => engine.stop()));
  };
  const failures = results.flatMap((result) => (result.status === 'rejected' ? [result.reason as unknown] : []));
  if (failures.length > 0) {
    await stopAll();
    throw failures.length === 1 ? failures[0] : new AggregateError(failures, 'several engines failed to start');
  }
  const [influx, es, opensearch, es9, opensearch3, influx113, influx2] = engines;
  return { influx, es, opensearch, es9, opensearch3, influx113, influx2, stopAll } as StartedEngines<O>;
}
