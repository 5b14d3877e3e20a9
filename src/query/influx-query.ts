import type { InfluxConnection } from '../libs/influx-client.js';
import { Query, readableInstances, type InstanceStatus } from './base-query.js';
import { createContinuousQuery, dropContinuousQuery, listContinuousQueries, type CqSpec } from './influx/continuous-queries.js';
import {
  alterRetentionPolicy,
  createDatabase,
  createRetentionPolicy,
  dropDatabase,
  dropRetentionPolicy,
  listDatabases,
  listRetentionPolicies,
  type RetentionPolicyChange,
  type RetentionPolicySpec,
} from './influx/databases.js';
import { deletePoints, type PointsDeletion } from './influx/delete-points.js';
import { describeMeasurement, dropMeasurement, listMeasurements, listSeries, tagValues } from './influx/measurements.js';
import { rawQuery, search, type RawQuery, type Search } from './influx/read.js';
import { writePoints, type PointsWrite } from './influx/write.js';

type At<T> = T & { instance: string };
type Db<T = unknown> = At<T & { database: string }>;

export type InfluxMetaTarget =
  | At<{ kind: 'server' }>
  | At<{ kind: 'databases' }>
  | Db<{ kind: 'retentionPolicies' }>
  | Db<{ kind: 'measurements'; match?: string }>
  | Db<{ kind: 'measurement'; measurement: string }>
  | Db<{ kind: 'tagValues'; measurement: string; key: string }>
  | Db<{ kind: 'series'; measurement?: string; limit?: number }>
  | Db<{ kind: 'continuousQueries' }>;

export type InfluxMetaCreation =
  | At<{ kind: 'database'; name: string; retentionPolicy?: RetentionPolicySpec }>
  | Db<{ kind: 'retentionPolicy'; retentionPolicy: RetentionPolicySpec }>
  | Db<{ kind: 'continuousQuery'; continuousQuery: CqSpec }>;

export type InfluxMetaChange = Db<{ kind: 'retentionPolicy'; name: string; change: RetentionPolicyChange }>;

export type InfluxMetaDeletion =
  | At<{ kind: 'database'; name: string }>
  | Db<{ kind: 'retentionPolicy'; name: string }>
  | Db<{ kind: 'measurement'; name: string }>
  | Db<{ kind: 'continuousQuery'; name: string }>;

export type InfluxDataSearch = At<{ kind: 'query' } & RawQuery> | At<{ kind: 'search' } & Search>;

/** Metadata and points of the configured InfluxDB servers; the InfluxQL comes from ./influxql.ts only. */
export class InfluxQuery extends Query {
  readonly kind = 'influx' as const;

  private conn(instance: string): InfluxConnection {
    return this.ctx.backends.influxInstance(instance, this.ctx.level);
  }

  /** Every configured server the caller can read, with reachability and version (from /ping), checked concurrently. */
  async list(): Promise<InstanceStatus[]> {
    return Promise.all(readableInstances(this.ctx).influx.map((conn) => this.status(conn)));
  }

  async searchMeta(t: InfluxMetaTarget): Promise<unknown> {
    const conn = this.conn(t.instance);
    switch (t.kind) {
      case 'server':
        return this.server(conn);
      case 'databases':
        return listDatabases(conn);
      case 'retentionPolicies':
        return listRetentionPolicies(conn, t.database);
      case 'measurements':
        return listMeasurements(conn, t.database, t.match);
      case 'measurement':
        return describeMeasurement(conn, t.database, t.measurement);
      case 'tagValues':
        return tagValues(conn, t.database, t.measurement, t.key);
      case 'series':
        return listSeries(conn, t.database, t.measurement, t.limit);
      case 'continuousQueries':
        return listContinuousQueries(conn, t.database);
    }
  }

  async createMeta(c: InfluxMetaCreation): Promise<unknown> {
    const conn = this.conn(c.instance);
    switch (c.kind) {
      case 'database':
        return createDatabase(conn, c.name, c.retentionPolicy);
      case 'retentionPolicy':
        return createRetentionPolicy(conn, c.database, c.retentionPolicy);
      case 'continuousQuery':
        return createContinuousQuery(conn, c.database, c.continuousQuery);
    }
  }

  async updateMeta(u: InfluxMetaChange): Promise<unknown> {
    return alterRetentionPolicy(this.conn(u.instance), u.database, u.name, u.change);
  }

  async deleteMeta(d: InfluxMetaDeletion): Promise<unknown> {
    const conn = this.conn(d.instance);
    switch (d.kind) {
      case 'database':
        return dropDatabase(conn, d.name);
      case 'retentionPolicy':
        return dropRetentionPolicy(conn, d.database, d.name);
      case 'measurement':
        return dropMeasurement(conn, d.database, d.name);
      case 'continuousQuery':
        return dropContinuousQuery(conn, d.database, d.name);
    }
  }

  async createData(w: At<PointsWrite>): Promise<unknown> {
    return writePoints(this.conn(w.instance), w);
  }

  async searchData(s: InfluxDataSearch): Promise<unknown> {
    const conn = this.conn(s.instance);
    return s.kind === 'query' ? rawQuery(conn, s) : search(conn, s);
  }

  async deleteData(d: At<PointsDeletion>): Promise<unknown> {
    return deletePoints(this.conn(d.instance), d);
  }

  private async server(conn: InfluxConnection) {
    const started = performance.now();
    const { version } = await conn.ping();
    return { instance: conn.name, url: conn.url, version, pingMs: Math.round((performance.now() - started) * 10) / 10 };
  }

  private async status(conn: InfluxConnection): Promise<InstanceStatus> {
    const base = { kind: 'influx' as const, name: conn.name, url: conn.url, labels: conn.config.labels };
    try {
      const { version } = await conn.ping();
      return { ...base, reachable: true, version };
    } catch (err) {
      return { ...base, reachable: false, error: (err as Error).message };
    }
  }
}
