// A private InfluxDB 1.x (Debian's /usr/bin/influxd, or another 1.x influxd such as the 1.13
// built by scripts/build-influxdb.sh) on loopback ports, with its data in a temp dir.
import { execFile, type ChildProcess } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { readdir, readFile, readlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import {
  assertPortFree,
  freePorts,
  hasExited,
  influxVersion,
  localEngine,
  logTail,
  makeTempDir,
  removeTempDir,
  request,
  secondsSince,
  sleep,
  spawnServer,
  type Engine,
  type EngineRun,
} from './engines.js';

export interface InfluxCredentials {
  username: string;
  password: string;
}

export interface InfluxOptions {
  /** Enables auth-enabled and creates this user as admin. */
  auth?: InfluxCredentials;
  port?: number;
  /** Kept by stop(); a temp dir otherwise. */
  dataDir?: string;
  /** The influxd to run; default: `influxd` on the PATH (Debian's 1.6.7). */
  binary?: string;
}

const READY_TIMEOUT_MS = 30_000;
const PING_INTERVAL_MS = 100;

/** Another process took the port between the check and influxd's bind: starting again on fresh ports helps. */
class PortTaken extends Error {}

export async function startInflux(opts: InfluxOptions = {}): Promise<Engine> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await startInfluxOnce(opts);
    } catch (error) {
      if (!(error instanceof PortTaken) || opts.port !== undefined || attempt === 3) throw error;
    }
  }
}

async function startInfluxOnce(opts: InfluxOptions): Promise<Engine> {
  const startedAt = performance.now();
  const workDir = await makeTempDir('hostmonitor-influxdb-');
  const [httpPort, rpcPort] = opts.port ? [opts.port, ...(await freePorts(1))] : await freePorts(2);
  const url = `http://127.0.0.1:${httpPort}`;
  const configFile = join(workDir, 'influxdb.conf');
  const logFile = join(workDir, 'influxd.log');
  const binary = opts.binary ?? 'influxd';
  await writeFile(
    configFile,
    await influxConfig(binary, { dataDir: opts.dataDir ?? join(workDir, 'data'), httpPort: httpPort!, rpcPort: rpcPort!, auth: !!opts.auth }),
  );
  const boot = async () => {
    await Promise.all([assertPortFree(httpPort!), assertPortFree(rpcPort!)]);
    return runInflux(binary, configFile, logFile, url);
  };
  const first = await boot().catch(async (error: unknown) => {
    await removeTempDir(workDir);
    throw error;
  });
  const engine = localEngine('influxdb', url, first, boot, workDir);
  if (opts.auth)
    await createAdmin(url, opts.auth).catch(async (error: unknown) => {
      await engine.stop();
      throw error;
    });
  console.error(`[engines] influxdb ${engine.version} ready on ${url} in ${secondsSince(startedAt)} s`);
  return engine;
}

interface ConfigValues {
  dataDir: string;
  httpPort: number;
  rpcPort: number;
  auth: boolean;
}

/** influxd's own defaults, moved to private dirs and ports. */
async function influxConfig(binary: string, { dataDir, httpPort, rpcPort, auth }: ConfigValues): Promise<string> {
  const { stdout: defaults } = await promisify(execFile)(binary, ['config']);
  // Debian renames upstream's reporting-disabled to reporting-enabled.
  const reporting: Record<string, string> = /^reporting-enabled\s*=/m.test(defaults) ? { 'reporting-enabled': 'false' } : { 'reporting-disabled': 'true' };
  const str = (value: string) => JSON.stringify(value);
  return setTomlValues(defaults, {
    '': { ...reporting, 'bind-address': str(`127.0.0.1:${rpcPort}`) },
    meta: { dir: str(join(dataDir, 'meta')) },
    data: { dir: str(join(dataDir, 'data')), 'wal-dir': str(join(dataDir, 'wal')), 'query-log-enabled': 'false' },
    http: { 'bind-address': str(`127.0.0.1:${httpPort}`), 'auth-enabled': String(auth), 'log-enabled': 'false' },
    logging: { level: str('warn'), 'suppress-logo': 'true' },
  });
}

type TomlEdits = Record<string, Record<string, string>>;

