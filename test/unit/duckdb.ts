import { DuckDBInstance, DuckDBTimestampTZValue, type DuckDBConnection } from '@duckdb/node-api';
import { Sql, sql } from '../../src/libs/sql.js';

export type ColumnType = 'VARCHAR' | 'DOUBLE' | 'BOOLEAN' | 'JSON' | 'TIMESTAMPTZ';

/**
 * An in-memory DuckDB for the steps' SQL. Its TimeZone is not UTC on purpose: no step may
 * depend on it. JSON values are loaded from their JSON text.
 */
export async function openDuckDb() {
  const instance = await DuckDBInstance.create(':memory:');
  const connection: DuckDBConnection = await instance.connect();
  await connection.run("SET TimeZone = 'America/New_York'");
  let tables = 0;

  /** A new table of these columns and rows (values bound); its name as Sql. */
  async function load(columns: Readonly<Record<string, ColumnType>>, rows: readonly Record<string, unknown>[]) {
    const table = Sql.ident(`t${tables++}`);
    const names = Object.keys(columns);
    const definition = names.map((name) => sql`${Sql.ident(name)} ${Sql.code(columns[name]!)}`);
    await run(sql`CREATE TABLE ${table} (${Sql.join(definition)})`);
    if (rows.length > 0) {
      const tuples = rows.map((row) => {
        const values = names.map((name) => {
          const value = row[name] ?? null;
          const bound = columns[name] === 'JSON' && value !== null ? JSON.stringify(value) : value;
          return sql`CAST(${Sql.value(bound)} AS ${Sql.code(columns[name]!)})`;
        });
        return sql`(${Sql.join(values)})`;
      });
      await run(sql`INSERT INTO ${table} VALUES ${Sql.join(tuples)}`);
    }
    return { table, columns: names };
  }

  async function run(query: Sql) {
    const { text, values } = query.render();
    return connection.runAndReadAll(text, values as never);
  }

  /** The rows of a SELECT: times as ISO text, JSON parsed, BIGINTs as numbers. */
  async function rows(query: Sql): Promise<Record<string, unknown>[]> {
    const reader = await run(query);
    const types = reader.columnTypes().map((t) => t.alias ?? t.toString());
    const names = reader.columnNames();
    return reader.getRows().map((values) =>
      Object.fromEntries(
        values.map((value, i) => {
          if (value instanceof DuckDBTimestampTZValue) return [names[i], new Date(Number(value.micros / 1000n)).toISOString()];
          if (typeof value === 'bigint') return [names[i], Number(value)];
          if (types[i] === 'JSON' && typeof value === 'string') return [names[i], JSON.parse(value)];
          return [names[i], value];
        }),
      ),
    );
  }

  return { load, rows, close: () => connection.closeSync() };
}
