// The gateway under test runs as its own process, compiled (dist/), in the production env
// with a token, as it would in front of real clusters.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { freePorts } from '../test/backends/engines.js';

export const benchToken = 'hm_bench_token';

/**
 * The bench's own build of src/ (run.ts compiles it): other work rebuilding dist/ meanwhile
 * cannot change the gateway under test. Under node_modules so the packages resolve, one per
 * checkout: git worktrees share one node_modules.
 */
export const benchDist = `node_modules/.cache/hostmonitor-bench/${basename(process.cwd())}/dist`;

/** Compiles src/ into benchDist, with the InfluxQL parser's WebAssembly beside it. */
export function buildGateway(): void {
  process.stderr.write(`[bench] building the gateway into ${benchDist}\n`);
  try {
    execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json', '--outDir', benchDist], { stdio: 'inherit' });
  } catch {
    // tsc still emits on type errors; those come from work in progress elsewhere in the tree.
    if (!existsSync(`${benchDist}/main.js`)) throw new Error('the gateway did not build');
    process.stderr.write('[bench] type errors above: measuring the JavaScript tsc emitted anyway\n');
  }
  // The InfluxQL parser reads its WebAssembly beside dist/ (src/query/influxql-parser.ts): tsc does not copy it.
  mkdirSync(`${benchDist}/../wasm/influxql`, { recursive: true });
  copyFileSync('wasm/influxql/influxql.wasm', `${benchDist}/../wasm/influxql/influxql.wasm`);
}

export interface BackendUrls {
  es: string;
  influx: string;
}

export interface Gateway {
  url: string;
  pid: number;
  /** Milliseconds from spawn to the first 200 on /health. */
  coldStartMs: number;
  stop(): Promise<void>;
}

function writeConfig(urls: BackendUrls, auth: boolean): string {
  const file = join(tmpdir(), `hostmonitor-bench-${process.pid}-${auth ? 'auth' : 'open'}.json`);
  const sha256 = createHash('sha256').update(benchToken).digest('hex');
  writeFileSync(
    file,
    JSON.stringify({
      es: { default: { node: urls.es, timeoutMs: 120_000 } },
      influx: { default: { url: urls.influx, timeoutMs: 120_000 } },
      auth: { tokens: auth ? { bench: { sha256, scopes: ['admin:*/*'] } } : {} },
      // The bench measures the gateway's cost, not its protection: no rate limit, and room for the
      // large end-to-end pipeline's 10^6 points (the default budgets are 100 000 rows, 64 MiB).
      limits: { rateLimit: null, maxEventLoopDelayMs: 0, pipeline: { maxRows: 2_000_000, maxBytes: 512 * 1024 * 1024 } },
      log: { dir: join(tmpdir(), `hostmonitor-bench-logs-${process.pid}`) },
    }),
  );
  return file;
}

async function waitForHealth(url: string, child: ChildProcess, started: number): Promise<number> {
  for (;;) {
    if (child.exitCode !== null) throw new Error(`gateway exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/health`)).status === 200) return performance.now() - started;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 5));
  }
}

export interface GatewayOptions {
  /** Node flags before the script, e.g. --cpu-prof. */
  nodeArgs?: string[];
  /** The log level (warn by default: no access lines, as when a deployment logs elsewhere). */
  logLevel?: string;
  /** Another build to run instead of the bench's own (an A/B of a change). */
  dist?: string;
  /** With a token (true by default). Without, the gateway runs in the local env: production refuses to start without tokens. */
  auth?: boolean;
}

export async function startGateway(urls: BackendUrls, options: GatewayOptions = {}): Promise<Gateway> {
  const [port] = await freePorts(1);
  const url = `http://127.0.0.1:${port}`;
  const auth = options.auth ?? true;
  const started = performance.now();
  const child = spawn(
    process.execPath,
    [
      ...(options.nodeArgs ?? []),
      `${options.dist ?? benchDist}/main.js`,
      '--env',
      auth ? 'production' : 'local',
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
    ],
    {
      env: { ...process.env, HOSTMONITOR_CONFIG: writeConfig(urls, auth), LOG_LEVEL: options.logLevel ?? 'warn' },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  const coldStartMs = await waitForHealth(url, child, started);
  return {
    url,
    pid: child.pid!,
    coldStartMs,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** Current resident memory of a process, in MB. */
export function rssMb(pid: number): number {
  const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return Number(kb ?? 0) / 1024;
}

/** Samples a process's RSS every 100 ms; returns a function giving the peak so far. */
export function samplePeakRss(pid: number): () => number {
  let peak = rssMb(pid);
  const timer = setInterval(() => {
    try {
      peak = Math.max(peak, rssMb(pid));
    } catch {
      clearInterval(timer);
    }
  }, 100);
  timer.unref();
  return () => {
    clearInterval(timer);
    return Math.max(peak, rssMb(pid));
  };
}
