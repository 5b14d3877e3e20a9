import cors from '@fastify/cors';
import rateLimit from '@fastify/rate-limit';
import underPressure from '@fastify/under-pressure';
import fp from 'fastify-plugin';
import helmet from 'helmet';
import type { Settings } from '../config/settings.js';
import { Code } from '../libs/code.js';
import { AppError } from '../libs/errors.js';

class OverloadedError extends AppError {
  constructor() {
    super(Code.OVERLOADED, 'the gateway is overloaded (event loop delay above its limit); retry in a few seconds');
  }
}

/**
 * Limits and headers in front of every route: security headers (with a CSP Swagger UI can
 * live with), CORS only for configured origins, a per-token rate limit, and 503 when the
 * event loop is saturated. Registered after auth, so the rate limit can key on the token.
 */
export const protectionPlugin = fp<{ settings: Settings }>(
  async (app, { settings }) => {
    // helmet built once, not through @fastify/helmet, which rebuilds it (parsing the CSP) per request.
    const securityHeaders = helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          // Swagger UI's index page starts itself with an inline script and styles.
          scriptSrc: ["'self'", "'unsafe-inline'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:'],
        },
      },
    });
    app.addHook('onRequest', (request, reply, done) => securityHeaders(request.raw, reply.raw, (err) => done(err as Error | undefined)));
    if (settings.cors.origins.length > 0) await app.register(cors, { origin: settings.cors.origins });
    const limit = settings.limits.rateLimit;
    if (limit) {
      await app.register(rateLimit, {
        max: limit.max,
        timeWindow: limit.windowMs,
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
    if (settings.limits.maxEventLoopDelayMs > 0) {
      await app.register(underPressure, {
        maxEventLoopDelay: settings.limits.maxEventLoopDelayMs,
        customError: OverloadedError,
        retryAfter: 5,
      });
    }
  },
  { name: 'protection', dependencies: ['auth'] },
);

declare module 'fastify' {
  interface FastifyRequest {
    rateLimited?: boolean;
  }
}
