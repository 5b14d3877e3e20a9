import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { influxActions } from '../../parser/influx.js';
import { handle } from '../handle.js';
import { instanceStatuses, responses } from '../schemas.js';
import { continuousQueryRoutes } from './continuous-queries.js';
import { databaseRoutes } from './databases.js';
import { fluxRoutes } from './flux.js';
import { measurementRoutes } from './measurements.js';
import { read } from './permissions.js';
import { influxResponses } from './schemas.js';
import { pointRoutes } from './points.js';
import { taskRoutes } from './tasks.js';

const capabilities = z
  .object({
    influxql: z.boolean(),
    flux: z.boolean(),
    buckets: z.boolean(),
    tasks: z.boolean(),
    continuousQueries: z.boolean(),
    retentionPolicies: z.boolean().describe('On 2.x: DBRP mappings onto buckets'),
    deleteByPredicate: z.boolean(),
  })
  .describe('What the server can do through the gateway; a route it cannot serve answers 501 naming what to use instead');
const server = z
  .object({
    instance: z.string(),
    url: z.string(),
    version: z.string(),
    pingMs: z.number(),
    generation: z.union([z.literal(1), z.literal(2)]).describe('InfluxDB 1.x or 2.x: configured as `version`, else from /ping'),
    capabilities,
  })
  .meta({
    example: {
      instance: 'influx2',
      url: 'http://127.0.0.1:8087',
      version: '2.8.0',
      pingMs: 1.1,
      generation: 2,
      capabilities: { influxql: true, flux: true, buckets: true, tasks: true, continuousQueries: false, retentionPolicies: true, deleteByPredicate: true },
    },
  });

export const influxRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/influx',
    {
      config: read,
      schema: {
        ...influxActions.instances.schema,
        operationId: 'influxInstanceList',
        tags: ['influx'],
        summary: 'Configured InfluxDB servers the token can read, with reachability and version',
        response: responses(instanceStatuses),
      },
    },
    handle(influxActions.instances),
  );

  app.get(
    '/influx/:instance',
    {
      config: read,
      schema: {
        ...influxActions.server.schema,
        operationId: 'influxServerGet',
        tags: ['influx'],
        summary: 'Ping, server version, generation (1.x or 2.x) and capabilities',
        description:
          'A 1.x server has continuous queries and no Flux, buckets or tasks; a 2.x server has Flux, buckets and tasks, its retention policies are DBRP mappings onto buckets, and continuous queries answer 501.',
        response: influxResponses(server),
      },
    },
    handle(influxActions.server),
  );

  await app.register(databaseRoutes);
  await app.register(measurementRoutes);
  await app.register(continuousQueryRoutes);
  await app.register(pointRoutes);
  await app.register(taskRoutes);
  await app.register(fluxRoutes);
};
