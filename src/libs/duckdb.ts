import { randomUUID } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import pLimit from 'p-limit';
import {
  BOOLEAN,
  DOUBLE,
  DuckDBDataChunk,
  DuckDBInstance,
  SQLNULL,
  VARCHAR,
  type DuckDBConnection,
  type DuckDBType,
  type DuckDBValue,
  type DuckDBVector,
} from '@duckdb/node-api';
import type { Row, Rows } from './rows.js';
import { Sql, sql } from './sql.js';

/** What an engine may use: DuckDB's memory_limit ("512MB"), where it spills, and its threads. */
export interface EngineSettings {
  memoryLimit: string;
  spillDirectory: string;
  threads: number;
}

/** How a step reads a column: the class of its values (a JSON column holds any JSON value, typed per row). */
export type ColumnClass = 'number' | 'string' | 'boolean' | 'time' | 'json';

/** A table the steps read: its columns in order with their classes, and the column that numbers its rows. */
export interface TableRef {
  table: Sql;
  columns: readonly string[];
  classes: ReadonlyMap<string, ColumnClass>;
  /** 0, 1, … in row order (the table's rowid). */
  ordinal: Sql;
}

const classOf = (type: string): ColumnClass => {
  if (type === 'JSON') return 'json';
  if (type === 'VARCHAR') return 'string';
  if (type === 'BOOLEAN') return 'boolean';
  if (type.startsWith('TIMESTAMP') || type === 'DATE') return 'time';
  if (/^(DOUBLE|FLOAT|DECIMAL|U?(TINY|SMALL|BIG|HUGE)?INT)/.test(type)) return 'number';
  return 'json';
};

type StoredType = 'DOUBLE' | 'BOOLEAN' | 'VARCHAR' | 'JSON';
const scalarTypes: Readonly<Record<string, StoredType>> = { number: 'DOUBLE', boolean: 'BOOLEAN', string: 'VARCHAR' };

/**
 * The columns of rows in first-seen order, each with the SQL type its values get: one scalar
 * type, else JSON text (so every value round-trips); a column of nulls only is JSON. One pass.
 */
function columnTypes(rows: Rows): Map<string, StoredType | null> {
  const types = new Map<string, StoredType | null>();
  for (const row of rows) {
    for (const column in row) {
      const value = row[column];
      const seen = types.get(column);
      if (value === null || value === undefined) {
        if (seen === undefined) types.set(column, null);
        continue;
      }
      const type = scalarTypes[typeof value] ?? 'JSON';
      if (seen === undefined || seen === null) types.set(column, type);
      else if (seen !== type) types.set(column, 'JSON');
    }
  }
  // A "__proto__" key (JSON.parse makes it an own property) cannot be written back as data.
  types.delete('__proto__');
  return types;
}

/** Bound values take the type of their JS value (a number is always DOUBLE: an integer past 2^63 would not bind as BIGINT). */
const bindType = (value: unknown): DuckDBType => {
  switch (typeof value) {
    case 'number':
      return DOUBLE;
    case 'boolean':
      return BOOLEAN;
    case 'string':
      return VARCHAR;
    default:
      return SQLNULL;
  }
};

/** Rows per block of JSON text read back. */
const readBlock = 8192;
const blockRows = Sql.code(String(readBlock));

/** A time as RFC3339 text with milliseconds in UTC, as Date#toISOString writes it: how rows hold times. */
export const timeText = (expr: Sql) => sql`strftime(${expr}, '%Y-%m-%dT%H:%M:%S.%gZ')`;

/** A column's value as the JSON a row holds. */
const asJsonValue = (expr: Sql, cls: ColumnClass) => (cls === 'time' ? timeText(expr) : expr);

/**
 * The aggregate of a block of a table's rows as one JSON array text, in row order: DuckDB writes it
 * and JSON.parse reads it ~4x faster than converting each value through the client (1.5 s per 10^5 rows of 6 columns).
 */
function blockJson(ref: TableRef): Sql {
  const pairs = ref.columns.map((c) => sql`${Sql.value(c)}, ${asJsonValue(columnIdent(c), ref.classes.get(c)!)}`);
  return sql`'[' || string_agg(json_object(${Sql.join(pairs)})::VARCHAR, ',' ORDER BY ${ref.ordinal}) || ']'`;
}

/**
 * DuckDB matches identifiers without case ("Host" and "host" would be one column): a column is
 * stored under "c" and the hex of its name's UTF-8, and read back by that name.
 */
export const columnIdent = (name: string): Sql => Sql.ident(`c${Buffer.from(name).toString('hex')}`);
const columnName = (stored: string): string => Buffer.from(stored.slice(1), 'hex').toString();

