import { covers } from './access.js';
import { type EsInstanceConfig, type InfluxInstanceConfig, type Level } from '../config/settings.js';

/** The lowest level that covers both: a pipeline's upsert runs at write, or at admin when the request was elevated. */
export const atLeast = (level: Level, floor: Level): Level => (covers(level, floor) ? level : floor);

/** A level's own credential, else the instance's top-level one (the default for every level). */
export function credentialFor<C>(perLevel: Partial<Record<Level, C>> | undefined, fallback: C | undefined, level: Level): C | undefined {
  return perLevel?.[level] ?? fallback;
}

const basic = (username: string, password: string) => `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;

/** The Authorization header of an Elasticsearch or OpenSearch call at `level`; none when no credential applies. */
export function esAuthorization(config: Pick<EsInstanceConfig, 'auth' | 'credentials'>, level: Level): string | undefined {
  const credential = credentialFor(config.credentials, config.auth, level);
  if (!credential) return undefined;
  // The encoded form of an API key (base64 of id:key), as Elasticsearch's create API returns it.
  return 'apiKey' in credential ? `ApiKey ${credential.apiKey}` : basic(credential.username, credential.password);
}

/** The Authorization header of an InfluxDB call at `level`: basic for 1.x users, Token for 2.x and later. */
export function influxAuthorization(config: Pick<InfluxInstanceConfig, 'username' | 'password' | 'token' | 'credentials'>, level: Level): string | undefined {
  // User and password win over a token at the top level, as they always did here.
  const fallback =
    config.username !== undefined
      ? { username: config.username, password: config.password ?? '' }
      : config.token !== undefined
        ? { token: config.token }
        : undefined;
  const credential = credentialFor(config.credentials, fallback, level);
  if (!credential) return undefined;
  return 'token' in credential ? `Token ${credential.token}` : basic(credential.username, credential.password);
}
