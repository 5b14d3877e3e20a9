import type { FastifyInstance } from 'fastify';
import type { InfluxInstanceConfig } from '../../src/config/settings.js';
import { backends, buildTestApp, testSettings } from '../helpers.js';

/** The run's InfluxDB 2.8 server as the instance `influx2` (its generation detected unless `version` says it). */
export function buildInflux2App(over: Partial<InfluxInstanceConfig> = {}): Promise<FastifyInstance> {
  const { url, token, org } = backends().influx2;
  return buildTestApp({ influx: { ...testSettings().influx, influx2: { url, org, token, timeoutMs: 10_000, labels: {}, ...over } } });
}

/** A call of the 2.x API straight to the server, bypassing the gateway, to check what really happened. */
export async function v2Direct<T>(path: string, init: RequestInit = {}): Promise<T> {
  const { url, token } = backends().influx2;
  const res = await fetch(`${url}${path}`, { ...init, headers: { authorization: `Token ${token}`, 'content-type': 'application/json' } });
  if (!res.ok) throw new Error(`${init.method ?? 'GET'} ${path}: ${res.status} ${await res.text()}`);
  return (res.status === 204 ? undefined : await res.json()) as T;
}

export interface DirectBucket {
  id: string;
  name: string;
  retentionRules: { everySeconds: number; shardGroupDurationSeconds?: number }[];
}

export async function directBuckets(): Promise<DirectBucket[]> {
  return (await v2Direct<{ buckets: DirectBucket[] }>(`/api/v2/buckets?org=${backends().influx2.org}&limit=100`)).buckets;
}

export async function directMappings(
  db: string,
): Promise<{ database: string; retention_policy: string; default: boolean; bucketID: string; virtual?: boolean }[]> {
  return (await v2Direct<{ content: [] }>(`/api/v2/dbrps?org=${backends().influx2.org}&db=${encodeURIComponent(db)}`)).content;
}

/** Deletes the buckets of these databases (theirs and their `db/rp` ones), whatever a test left. */
export async function dropDirect(...databases: string[]): Promise<void> {
  for (const b of await directBuckets()) {
    if (databases.includes(b.name.split('/')[0]!)) await v2Direct(`/api/v2/buckets/${b.id}`, { method: 'DELETE' });
  }
}

/** InfluxQL straight to the 2.x server's v1-compatible /query. */
export async function influxqlDirect(q: string, db: string): Promise<Record<string, unknown>[]> {
  const { url, token } = backends().influx2;
  const res = await fetch(`${url}/query`, { method: 'POST', body: new URLSearchParams({ q, db }), headers: { authorization: `Token ${token}` } });
  const body = (await res.json()) as { results?: { series?: { columns: string[]; tags?: Record<string, string>; values?: unknown[][] }[] }[] };
  return (body.results?.[0]?.series ?? []).flatMap((s) =>
    (s.values ?? []).map((row) => ({ ...s.tags, ...Object.fromEntries(s.columns.map((c, i) => [c, row[i]])) })),
  );
}