/** Rows per data chunk appended: DuckDB's vector size, the most a chunk holds. */
const chunkRows = 2048;
/** A JSON column is loaded as its text: the table's JSON type takes VARCHAR as it is. */
const vectorType = { DOUBLE, BOOLEAN, VARCHAR, JSON: VARCHAR } as const;

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Writes a column's cells of rows [from, from + count) into a vector of its stored type: missing and null are NULL. */
function writeColumn(vector: DuckDBVector, rows: Rows, from: number, count: number, column: string, type: StoredType): void {
  for (let n = 0; n < count; n++) {
    const value = rows[from + n]![column];
    // An inherited member ("constructor") is not the row's: columns are own keys, but not every row has each.
    if (value === null || value === undefined || !Object.hasOwn(rows[from + n]!, column)) vector.setItem(n, null);
    else vector.setItem(n, type === 'JSON' ? JSON.stringify(value) : (value as DuckDBValue));
  }
  vector.flush();
}

/**
 * A table's rows in order: DuckDB's rowid, the insertion order, which a CREATE TABLE … AS keeps
 * from its SELECT (preserve_insertion_order); stored column names start with "c", so none is rowid.
 */
const ordinalIdent = Sql.code('rowid');

/** SQL has no SELECT of no columns: a step over a table without columns selects this one, and a table made of it alone has no columns. */
export const emptyColumns = sql`NULL AS "_"`;

/** A SELECT list of these items; a table of no columns (a source without rows) gets the placeholder the engine drops. */
export const selectList = (items: readonly Sql[]): Sql => (items.length === 0 ? emptyColumns : Sql.join(items));

/**
 * One embedded DuckDB for one pipeline run: in memory, on its own threads, within a memory limit,
 * spilling to its own directory (DuckDB names its spill files the same in every instance). Once
 * opened it is locked: no file, network or extension access and no configuration change, so SQL
 * can compute but not reach anything. Rows come in as data chunks through the Appender, never through files.
 */
export class Engine {
  private tables = 0;
  private closed = false;
  /** One statement at a time: sources load concurrently, and an Appender must not interleave with other statements. */
  private readonly queue = pLimit(1);

  private constructor(
    private readonly instance: DuckDBInstance,
    private readonly connection: DuckDBConnection,
  ) {}

  static async open(settings: EngineSettings): Promise<Engine> {
    // DuckDB makes the run's own folder when it first spills, but not the folders above it.
    await mkdir(settings.spillDirectory, { recursive: true });
    const instance = await DuckDBInstance.create(':memory:', {
      autoinstall_known_extensions: 'false',
      autoload_known_extensions: 'false',
      allow_community_extensions: 'false',
      memory_limit: settings.memoryLimit,
      threads: String(settings.threads),
      // Before enable_external_access: DuckDB refuses a temp_directory set after it is off.
      temp_directory: `${settings.spillDirectory}/${randomUUID()}`,
      enable_external_access: 'false',
    });
    try {
      const connection = await instance.connect();
      await connection.run('SET lock_configuration = true');
      return new Engine(instance, connection);
    } catch (err) {
      instance.closeSync();
      throw err;
    }
  }

  /** Runs one statement, its values bound; its rows as DuckDB's JS values. */
  run(statement: Sql): Promise<Row[]> {
    return this.queue(() => this.exec(statement));
  }

  private async exec(statement: Sql): Promise<Row[]> {
    const { text, values } = statement.render();
    const reader = await this.connection.runAndReadAll(text, values as DuckDBValue[], values.map(bindType));
    return reader.getRowObjectsJS();
  }

  /** Loads rows into a new table: columns in first-seen order, each typed by its values, missing and null as NULL. */
  load(rows: Rows): Promise<TableRef> {
    return this.queue(() => this.append(rows));
  }

  private async append(rows: Rows): Promise<TableRef> {
    const described = columnTypes(rows);
    const columns = [...described.keys()];
    const types = [...described.values()].map((t) => t ?? 'JSON');
    const name = `t${this.tables++}`;
    const defs = columns.map((c, i) => sql`${columnIdent(c)} ${Sql.code(types[i]!)}`);
    // A table needs a column: rows without any field get the placeholder column emptyColumns names.
    await this.exec(sql`CREATE TABLE ${Sql.ident(name)} (${defs.length === 0 ? Sql.code('"_" JSON') : Sql.join(defs)})`);
    const chunkTypes = columns.length === 0 ? [VARCHAR] : types.map((t) => vectorType[t]);
    const appender = await this.connection.createAppender(name);
    try {
      for (let from = 0; from < rows.length; from += chunkRows) {
        // Appending holds the event loop (~1 s per 10^6 rows): other requests get a turn after each chunk.
        if (from > 0) await nextTurn();
        const count = Math.min(chunkRows, rows.length - from);
        const chunk = DuckDBDataChunk.create(chunkTypes, count);
        // The placeholder column of a table without columns is all NULL.
        if (columns.length === 0) writeColumn(chunk.getColumnVector(0), rows, from, count, '_', 'JSON');
        columns.forEach((column, i) => writeColumn(chunk.getColumnVector(i), rows, from, count, column, types[i]!));
        appender.appendDataChunk(chunk);
      }
      appender.flushSync();
    } finally {
      appender.closeSync();
    }
    return this.describe(name);
  }

