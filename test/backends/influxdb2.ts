// A private InfluxDB 2.x (built by scripts/build-influxdb.sh) on a loopback port, with its data in a
// temp dir, set up once with a user, an organisation, a bucket and an operator token.
import { randomBytes } from 'node:crypto';
import { type ChildProcess } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import {
  assertPortFree,
  freePorts,
  hasExited,
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

export interface Influx2Setup {
  username: string;
  password: string;
  org: string;
  bucket: string;
  /** The operator token (all access to every organisation). */
  token: string;
}

export interface Influx2Options {
  /** The influxd 2.x to run (see ensureInfluxd). */
  binary: string;
  port?: number;
  /** Kept by stop(); a temp dir otherwise. A folder set up before keeps its first setup (pass the same token). */
  dataDir?: string;
  /** Default: user `admin`, org `hostmonitor`, bucket `default`, a random password and token. */
  setup?: Partial<Influx2Setup>;
}

export interface Influx2Engine extends Engine {
  setup: Influx2Setup;
}

const READY_TIMEOUT_MS = 30_000;
const HEALTH_INTERVAL_MS = 100;

export async function startInflux2(opts: Influx2Options): Promise<Influx2Engine> {
  const startedAt = performance.now();
  const workDir = await makeTempDir('hostmonitor-influxdb2-');
  const dataDir = opts.dataDir ?? join(workDir, 'data');
  const [port] = opts.port ? [opts.port] : await freePorts(1);
  const url = `http://127.0.0.1:${port}`;
  const logFile = join(workDir, 'influxd.log');
  const args = [
    ...['--bolt-path', join(dataDir, 'influxd.bolt'), '--engine-path', join(dataDir, 'engine'), '--sqlite-path', join(dataDir, 'influxd.sqlite')],
    ...['--http-bind-address', `127.0.0.1:${port}`, '--reporting-disabled', '--log-level', 'warn'],
  ];
  const boot = async () => {
    await assertPortFree(port!);
    return runInflux2(opts.binary, args, logFile, url);
  };
  await mkdir(dataDir, { recursive: true });
  const first = await boot().catch(async (error: unknown) => {
    await removeTempDir(workDir);
    throw error;
  });
  const engine = localEngine('influxdb2', url, first, boot, workDir);
  const setup = withDefaults(opts.setup);
  await setUpOnce(url, setup).catch(async (error: unknown) => {
    await engine.stop();
    throw error;
  });
  console.error(`[engines] influxdb ${engine.version} ready on ${url} in ${secondsSince(startedAt)} s`);
  return Object.assign(engine, { setup });
}

function withDefaults(setup: Partial<Influx2Setup> = {}): Influx2Setup {
  return {
    username: 'admin',
    password: randomBytes(12).toString('hex'),
    org: 'hostmonitor',
    bucket: 'default',
    token: randomBytes(24).toString('hex'),
    ...setup,
  };
}

async function runInflux2(binary: string, args: string[], logFile: string, url: string): Promise<EngineRun> {
  const log = openSync(logFile, 'a');
  const child = await spawnServer(binary, args, ['pipe', log, log]).finally(() => closeSync(log));
  try {
    return { child, version: await waitForHealth(child, url) };
  } catch (error) {
    child.kill('SIGKILL');
    throw new Error(`${binary} on ${url}: ${(error as Error).message}\n--- last lines of its log ---\n${await logTail(logFile)}`);
  }
}

/** The version from /health once it passes ("v2.8.0", or "2.8.0" as built by our script). */
async function waitForHealth(child: ChildProcess, url: string): Promise<string> {
  const deadline = performance.now() + READY_TIMEOUT_MS;
  while (performance.now() < deadline) {
    if (hasExited(child)) throw new Error(`exited early (code ${child.exitCode}, signal ${child.signalCode})`);
    const health = await request(`${url}/health`, { signal: AbortSignal.timeout(1_000) }).then(
      async (response) => (response.ok ? ((await response.json()) as { status?: string; version?: string }) : undefined),
      () => undefined,
    );
    if (health?.status === 'pass' && health.version) {
      const version = health.version.replace(/^v/, '');
      if (!version.startsWith('2.')) throw new Error(`${url} answers as InfluxDB ${health.version}: another server holds the port`);
      return version;
    }
    await sleep(HEALTH_INTERVAL_MS);
  }
  throw new Error(`/health did not pass within ${READY_TIMEOUT_MS / 1000} s`);
}

/** POST /api/v2/setup, unless the data folder was set up by an earlier run. */
async function setUpOnce(url: string, setup: Influx2Setup): Promise<void> {
  const allowed = await request(`${url}/api/v2/setup`);
  if (!allowed.ok) throw new Error(`GET /api/v2/setup answered ${allowed.status}: ${await allowed.text()}`);
  if (!((await allowed.json()) as { allowed?: boolean }).allowed) return;
  const response = await request(`${url}/api/v2/setup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ ...setup, retentionPeriodSeconds: 0 }),
  });
  if (response.status !== 201) throw new Error(`POST /api/v2/setup answered ${response.status}: ${await response.text()}`);
}
