import type { FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Logger } from 'pino';
import { clientRequestId } from './access-log.js';

/** Route parameters that name what a call acts on, under their name in the audit line. */
const targetParams = { index: 'index', id: 'id', name: 'name', db: 'db', m: 'measurement', rp: 'rp', key: 'key' } as const;

/** Where a pipeline's upsert step writes, as its body names it. */
export type UpsertTarget = { es: string; index: string } | { influx: string; db: string; measurement: string };

declare module 'fastify' {
  interface FastifyRequest {
    /** The upsert targets of a pipeline, once its body is validated. */
    upserts?: UpsertTarget[];
  }
}

function targetOf(request: FastifyRequest): Record<string, string> | undefined {
  const params = (request.params ?? {}) as Record<string, string>;
  const target = Object.fromEntries(
    Object.entries(targetParams)
      .filter(([param]) => params[param] !== undefined)
      .map(([param, key]) => [key, params[param]!]),
  );
  return Object.keys(target).length ? target : undefined;
}

function outcomeOf(status: number): 'ok' | 'denied' | 'rate-limited' | 'failed' {
  if (status < 400) return 'ok';
  if (status === 401 || status === 403) return 'denied';
  return status === 429 ? 'rate-limited' : 'failed';
}

/**
 * Every write and admin call, allowed or not, appends one JSON line to logs/audit.log. Its
 * `level` is the level the call needed (the log's own level is left out: every line is info).
 */
export const auditPlugin = fp<{ audit: Logger }>(
  async (app, { audit }) => {
    app.addHook('onResponse', async (request, reply) => {
      const permission = request.routeOptions.config.permission;
      const level = request.elevated ? 'admin' : request.writes ? 'write' : permission?.level;
      if (!permission || level === 'read') return;
      audit.info({
        reqId: request.id,
        clientRequestId: clientRequestId(request),
        token: request.identity?.token ?? null,
        level,
        method: request.method,
        route: request.routeOptions.url,
        instance: (request.params as { instance?: string }).instance,
        target: targetOf(request),
        upserts: request.upserts,
        outcome: outcomeOf(reply.statusCode),
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime * 10) / 10,
      });
    });
  },
  { name: 'audit', dependencies: ['auth'] },
);
