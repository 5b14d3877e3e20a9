import fp from 'fastify-plugin';
import fastifyMetricsModule from 'fastify-metrics';
import { Counter, Histogram, Registry } from 'prom-client';
import { Code } from './code.js';
import { isAppError } from './errors.js';

// A CommonJS module compiled from ESM: its plugin sits on .default at run time.
const fastifyMetrics = fastifyMetricsModule.default;

export type BackendOutcome = 'ok' | 'error' | 'unavailable' | 'timeout';
export type CallObserver = (kind: 'es' | 'influx', instance: string, seconds: number, outcome: BackendOutcome) => void;

// Reads the label off the error the client already mapped; anything else is a plain error.
const outcomeOf = (err: unknown): BackendOutcome => {
  if (!isAppError(err)) return 'error';
  return err.code === Code.BACKEND_TIMEOUT ? 'timeout' : err.code === Code.BACKEND_UNAVAILABLE ? 'unavailable' : 'error';
};

/** Times one backend call and reports its outcome; its result or error passes through untouched. */
export async function observeCall<T>(observe: CallObserver | undefined, kind: 'es' | 'influx', instance: string, call: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const seconds = () => (performance.now() - started) / 1000;
  try {
    const result = await call();
    observe?.(kind, instance, seconds(), 'ok');
    return result;
  } catch (err) {
    observe?.(kind, instance, seconds(), outcomeOf(err));
    throw err;
  }
}

/** What the rest of the app records besides fastify-metrics' per-route durations. */
export interface Metrics {
  registry: Registry;
  backendCall: CallObserver;
}

declare module 'fastify' {
  interface FastifyInstance {
    telemetry: Metrics;
  }
}

/**
 * Prometheus metrics (served at GET /metrics by the service routes): request counts and durations per route and status
 * (fastify-metrics), backend call durations per instance, denied and rate-limited calls.
 * Each app has its own registry, so several apps in one process (tests) do not collide.
 */
export const metricsPlugin = fp(
  async (app) => {
    const registry = new Registry();
    await app.register(fastifyMetrics, {
      endpoint: null,
      defaultMetrics: { enabled: true, register: registry },
      // The histogram gives counts and percentiles in Prometheus; a summary would cost a
      // quantile sketch update on every request.
      routeMetrics: {
        enabled: { histogram: true, summary: false },
        overrides: { histogram: { registers: [registry] }, summary: { registers: [registry] } },
      },
    });
    const backendCalls = new Histogram({
      name: 'hostmonitor_backend_call_duration_seconds',
      help: 'Backend call durations by backend kind, instance and outcome',
      labelNames: ['kind', 'instance', 'outcome'],
      registers: [registry],
    });
    const rejected = new Counter({
      name: 'hostmonitor_rejected_requests_total',
      help: 'Requests refused by auth (401/403) or by the rate limit (429)',
      labelNames: ['reason'],
      registers: [registry],
    });
    app.addHook('onResponse', async (_request, reply) => {
      const reason = { 401: 'unauthorized', 403: 'forbidden', 429: 'rate_limited' }[reply.statusCode];
      if (reason) rejected.inc({ reason });
    });
    app.decorate('telemetry', {
      registry,
      backendCall: (kind, instance, seconds, outcome) => backendCalls.observe({ kind, instance, outcome }, seconds),
    } satisfies Metrics);
  },
  { name: 'metrics' },
);
