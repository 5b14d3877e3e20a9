// Defaults shared by every environment; local.ts, test.ts and production.ts override them.
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const basic = {
  project: 'HostMonitor',
  version: '0.1.0',
  server: {
    host: '127.0.0.1',
    port: 8000,
    keepAliveTimeoutMs: 72_000,
    bodyLimitBytes: 16 * 1024 * 1024,
    requestTimeoutMs: 120_000,
  },
  log: { level: 'info', console: 'json', dir: 'logs' },
  auth: { tokens: {} },
  limits: {
    rateLimit: { max: 6000, windowMs: 60_000 },
    deniedRateLimit: { max: 30, windowMs: 60_000 },
    maxEventLoopDelayMs: 1000,
    // maxRows and maxSteps are the constants from before they were settings; the README says why the others.
    pipeline: {
      maxRows: 100_000,
      maxBytes: 64 * 1024 * 1024,
      maxConditions: 1000,
      maxSteps: 64,
      maxSources: 16,
      sourceConcurrency: 4,
      maxInFlight: 8,
      maxBodyBytes: 1024 * 1024,
      // Of each pipeline's DuckDB: maxInFlight pipelines may each take memoryLimit.
      memoryLimit: '512MB',
      spillDirectory: join(tmpdir(), 'hostmonitor-duckdb'),
      threads: 2,
    },
  },
  cors: { origins: [] },
  es: {},
  influx: {},
};
