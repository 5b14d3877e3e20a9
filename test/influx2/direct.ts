import { createHash } from 'node:crypto';
import { InfluxDB } from '@influxdata/influxdb-client';
import { AuthorizationsAPI, OrgsAPI } from '@influxdata/influxdb-client-apis';
import type { Settings } from '../../src/config/settings.js';
import { backends, testSettings } from '../helpers.js';

/** The InfluxDB 2.x server with the operator's token, bypassing the gateway, to check what really happened. */
export const operator = () => {
  const { url, token } = backends().influx2;
  return new InfluxDB({ url, token });
};

/** The organisation's ID (authorizations name it by ID). */
export async function orgId(): Promise<string> {
  const { orgs = [] } = await new OrgsAPI(operator()).getOrgs({ org: backends().influx2.org });
  return orgs[0]!.id!;
}

/** A new token that may only read the organisation's buckets: the engine refuses it any write. */
export async function readOnlyToken(description: string): Promise<{ id: string; token: string }> {
  const orgID = await orgId();
  const created = await new AuthorizationsAPI(operator()).postAuthorizations({
    body: { orgID, description, permissions: [{ action: 'read', resource: { type: 'buckets', orgID } }] },
  });
  return { id: created.id!, token: created.token! };
}

export const dropAuthorization = (id: string) => new AuthorizationsAPI(operator()).deleteAuthorizationsID({ authID: id });

/** Rows of a Flux query, run directly with the operator token. */
export const directFlux = (query: string) => operator().getQueryApi(backends().influx2.org).collectRows<Record<string, unknown>>(query);

/** The 2.x instance as the gateway configures it, with the operator token for every level unless `over` says otherwise. */
export const influx2Instance = (over: Partial<Settings['influx'][string]> = {}): Settings['influx'][string] => {
  const { url, token, org } = backends().influx2;
  return { ...testSettings().influx.default!, url, version: '2', token, org, ...over };
};

const sha256 = (t: string) => createHash('sha256').update(t).digest('hex');

/** Gateway tokens `hm_<prefix>_<name>` with the given scopes, for settings.auth.tokens. */
export function gatewayTokens<N extends string>(prefix: string, scopes: Record<N, string[]>) {
  const tokens = Object.fromEntries(Object.entries<string[]>(scopes).map(([name, s]) => [name, { sha256: sha256(`hm_${prefix}_${name}`), scopes: s }]));
  const bearer = (name: N) => ({ authorization: `Bearer hm_${prefix}_${name}` });
  return { tokens, bearer };
}