/** Sets `key = value` per [section] ('' is the top level), adding keys and sections that are missing. */
function setTomlValues(toml: string, edits: TomlEdits): string {
  const pending = new Map(Object.entries(edits).map(([section, values]) => [section, new Map(Object.entries(values))]));
  const out: string[] = [];
  let section = '';
  const addPending = () => {
    for (const [key, value] of pending.get(section) ?? []) out.push(`  ${key} = ${value}`);
    pending.delete(section);
  };
  for (const line of toml.split('\n')) {
    const header = /^\s*\[+\s*([^\]\s]+)\s*\]+/.exec(line);
    const assignment = /^(\s*)([\w-]+)\s*=/.exec(line);
    const value = assignment ? pending.get(section)?.get(assignment[2]!) : undefined;
    if (header) {
      addPending();
      section = header[1]!;
      out.push(line);
    } else if (assignment && value !== undefined) {
      out.push(`${assignment[1]}${assignment[2]} = ${value}`);
      pending.get(section)?.delete(assignment[2]!);
    } else {
      out.push(line);
    }
  }
  addPending();
  for (const [name, values] of pending) {
    out.push(`[${name}]`, ...[...values].map(([key, value]) => `  ${key} = ${value}`));
  }
  return out.join('\n');
}

async function runInflux(binary: string, configFile: string, logFile: string, url: string): Promise<EngineRun> {
  const log = openSync(logFile, 'a');
  const child = await spawnServer(binary, ['run', '-config', configFile], ['pipe', log, log]).finally(() => closeSync(log));
  try {
    await waitForPing(child, url);
    return { child, version: await influxVersion(url) };
  } catch (error) {
    child.kill('SIGKILL');
    if (error instanceof PortTaken) throw error;
    throw new Error(`${binary} on ${url}: ${(error as Error).message}\n--- last lines of its log ---\n${await logTail(logFile)}`);
  }
}

async function waitForPing(child: ChildProcess, url: string): Promise<void> {
  const deadline = performance.now() + READY_TIMEOUT_MS;
  while (performance.now() < deadline) {
    if (hasExited(child)) throw new Error(`exited early (code ${child.exitCode}, signal ${child.signalCode})`);
    const status = await request(`${url}/ping`, { signal: AbortSignal.timeout(1_000) }).then(
      (response) => response.status,
      () => 0,
    );
    if (status === 204) {
      // A ping can come from another engine that won a race for the same free port.
      if (await listensOn(child, Number(new URL(url).port))) return;
      throw new PortTaken(`${url} answers, but not from this influxd: another process holds the port`);
    }
    await sleep(PING_INTERVAL_MS);
  }
  throw new Error(`no 204 from /ping within ${READY_TIMEOUT_MS / 1000} s`);
}

/** Whether the child holds the listening socket of the loopback port (Linux: /proc/net/tcp and the child's fds). */
async function listensOn(child: ChildProcess, port: number): Promise<boolean> {
  const hexPort = `:${port.toString(16).toUpperCase().padStart(4, '0')}`;
  const rows = (await readFile('/proc/net/tcp', 'utf8')).split('\n').map((line) => line.trim().split(/\s+/));
  const inodes = rows.filter((cols) => cols[1]?.endsWith(hexPort) && cols[3] === '0A').map((cols) => `socket:[${cols[9]}]`);
  const fdDir = `/proc/${child.pid}/fd`;
  const fds = await readdir(fdDir).catch(() => []);
  const links = await Promise.all(fds.map((fd) => readlink(`${fdDir}/${fd}`).catch(() => '')));
  return links.some((link) => inodes.includes(link));
}

/** Allowed without credentials while no admin exists. */
async function createAdmin(url: string, { username, password }: InfluxCredentials): Promise<void> {
  const user = username.replace(/["\\]/g, '\\$&');
  const secret = password.replace(/['\\]/g, '\\$&');
  await influxQuery(url, `CREATE USER "${user}" WITH PASSWORD '${secret}' WITH ALL PRIVILEGES`);
  const authenticated = new URL(url);
  authenticated.username = username;
  authenticated.password = password;
  await influxQuery(authenticated.href, 'SHOW DATABASES');
}

async function influxQuery(url: string, q: string): Promise<void> {
  const response = await request(new URL('/query', url).href, { method: 'POST', body: new URLSearchParams({ q }) });
  const text = await response.text();
  if (!response.ok || /"error"\s*:/.test(text)) throw new Error(`influxdb query failed (${response.status}): ${text}`);
}
