import type { FastifyRequest } from 'fastify';

/** For raw InfluxQL: admin mode (statements that change things) needs admin. */
export const influxAdminModeElevation = (request: FastifyRequest): string | null =>
  (request.body as { admin?: unknown } | undefined)?.admin === true ? 'raw InfluxQL admin mode (body.admin)' : null;
