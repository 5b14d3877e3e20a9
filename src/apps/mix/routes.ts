import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { handle } from '../handle.js';
import { instanceStatus, responses } from '../schemas.js';

const read = { permission: { level: 'read', family: 'mix' } } as const;

export const mixRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/mix/instances', {
    config: read,
    schema: {
      tags: ['mix'],
      summary: 'Every configured instance, Elasticsearch and InfluxDB, optionally by region label',
      querystring: z.object({ region: z.string().min(1).optional().describe('Only instances whose labels.region equals this') }),
      response: responses(z.array(instanceStatus)),
    },
  }, handle('mix.instances'));
};
