// Elasticsearch / OpenSearch run in-process by the Maven launchers in test/backends/<kind>/,
// which print `READY <url>` on stdout and exit when their stdin closes. Each launcher project
// builds every version line of its engine: the oldest by default, newer ones with a Maven profile.
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

/** One version line of a launcher project: its Maven profile, output folder, sources and JDK. */
interface LauncherLine {
  /** Absent: the project's default build. */
  profile?: string;
  /** Relative to the project; holds engine.jar and lib/. */
  targetDir: string;
  /** Source folders of this line (a change in one rebuilds it), relative to the project. */
  sourceDirs: string[];
  /** Runs (and is built) with the Java 21+ JDK instead of the default java. */
  needsJava21: boolean;
}

const SEARCH_ENGINE_LINES = {
  elasticsearch: {
    '8.19': { targetDir: 'target', sourceDirs: ['src/main', 'src/es8'], needsJava21: false },
    '9.5': { profile: 'es9', targetDir: 'target/es9', sourceDirs: ['src/main', 'src/es9'], needsJava21: true },
  },
  opensearch: {
    '2.19': { targetDir: 'target', sourceDirs: ['src/main', 'src/os2'], needsJava21: false },
    '3.9': { profile: 'os3', targetDir: 'target/os3', sourceDirs: ['src/main', 'src/os3'], needsJava21: true },
  },
} as const satisfies Record<SearchEngineKind, Record<string, LauncherLine>>;

export type SearchEngineLine<K extends SearchEngineKind> = keyof (typeof SEARCH_ENGINE_LINES)[K];

const DEFAULT_LINES: { [K in SearchEngineKind]: SearchEngineLine<K> } = { elasticsearch: '8.19', opensearch: '2.19' };

/** Elasticsearch 9 and OpenSearch 3 need Java 21+; the default JDK stays the one for the older lines. */
const JAVA21_HOME = process.env.HOSTMONITOR_JAVA21_HOME ?? '/usr/lib/jvm/temurin-25-jdk-amd64';

export interface SearchEngineOptions<K extends SearchEngineKind = SearchEngineKind> {
  /** 0 or absent: the launcher picks a free port. */
  port?: number;
  /** Kept by stop(); a temp dir otherwise. */
  dataDir?: string;
  /** The engine's major.minor line; absent: Elasticsearch 8.19, OpenSearch 2.19. */
  line?: SearchEngineLine<K>;
}

const BACKENDS_DIR = fileURLToPath(new URL('.', import.meta.url));
const JVM_ARGS = ['-Xms256m', '-Xmx512m'];
const READY_TIMEOUT_MS = 180_000;
const READY_LINE = /^READY (https?:\/\/\S+?)\/?\r?\n/m;
const LOCK_POLL_MS = 500;
const UNWRITTEN_LOCK_GRACE_MS = 10_000;

export async function startSearchEngine<K extends SearchEngineKind>(kind: K, opts: SearchEngineOptions<K> = {}): Promise<Engine> {
  const launcher = launcherOf(kind, String(opts.line ?? DEFAULT_LINES[kind]));
  const { jar, java } = launcher;
  await ensureLauncherBuilt(launcher);
  const startedAt = performance.now();
  const workDir = await makeTempDir(`hostmonitor-${kind}-`);
  const dataDir = opts.dataDir ?? join(workDir, 'data');
  const logFile = join(workDir, `${kind}.log`);
  await mkdir(dataDir, { recursive: true });
  const first = await runLauncher(java, jar, opts.port ?? 0, dataDir, logFile).catch(async (error: unknown) => {
    await removeTempDir(workDir);
    throw error;
  });
  const port = Number(new URL(first.url).port);
  const engine = localEngine(kind, first.url, first, () => runLauncher(java, jar, port, dataDir, logFile), workDir);
  console.error(`[engines] ${kind} ${engine.version} ready on ${engine.url} in ${secondsSince(startedAt)} s`);
  return engine;
}

/** A launcher line resolved to files. */
interface Launcher {
  name: string;
  projectDir: string;
  jar: string;
  java: string;
  /** For Maven: JAVA_HOME, the -P profile. */
  javaHome?: string;
  profile?: string;
  sourceDirs: string[];
}

