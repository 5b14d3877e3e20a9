import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Code } from '../../src/libs/code.js';
import { isAppError } from '../../src/libs/errors.js';
import { sql } from '../../src/libs/sql.js';
import { asofJoinSql } from '../../src/operator/asof.js';
import { DeriveNode, deriveSql } from '../../src/operator/derive.js';
import { JoinNode, type AsofArgs } from '../../src/operator/join.js';
import { checkFillGrid, fillGridSql, FillNode, fillSql, type FillArgs, type FillWith } from '../../src/operator/fill.js';
import { durationMs as parsedMs } from '../../src/libs/duration.js';

const durationMs = (d: string) => parsedMs(d)!;
import { openDuckDb } from './duckdb.js';

let db: Awaited<ReturnType<typeof openDuckDb>>;
beforeAll(async () => (db = await openDuckDb()));
afterAll(() => db.close());

type Row = { h: string | null; t: number | null; v: number | null; w: number | null; x: string | null };
const iso = (ms: number) => new Date(ms).toISOString();

/** The grid cell by cell: a row for each missing (group, time), then sorted by group, time and input order. */
function naiveFill(rows: Row[], args: FillArgs): Record<string, unknown>[] {
  const every = durationMs(args.every);
  const times = rows.flatMap((r) => (r.t === null ? [] : [r.t]));
  const lo = args.from !== undefined ? Date.parse(args.from) : times.length ? Math.min(...times) : null;
  const hi = args.to !== undefined ? Date.parse(args.to) : times.length ? Math.max(...times) : null;
  const byHost = args.by?.includes('h') ?? false;
  const groups = byHost ? [...new Set(rows.map((r) => r.h))] : [null];
  const sameGroup = (r: Row, g: string | null) => !byHost || r.h === g;
  const out: (Row & { order: number })[] = rows.map((r, order) => ({ ...r, order }));
  if (lo !== null && hi !== null) {
    for (const g of groups) {
      for (let cell = lo; cell <= hi; cell += every) {
        if (rows.some((r) => sameGroup(r, g) && r.t === cell)) continue;
        const before = rows.filter((r) => sameGroup(r, g) && r.t !== null && r.t < cell && r.v !== null);
        const last = before.reduce<Row | null>((a, r) => (a === null || r.t! >= a.t! ? r : a), null);
        const fill = args.with?.w;
        out.push({
          h: byHost ? g : null,
          t: cell,
          v: args.with?.v === 'previous' ? (last?.v ?? null) : null,
          w: typeof fill === 'object' && fill !== null ? (fill.value as number) : null,
          x: null,
          order: -1,
        });
      }
    }
  }
  const rank = (v: string | number | null) => (v === null ? [1, 0] : [0, v]);
  const compare = (a: string | number | null, b: string | number | null) => {
    const [x, y] = [rank(a), rank(b)];
    return x[0] !== y[0] ? (x[0] as number) - (y[0] as number) : x[1]! < y[1]! ? -1 : x[1]! > y[1]! ? 1 : 0;
  };
  out.sort((a, b) => (byHost ? compare(a.h, b.h) : 0) || compare(a.t, b.t) || a.order - b.order);
  return out.map(({ order: _, t, ...r }) => ({ ...r, t: t === null ? null : iso(t) }));
}

const minute = 60_000;
const base = Date.parse('2026-12-01T10:00:00Z');
// Times on a one-minute grid over ten minutes; one row per host and time, as an aggregate leaves them.
const rows = fc
  .uniqueArray(
    fc.record({
      h: fc.constantFrom('a', 'b', null),
      t: fc.option(
        fc.integer({ min: 0, max: 10 }).map((m) => m * minute),
        { freq: 8 },
      ),
      v: fc.option(fc.integer({ min: 0, max: 9 })),
      w: fc.option(fc.integer({ min: 0, max: 9 })),
      x: fc.constantFrom('k', null),
    }),
    { selector: (r) => `${r.h}/${r.t}`, maxLength: 15 },
  )
  .map((rs) => rs.map((r) => ({ ...r, t: r.t === null ? null : r.t + base })));
const args: fc.Arbitrary<FillArgs> = fc.record(
  {
    time: fc.constant('t'),
    every: fc.constantFrom('1m', '2m', '60s'),
    by: fc.constantFrom(['h'], []),
    with: fc.constantFrom<Record<string, FillWith>>({ v: 'previous', w: { value: 0 } }, { v: 'previous' }, { w: null }, {}),
    from: fc.constantFrom(iso(base - 2 * minute), iso(base)),
    to: fc.constantFrom(iso(base + 12 * minute), iso(base + 4 * minute)),
  },
  { requiredKeys: ['time', 'every'] },
);
const bounded = args.map((a) => ({ ...a, from: a.from ?? iso(base), to: a.to ?? iso(base + 4 * minute) }));

