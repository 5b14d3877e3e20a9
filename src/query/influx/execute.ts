import { errors } from '../../libs/errors.js';
import { statementError, type InfluxConnection, type InfluxQueryOptions, type InfluxStatementResult } from '../../libs/influx-client.js';
import { influxql, type InfluxQL } from '../influxql.js';

export type Series = NonNullable<InfluxStatementResult['series']>[number];

/** Runs the statements and returns their results; the first statement error is thrown as an AppError. */
export async function execute(conn: InfluxConnection, statement: InfluxQL, options: InfluxQueryOptions = {}): Promise<InfluxStatementResult[]> {
  const results = await conn.query(statement.text, options);
  const failed = results.find((r) => r.error !== undefined);
  if (failed) throw statementError(conn.name, failed, results.length > 1, options.db);
  return results;
}

/** Like execute, with the results handed to onChunk as InfluxDB streams them, chunkSize points at most each. */
export async function executeInChunks(
  conn: InfluxConnection,
  statement: InfluxQL,
  options: InfluxQueryOptions & { chunkSize: number },
  onChunk: (results: InfluxStatementResult[]) => Promise<void>,
): Promise<void> {
  await conn.queryChunks(statement.text, options, async (results) => {
    const failed = results.find((r) => r.error !== undefined);
    if (failed) throw statementError(conn.name, failed, results.length > 1, options.db);
    await onChunk(results);
  });
}

/** The first column of every row of every series, e.g. the names SHOW DATABASES lists. */
export const firstColumn = (result: InfluxStatementResult | undefined): string[] =>
  (result?.series ?? []).flatMap((s) => (s.values ?? []).map((row) => String(row[0])));

/** Rows as objects: column names as keys, the series' tags merged in. */
export function seriesRows(series: readonly Series[]): Record<string, unknown>[] {
  return series.flatMap((s) => (s.values ?? []).map((row) => ({ ...s.tags, ...Object.fromEntries(s.columns.map((column, i) => [column, row[i]])) })));
}

/** Throws 50002 unless the database exists; for statements InfluxDB answers with nothing instead. */
export async function requireDatabase(conn: InfluxConnection, database: string): Promise<void> {
  const names = firstColumn((await execute(conn, influxql`SHOW DATABASES`))[0]);
  if (!names.includes(database)) throw errors.databaseNotFound(conn.name, database);
}
