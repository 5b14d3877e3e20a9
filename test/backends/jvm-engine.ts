// Elasticsearch / OpenSearch run in-process by the Maven launchers in test/backends/<kind>/,
// which print `READY <url>` on stdout and exit when their stdin closes.
import { execFile, type ChildProcess } from 'node:child_process';
import { closeSync, createWriteStream, openSync } from 'node:fs';
import { mkdir, open, readdir, readFile, rm, stat, utimes } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import {
  assertPortFree,
  localEngine,
  logTail,
  makeTempDir,
  removeTempDir,
  searchEngineVersion,
  secondsSince,
  sleep,
  spawnServer,
  type Engine,
  type EngineRun,
} from './engines.js';

export type SearchEngineKind = 'elasticsearch' | 'opensearch';

export interface SearchEngineOptions {
  /** 0 or absent: the launcher picks a free port. */
  port?: number;
  /** Kept by stop(); a temp dir otherwise. */
  dataDir?: string;
}

const BACKENDS_DIR = fileURLToPath(new URL('.', import.meta.url));
const JVM_ARGS = ['-Xms256m', '-Xmx512m'];
const READY_TIMEOUT_MS = 180_000;
const READY_LINE = /^READY (https?:\/\/\S+?)\/?\r?\n/m;
const LOCK_POLL_MS = 500;
const UNWRITTEN_LOCK_GRACE_MS = 10_000;

export async function startSearchEngine(kind: SearchEngineKind, opts: SearchEngineOptions = {}): Promise<Engine> {
  const projectDir = join(BACKENDS_DIR, kind);
  const jar = join(projectDir, 'target', 'engine.jar');
  await ensureLauncherBuilt(kind, projectDir, jar);
  const startedAt = performance.now();
  const workDir = await makeTempDir(`hostmonitor-${kind}-`);
  const dataDir = opts.dataDir ?? join(workDir, 'data');
  const logFile = join(workDir, `${kind}.log`);
  await mkdir(dataDir, { recursive: true });
  const first = await runLauncher(jar, opts.port ?? 0, dataDir, logFile).catch(async (error: unknown) => {
    await removeTempDir(workDir);
    throw error;
  });
  const port = Number(new URL(first.url).port);
  const engine = localEngine(kind, first.url, first, () => runLauncher(jar, port, dataDir, logFile), workDir);
  console.error(`[engines] ${kind} ${engine.version} ready on ${engine.url} in ${secondsSince(startedAt)} s`);
  return engine;
}

interface LauncherRun extends EngineRun {
  url: string;
}

async function runLauncher(jar: string, port: number, dataDir: string, logFile: string): Promise<LauncherRun> {
  if (port !== 0) await assertPortFree(port);
  const log = openSync(logFile, 'a');
  const args = [...JVM_ARGS, '-jar', jar, '--port', String(port), '--data', dataDir];
  const child = await spawnServer('java', args, ['pipe', 'pipe', log]).finally(() => closeSync(log));
  // Keeps draining stdout after READY so that the launcher never blocks on a full pipe.
  child.stdout!.pipe(createWriteStream(logFile, { flags: 'a' }));
  try {
    const url = await readyUrl(child);
    return { child, url, version: await searchEngineVersion(url) };
  } catch (error) {
    child.kill('SIGKILL');
    throw new Error(`java -jar ${jar}: ${(error as Error).message}\n--- last lines of its log ---\n${await logTail(logFile)}`);
  }
}

function readyUrl(child: ChildProcess): Promise<string> {
  const stdout = child.stdout!;
  return new Promise((resolve, reject) => {
    let seen = '';
    const onData = (chunk: Buffer) => {
      seen = (seen + chunk.toString('utf8')).slice(-8192);
      const match = READY_LINE.exec(seen);
      if (match) settle(() => resolve(match[1]!));
    };
    const onExit = (code: number | null, signal: NodeJS.Signals | null) =>
      settle(() => reject(new Error(`exited before READY (code ${code}, signal ${signal})`)));
    const timer = setTimeout(() => settle(() => reject(new Error(`no READY line within ${READY_TIMEOUT_MS / 1000} s`))), READY_TIMEOUT_MS);
    function settle(outcome: () => void) {
      clearTimeout(timer);
      stdout.off('data', onData);
      child.off('exit', onExit);
      outcome();
    }
    stdout.on('data', onData);
    child.once('exit', onExit);
  });
}

