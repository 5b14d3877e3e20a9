import { existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { columnIdent, Engine, type TableRef } from '../../src/libs/duckdb.js';
import type { Row } from '../../src/libs/rows.js';
import { Sql, sql } from '../../src/libs/sql.js';
import { withEngine } from '../engine.js';

// The pipeline's DuckDB (src/libs/duckdb.ts) on its own: locked once open, spilling within its
// memory limit, and rows that go in come out the same.

const refusals = [
  ["read_csv('/etc/passwd')", `SELECT * FROM read_csv('/etc/passwd')`],
  ['read_text', `SELECT * FROM read_text('/etc/passwd')`],
  ['glob', `SELECT * FROM glob('/etc/*')`],
  ['COPY … TO', `COPY (SELECT 1) TO '${join(tmpdir(), 'duck-copy.csv')}'`],
  ['ATTACH', `ATTACH '${join(tmpdir(), 'duck-attach.db')}'`],
  ['INSTALL', 'INSTALL httpfs'],
  ['LOAD', 'LOAD httpfs'],
  ['SET enable_external_access', 'SET enable_external_access = true'],
  ['SET memory_limit', "SET memory_limit = '64GB'"],
  ['RESET lock_configuration', 'RESET lock_configuration'],
  ['SET lock_configuration', 'SET lock_configuration = false'],
  ['EXPORT DATABASE', `EXPORT DATABASE '${join(tmpdir(), 'duck-export')}'`],
] as const;

describe('a pipeline engine', () => {
  it.each(refusals)('refuses %s once open', async (_, text) => {
    await withEngine(async (engine) => {
      await expect(engine.run(Sql.code(text))).rejects.toThrow(/Permission Error|configuration has been locked|disabled/);
    });
    expect(existsSync(join(tmpdir(), 'duck-copy.csv'))).toBe(false);
    expect(existsSync(join(tmpdir(), 'duck-attach.db'))).toBe(false);
  });

  it('spills a sort and a join past its memory limit to its own folder, removed on close', async () => {
    const spillDirectory = join(tmpdir(), `duck-spill-test-${process.pid}`);
    // One thread: two threads each pinning their blocks ran out of 48 MB once under load.
    const engine = await Engine.open({ memoryLimit: '48MB', spillDirectory, threads: 1 });
    try {
      await engine.run(sql`CREATE TABLE big AS SELECT i, md5(i::VARCHAR) AS s FROM range(1500000) t(i)`);
      await engine.run(sql`CREATE TABLE sorted AS SELECT * FROM big ORDER BY s`);
      await engine.run(sql`CREATE TABLE joined AS SELECT a.i, b.s FROM big a JOIN big b ON a.s = b.s`);
      const [counts] = await engine.run(sql`SELECT (SELECT count(*) FROM sorted) AS sorted, (SELECT count(*) FROM joined) AS joined`);
      expect(counts).toEqual({ sorted: 1_500_000n, joined: 1_500_000n });
      const spilled = await engine.run(sql`SELECT path FROM duckdb_temporary_files()`);
      expect(spilled.length).toBeGreaterThan(0);
      expect(spilled.every((f) => String(f.path).startsWith(`${spillDirectory}/`))).toBe(true);
    } finally {
      engine.close();
    }
    expect(existsSync(spillDirectory) ? readdirSync(spillDirectory) : []).toEqual([]);
  }, 60_000);

  // Field names as Elasticsearch and InfluxDB allow them: not empty.
  const name = fc.string({ minLength: 1, maxLength: 6 });
  const scalar = fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.string({ maxLength: 5 }), fc.boolean(), fc.constant(null));
  const anyValue = fc.oneof(scalar, fc.jsonValue({ maxDepth: 2 }));
  // -0 is JSON's 0 in a JSON column: the generated rows say 0.
  const plain = (v: unknown) => JSON.parse(JSON.stringify(v), (_, x: unknown) => (Object.is(x, -0) ? 0 : x)) as unknown;

  it('gives back the rows it loaded: every column (null where missing), numbers, strings, booleans, arrays and objects exact', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.dictionary(name, anyValue, { maxKeys: 4 }), { maxLength: 8 }), async (generated) => {
        const rows = generated.map((r) => plain(r) as Row);
        const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))].filter((c) => c !== '__proto__');
        const back = await withEngine(async (engine) => engine.read(await engine.load(rows)));
        expect(back).toEqual(rows.map((r) => Object.fromEntries(columns.map((c) => [c, Object.hasOwn(r, c) ? r[c] : null]))));
      }),
      { numRuns: 80 },
    );
  });

  it('loads rows past one data chunk in order, a column missing, null or inherited ("constructor") in some rows', async () => {
    // 2 048 rows per chunk: 5 000 rows span three, and the nulls fall on both sides of each boundary.
    const rows: Row[] = Array.from({ length: 5000 }, (_, i) => ({
      i,
      ...(i % 7 !== 0 && { host: `h${i % 13}` }),
      flag: i % 5 === 0 ? null : i % 2 === 0,
      ...(i % 2047 === 0 && { constructor: `own ${i}` }),
      doc: i % 3 === 0 ? { n: i } : `text ${i}`,
    }));
    const back = await withEngine(async (engine) => engine.read(await engine.load(rows)));
    expect(back).toEqual(rows.map((r) => ({ host: null, constructor: null, ...r })));
    expect(back.map((r) => r.i)).toEqual(rows.map((_, i) => i));
  });

  it('makes the same table from pages as from all rows at once: columns, their types and the rows in order', async () => {
    // Few names and values of each type, so that pages disagree on a column's type and bring new ones.
    const field = fc.constantFrom('a', 'b', 'C', 'c');
    const value = fc.oneof(
      fc.constant(null),
      fc.integer({ min: -3, max: 3 }),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.constant(-0),
      fc.boolean(),
      fc.string({ maxLength: 3 }),
      fc.array(fc.nat(), { maxLength: 2 }),
    );
    await fc.assert(
      // -0 stays: a page's number column that becomes JSON must write it 0, as JSON.stringify does.
      fc.asyncProperty(
        fc.array(fc.dictionary(field, value, { maxKeys: 3 }), { maxLength: 12 }),
        fc.array(fc.nat({ max: 12 }), { maxLength: 4 }),
        async (rows, cuts) => {
          const bounds = [0, ...cuts.map((c) => Math.min(c, rows.length)).sort((x, y) => x - y), rows.length];
          await withEngine(async (engine) => {
            // Each page appended on its own, as pages of a batch's size are.
            const loader = engine.loader(1);
            for (let i = 1; i < bounds.length; i++) await loader.append(rows.slice(bounds[i - 1], bounds[i]));
            const paged = await loader.finish();
            const whole = await engine.load(rows);
            expect(paged.columns).toEqual(whole.columns);
            expect(paged.classes).toEqual(whole.classes);
            expect(await engine.read(paged)).toEqual(await engine.read(whole));
          });
        },
      ),
      {
        numRuns: 150,
        // A column of nulls, then of JSON, then of numbers, each on its own page: it must stay JSON.
        examples: [
          [
            [{ a: null }, { a: [1] }, { a: 1 }],
            [1, 2],
          ],
        ],
      },
    );
  });

  it('types a column by its values: one scalar type typed, mixed or nested as JSON, never a string for a number', async () => {
    const rows = [
      { n: 1, s: 'a', b: true, mixed: 1, nested: [1, '1'], empty: null },
      { n: 2.5, s: 'b', b: false, mixed: '1', nested: { a: 1 } },
    ];
    await withEngine(async (engine) => {
      const table = await engine.load(rows);
      expect(Object.fromEntries(table.classes)).toEqual({ n: 'number', s: 'string', b: 'boolean', mixed: 'json', nested: 'json', empty: 'json' });
      expect(await engine.read(table)).toEqual(rows.map((r) => ({ empty: null, ...r })));
    });
  });

  it('keeps apart columns whose names differ only in case (DuckDB matches identifiers without case), and the empty name', async () => {
    const rows = [{ Host: 'a', host: 'b', HOST: 1, '': true, '#': 2, _: 3 }];
    await withEngine(async (engine) => {
      const table = await engine.load(rows);
      expect(table.columns).toEqual(['Host', 'host', 'HOST', '', '#', '_']);
      expect(await engine.read(table)).toEqual(rows);
    });
  });

  it('reads a time as RFC3339 text with milliseconds, as Date#toISOString writes it', async () => {
    await withEngine(async (engine) => {
      const table = await engine.materialize(
        sql`SELECT TIMESTAMPTZ '2026-12-01 10:05:00.5+00' AS ${columnIdent('t')}, TIMESTAMP '2026-12-01 10:05:00' AS ${columnIdent('u')}`,
      );
      expect(await engine.read(table)).toEqual([{ t: '2026-12-01T10:05:00.500Z', u: '2026-12-01T10:05:00.000Z' }]);
    });
  });

  it('keeps a table of rows without columns (a source of empty documents) and its row count', async () => {
    await withEngine(async (engine) => {
      const table = await engine.load([{}, {}]);
      expect(table.columns).toEqual([]);
      expect(await engine.run(sql`SELECT count(*) AS n FROM ${table.table}`)).toEqual([{ n: 2n }]);
      expect(await engine.read(table)).toEqual([{}, {}]);
    });
  });
  /** Every block of a table, the engine asked for one block at a time. */
  const allBlocks = async (engine: Engine, table: TableRef): Promise<Row[][]> => {
    const blocks: Row[][] = [];
    for await (const block of engine.blocks(table)) blocks.push(block);
    return blocks;
  };

  it('reads a table block by block in row order, the same rows as read, a block of 8 192 rows but the last', async () => {
    await withEngine(async (engine) => {
      for (const n of [0, 1, 8191, 8192, 8193, 2 * 8192 + 5]) {
        // Descending values: row order is the table's, not the values'.
        const table = await engine.materialize(
          sql`SELECT (${Sql.code(String(n))} - i)::DOUBLE AS ${columnIdent('n')}, TIMESTAMP '2026-12-01' + INTERVAL (i) MILLISECOND AS ${columnIdent('t')},
                ('{"i":' || i || '}')::JSON AS ${columnIdent('doc')} FROM range(${Sql.code(String(n))}) r(i) ORDER BY i`,
        );
        const blocks = await allBlocks(engine, table);
        expect(
          blocks.map((b) => b.length),
          String(n),
        ).toEqual([...Array<number>(Math.floor(n / 8192)).fill(8192), ...(n % 8192 > 0 ? [n % 8192] : [])]);
        const rows = blocks.flat();
        expect(rows).toEqual(await engine.read(table));
        expect(rows.map((r) => r.n)).toEqual(Array.from({ length: n }, (_, i) => n - i));
        if (n > 8192) expect(rows[8192]).toEqual({ n: n - 8192, t: '2026-12-01T00:00:08.192Z', doc: { i: 8192 } });
      }
    });
  });

  it('runs other statements between blocks, and stops reading when the reader stops', async () => {
    await withEngine(async (engine) => {
      const table = await engine.materializeNamed(sql`SELECT i FROM range(20000) r(i) ORDER BY i`);
      const blocks = engine.blocks(table);
      const first = await blocks.next();
      expect((first.value as Row[]).length).toBe(8192);
      // The engine is free between blocks: a statement does not wait for the reader to finish.
      expect(await engine.run(sql`SELECT count(*) AS n FROM ${table.table}`)).toEqual([{ n: 20000n }]);
      expect((await blocks.next()).value).toEqual(Array.from({ length: 8192 }, (_, i) => ({ i: 8192 + i })));
      expect(await blocks.return()).toEqual({ done: true, value: undefined });
      expect(await blocks.next()).toEqual({ done: true, value: undefined });
    });
  });
});
