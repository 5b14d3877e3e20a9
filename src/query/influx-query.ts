import type { InfluxConnection, InfluxGeneration } from '../libs/influx-client.js';
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
import { capabilities } from './influx2/capabilities.js';
import { continuousQueriesNotSupported } from './influx2/continuous-queries.js';
import * as v2 from './influx2/databases.js';
import { writePoints as writePointsV2 } from './influx2/write.js';
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

// InfluxQL reads, SHOW statements, DROP MEASUREMENT and DELETE run through /query on both generations
// (InfluxDB 2.x's v1-compatible endpoint takes them); databases, retention policies and writes differ.
const measurementSearches = {
  measurements: (conn, t) => listMeasurements(conn, t.database, t.match),
  measurement: (conn, t) => describeMeasurement(conn, t.database, t.measurement),
  tagValues: (conn, t) => tagValues(conn, t.database, t.measurement, t.key),
  series: (conn, t) => listSeries(conn, t.database, t.measurement, t.limit),
} satisfies Handlers<Extract<InfluxMetaTarget, { kind: 'measurements' | 'measurement' | 'tagValues' | 'series' }>, InfluxConnection>;

const metaSearches = {
  1: {
    server,
    databases: listDatabases,
    retentionPolicies: (conn, t) => listRetentionPolicies(conn, t.database),
    ...measurementSearches,
    continuousQueries: (conn, t) => listContinuousQueries(conn, t.database),
    ...tasks.taskSearches,
  } satisfies Handlers<InfluxMetaTarget, InfluxConnection>,
  2: {
    server,
    databases: v2.listDatabases,
    retentionPolicies: (conn, t) => v2.listRetentionPolicies(conn, t.database),
    ...measurementSearches,
    continuousQueries: continuousQueriesNotSupported,
    ...tasks.taskSearches,
  } satisfies Handlers<InfluxMetaTarget, InfluxConnection>,
};

const metaCreations = {
  1: {
    database: (conn, c) => createDatabase(conn, c.name, c.retentionPolicy),
    retentionPolicy: (conn, c) => createRetentionPolicy(conn, c.database, c.retentionPolicy),
    continuousQuery: (conn, c) => createContinuousQuery(conn, c.database, c.continuousQuery),
    task: tasks.createTask,
  } satisfies Handlers<InfluxMetaCreation, InfluxConnection>,
  2: {
    database: (conn, c) => v2.createDatabase(conn, c.name, c.retentionPolicy),
    retentionPolicy: (conn, c) => v2.createRetentionPolicy(conn, c.database, c.retentionPolicy),
    continuousQuery: continuousQueriesNotSupported,
    task: tasks.createTask,
  } satisfies Handlers<InfluxMetaCreation, InfluxConnection>,
};

const metaChanges = {
  1: { retentionPolicy: (conn, u) => alterRetentionPolicy(conn, u.database, u.name, u.change), task: tasks.setTaskStatus } satisfies Handlers<
    InfluxMetaChange,
    InfluxConnection
  >,
  2: { retentionPolicy: (conn, u) => v2.alterRetentionPolicy(conn, u.database, u.name, u.change), task: tasks.setTaskStatus } satisfies Handlers<
    InfluxMetaChange,
    InfluxConnection
  >,
};

const metaDeletions = {
  1: {
    database: (conn, d) => dropDatabase(conn, d.name),
    retentionPolicy: (conn, d) => dropRetentionPolicy(conn, d.database, d.name),
    measurement: (conn, d) => dropMeasurement(conn, d.database, d.name),
    continuousQuery: (conn, d) => dropContinuousQuery(conn, d.database, d.name),
    task: tasks.deleteTask,
  } satisfies Handlers<InfluxMetaDeletion, InfluxConnection>,
  2: {
    database: (conn, d) => v2.dropDatabase(conn, d.name),
    retentionPolicy: (conn, d) => v2.dropRetentionPolicy(conn, d.database, d.name),
    measurement: (conn, d) => dropMeasurement(conn, d.database, d.name),
    continuousQuery: continuousQueriesNotSupported,
    task: tasks.deleteTask,
  } satisfies Handlers<InfluxMetaDeletion, InfluxConnection>,
};

const dataSearches = {
  query: rawQuery,
  search,
  flux: runFlux,
} satisfies Handlers<InfluxDataSearch, InfluxConnection>;

const writes = { 1: writePoints, 2: writePointsV2 } satisfies Record<InfluxGeneration, (conn: InfluxConnection, w: PointsWrite) => Promise<unknown>>;

/** A write of validated line protocol to the server, by /write (1.x) or the client's WriteApi (2.x); pipelines' upserts use it too. */
export async function writeToServer(conn: InfluxConnection, w: PointsWrite) {
  return writes[await conn.generation()](conn, w);
}

/** Dispatches to the handler of the target's kind in the map of the server's generation. */
async function dispatchByGeneration<T extends { kind: string }>(
  handlers: Record<InfluxGeneration, Handlers<T, InfluxConnection>>,
  conn: InfluxConnection,
  target: T,
): Promise<unknown> {
  return dispatch(handlers[await conn.generation()], conn, target);
}

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
    return dispatchByGeneration(metaSearches, this.conn(t.instance), t);
  }

  async createMeta(c: InfluxMetaCreation): Promise<unknown> {
    return dispatchByGeneration(metaCreations, this.conn(c.instance), c);
  }

  async updateMeta(u: InfluxMetaChange): Promise<unknown> {
    return dispatchByGeneration(metaChanges, this.conn(u.instance), u);
  }

  async deleteMeta(d: InfluxMetaDeletion): Promise<unknown> {
    return dispatchByGeneration(metaDeletions, this.conn(d.instance), d);
  }

  async createData(w: At<PointsWrite>): Promise<unknown> {
    return writeToServer(this.conn(w.instance), w);
  }

  async searchData(s: InfluxDataSearch): Promise<unknown> {
    return dispatch(dataSearches, this.conn(s.instance), s);
  }

  async deleteData(d: At<PointsDeletion>): Promise<unknown> {
    return deletePoints(this.conn(d.instance), d);
  }
}

/** Ping and version of one server, with the round trip in ms, its generation and what it can do. */
async function server(conn: InfluxConnection) {
  const started = performance.now();
  const { version } = await conn.ping();
  const pingMs = Math.round((performance.now() - started) * 10) / 10;
  const generation = await conn.generation();
  return { instance: conn.name, url: conn.url, version, pingMs, generation, capabilities: capabilities[generation] };
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
