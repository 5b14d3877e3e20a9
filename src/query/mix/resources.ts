import type { EsConnection } from '../../libs/es-client.js';
import type { InfluxConnection } from '../../libs/influx-client.js';
import { nodes } from '../es/cluster.js';
import { listIndices } from '../es/indices.js';
import { listDatabases } from '../influx/databases.js';
import { listMeasurements } from '../influx/measurements.js';

export type Resource =
  | { kind: 'es'; instance: string; index: string; docs: number | null; sizeBytes: number | null }
  | { kind: 'influx'; instance: string; database: string; measurement: string };

/** An instance that did not answer, named with its error instead of failing the whole call. */
export interface Unavailable {
  kind: 'es' | 'influx';
  instance: string;
  error: string;
}

async function settle<T>(kind: 'es' | 'influx', instance: string, work: () => Promise<T>): Promise<T | Unavailable> {
  try {
    return await work();
  } catch (err) {
    return { kind, instance, error: (err as Error).message };
  }
}

const isUnavailable = (x: unknown): x is Unavailable => typeof x === 'object' && x !== null && 'error' in x;

async function esIndices(conn: EsConnection, keyword: string): Promise<Resource[]> {
  const indices = await listIndices(conn);
  return indices
    .filter((i) => i.index.includes(keyword))
    .map((i) => ({ kind: 'es', instance: conn.name, index: i.index, docs: i.docs, sizeBytes: i.sizeBytes }));
}

async function influxMeasurements(conn: InfluxConnection, keyword: string): Promise<Resource[]> {
  const databases = await listDatabases(conn);
  const perDatabase = await Promise.all(
    databases.map(async (database) =>
      (await listMeasurements(conn, database, keyword === '' ? undefined : keyword)).map((measurement): Resource => ({
        kind: 'influx',
        instance: conn.name,
        database,
        measurement,
      })),
    ),
  );
  return perDatabase.flat();
}

/** The instances a listing covers: those the caller can read (see readableInstances). */
export interface Instances {
  es: readonly EsConnection[];
  influx: readonly InfluxConnection[];
}

/**
 * Every Elasticsearch index and InfluxDB measurement (of every database) whose name contains the
 * keyword (case-sensitive; every one without it), across the given instances at once.
 */
export async function findResources(instances: Instances, keyword = '') {
  const answers = await Promise.all([
    ...instances.es.map((conn) => settle('es', conn.name, () => esIndices(conn, keyword))),
    ...instances.influx.map((conn) => settle('influx', conn.name, () => influxMeasurements(conn, keyword))),
  ]);
  return { resources: answers.filter((a) => !isUnavailable(a)).flat() as Resource[], unavailable: answers.filter(isUnavailable) };
}

/**
 * Every Elasticsearch node (from _nodes) and InfluxDB server of the given instances whose label
 * `region` equals the region (all instances without one); an instance that does not answer is
 * listed with its error.
 */
export async function findNodes(instances: Instances, region?: string) {
  const inRegion = (labels: Record<string, string>) => region === undefined || labels.region === region;
  const es = instances.es
    .filter((c) => inRegion(c.config.labels))
    .map(async (conn) => {
      const base = { kind: 'es' as const, instance: conn.name, url: conn.url, flavor: conn.flavor, labels: conn.config.labels };
      const found = await settle('es', conn.name, () => nodes(conn));
      return isUnavailable(found)
        ? { ...base, reachable: false, error: found.error }
        : { ...base, reachable: true, clusterName: found.clusterName, nodes: found.nodes };
    });
  const influx = instances.influx
    .filter((c) => inRegion(c.config.labels))
    .map(async (conn) => {
      const base = { kind: 'influx' as const, instance: conn.name, url: conn.url, labels: conn.config.labels };
      const found = await settle('influx', conn.name, () => conn.ping());
      return isUnavailable(found) ? { ...base, reachable: false, error: found.error } : { ...base, reachable: true, version: found.version };
    });
  return Promise.all([...es, ...influx]);
}
