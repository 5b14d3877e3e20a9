import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ok } from '../../middlewares/envelope.js';
import { mixActions } from '../../parser/mix.js';
import { handle } from '../handle.js';
import { errorResponses, instanceStatuses, mediaResponse, responses } from '../schemas.js';

const publicRoute = { permission: null };

const prometheusText = mediaResponse(
  'text/plain; version=0.0.4',
  'Request counts and durations per route and status, backend call durations per instance and outcome, refused requests, process metrics',
  [
    '# HELP hostmonitor_rejected_requests_total Requests refused by auth (401/403) or by the rate limit (429)',
    '# TYPE hostmonitor_rejected_requests_total counter',
    'hostmonitor_rejected_requests_total{reason="unauthorized"} 3',
    '',
  ].join('\n'),
);

export const serviceRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/health',
    {
      config: publicRoute,
      schema: {
        operationId: 'serviceHealth',
        tags: ['service'],
        summary: 'The process is up (does not touch any backend)',
        response: responses(z.object({ status: z.literal('up'), uptimeS: z.number() }).meta({ example: { status: 'up', uptimeS: 3600 } })),
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
        response: responses(instanceStatuses),
      },
    },
    handle(mixActions.ready),
  );

  app.get(
    '/metrics',
    {
      config: publicRoute,
      schema: {
        operationId: 'serviceMetrics',
        tags: ['service'],
        summary: 'Prometheus metrics (text exposition format 0.0.4)',
        response: { 200: prometheusText, ...errorResponses },
      },
    },
    async (_request, reply) => reply.type(app.telemetry.registry.contentType).send(await app.telemetry.registry.metrics()),
  );
};
