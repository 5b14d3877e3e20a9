import type { InfluxInstanceConfig } from '../config/settings.js';

/**
 * Flux can write (to(), experimental.to, http.post): it is a read only when it runs with the
 * instance's own read credential and that credential is an InfluxDB 2 token (credentials.read),
 * which InfluxDB itself holds to what the token may do. Otherwise Flux needs admin.
 */
export function fluxIsRead(config: Pick<InfluxInstanceConfig, 'credentials'>): boolean {
  const read = config.credentials?.read;
  return read !== undefined && 'token' in read;
}

/** Why Flux needs admin on an instance where it is not a read, for the 403 message. */
export const fluxNeedsAdmin = 'Flux, which can write, on an instance without a read-only token of its own (credentials.read.token)';
