import type { FastifyRequest } from 'fastify';
import { fluxIsRead, fluxNeedsAdmin } from '../libs/flux-access.js';

/** For raw InfluxQL: admin mode (statements that change things) needs admin. */
export const influxAdminModeElevation = (request: FastifyRequest): string | null =>
  (request.body as { admin?: unknown } | undefined)?.admin === true ? 'raw InfluxQL admin mode (body.admin)' : null;

/** Flux needs admin unless the instance opens it to readers with a read-only token (libs/flux-access.ts). */
export const fluxElevation = (request: FastifyRequest): string | null => {
  // Only on routes under /influx/:instance: the parameter is always there.
  const { instance } = request.params as { instance: string };
  const influx = request.server.settings.influx;
  const config = Object.hasOwn(influx, instance) ? influx[instance] : undefined;
  return config && !fluxIsRead(config) ? fluxNeedsAdmin : null;
};
