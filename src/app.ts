import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance, type RouteOptions } from 'fastify';
import { validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { registerRoutes } from './apps/routes.js';
import type { Settings } from './config/settings.js';
import { dbPlugin } from './libs/db.js';
import { checkJsonDepth } from './libs/json-depth.js';
import { createLogs, type Logs } from './libs/logs.js';
import { restPlugin } from './libs/rest.js';
import { metricsPlugin } from './libs/metrics.js';
import { accessLogPlugin } from './middlewares/access-log.js';
import { auditPlugin } from './middlewares/audit.js';
import { authPlugin } from './middlewares/auth.js';
import { clientErrorHandler, errorHandler, frameworkErrorHandler, notFoundHandler } from './middlewares/envelope.js';
import { protectionPlugin } from './middlewares/protection.js';

declare module 'fastify' {
  interface FastifyInstance {
    settings: Settings;
    logs: Logs;
    /** Every route as Fastify registered it (the permission matrix test walks it). */
    routeTable: readonly RouteOptions[];
  }
}

/** Wires the app: docs and metrics, then ours (db, limits, auth, audit, access log), then the routes. */
export async function buildApp(settings: Settings, logs: Logs = createLogs(settings.log)): Promise<FastifyInstance> {
  // Typed as Fastify's logger, so that the instance's type stays FastifyInstance's default.
  const logger: FastifyBaseLogger = logs.app;
  const app = Fastify({
    loggerInstance: logger,
    // The access log plugin writes the one line per request instead.
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: settings.server.bodyLimitBytes,
    keepAliveTimeout: settings.server.keepAliveTimeoutMs,
    requestTimeout: settings.server.requestTimeoutMs,
    ...(settings.server.trustProxy.length > 0 && { trustProxy: settings.server.trustProxy }),
    // The request id is the gateway's own; a client's X-Request-Id is only logged (clientRequestId).
    requestIdHeader: false,
    // Document ids may be 512 bytes; a longer path segment is answered 414 in the envelope.
    routerOptions: { maxParamLength: 1024 },
    // Answers met before routing or before Fastify has a request still go out in the envelope;
    // the handler sends the reply itself, the reply it returns is only thenable, not work to await.
    frameworkErrors: (err, request, reply) => void frameworkErrorHandler(err, request, reply),
    clientErrorHandler,
    genReqId: () => crypto.randomUUID(),
  }).withTypeProvider<ZodTypeProvider>();

  const routeTable: RouteOptions[] = [];
  app.addHook('onRoute', (route) => void routeTable.push(route as RouteOptions));
  app.decorate('routeTable', routeTable);
  app.decorate('settings', settings);
  app.decorate('logs', logs);
  app.setValidatorCompiler(validatorCompiler);
  // Response schemas document the API; serializing with plain JSON keeps them off the hot path.
  app.setSerializerCompiler(() => (data) => JSON.stringify(data));
  // Every JSON body is depth-checked where it is parsed, before validation or any walk over it.
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, text, done) =>
    parseJson(request, text as string, (err, body) => {
      if (err) return done(err, undefined);
      try {
        checkJsonDepth(body, 'body');
      } catch (depthErr) {
        return done(depthErr as Error, undefined);
      }
      done(null, body);
    }),
  );
  // NDJSON bodies (ES _bulk) reach the parser as text; it splits and validates the lines.
  app.addContentTypeParser('application/x-ndjson', { parseAs: 'string' }, (_req, body, done) => done(null, body));
  app.setErrorHandler(errorHandler);
  app.setNotFoundHandler(notFoundHandler);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  app.addHook('onClose', () => logs.close());

  await app.register(restPlugin, { settings });
  await app.register(metricsPlugin);
  await app.register(dbPlugin, { settings });
  await app.register(protectionPlugin, { settings });
  await app.register(authPlugin, { settings });
  await app.register(auditPlugin, { audit: logs.audit });
  await app.register(accessLogPlugin, { access: logs.access });
  await registerRoutes(app);
  return app;
}
