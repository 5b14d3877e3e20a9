import type { Bucket, DBRP } from '@influxdata/influxdb-client-apis';
import { errors } from '../../libs/errors.js';
import type { InfluxConnection } from '../../libs/influx-client.js';
import { Respond } from '../../libs/respond.js';
import type { RetentionPolicy, RetentionPolicyChange, RetentionPolicySpec } from '../influx/databases.js';
import {
  createBucket,
  createMapping,
  deleteBucket,
  deleteMapping,
  findBucket,
  listBuckets,
  mappingsOf,
  retentionOf,
  setBucketRetention,
  setMappingDefault,
  type BucketRetention,
} from './buckets.js';
import {
  databaseOfBucket,
  defaultRetentionPolicy,
  durationSeconds,
  durationText,
  goDuration,
  requireSingleReplica,
  retentionPolicyBucket,
} from './retention.js';

// Databases are buckets and retention policies are DBRP mappings on InfluxDB 2.x (see the README).

/** The databases the organisation's buckets stand for (a retention policy's `db/rp` bucket counts as `db`). */
export async function listDatabases(conn: InfluxConnection): Promise<string[]> {
  return [...new Set((await listBuckets(conn)).map((b) => databaseOfBucket(b.name)))].sort();
}

/** A bucket named after the database, with the retention policy's retention, and its default DBRP mapping. */
export async function createDatabase(conn: InfluxConnection, name: string, rp?: RetentionPolicySpec) {
  requireSingleReplica(rp?.replication, 'retentionPolicy.replication');
  const retention = { everySeconds: 0, ...(rp ? retentionFrom(rp, 'retentionPolicy') : {}) };
  if ((await findBucket(conn, name)) || (await mappingsOf(conn, name)).length > 0) {
    throw errors.conflict(`database "${name}" already exists on influx/${conn.name}`);
  }
  const bucket = await createBucket(conn, name, retention);
  await createMapping(conn, { bucketID: bucket.id!, database: name, retentionPolicy: rp?.name ?? defaultRetentionPolicy, default: true });
  return Respond.created({ database: name, ...(rp ? { retentionPolicy: rp.name } : {}) });
}

/** The database's mappings and every bucket they (or the database's name) point to; 50002 when there is none. */
async function databaseParts(conn: InfluxConnection, database: string): Promise<{ mappings: DBRP[]; buckets: Bucket[] }> {
  const [mappings, all] = await Promise.all([mappingsOf(conn, database), listBuckets(conn)]);
  const ids = new Set(mappings.map((m) => m.bucketID));
  const buckets = all.filter((b) => ids.has(b.id!) || b.name === database);
  if (buckets.length === 0) throw errors.databaseNotFound(conn.name, database);
  return { mappings, buckets };
}

/** The database's mappings, then its buckets and their points. */
export async function dropDatabase(conn: InfluxConnection, name: string) {
  const { mappings, buckets } = await databaseParts(conn, name);
  for (const mapping of mappings) await deleteMapping(conn, mapping);
  for (const bucket of buckets) await deleteBucket(conn, bucket.id!);
  return { database: name, dropped: true };
}

/** One DBRP mapping as a retention policy: its bucket's retention, one replica. */
function asRetentionPolicy(mapping: DBRP, bucket: Bucket | undefined): RetentionPolicy {
  const { everySeconds, shardGroupDurationSeconds = 0 } = retentionOf(bucket);
  return {
    name: mapping.retention_policy,
    duration: durationText(everySeconds),
    shardDuration: goDuration(shardGroupDurationSeconds),
    replication: 1,
    default: mapping.default,
  };
}

export async function listRetentionPolicies(conn: InfluxConnection, database: string): Promise<RetentionPolicy[]> {
  const { mappings, buckets } = await databaseParts(conn, database);
  const byId = new Map(buckets.map((b) => [b.id!, b]));
  return mappings.map((m) => asRetentionPolicy(m, byId.get(m.bucketID)));
}

async function findMapping(conn: InfluxConnection, database: string, name: string): Promise<{ mapping: DBRP; bucket: Bucket | undefined }> {
  const { mappings, buckets } = await databaseParts(conn, database);
  const mapping = mappings.find((m) => m.retention_policy === name);
  if (!mapping) throw errors.notFound(`retention policy "${name}" in influx/${conn.name}/${database}`);
  return { mapping, bucket: buckets.find((b) => b.id === mapping.bucketID) };
}

/** A bucket `db/rp` with the policy's retention, mapped as that retention policy. */
export async function createRetentionPolicy(conn: InfluxConnection, database: string, rp: RetentionPolicySpec) {
  requireSingleReplica(rp.replication, 'replication');
  const retention = { everySeconds: 0, ...retentionFrom(rp) };
  const { mappings } = await databaseParts(conn, database);
  const bucketName = retentionPolicyBucket(database, rp.name);
  if (mappings.some((m) => m.retention_policy === rp.name) || (await findBucket(conn, bucketName))) {
    throw errors.conflict(`retention policy "${rp.name}" already exists in influx/${conn.name}/${database}`);
  }
  const bucket = await createBucket(conn, bucketName, retention);
  const mapping = await createMapping(conn, { bucketID: bucket.id!, database, retentionPolicy: rp.name, default: rp.default ?? false });
  return Respond.created(asRetentionPolicy(mapping, bucket));
}

/** Duration and shard duration change the bucket's retention rule; `default: true` moves the database's default mapping here. */
export async function alterRetentionPolicy(conn: InfluxConnection, database: string, name: string, change: RetentionPolicyChange) {
  requireSingleReplica(change.replication, 'replication');
  let { mapping, bucket } = await findMapping(conn, database, name);
  if (bucket && (change.duration !== undefined || change.shardDuration !== undefined)) {
    bucket = await setBucketRetention(conn, bucket, { ...retentionOf(bucket), ...retentionFrom(change) });
  }
  if (change.default && !mapping.default) {
    await setMappingDefault(conn, mapping, true);
    mapping = { ...mapping, default: true };
  }
  return asRetentionPolicy(mapping, bucket);
}

/** The mapping, and the `db/rp` bucket (with its points) when the retention policy created it. */
export async function dropRetentionPolicy(conn: InfluxConnection, database: string, name: string) {
  const { mapping, bucket } = await findMapping(conn, database, name);
  await deleteMapping(conn, mapping);
  if (bucket && bucket.name === retentionPolicyBucket(database, name)) await deleteBucket(conn, bucket.id!);
  return { database, retentionPolicy: name, dropped: true };
}

/** The retention a spec asks for; only the settings it gives, `prefix` naming their place in the body. */
function retentionFrom(rp: Pick<RetentionPolicyChange, 'duration' | 'shardDuration'>, prefix?: string): Partial<BucketRetention> {
  const field = (name: string) => (prefix ? `${prefix}.${name}` : name);
  return {
    ...(rp.duration === undefined ? {} : { everySeconds: durationSeconds(rp.duration, field('duration')) }),
    ...(rp.shardDuration === undefined ? {} : { shardGroupDurationSeconds: durationSeconds(rp.shardDuration, field('shardDuration')) }),
  };
}
