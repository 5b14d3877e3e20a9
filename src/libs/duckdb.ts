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
/** Rows of a source gathered before they are appended (a table loader's default batch). */
const loadBatchRows = 32_768;
/** A JSON column is loaded as its text: the table's JSON type takes VARCHAR as it is. */
const vectorType = { DOUBLE, BOOLEAN, VARCHAR, JSON: VARCHAR } as const;

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Writes a column's cells of rows [from, from + count) into a vector of its stored type: missing and null are NULL. */
function writeColumn(vector: DuckDBVector, rows: Rows, from: number, count: number, column: string, type: StoredType): void {
  // A member of every object ("constructor") is a row's only when its own: checked for those names alone.
  const inherited = column in Object.prototype;
  for (let n = 0; n < count; n++) {
    const value = rows[from + n]![column];
    if (value === null || value === undefined || (inherited && !Object.hasOwn(rows[from + n]!, column))) vector.setItem(n, null);
    else vector.setItem(n, type === 'JSON' ? JSON.stringify(value) : (value as DuckDBValue));
  }
  vector.flush();
}

/** Fills a vector's first `count` cells with NULL. */
function writeNulls(vector: DuckDBVector, count: number): void {
  for (let n = 0; n < count; n++) vector.setItem(n, null);
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
  async load(rows: Rows): Promise<TableRef> {
    const loader = this.loader();
    await loader.append(rows);
    return loader.finish();
  }

  /**
   * A new table filled page by page as a source's pages arrive, so that no source is held whole in
   * memory; its columns and their types end as if every row had been loaded at once.
   */
  loader(batchRows = loadBatchRows): TableLoader {
    const name = `t${this.tables++}`;
    return new TableLoader(Sql.ident(name), batchRows, {
      exec: (statement) => this.queue(() => this.exec(statement)),
      // Under the queue: an Appender must not interleave with other statements.
      append: (chunks) =>
        this.queue(async () => {
          const appender = await this.connection.createAppender(name);
          try {
            for await (const chunk of chunks) appender.appendDataChunk(chunk);
            appender.flushSync();
          } finally {
            appender.closeSync();
          }
        }),
      describe: () => this.queue(() => this.describe(name)),
    });
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

/** What a TableLoader may do in its engine, each in the engine's one-statement-at-a-time queue. */
interface LoaderAccess {
  exec(statement: Sql): Promise<Row[]>;
  append(chunks: AsyncIterable<DuckDBDataChunk>): Promise<void>;
  describe(): Promise<TableRef>;
}

/** A column of a table being loaded: its stored type, and whether it holds a value yet (a column of nulls only is JSON until then). */
interface LoadedColumn {
  type: StoredType;
  valued: boolean;
}

/** The placeholder column of a table whose rows have no fields (a table needs a column). */
const placeholder = Sql.code('"_"');

/**
 * Fills one table page by page. A page's new columns are added, a column of nulls only takes the
 * type of its first values, and a column whose values disagree becomes JSON (its numbers, strings
 * and booleans as their JSON), so the table ends as a one-shot load of every row would make it.
 */
export class TableLoader {
  private readonly columns = new Map<string, LoadedColumn>();
  private pending: Row[] = [];
  private created = false;
  private hasPlaceholder = false;

  constructor(
    private readonly table: Sql,
    /** Rows gathered before they are appended: a bound on the rows of a source held in memory. */
    private readonly batchRows: number,
    private readonly engine: LoaderAccess,
  ) {}

  /**
   * Appends a page of rows after those appended before. Pages are gathered up to batchRows and
   * appended together: each append ends with a flush that costs ~3 ms whatever its size.
   */
  async append(rows: Rows): Promise<void> {
    for (const row of rows) this.pending.push(row);
    if (this.pending.length >= this.batchRows) await this.flush();
  }

  private async flush(): Promise<void> {
    const rows = this.pending;
    this.pending = [];
    const types = columnTypes(rows);
    if (!this.created) await this.create(types);
    else for (const [column, type] of types) await this.widen(column, type);
    if (rows.length === 0) return;
    const columns = [...this.columns];
    const chunkTypes: DuckDBType[] = this.hasPlaceholder ? [VARCHAR] : [];
    for (const [, { type }] of columns) chunkTypes.push(vectorType[type]);
    await this.engine.append(
      (async function* () {
        for (let from = 0; from < rows.length; from += chunkRows) {
          // Appending holds the event loop (~1 s per 10^6 rows): other requests get a turn after each chunk.
          if (from > 0) await nextTurn();
          const count = Math.min(chunkRows, rows.length - from);
          const chunk = DuckDBDataChunk.create(chunkTypes, count);
          let vector = 0;
          // The placeholder column is all NULL.
          if (chunkTypes.length > columns.length) writeNulls(chunk.getColumnVector(vector++), count);
          for (const [column, { type }] of columns) writeColumn(chunk.getColumnVector(vector++), rows, from, count, column, type);
          yield chunk;
        }
      })(),
    );
  }

  /** The table, once every page is in: a source without rows is a table without columns. */
  async finish(): Promise<TableRef> {
    await this.flush();
    if (this.hasPlaceholder && this.columns.size > 0) await this.engine.exec(sql`ALTER TABLE ${this.table} DROP COLUMN ${placeholder}`);
    return this.engine.describe();
  }

  private async create(types: Map<string, StoredType | null>): Promise<void> {
    const defs: Sql[] = [];
    for (const [column, type] of types) {
      this.columns.set(column, { type: type ?? 'JSON', valued: type !== null });
      defs.push(sql`${columnIdent(column)} ${Sql.code(type ?? 'JSON')}`);
    }
    this.hasPlaceholder = defs.length === 0;
    await this.engine.exec(sql`CREATE TABLE ${this.table} (${this.hasPlaceholder ? sql`${placeholder} JSON` : Sql.join(defs)})`);
    this.created = true;
  }

  /** Makes a column ready for a page whose values of it are of `type` (null: the page has only nulls there). */
  private async widen(column: string, type: StoredType | null): Promise<void> {
    const known = this.columns.get(column);
    const ident = columnIdent(column);
    if (known === undefined) {
      this.columns.set(column, { type: type ?? 'JSON', valued: type !== null });
      await this.engine.exec(sql`ALTER TABLE ${this.table} ADD COLUMN ${ident} ${Sql.code(type ?? 'JSON')}`);
    } else if (type === null || type === known.type) {
      known.valued ||= type !== null;
    } else if (!known.valued) {
      this.columns.set(column, { type, valued: true });
      await this.engine.exec(sql`ALTER TABLE ${this.table} ALTER COLUMN ${ident} SET DATA TYPE ${Sql.code(type)}`);
    } else if (known.type !== 'JSON') {
      // As JSON.stringify writes them: -0 + 0.0 is 0.
      const asJson = known.type === 'DOUBLE' ? sql`to_json(${ident} + 0.0)` : sql`to_json(${ident})`;
      this.columns.set(column, { type: 'JSON', valued: true });
      await this.engine.exec(sql`ALTER TABLE ${this.table} ALTER COLUMN ${ident} SET DATA TYPE JSON USING ${asJson}`);
    }
  }
}
