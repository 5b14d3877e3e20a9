import type { FastifyInstance } from 'fastify';
import { esRoutes } from './es/routes.js';
import { influxRoutes } from './influxdb/routes.js';
import { mixRoutes } from './mix/routes.js';
import { serviceRoutes } from './service/routes.js';

export async function registerRoutes(app: FastifyInstance): Promise<void> {
  await app.register(serviceRoutes);
  await app.register(esRoutes);
  await app.register(influxRoutes);
  await app.register(mixRoutes);
}
