import type { FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Logger } from 'pino';

const targetParams = ['index', 'id', 'name', 'db', 'measurement', 'rp', 'key'] as const;

function targetOf(request: FastifyRequest): Record<string, string> | undefined {
  const params = (request.params ?? {}) as Record<string, string>;
  const target = Object.fromEntries(targetParams.filter((k) => params[k] !== undefined).map((k) => [k, params[k]!]));
  return Object.keys(target).length ? target : undefined;
}

function outcomeOf(status: number): 'ok' | 'denied' | 'rate-limited' | 'failed' {
  if (status < 400) return 'ok';
  if (status === 401 || status === 403) return 'denied';
  return status === 429 ? 'rate-limited' : 'failed';
}

/** Every write and admin call, allowed or not, appends one JSON line to logs/audit.log. */
export const auditPlugin = fp<{ audit: Logger }>(
  async (app, { audit }) => {
    app.addHook('onResponse', async (request, reply) => {
      const permission = request.routeOptions.config.permission;
      const level = request.elevated ? 'admin' : request.writes ? 'write' : permission?.level;
      if (!permission || level === 'read') return;
      audit.info({
        reqId: request.id,
        token: request.identity?.token ?? null,
        level,
        method: request.method,
        route: request.routeOptions.url,
        instance: (request.params as { instance?: string }).instance,
        target: targetOf(request),
        outcome: outcomeOf(reply.statusCode),
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime * 10) / 10,
      });
    });
  },
  { name: 'audit', dependencies: ['auth'] },
);
