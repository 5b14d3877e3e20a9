import type { InfluxInstanceConfig } from '../config/settings.js';

/**
 * Flux can write (to(), experimental.to, http.post, sql.to): it is a read only when it runs with the
 * instance's own read credential, an InfluxDB 2 token (credentials.read) that InfluxDB holds to
 * reading, and the instance opens Flux to readers (fluxForReaders: no token stops http.post). Otherwise admin.
 */
export function fluxIsRead(config: Pick<InfluxInstanceConfig, 'credentials' | 'fluxForReaders'>): boolean {
  const read = config.credentials?.read;
  return config.fluxForReaders === true && read !== undefined && 'token' in read;
}

/** Why Flux needs admin on an instance where it is not a read, for the 403 message. */
export const fluxNeedsAdmin = 'Flux, which can write, on an instance that does not open it to readers (fluxForReaders with a read-only credentials.read.token)';
