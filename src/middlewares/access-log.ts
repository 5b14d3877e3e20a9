import type { Logger } from 'pino';
import fp from 'fastify-plugin';

/** One access line per request: id, method, route, instance, status, duration. */
export const accessLogPlugin = fp<{ access: Logger }>(
  async (app, { access }) => {
    app.addHook('onResponse', async (request, reply) => {
      access.info({
        reqId: request.id,
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