const types = { h: 'VARCHAR', t: 'DOUBLE', v: 'DOUBLE', w: 'DOUBLE', x: 'VARCHAR' } as const;

describe('fill', () => {
  it('matches a cell-by-cell grid fill: previous, a value, null; by groups or none; from and to', async () => {
    await fc.assert(
      fc.asyncProperty(rows, args, async (input, fillArgs) => {
        const table = await db.load(types, input);
        expect(await db.rows(fillSql(FillNode.create(fillArgs), table))).toEqual(naiveFill(input, fillArgs));
      }),
      { numRuns: 300 },
    );
  });

  it('sizes the grid (groups × times) before building it, and refuses one over maxRows with 413', async () => {
    await fc.assert(
      fc.asyncProperty(rows, bounded, async (input, fillArgs) => {
        const node = FillNode.create(fillArgs, 'body.pipeline.2.fill');
        const [size] = (await db.rows(fillGridSql(node, await db.load(types, input)))) as [{ groups: number; slots: number }];
        const byHost = fillArgs.by?.includes('h') ?? false;
        const slots = Math.max(0, Math.floor((Date.parse(fillArgs.to) - Date.parse(fillArgs.from)) / durationMs(fillArgs.every)) + 1);
        expect(size).toEqual({ groups: byHost ? new Set(input.map((r) => r.h)).size : 1, slots });
        const cells = size.groups * size.slots;
        expect(() => checkFillGrid(node, size, cells)).not.toThrow();
        if (cells === 0) return;
        try {
          checkFillGrid(node, size, cells - 1);
          expect.unreachable();
        } catch (err) {
          if (!isAppError(err)) throw err;
          expect(err.code).toBe(Code.PAYLOAD_TOO_LARGE);
          expect(err.message).toBe(
            `body.pipeline.2.fill: a grid of ${size.groups} groups × ${slots} times over the budget of ${cells - 1} (limits.pipeline.maxRows); a larger every, a shorter from-to or fewer by columns`,
          );
        }
      }),
      { numRuns: 100 },
    );
  });

  it('takes bucket starts as RFC3339 text, as an Elasticsearch aggregation gives them, and outputs times', async () => {
    const table = await db.load({ bucket: 'VARCHAR', errors: 'DOUBLE' }, [
      { bucket: '2026-12-01T10:00:00.000Z', errors: 3 },
      { bucket: '2026-12-01T10:10:00.000Z', errors: 1 },
    ]);
    const node = FillNode.create({ time: 'bucket', every: '5m', with: { errors: { value: 0 } } });
    expect(await db.rows(fillSql(node, table))).toEqual([
      { bucket: '2026-12-01T10:00:00.000Z', errors: 3 },
      { bucket: '2026-12-01T10:05:00.000Z', errors: 0 },
      { bucket: '2026-12-01T10:10:00.000Z', errors: 1 },
    ]);
  });
});

describe('derive, fill and as-of join chained', () => {
  it('fills the buckets a derive made (TIMESTAMP WITH TIME ZONE) and joins them as of to CPU points', async () => {
    const events = await db.load({ host: 'VARCHAR', '@timestamp': 'VARCHAR' }, [
      { host: 'web-1', '@timestamp': '2026-12-01T10:01:30+01:00' },
      { host: 'web-1', '@timestamp': '2026-12-01T09:12:00.5Z' },
    ]);
    const cpu = await db.load({ host: 'VARCHAR', time: 'TIMESTAMPTZ', usage: 'DOUBLE' }, [
      { host: 'web-1', time: '2026-12-01T09:00:00Z', usage: 10 },
      { host: 'web-1', time: '2026-12-01T09:10:00Z', usage: 20 },
    ]);
    const derive = DeriveNode.create({ bucket: { timeBucket: ['@timestamp', '5m'] } });
    const derived = { table: sql`(${deriveSql(derive, events)})`, columns: ['host', '@timestamp', 'bucket'] };
    const fill = FillNode.create({ time: 'bucket', every: '5m', by: ['host'] });
    const filled = { table: sql`(${fillSql(fill, derived)})`, columns: derived.columns };
    const join = JoinNode.create({
      right: 'cpu',
      on: { host: 'host' },
      how: 'left',
      asof: { left: 'bucket', right: 'time', direction: 'backward', within: '5m' },
    });
    const rows = await db.rows(asofJoinSql(join as JoinNode & { asof: AsofArgs }, filled, cpu));
    expect(rows.map((r) => [r.bucket, r['@timestamp'], r.usage])).toEqual([
      ['2026-12-01T09:00:00.000Z', '2026-12-01T10:01:30+01:00', 10],
      ['2026-12-01T09:05:00.000Z', null, 10],
      ['2026-12-01T09:10:00.000Z', '2026-12-01T09:12:00.5Z', 20],
    ]);
    expect(rows[0]!.time).toBe('2026-12-01T09:00:00.000Z');
  });
});
