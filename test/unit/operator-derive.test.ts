import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DeriveNode, deriveSql, expressionInput, type Expression, type ExpressionInput } from '../../src/operator/derive.js';
import { sql } from '../../src/libs/sql.js';
import { durationMs as parsedMs } from '../../src/libs/duration.js';

const durationMs = (d: string) => parsedMs(d)!;
import { openDuckDb } from './duckdb.js';

let db: Awaited<ReturnType<typeof openDuckDb>>;
beforeAll(async () => (db = await openDuckDb()));
afterAll(() => db.close());

// The naive reference: values as JavaScript has them (a JSON column's values parsed), times as {ms}.
type Time = { ms: number };
type Value = null | number | string | boolean | Time | unknown[];
const isTime = (v: unknown): v is Time => typeof v === 'object' && v !== null && 'ms' in v;
const kind = (v: Value) =>
  v === null ? null : typeof v === 'number' ? 'number' : typeof v === 'string' ? 'text' : typeof v === 'boolean' ? 'boolean' : isTime(v) ? 'time' : 'other';
const finite = (n: number) => (Number.isFinite(n) ? n : null);
const iso = (t: Time) => new Date(t.ms).toISOString();

function parseTime(v: Value): Time | null {
  if (isTime(v)) return v;
  if (typeof v === 'number') return Math.abs(v) <= 8.64e15 ? { ms: Math.floor(v) } : null;
  const rfc3339 = /^\d{4}-\d\d-\d\d([T ]\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d(:?\d\d)?)?)?$/;
  if (typeof v !== 'string' || !rfc3339.test(v.toUpperCase())) return null;
  const upper = v.toUpperCase().replace(' ', 'T');
  const ms = Date.parse(upper.includes(':') && !/(Z|[+-]\d\d(:?\d\d)?)$/.test(upper) ? `${upper}Z` : upper);
  return Number.isNaN(ms) ? null : { ms };
}

function textOf(v: Value): string | null {
  if (v === null) return null;
  if (typeof v === 'number') return String(v);
  if (isTime(v)) return iso(v);
  return typeof v === 'string' ? v : JSON.stringify(v);
}

/** The kind an expression is known to have without the data (columns have none). */
function staticKind(e: Expression): string | null {
  switch (e.op) {
    case 'column':
      return null;
    case 'literal':
      return kind(e.value);
    case 'coalesce':
      return e.args.map(staticKind).find((k) => k !== null && k !== 'json') ?? 'json';
    case 'concat':
    case 'lower':
    case 'upper':
      return 'text';
    case 'time':
    case 'timeBucket':
      return 'time';
    case 'eq':
    case 'ne':
    case 'gt':
    case 'gte':
    case 'lt':
    case 'lte':
    case 'and':
    case 'or':
    case 'not':
      return 'boolean';
    default:
      return 'number';
  }
}

const roundHalfAway = (x: number, digits: number) => {
  const p = 10 ** Math.abs(digits);
  return digits >= 0 ? (Math.sign(x) * Math.round(Math.abs(x) * p)) / p : Math.sign(x) * Math.round(Math.abs(x) / p) * p;
};

function evaluate(e: Expression, row: Record<string, Value>): Value {
  const arg = (i: number) => evaluate((e as { args: readonly Expression[] }).args[i]!, row);
  const bool = (v: Value) => (typeof v === 'boolean' ? v : null);
  switch (e.op) {
    case 'column':
      return row[e.name] ?? null;
    case 'literal':
      return e.value;
    case 'add':
    case 'sub':
    case 'mul':
    case 'div':
    case 'mod': {
      const [a, b] = [arg(0), arg(1)];
      if (typeof a !== 'number' || typeof b !== 'number') return null;
      if ((e.op === 'div' || e.op === 'mod') && b === 0) return null;
      return finite({ add: a + b, sub: a - b, mul: a * b, div: a / b, mod: a % b }[e.op]);
    }
    case 'eq':
    case 'ne':
    case 'gt':
    case 'gte':
    case 'lt':
    case 'lte': {
      const [a, b] = [arg(0), arg(1)];
      const [ka, kb] = [kind(a), kind(b)];
      if (ka === null || kb === null || ka === 'other' || kb === 'other') return null;
      if (ka !== kb) return e.op === 'eq' ? false : e.op === 'ne' ? true : null;
      const [x, y] = ka === 'time' ? [(a as Time).ms, (b as Time).ms] : [a as number, b as number];
      return { eq: x === y, ne: x !== y, gt: x > y, gte: x >= y, lt: x < y, lte: x <= y }[e.op];
    }
    case 'and':
    case 'or': {
      const values = e.args.map((a) => bool(evaluate(a, row)));
      const decisive = e.op === 'and' ? false : true;
      if (values.includes(decisive)) return decisive;
      return values.includes(null) ? null : !decisive;
    }
    case 'not': {
      const v = bool(arg(0));
      return v === null ? null : !v;
    }
    case 'coalesce': {
      const k = staticKind(e);
      const values = e.args.map((a) => evaluate(a, row));
      if (k === 'json') return values.find((v) => v !== null) ?? null;
      const as = (v: Value) => (k === 'time' ? parseTime(v) : kind(v) === k ? v : null);
      return values.map(as).find((v) => v !== null) ?? null;
    }
    case 'concat':
      return e.args.map((a) => textOf(evaluate(a, row)) ?? '').join('');
    case 'lower':
    case 'upper': {
      const v = arg(0);
      return typeof v === 'string' ? (e.op === 'lower' ? v.toLowerCase() : v.toUpperCase()) : null;
    }
    case 'round': {
      const v = arg(0);
      return typeof v === 'number' ? roundHalfAway(v, e.digits) : null;
    }
    case 'time':
      return parseTime(arg(0));
    case 'timeBucket': {
      const t = parseTime(arg(0));
      const every = durationMs(e.every);
      return t === null ? null : { ms: Math.floor(t.ms / every) * every };
    }
  }
}

