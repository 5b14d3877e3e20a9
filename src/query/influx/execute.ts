import { Code } from '../../libs/code.js';
import { AppError, errors } from '../../libs/errors.js';
import type { InfluxConnection, InfluxQueryOptions, InfluxStatementResult } from '../../libs/influx-client.js';
import { influxql, type InfluxQL } from '../influxql.js';

export type Series = NonNullable<InfluxStatementResult['series']>[number];

/** InfluxDB's per-statement errors that mean something more precise than a bad request. */
const knownErrors: [RegExp, (conn: InfluxConnection, m: RegExpExecArray, database?: string) => AppError][] = [
  [/^database not found: "?([^"]*)"?$/s, (conn, m) => errors.databaseNotFound(conn.name, m[1]!)],
  [/^retention policy not found: ([\s\S]*)$/, (conn, m, db) => errors.notFound(`retention policy "${m[1]}" in influx/${conn.name}/${db ?? ''}`)],
  [/already exists|conflicts with an existing/, (conn, m) => errors.conflict(`influx/${conn.name}: ${m.input}`)],
];

function statementError(conn: InfluxConnection, failed: InfluxStatementResult, several: boolean, database?: string): AppError {
  const message = failed.error!;
  for (const [pattern, make] of knownErrors) {
    const m = pattern.exec(message);
    if (m) return make(conn, m, database);
  }
  return new AppError(Code.VALIDATION, `influx/${conn.name}: ${several ? `statement ${failed.statement_id + 1}: ` : ''}${message}`);
}

/** Runs the statements and returns their results; the first statement error is thrown as an AppError. */
export async function execute(conn: InfluxConnection, statement: InfluxQL, options: InfluxQueryOptions = {}): Promise<InfluxStatementResult[]> {
  const results = await conn.query(statement.text, options);
  const failed = results.find((r) => r.error !== undefined);
  if (failed) throw statementError(conn, failed, results.length > 1, options.db);
  return results;
}

/** Like execute, with the results handed to onChunk as InfluxDB streams them, chunkSize points at most each. */
export async function executeInChunks(
  conn: InfluxConnection,
  statement: InfluxQL,
  options: InfluxQueryOptions & { chunkSize: number },
  onChunk: (results: InfluxStatementResult[]) => void,
): Promise<void> {
  await conn.queryChunks(statement.text, options, (results) => {
    const failed = results.find((r) => r.error !== undefined);
    if (failed) throw statementError(conn, failed, results.length > 1, options.db);
    onChunk(results);
  });
}

/** The first column of every row of every series, e.g. the names SHOW DATABASES lists. */
export const firstColumn = (result: InfluxStatementResult | undefined): string[] =>
  (result?.series ?? []).flatMap((s) => (s.values ?? []).map((row) => String(row[0])));

/** Rows as objects: column names as keys, the series' tags merged in. */
export function seriesRows(series: readonly Series[]): Record<string, unknown>[] {
  return series.flatMap((s) =>
    (s.values ?? []).map((row) => ({ ...s.tags, ...Object.fromEntries(s.columns.map((column, i) => [column, row[i]])) })),
  );
}

/** Throws 50002 unless the database exists; for statements InfluxDB answers with nothing instead. */
export async function requireDatabase(conn: InfluxConnection, database: string): Promise<void> {
  const names = firstColumn((await execute(conn, influxql`SHOW DATABASES`))[0]);
  if (!names.includes(database)) throw errors.databaseNotFound(conn.name, database);
}
