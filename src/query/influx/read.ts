import type { InfluxConnection, InfluxQueryOptions } from '../../libs/influx-client.js';
import { qualified, type InfluxQL } from '../influxql.js';
import { execute, seriesRows, type Series } from './execute.js';
import { compileSelect, type SearchSpec } from './search.js';

export type Epoch = NonNullable<InfluxQueryOptions['epoch']>;

export interface RawQuery {
  database: string;
  /** The canonical text InfluxDB's parser gave, its parameters bound, already classified (reads only, unless admin mode). */
  statement: InfluxQL;
  epoch?: Epoch;
  format: 'series' | 'rows';
}

export type StatementResult = { statementId: number; series: Series[] } | { statementId: number; rows: Record<string, unknown>[] };

/** Raw InfluxQL; each statement's result as InfluxDB's series or as flat rows. */
export async function rawQuery(conn: InfluxConnection, r: RawQuery): Promise<StatementResult[]> {
  const results = await execute(conn, r.statement, { db: r.database, epoch: r.epoch });
  return results.map((result) => {
    const series = result.series ?? [];
    return r.format === 'rows' ? { statementId: result.statement_id, rows: seriesRows(series) } : { statementId: result.statement_id, series };
  });
}

export interface Search {
  database: string;
  measurement: string;
  spec: SearchSpec;
  epoch?: Epoch;
}

/** The one SELECT a structured query compiles to. */
export function searchStatement(s: Pick<Search, 'database' | 'measurement' | 'spec'>): InfluxQL {
  const { retentionPolicy, ...spec } = s.spec;
  const from = retentionPolicy === undefined ? qualified(undefined, undefined, s.measurement) : qualified(s.database, retentionPolicy, s.measurement);
  return compileSelect(spec, from);
}

/** The structured query compiled to one SELECT; rows carry the group's tags. */
export async function search(conn: InfluxConnection, s: Search) {
  const statement = searchStatement(s);
  const [result] = await execute(conn, statement, { db: s.database, epoch: s.epoch });
  return { query: statement.text, rows: seriesRows(result?.series ?? []) };
}
