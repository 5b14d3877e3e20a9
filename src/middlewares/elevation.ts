import type { FastifyRequest } from 'fastify';

/** For raw InfluxQL: admin mode (statements that change things) needs admin. */
export const influxAdminModeElevation = (request: FastifyRequest): string | null =>
  (request.body as { admin?: unknown } | undefined)?.admin === true ? 'raw InfluxQL admin mode (body.admin)' : null;

/**
 * Flux can write (to(), experimental.to, http.post): run with a read route's credential it is
 * a read only when that credential is the instance's own read-only token (credentials.read),
 * which InfluxDB itself holds to reading. Without one, Flux needs admin.
 */
export const fluxElevation = (request: FastifyRequest): string | null => {
  const instance = (request.params as { instance?: string } | undefined)?.instance;
  const influx = request.server.settings.influx;
  const config = instance !== undefined && Object.hasOwn(influx, instance) ? influx[instance] : undefined;
  if (!config) return null;
  const read = config.credentials?.read;
  return read !== undefined && 'token' in read ? null : 'Flux, which can write, on an instance without a read-only token of its own (credentials.read.token)';
};
