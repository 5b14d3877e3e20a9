import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ok } from '../../middlewares/envelope.js';
import { mixActions } from '../../parser/mix.js';
import { handle } from '../handle.js';
import { instanceStatus, responses } from '../schemas.js';

const publicRoute = { permission: null };

export const serviceRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/health',
    {
      config: publicRoute,
      schema: {
        operationId: 'serviceHealth',
        tags: ['service'],
        summary: 'The process is up (does not touch any backend)',
        response: responses(z.object({ status: z.literal('up'), uptimeS: z.number() })),
      },
    },
    async () => ok({ status: 'up' as const, uptimeS: Math.round(process.uptime()) }),
  );

  app.get(
    '/ready',
    {
      config: publicRoute,
      schema: {
        ...mixActions.ready.schema,
        operationId: 'serviceReady',
        tags: ['service'],
        summary: 'Every configured instance is reachable; 503 naming the ones that are not (with auth on, none are named to this public route)',
        response: responses(z.array(instanceStatus)),
      },
    },
    handle(mixActions.ready),
  );
};
