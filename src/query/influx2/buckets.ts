import { BucketsAPI, DbrpsAPI, OrgsAPI, type Bucket, type DBRP } from '@influxdata/influxdb-client-apis';
import { errors } from '../../libs/errors.js';
import type { InfluxConnection, InfluxV2 } from '../../libs/influx-client.js';

// The buckets and DBRP mappings of an instance's organisation, through @influxdata/influxdb-client-apis.

const pageSize = 100;

/** Every bucket of the organisation (the API pages them, 20 by default). */
export function listBuckets(conn: InfluxConnection): Promise<Bucket[]> {
  return conn.callV2(async ({ influx, org }) => {
    const api = new BucketsAPI(influx);
    const all: Bucket[] = [];
    for (let offset = 0; ; offset += pageSize) {
      const page = (await api.getBuckets({ org, limit: pageSize, offset })).buckets ?? [];
      all.push(...page);
      if (page.length < pageSize) return all;
    }
  });
}

export async function findBucket(conn: InfluxConnection, name: string): Promise<Bucket | undefined> {
  return (await listBuckets(conn)).find((b) => b.name === name);
}

/** The organisation's id, which creating a bucket needs. */
async function orgId({ influx, org }: InfluxV2, conn: InfluxConnection): Promise<string> {
  const found = (await new OrgsAPI(influx).getOrgs({ org })).orgs?.[0]?.id;
  if (found === undefined) throw errors.backendUnavailable('influx', conn.name, `its organisation "${org}" does not exist`);
  return found;
}

export interface BucketRetention {
  everySeconds: number;
  shardGroupDurationSeconds?: number;
}

export function createBucket(conn: InfluxConnection, name: string, retention: BucketRetention): Promise<Bucket> {
  return conn.callV2(async (api) => {
    const orgID = await orgId(api, conn);
    return new BucketsAPI(api.influx).postBuckets({ body: { orgID, name, retentionRules: [{ type: 'expire', ...retention }] } });
  });
}

export function setBucketRetention(conn: InfluxConnection, bucket: Bucket, retention: BucketRetention): Promise<Bucket> {
  return conn.callV2(({ influx }) =>
    new BucketsAPI(influx).patchBucketsID({ bucketID: bucket.id!, body: { retentionRules: [{ type: 'expire', ...retention }] } }),
  );
}

export function deleteBucket(conn: InfluxConnection, bucketID: string): Promise<void> {
  return conn.callV2(({ influx }) => new BucketsAPI(influx).deleteBucketsID({ bucketID }));
}

/** The bucket's retention rule (none: kept forever). */
export function retentionOf(bucket: Bucket | undefined): BucketRetention {
  const rule = bucket?.retentionRules[0];
  return {
    everySeconds: rule?.everySeconds ?? 0,
    ...(rule?.shardGroupDurationSeconds === undefined ? {} : { shardGroupDurationSeconds: rule.shardGroupDurationSeconds }),
  };
}

/** The DBRP mappings of a database, with InfluxDB's virtual ones (one per bucket) where no stored mapping maps that bucket. */
export async function mappingsOf(conn: InfluxConnection, database: string): Promise<DBRP[]> {
  const all = await conn.callV2(async ({ influx, org }) => (await new DbrpsAPI(influx).getDBRPs({ org, db: database })).content ?? []);
  const stored = new Set(all.filter((m) => !m.virtual).map((m) => m.bucketID));
  return all.filter((m) => !m.virtual || !stored.has(m.bucketID));
}

export function createMapping(conn: InfluxConnection, m: { bucketID: string; database: string; retentionPolicy: string; default: boolean }): Promise<DBRP> {
  return conn.callV2(({ influx, org }) =>
    new DbrpsAPI(influx).postDBRP({ body: { org, bucketID: m.bucketID, database: m.database, retention_policy: m.retentionPolicy, default: m.default } }),
  );
}

export function setMappingDefault(conn: InfluxConnection, mapping: DBRP, isDefault: boolean): Promise<unknown> {
  return conn.callV2(({ influx, org }) => new DbrpsAPI(influx).patchDBRPID({ dbrpID: mapping.id, org, body: { default: isDefault } }));
}

/** Deletes a mapping InfluxDB stores; a virtual one goes with its bucket. */
export async function deleteMapping(conn: InfluxConnection, mapping: DBRP): Promise<void> {
  if (mapping.virtual) return;
  await conn.callV2(({ influx, org }) => new DbrpsAPI(influx).deleteDBRPID({ dbrpID: mapping.id, org }));
}
