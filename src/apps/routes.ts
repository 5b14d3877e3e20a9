import type { FastifyInstance, RouteOptions } from 'fastify';
import { esRoutes } from './es/routes.js';
import { influxRoutes } from './influxdb/routes.js';
import { mixRoutes } from './mix/routes.js';
import { errorResponses, frameworkErrors } from './schemas.js';
import { serviceRoutes } from './service/routes.js';

/** Adds to a route's documented responses the answers the framework can give it (a route's own declaration wins). */
function declareFrameworkErrors(route: RouteOptions): void {
  const schema = route.schema;
  if (!schema?.response || typeof schema.response !== 'object') return;
  const validates = Boolean(schema.params ?? schema.querystring ?? schema.body);
  const framework = errorResponses(frameworkErrors({ method: route.method, isPublic: route.config?.permission === null, validates }));
  schema.response = { ...framework, ...schema.response };
}

export async function registerRoutes(app: FastifyInstance): Promise<void> {
  app.addHook('onRoute', declareFrameworkErrors);
  await app.register(serviceRoutes);
  await app.register(esRoutes);
  await app.register(influxRoutes);
  await app.register(mixRoutes);
}