function launcherOf(kind: SearchEngineKind, lineName: string): Launcher {
  const lines: Record<string, LauncherLine> = SEARCH_ENGINE_LINES[kind];
  const line = lines[lineName];
  if (!line) throw new Error(`no ${kind} launcher for version ${lineName} (known: ${Object.keys(lines).join(', ')})`);
  const projectDir = join(BACKENDS_DIR, kind);
  const javaHome = line.needsJava21 ? JAVA21_HOME : undefined;
  return {
    name: `${kind} ${lineName}`,
    projectDir,
    jar: join(projectDir, line.targetDir, 'engine.jar'),
    java: javaHome ? join(javaHome, 'bin', 'java') : 'java',
    javaHome,
    profile: line.profile,
    sourceDirs: line.sourceDirs.map((dir) => join(projectDir, dir)),
  };
}

interface LauncherRun extends EngineRun {
  url: string;
}

async function runLauncher(java: string, jar: string, port: number, dataDir: string, logFile: string): Promise<LauncherRun> {
  if (port !== 0) await assertPortFree(port);
  const log = openSync(logFile, 'a');
  const args = [...JVM_ARGS, '-jar', jar, '--port', String(port), '--data', dataDir];
  const child = await spawnServer(java, args, ['pipe', 'pipe', log]).finally(() => closeSync(log));
  // Keeps draining stdout after READY so that the launcher never blocks on a full pipe.
  child.stdout!.pipe(createWriteStream(logFile, { flags: 'a' }));
  try {
    const url = await readyUrl(child);
    return { child, url, version: await searchEngineVersion(url) };
  } catch (error) {
    child.kill('SIGKILL');
    throw new Error(`${java} -jar ${jar}: ${(error as Error).message}\n--- last lines of its log ---\n${await logTail(logFile)}`);
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

function ensureLauncherBuilt(launcher: Launcher): Promise<void> {
  let build = builds.get(launcher.jar);
  if (!build) {
    build = buildIfStale(launcher);
    builds.set(launcher.jar, build);
  }
  return build;
}

async function buildIfStale(launcher: Launcher): Promise<void> {
  if (!(await isStale(launcher))) return;
  await withFileLock(join(launcher.jar, '..', '.engines-build.lock'), async () => {
    if (!(await isStale(launcher))) return;
    if (launcher.javaHome) await assertJdk(launcher.javaHome, launcher.name);
    const startedAt = performance.now();
    await runMaven(launcher);
    // maven-jar-plugin leaves an unchanged jar untouched; without this it would look stale forever.
    const now = new Date();
    await utimes(launcher.jar, now, now);
    console.error(`[engines] built ${launcher.name} launcher in ${secondsSince(startedAt)} s`);
  });
}

async function assertJdk(javaHome: string, name: string): Promise<void> {
  await stat(join(javaHome, 'bin', 'javac')).catch(() => {
    throw new Error(`${name} needs a JDK 21+ at ${javaHome} (set HOSTMONITOR_JAVA21_HOME to another one)`);
  });
}

async function isStale({ projectDir, jar, sourceDirs }: Launcher): Promise<boolean> {
  const jarTime = await mtime(jar);
  if (jarTime === undefined) return true;
  const sources = await Promise.all(sourceDirs.map(async (dir) => (await readdir(dir, { recursive: true }).catch(() => [])).map((file) => join(dir, file))));
  const inputs = [join(projectDir, 'pom.xml'), ...sourceDirs, ...sources.flat()];
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

function runMaven(launcher: Launcher): Promise<void> {
  const run = mavenQueue.then(() => runMavenNow(launcher));
  mavenQueue = run.catch(() => undefined);
  return run;
}

async function runMavenNow({ projectDir, profile, javaHome }: Launcher): Promise<void> {
  const pom = join(projectDir, 'pom.xml');
  await stat(pom).catch(() => {
    throw new Error(`${pom} not found: the launcher project is missing`);
  });
  const args = ['-q', '-B', '-f', pom, ...(profile ? ['-P', profile] : []), 'package', '-DskipTests'];
  const env = javaHome ? { ...process.env, JAVA_HOME: javaHome } : process.env;
  await promisify(execFile)('mvn', args, { env, maxBuffer: 64 * 1024 * 1024 }).catch((error: { stdout?: string; stderr?: string; message: string }) => {
    const output = `${error.stdout ?? ''}${error.stderr ?? ''}`.split('\n').slice(-60).join('\n');
    throw new Error(`mvn package ${profile ? `-P ${profile} ` : ''}failed for ${pom}: ${error.message}\n${output}`);
  });
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
