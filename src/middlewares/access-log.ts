import type { FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
import fp from 'fastify-plugin';

const maxClientRequestId = 128;

/** A client's own X-Request-Id, kept apart from the gateway's request id and cut to 128 characters. */
export function clientRequestId(request: FastifyRequest): string | undefined {
  const value = request.headers['x-request-id'];
  return typeof value === 'string' && value !== '' ? value.slice(0, maxClientRequestId) : undefined;
}

/** One access line per request: id, method, route, instance, status, duration. */
export const accessLogPlugin = fp<{ access: Logger }>(
  async (app, { access }) => {
    app.addHook('onResponse', async (request, reply) => {
      access.info({
        reqId: request.id,
        clientRequestId: clientRequestId(request),
        method: request.method,
        route: request.routeOptions.url ?? request.url,
        instance: (request.params as { instance?: string } | undefined)?.instance,
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime * 10) / 10,
        token: request.identity?.token,
      });
    });
  },
  { name: 'access-log', dependencies: ['auth'] },
);
