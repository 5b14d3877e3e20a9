import type { InfluxConnection } from '../libs/influx-client.js';
import { dispatch, Query, readableInstances, type Handlers, type InstanceStatus } from './base-query.js';
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
import { runFlux, type FluxQuery } from './influx2/flux.js';
import * as tasks from './influx2/tasks.js';

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
  | Db<{ kind: 'continuousQueries' }>
  | tasks.InfluxTaskTarget;

export type InfluxMetaCreation =
  | At<{ kind: 'database'; name: string; retentionPolicy?: RetentionPolicySpec }>
  | Db<{ kind: 'retentionPolicy'; retentionPolicy: RetentionPolicySpec }>
  | Db<{ kind: 'continuousQuery'; continuousQuery: CqSpec }>
  | tasks.InfluxTaskCreation;

export type InfluxMetaChange = Db<{ kind: 'retentionPolicy'; name: string; change: RetentionPolicyChange }> | tasks.InfluxTaskChange;

export type InfluxMetaDeletion =
  | At<{ kind: 'database'; name: string }>
  | Db<{ kind: 'retentionPolicy'; name: string }>
  | Db<{ kind: 'measurement'; name: string }>
  | Db<{ kind: 'continuousQuery'; name: string }>
  | tasks.InfluxTaskDeletion;

export type InfluxDataSearch = At<{ kind: 'query' } & RawQuery> | At<{ kind: 'search' } & Search> | At<{ kind: 'flux' } & FluxQuery>;

const metaSearches = {
  server,
  databases: listDatabases,
  retentionPolicies: (conn, t) => listRetentionPolicies(conn, t.database),
  measurements: (conn, t) => listMeasurements(conn, t.database, t.match),
  measurement: (conn, t) => describeMeasurement(conn, t.database, t.measurement),
  tagValues: (conn, t) => tagValues(conn, t.database, t.measurement, t.key),
  series: (conn, t) => listSeries(conn, t.database, t.measurement, t.limit),
  continuousQueries: (conn, t) => listContinuousQueries(conn, t.database),
  ...tasks.taskSearches,
} satisfies Handlers<InfluxMetaTarget, InfluxConnection>;

const metaCreations = {
  database: (conn, c) => createDatabase(conn, c.name, c.retentionPolicy),
  retentionPolicy: (conn, c) => createRetentionPolicy(conn, c.database, c.retentionPolicy),
  continuousQuery: (conn, c) => createContinuousQuery(conn, c.database, c.continuousQuery),
  task: tasks.createTask,
} satisfies Handlers<InfluxMetaCreation, InfluxConnection>;

const metaDeletions = {
  database: (conn, d) => dropDatabase(conn, d.name),
  retentionPolicy: (conn, d) => dropRetentionPolicy(conn, d.database, d.name),
  measurement: (conn, d) => dropMeasurement(conn, d.database, d.name),
  continuousQuery: (conn, d) => dropContinuousQuery(conn, d.database, d.name),
  task: tasks.deleteTask,
} satisfies Handlers<InfluxMetaDeletion, InfluxConnection>;

const metaChanges = {
  retentionPolicy: (conn, u) => alterRetentionPolicy(conn, u.database, u.name, u.change),
  task: tasks.setTaskStatus,
} satisfies Handlers<InfluxMetaChange, InfluxConnection>;

const dataSearches = {
  query: rawQuery,
  search,
  flux: runFlux,
} satisfies Handlers<InfluxDataSearch, InfluxConnection>;

/** Metadata and points of the configured InfluxDB servers; the InfluxQL comes from ./influxql.ts only. */
export class InfluxQuery extends Query {
  readonly kind = 'influx' as const;

  private conn(instance: string): InfluxConnection {
    return this.ctx.backends.influxInstance(instance, this.ctx.level);
  }

  /** Every configured server the caller can read, with reachability and version (from /ping), checked concurrently. */
  async list(): Promise<InstanceStatus[]> {
    return Promise.all(readableInstances(this.ctx).influx.map(status));
  }

  async searchMeta(t: InfluxMetaTarget): Promise<unknown> {
    return dispatch(metaSearches, this.conn(t.instance), t);
  }

  async createMeta(c: InfluxMetaCreation): Promise<unknown> {
    return dispatch(metaCreations, this.conn(c.instance), c);
  }

  async updateMeta(u: InfluxMetaChange): Promise<unknown> {
    return dispatch(metaChanges, this.conn(u.instance), u);
  }

  async deleteMeta(d: InfluxMetaDeletion): Promise<unknown> {
    return dispatch(metaDeletions, this.conn(d.instance), d);
  }

  async createData(w: At<PointsWrite>): Promise<unknown> {
    return writePoints(this.conn(w.instance), w);
  }

  async searchData(s: InfluxDataSearch): Promise<unknown> {
    return dispatch(dataSearches, this.conn(s.instance), s);
  }

  async deleteData(d: At<PointsDeletion>): Promise<unknown> {
    return deletePoints(this.conn(d.instance), d);
  }
}

/** Ping and version of one server, with the round trip in ms. */
async function server(conn: InfluxConnection) {
  const started = performance.now();
  const { version } = await conn.ping();
  return { instance: conn.name, url: conn.url, version, pingMs: Math.round((performance.now() - started) * 10) / 10 };
}

async function status(conn: InfluxConnection): Promise<InstanceStatus> {
  const base = { kind: 'influx' as const, name: conn.name, url: conn.url, labels: conn.config.labels };
  try {
    const { version } = await conn.ping();
    return { ...base, reachable: true, version };
  } catch (err) {
    return { ...base, reachable: false, error: err instanceof Error ? err.message : String(err) };
  }
}
