import { errors } from '../../libs/errors.js';
import type { InfluxConnection } from '../../libs/influx-client.js';
import { Respond } from '../../libs/respond.js';
import { duration, empty, ident, influxql, integer, join, type InfluxQL } from '../influxql.js';
import { execute, firstColumn, requireDatabase } from './execute.js';

export interface RetentionPolicySpec {
  name: string;
  /** A duration such as 30d, or INF. */
  duration: string;
  replication?: number;
  shardDuration?: string;
  default?: boolean;
}

export interface RetentionPolicy {
  name: string;
  duration: string;
  shardDuration: string;
  replication: number;
  default: boolean;
}

export async function listDatabases(conn: InfluxConnection): Promise<string[]> {
  return firstColumn((await execute(conn, influxql`SHOW DATABASES`))[0]);
}

/** CREATE DATABASE, optionally WITH its first retention policy; 409 when it exists. */
export async function createDatabase(conn: InfluxConnection, name: string, rp?: RetentionPolicySpec) {
  if ((await listDatabases(conn)).includes(name)) throw errors.conflict(`database "${name}" already exists on influx/${conn.name}`);
  const withRp = rp
    ? influxql` WITH DURATION ${duration(rp.duration, { infinite: true })} REPLICATION ${integer(rp.replication ?? 1)}${shardDurationClause(
        rp.shardDuration,
      )} NAME ${ident(rp.name)}`
    : empty;
  await execute(conn, influxql`CREATE DATABASE ${ident(name)}${withRp}`);
  return Respond.created({ database: name, ...(rp ? { retentionPolicy: rp.name } : {}) });
}

export async function dropDatabase(conn: InfluxConnection, name: string) {
  await requireDatabase(conn, name);
  await execute(conn, influxql`DROP DATABASE ${ident(name)}`);
  return { database: name, dropped: true };
}

export async function listRetentionPolicies(conn: InfluxConnection, database: string): Promise<RetentionPolicy[]> {
  const [result] = await execute(conn, influxql`SHOW RETENTION POLICIES ON ${ident(database)}`, { db: database });
  const series = result?.series?.[0];
  // By column name: InfluxDB 1.13 puts futureWriteLimit and pastWriteLimit before `default` (1.6 does not have them).
  const columns = series?.columns ?? [];
  return (series?.values ?? []).map((row) => {
    const column = (name: string) => row[columns.indexOf(name)];
    return {
      name: String(column('name')),
      duration: String(column('duration')),
      shardDuration: String(column('shardGroupDuration')),
      replication: Number(column('replicaN')),
      default: column('default') === true,
    };
  });
}

async function requireRetentionPolicy(conn: InfluxConnection, database: string, name: string): Promise<void> {
  const names = (await listRetentionPolicies(conn, database)).map((rp) => rp.name);
  if (!names.includes(name)) throw errors.notFound(`retention policy "${name}" in influx/${conn.name}/${database}`);
}

export async function createRetentionPolicy(conn: InfluxConnection, database: string, rp: RetentionPolicySpec) {
  const statement = influxql`CREATE RETENTION POLICY ${ident(rp.name)} ON ${ident(database)} DURATION ${duration(rp.duration, { infinite: true })} REPLICATION ${integer(
    rp.replication ?? 1,
  )}${shardDurationClause(rp.shardDuration)}${rp.default ? influxql` DEFAULT` : empty}`;
  await execute(conn, statement, { db: database });
  return Respond.created(await retentionPolicy(conn, database, rp.name));
}

export type RetentionPolicyChange = Partial<Omit<RetentionPolicySpec, 'name'>>;

/** ALTER RETENTION POLICY with the given settings; `default: false` cannot be set, only moved. */
export async function alterRetentionPolicy(conn: InfluxConnection, database: string, name: string, change: RetentionPolicyChange) {
  await requireRetentionPolicy(conn, database, name);
  const settings = join(
    [
      change.duration === undefined ? empty : influxql` DURATION ${duration(change.duration, { infinite: true })}`,
      change.replication === undefined ? empty : influxql` REPLICATION ${integer(change.replication)}`,
      shardDurationClause(change.shardDuration),
      change.default ? influxql` DEFAULT` : empty,
    ],
    empty,
  );
  await execute(conn, influxql`ALTER RETENTION POLICY ${ident(name)} ON ${ident(database)}${settings}`, { db: database });
  return retentionPolicy(conn, database, name);
}

export async function dropRetentionPolicy(conn: InfluxConnection, database: string, name: string) {
  await requireRetentionPolicy(conn, database, name);
  await execute(conn, influxql`DROP RETENTION POLICY ${ident(name)} ON ${ident(database)}`, { db: database });
  return { database, retentionPolicy: name, dropped: true };
}

function shardDurationClause(shardDuration: string | undefined): InfluxQL {
  return shardDuration === undefined ? empty : influxql` SHARD DURATION ${duration(shardDuration)}`;
}

async function retentionPolicy(conn: InfluxConnection, database: string, name: string): Promise<RetentionPolicy> {
  const found = (await listRetentionPolicies(conn, database)).find((rp) => rp.name === name);
  if (!found) throw errors.notFound(`retention policy "${name}" in influx/${conn.name}/${database}`);
  return found;
}