/** A reference value as the answer has it: a time as ISO text (in a JSON column too). */
const answer = (v: Value) => (isTime(v) ? iso(v) : v);

// Times after 1970 with offsets and 0-6 fraction digits; texts that are not times.
const offsets = ['Z', 'z', '+02:00', '-05:30', '+0100', ''];
const timeText = fc
  .record({ ms: fc.integer({ min: 0, max: 4e12 }), offset: fc.constantFrom(...offsets), digits: fc.constantFrom(0, 3, 6) })
  .map(({ ms, offset, digits }) => {
    const whole = digits === 0 ? ms - (ms % 1000) : ms;
    const minutes = { Z: 0, z: 0, '': 0, '+02:00': 120, '-05:30': -330, '+0100': 60 }[offset]!;
    const local = new Date(whole + minutes * 60_000).toISOString().slice(0, digits === 0 ? 19 : 23);
    return `${local}${digits === 6 ? '789' : ''}${offset}`;
  });
const number = fc.oneof(
  fc.integer({ min: -50, max: 50 }),
  fc.integer({ min: -400, max: 400 }).map((n) => n / 8),
  fc.constant(0),
);
const text = fc.oneof(fc.constantFrom('a', 'B', 'ab', '', 'web-1', 'Web-2', '12', '2026-12-01', '2026-12-01 10:05:00', '121970-01-01T00:00:00Z'), timeText);
const jsonValue = fc.oneof(number, text, fc.boolean(), fc.constant(null), fc.constant([1, 'x']));
const row = fc.record({
  n: fc.option(number),
  m: fc.option(number),
  s: fc.option(text),
  b: fc.option(fc.boolean()),
  j: jsonValue,
  ms: fc.option(fc.integer({ min: 0, max: 4e12 })),
});
const columnTypes = { n: 'DOUBLE', m: 'DOUBLE', s: 'VARCHAR', b: 'BOOLEAN', j: 'JSON', ms: 'DOUBLE' } as const;

const duration = fc.tuple(fc.integer({ min: 1, max: 90 }), fc.constantFrom('ms', 's', 'm', 'h', 'd', 'w')).map(([n, u]) => `${n}${u}`);
const expression: fc.Arbitrary<ExpressionInput> = fc.letrec<{ e: ExpressionInput }>((tie) => ({
  e: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom('n', 'm', 's', 'b', 'j', 'ms', 'missing'),
    fc.oneof(
      number,
      fc.boolean(),
      fc.constant(null),
      text.map((lit) => ({ lit })),
    ),
    fc
      .record({ op: fc.constantFrom('add', 'sub', 'mul', 'div', 'mod', 'eq', 'ne', 'gt', 'gte', 'lt', 'lte'), a: tie('e'), b: tie('e') })
      .map(({ op, a, b }): ExpressionInput => ({ [op]: [a, b] })),
    fc
      .record({ op: fc.constantFrom('and', 'or', 'coalesce', 'concat'), args: fc.array(tie('e'), { minLength: 1, maxLength: 3 }) })
      .map(({ op, args }): ExpressionInput => ({ [op]: args })),
    fc.record({ op: fc.constantFrom('not', 'lower', 'upper', 'time'), a: tie('e') }).map(({ op, a }): ExpressionInput => ({ [op]: a })),
    fc.record({ a: tie('e'), digits: fc.integer({ min: -2, max: 3 }) }).map(({ a, digits }): ExpressionInput => ({ round: [a, digits] })),
    fc.record({ a: tie('e'), every: duration }).map(({ a, every }): ExpressionInput => ({ timeBucket: [a, every] })),
  ),
})).e;

