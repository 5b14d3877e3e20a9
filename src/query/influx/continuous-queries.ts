import { errors } from '../../libs/errors.js';
import type { InfluxConnection } from '../../libs/influx-client.js';
import { Respond } from '../../libs/respond.js';
import { duration, empty, ident, influxql, qualified, selectInto, type InfluxQL } from '../influxql.js';
import { execute, requireDatabase } from './execute.js';
import { compileSelect, type SearchSpec } from './search.js';

export interface ContinuousQuery {
  name: string;
  query: string;
}

/** A continuous query's SELECT: structured parts, or the text of one SELECT ... INTO. */
export type CqSelect =
  | { kind: 'parts'; from: string; into: { measurement: string; retentionPolicy?: string }; spec: Omit<SearchSpec, 'retentionPolicy'> }
  | { kind: 'text'; text: string };

export interface CqSpec {
  name: string;
  select: CqSelect;
  resample?: { every?: string; for?: string };
}

export async function listContinuousQueries(conn: InfluxConnection, database: string): Promise<ContinuousQuery[]> {
  await requireDatabase(conn, database);
  const [result] = await execute(conn, influxql`SHOW CONTINUOUS QUERIES`);
  const series = (result?.series ?? []).find((s) => s.name === database);
  return (series?.values ?? []).map(([name, query]) => ({ name: String(name), query: String(query) }));
}

export async function createContinuousQuery(conn: InfluxConnection, database: string, cq: CqSpec) {
  // END goes on its own line so that a raw SELECT's trailing -- comment cannot swallow it.
  const statement = influxql`CREATE CONTINUOUS QUERY ${ident(cq.name)} ON ${ident(database)}${resample(cq.resample)} BEGIN ${selectOf(cq.select)}
END`;
  if ((await listContinuousQueries(conn, database)).some((q) => q.name === cq.name)) {
    throw errors.conflict(`continuous query "${cq.name}" already exists in influx/${conn.name}/${database}`);
  }
  await execute(conn, statement, { db: database });
  const created = (await listContinuousQueries(conn, database)).find((q) => q.name === cq.name);
  return Respond.created({ database, name: cq.name, query: created?.query ?? statement.text });
}

export async function dropContinuousQuery(conn: InfluxConnection, database: string, name: string) {
  if (!(await listContinuousQueries(conn, database)).some((q) => q.name === name)) {
    throw errors.notFound(`continuous query "${name}" in influx/${conn.name}/${database}`);
  }
  await execute(conn, influxql`DROP CONTINUOUS QUERY ${ident(name)} ON ${ident(database)}`, { db: database });
  return { database, continuousQuery: name, dropped: true };
}

function resample(r: CqSpec['resample']): InfluxQL {
  if (!r || (r.every === undefined && r.for === undefined)) return empty;
  const every = r.every === undefined ? empty : influxql` EVERY ${duration(r.every)}`;
  const span = r.for === undefined ? empty : influxql` FOR ${duration(r.for)}`;
  return influxql` RESAMPLE${every}${span}`;
}

function selectOf(select: CqSelect): InfluxQL {
  if (select.kind === 'text') return selectInto(select.text, 'body.query');
  return compileSelect(select.spec, ident(select.from), qualified(undefined, select.into.retentionPolicy, select.into.measurement));
}
