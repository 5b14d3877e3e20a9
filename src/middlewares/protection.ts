import cors from '@fastify/cors';
import rateLimit, { normalizeIP } from '@fastify/rate-limit';
import underPressure from '@fastify/under-pressure';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { Settings } from '../config/settings.js';
import { Code } from '../libs/code.js';
import { AppError } from '../libs/errors.js';
import { securityHeaderValues } from './security-headers.js';

class OverloadedError extends AppError {
  constructor() {
    super(Code.OVERLOADED, 'the gateway is overloaded (event loop delay above its limit); retry in a few seconds');
  }
}

/**
 * Limits and headers in front of every route: security headers (with a CSP Swagger UI can
 * live with), CORS only for configured origins, a per-token rate limit, a per-address limit of
 * denied calls, and 503 when the event loop is saturated. Registered before auth, so that its
 * hooks run first (a blocked address never gets its token read, a 401 has the headers); the
 * per-token limit is a route hook, which runs after auth and keys on the token.
 */
export const protectionPlugin = fp<{ settings: Settings }>(
  async (app, { settings }) => {
    // helmet's headers depend on no request: set as the values it gave once, not by running its middlewares per request.
    const headers = Object.entries(securityHeaderValues);
    app.addHook('onRequest', (_request, reply, done) => {
      for (const [name, value] of headers) reply.raw.setHeader(name, value);
      done();
    });
    if (settings.cors.origins.length > 0) await app.register(cors, { origin: settings.cors.origins });
    const limit = settings.limits.rateLimit;
    const denied = settings.limits.deniedRateLimit;
    if (limit || denied) {
      await app.register(rateLimit, {
        global: limit !== null,
        ...(limit && { max: limit.max, timeWindow: limit.windowMs }),
        keyGenerator: (request) => (request.identity ? `token:${request.identity.token}` : `ip:${request.ip}`),
        errorResponseBuilder: (request, context) => {
          request.rateLimited = true;
          return new AppError(
            Code.RATE_LIMITED,
            `rate limit of ${context.max} requests per ${context.after} reached for ${request.identity ? `token "${request.identity.token}"` : request.ip}; retry in ${Math.ceil(context.ttl / 1000)} s`,
          );
        },
      });
    }
    if (denied) limitDeniedCalls(app, denied);
    if (settings.limits.maxEventLoopDelayMs > 0) {
      await app.register(underPressure, {
        maxEventLoopDelay: settings.limits.maxEventLoopDelayMs,
        customError: OverloadedError,
        retryAfter: 5,
      });
    }
  },
  { name: 'protection' },
);

/**
 * Counts 401 and 403 answers per client address (an IPv6 /64 as one); an address past the limit
 * gets 429 on every route that needs a token until its window ends, before its token is read,
 * so that guessing tokens or probing scopes cannot go on at full speed (nor tell a good token
 * from a bad one by the answer). Calls running at once may each still be denied once more.
 */
function limitDeniedCalls(app: FastifyInstance, denied: { max: number; windowMs: number }): void {
  const counter = app.createRateLimit({ max: denied.max, timeWindow: denied.windowMs, keyGenerator: (request) => normalizeIP(request.ip) });
  app.addHook('onRequest', async (request, reply) => {
    if (!request.routeOptions.config.permission) return;
    const state = await counter(request, { increment: false });
    if (state.isAllowed || state.remaining > 0) return;
    request.rateLimited = true;
    reply.header('retry-after', state.ttlInSeconds);
    throw new AppError(
      Code.RATE_LIMITED,
      `too many denied calls (401/403) from ${request.ip}: at most ${denied.max} per ${denied.windowMs / 1000} s; retry in ${state.ttlInSeconds} s`,
    );
  });
  app.addHook('onResponse', async (request, reply) => {
    if (reply.statusCode === 401 || reply.statusCode === 403) await counter(request);
  });
}

declare module 'fastify' {
  interface FastifyRequest {
    rateLimited?: boolean;
  }
}