  /** Makes a table of a SELECT's rows, in the order the SELECT gives them (its rowid); with its row count. */
  materialize(select: Sql): Promise<TableRef & { rows: number }> {
    return this.queue(async () => {
      const name = `t${this.tables++}`;
      const [made] = await this.exec(sql`CREATE TABLE ${Sql.ident(name)} AS SELECT * FROM (${select})`);
      // CREATE TABLE … AS answers the rows it inserted.
      return { ...(await this.describe(name)), rows: Number(made!.Count) };
    });
  }

  /**
   * A view of a table with its columns under their own names, in row order: for SQL that names
   * columns as the request does (the time-aware steps). Two names equal but for case clash there.
   */
  named(ref: TableRef): Promise<{ table: Sql; columns: readonly string[] }> {
    return this.queue(async () => {
      const name = Sql.ident(`v${this.tables++}`);
      const columns = selectList(ref.columns.map((c) => sql`${columnIdent(c)} AS ${Sql.ident(c)}`));
      await this.exec(sql`CREATE VIEW ${name} AS SELECT ${columns} FROM ${ref.table} ORDER BY ${ref.ordinal}`);
      return { table: name, columns: ref.columns };
    });
  }

  /** Makes a table of a SELECT whose columns carry their own names (see named), stored as every table's are. */
  async materializeNamed(select: Sql): Promise<TableRef & { rows: number }> {
    const described = await this.run(sql`DESCRIBE (${select})`);
    const stored = selectList(described.map(({ column_name: c }) => sql`${Sql.ident(String(c))} AS ${columnIdent(String(c))}`));
    return this.materialize(sql`SELECT ${stored} FROM (${select})`);
  }

  /** A table's rows as plain rows, in row order: every block in one statement, ~1.5x faster than block by block (10^6 rows). */
  read(ref: TableRef): Promise<Row[]> {
    return this.queue(async () => {
      const blocks = await this.exec(
        sql`SELECT ${blockJson(ref)} AS block FROM ${ref.table} GROUP BY ${ref.ordinal} // ${blockRows} ORDER BY min(${ref.ordinal})`,
      );
      const read: Row[] = [];
      for (const [n, { block }] of blocks.entries()) {
        // A block takes ~10 ms to parse: other requests get a turn between blocks.
        if (n > 0) await nextTurn();
        for (const row of JSON.parse(block as string) as Row[]) read.push(row);
      }
      return read;
    });
  }

  /**
   * A table's rows in row order, a block at a time: each block is its own statement over a range
   * of the ordinal, so other statements of the engine run between blocks. The next block is read
   * while the reader uses this one (DuckDB's threads work while rows are sent): two blocks at most
   * are in memory. Nothing is read before the first block is asked for.
   */
  async *blocks(ref: TableRef): AsyncGenerator<Row[], void, undefined> {
    const read = async (from: number): Promise<Row[]> => {
      // The bounds are the engine's own numbers, written as literals: as bound parameters the blocks took ~1.4x longer.
      const range = sql`${ref.ordinal} BETWEEN ${Sql.code(String(from))} AND ${Sql.code(String(from + readBlock - 1))}`;
      const [{ block }] = (await this.run(sql`SELECT ${blockJson(ref)} AS block FROM ${ref.table} WHERE ${range}`)) as [Row];
      // No row in the range: string_agg of nothing is NULL.
      return block === null ? [] : (JSON.parse(block as string) as Row[]);
    };
    const ahead = (from: number) => {
      const reading = read(from);
      // Its failure is thrown where it is awaited; until then it is not an unhandled rejection.
      reading.catch(() => undefined);
      return reading;
    };
    let next: Promise<Row[]> | undefined = ahead(0);
    try {
      for (let from = 0; next; from += readBlock) {
        const rows: Row[] = await next;
        next = rows.length === readBlock ? ahead(from + readBlock) : undefined;
        if (rows.length > 0) yield rows;
      }
    } finally {
      // A reader that stops early leaves no statement running: the engine may be closed once this returns.
      await next?.catch(() => undefined);
    }
  }

  /** Closes the instance; its tables and spill files go with it. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.connection.closeSync();
    this.instance.closeSync();
  }

  private async describe(name: string): Promise<TableRef> {
    // DESCRIBE, not duckdb_columns(): its first call in an instance takes ~70 ms.
    const described = await this.exec(sql`DESCRIBE ${Sql.ident(name)}`);
    const stored = described.map((c) => ({ name: String(c.column_name), type: String(c.column_type) }));
    const columns = stored.length === 1 && stored[0]!.name === '_' ? [] : stored.map((c) => ({ name: columnName(c.name), type: c.type }));
    return {
      table: Sql.ident(name),
      columns: columns.map((c) => c.name),
      classes: new Map(columns.map((c) => [c.name, classOf(c.type)])),
      ordinal: ordinalIdent,
    };
  }
}
