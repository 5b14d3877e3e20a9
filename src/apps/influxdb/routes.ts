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

const server = z
  .object({ instance: z.string(), url: z.string(), version: z.string(), pingMs: z.number() })
  .meta({ example: { instance: 'default', url: 'http://127.0.0.1:8086', version: '1.6.7~rc0', pingMs: 0.9 } });

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
        summary: 'Ping and server version',
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