async function derived(node: DeriveNode, rows: Record<string, unknown>[]) {
  const input = await db.load(columnTypes, rows);
  return db.rows(deriveSql(node, input));
}

describe('derive', () => {
  it('computes every expression as the naive reference does, on columns of every type', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(row, { maxLength: 6 }), fc.array(expression, { minLength: 1, maxLength: 3 }), async (rows, expressions) => {
        const node = DeriveNode.create(Object.fromEntries(expressions.map((e, i) => [`x${i}`, e])));
        const out = await derived(node, rows);
        const expected = rows.map((r) => Object.fromEntries(node.columns.map(([name, e]) => [name, answer(evaluate(e, r as Record<string, Value>))])));
        expect(out.map((o) => Object.fromEntries(node.columns.map(([name]) => [name, o[name]])))).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('buckets epoch milliseconds as a floor on the Unix epoch, weeks included', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.integer({ min: -1e11, max: 4e12 }), { minLength: 1, maxLength: 20 }), duration, async (times, every) => {
        const node = DeriveNode.create({ bucket: { timeBucket: ['ms', every] } });
        const out = await derived(
          node,
          times.map((ms) => ({ ms })),
        );
        const step = durationMs(every);
        expect(out.map((o) => o.bucket)).toEqual(times.map((ms) => new Date(Math.floor(ms / step) * step).toISOString()));
      }),
      { numRuns: 200 },
    );
  });

  it('reads RFC3339 offsets and fractions, and the instance TimeZone plays no part', async () => {
    const node = DeriveNode.create({ t: { time: 's' }, week: { timeBucket: ['s', '1w'] }, day: { timeBucket: ['s', '1d'] } });
    const out = await derived(node, [
      { s: '2026-12-01T10:05:00.123456+02:00' },
      { s: '2026-12-01T23:30:00-05:00' },
      { s: '1970-01-08T00:00:00Z' },
      { s: 'no time' },
    ]);
    expect(out.map(({ t, week, day }) => [t, week, day])).toEqual([
      ['2026-12-01T08:05:00.123Z', '2026-11-26T00:00:00.000Z', '2026-12-01T00:00:00.000Z'],
      ['2026-12-02T04:30:00.000Z', '2026-11-26T00:00:00.000Z', '2026-12-02T00:00:00.000Z'],
      // The epoch was a Thursday: weeks start on Thursdays, not on DuckDB's default Monday 2000-01-03.
      ['1970-01-08T00:00:00.000Z', '1970-01-08T00:00:00.000Z', '1970-01-08T00:00:00.000Z'],
      [null, null, null],
    ]);
  });

  it('replaces a column in place and appends new ones in order, reading the columns before the step', async () => {
    const node = DeriveNode.create({ z: { add: ['n', 1] }, n: { mul: ['n', 10] }, a: 'n' });
    const input = await db.load({ n: 'DOUBLE', s: 'VARCHAR' }, [{ n: 2, s: 'x' }]);
    expect(await db.rows(deriveSql(node, input))).toEqual([{ n: 20, s: 'x', z: 3, a: 2 }]);
  });

  it('names every sub-expression once: the SQL grows linearly with nesting, not exponentially', () => {
    const wrap: ((e: ExpressionInput) => ExpressionInput)[] = [
      (e) => ({ eq: [e, 'y'] }),
      (e) => ({ concat: [e] }),
      (e) => ({ time: e }),
      (e) => ({ concat: [e, 'x'] }),
      (e) => ({ coalesce: [e, { lit: 'z' }] }),
      (e) => ({ lt: [1, e] }),
      (e) => ({ lower: { concat: [e] } }),
      (e) => ({ gte: ['x', e] }),
    ];
    const sqlLength = (e: ExpressionInput) => deriveSql(DeriveNode.create({ e }), { table: sql`t`, columns: ['x', 'y'] }).render().text.length;
    // Each wrapper adds as much SQL on the second pass as on the first, however deep its argument.
    let e: ExpressionInput = { gte: ['x', { div: [1, { round: { add: ['x', 1] } }] }] };
    const added: number[] = [];
    for (const step of [...wrap, ...wrap]) {
      const before = sqlLength(e);
      e = step(e);
      added.push(sqlLength(e) - before);
    }
    // (Up to a few characters: placeholders $10, $11... are longer than $9.)
    added.slice(wrap.length).forEach((n, i) => expect(Math.abs(n - added[i]!)).toBeLessThan(10));
    expect(sqlLength(e)).toBeLessThan(50_000);
  });

  it('writes its expressions back in the request language', () => {
    fc.assert(
      fc.property(expression, (e) => {
        const node = DeriveNode.create({ x: e });
        expect(DeriveNode.create({ x: expressionInput(node.columns[0]![1]) })).toEqual(node);
      }),
    );
  });
});