// Shared by concurrent callers in this process; the file lock covers other processes
// (e.g. parallel vitest workers), which would otherwise run mvn on the same target/.
const builds = new Map<string, Promise<void>>();

function ensureLauncherBuilt(kind: SearchEngineKind, projectDir: string, jar: string): Promise<void> {
  let build = builds.get(projectDir);
  if (!build) {
    build = buildIfStale(kind, projectDir, jar);
    builds.set(projectDir, build);
  }
  return build;
}

async function buildIfStale(kind: SearchEngineKind, projectDir: string, jar: string): Promise<void> {
  if (!(await isStale(projectDir, jar))) return;
  await withFileLock(join(projectDir, 'target', '.engines-build.lock'), async () => {
    if (!(await isStale(projectDir, jar))) return;
    const startedAt = performance.now();
    await runMaven(join(projectDir, 'pom.xml'));
    // maven-jar-plugin leaves an unchanged jar untouched; without this it would look stale forever.
    const now = new Date();
    await utimes(jar, now, now);
    console.error(`[engines] built ${kind} launcher in ${secondsSince(startedAt)} s`);
  });
}

async function isStale(projectDir: string, jar: string): Promise<boolean> {
  const jarTime = await mtime(jar);
  if (jarTime === undefined) return true;
  const sources = await readdir(join(projectDir, 'src'), { recursive: true }).catch(() => []);
  const inputs = [join(projectDir, 'pom.xml'), join(projectDir, 'src'), ...sources.map((file) => join(projectDir, 'src', file))];
  const times = await Promise.all(inputs.map(mtime));
  return times.some((time) => time !== undefined && time > jarTime);
}

async function mtime(file: string): Promise<number | undefined> {
  return stat(file).then(
    (stats) => stats.mtimeMs,
    () => undefined,
  );
}

// One Maven at a time: two builds filling an empty ~/.m2 at once can corrupt shared artifacts.
let mavenQueue: Promise<unknown> = Promise.resolve();

function runMaven(pom: string): Promise<void> {
  const run = mavenQueue.then(() => runMavenNow(pom));
  mavenQueue = run.catch(() => undefined);
  return run;
}

async function runMavenNow(pom: string): Promise<void> {
  await stat(pom).catch(() => {
    throw new Error(`${pom} not found: the launcher project is missing`);
  });
  await promisify(execFile)('mvn', ['-q', '-B', '-f', pom, 'package', '-DskipTests'], { maxBuffer: 64 * 1024 * 1024 }).catch(
    (error: { stdout?: string; stderr?: string; message: string }) => {
      const output = `${error.stdout ?? ''}${error.stderr ?? ''}`.split('\n').slice(-60).join('\n');
      throw new Error(`mvn package failed for ${pom}: ${error.message}\n${output}`);
    },
  );
}

async function withFileLock(lockFile: string, critical: () => Promise<void>): Promise<void> {
  await mkdir(join(lockFile, '..'), { recursive: true });
  while (!(await tryLock(lockFile))) {
    if (await lockHolderGone(lockFile)) await rm(lockFile, { force: true });
    else await sleep(LOCK_POLL_MS);
  }
  try {
    await critical();
  } finally {
    await rm(lockFile, { force: true });
  }
}

async function tryLock(lockFile: string): Promise<boolean> {
  try {
    const handle = await open(lockFile, 'wx');
    await handle.writeFile(String(process.pid));
    await handle.close();
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

async function lockHolderGone(lockFile: string): Promise<boolean> {
  const [pidText, lockTime] = await Promise.all([readFile(lockFile, 'utf8').catch(() => ''), mtime(lockFile)]);
  if (lockTime === undefined) return false;
  const pid = Number(pidText);
  if (!pid) return Date.now() - lockTime > UNWRITTEN_LOCK_GRACE_MS;
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}
