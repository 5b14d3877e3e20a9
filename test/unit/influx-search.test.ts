import { describe, expect, it } from 'vitest';
import { compileSelect, searchSpec, whereSchema, durationText, timeText, influxName } from '../../src/query/influx/search.js';
import { ident } from '../../src/query/influxql.js';
import { parseInfluxQL } from '../../src/query/influxql-parser.js';

/** The SELECT a structured query compiles to, read from measurement "m"; checked to be one statement InfluxDB's parser reads. */
function compile(spec: unknown, into?: string): string {
  const statement = compileSelect(searchSpec.parse(spec), ident('m'), into === undefined ? undefined : ident(into));
  const parsed = parseInfluxQL(statement.text);
  if ('error' in parsed) throw new Error(`${statement.text}: ${parsed.error}`);
  expect(parsed.statements).toHaveLength(1);
  return statement.text;
}

/** The first message zod gives for `spec`, or undefined when it is accepted. */
const refusal = (spec: unknown) => searchSpec.safeParse(spec).error?.issues[0]?.message;

describe('structured search: the SELECT it compiles to', () => {
  it.each([
    [{}, 'SELECT * FROM "m"'],
    [{ select: ['a', 'b'] }, 'SELECT "a", "b" FROM "m"'],
    [{ select: { x: 'a', y: { mean: 'b' } } }, 'SELECT "a" AS "x", mean("b") AS "y" FROM "m"'],
    [{ select: { p: { percentile: ['v', 95] } } }, 'SELECT percentile("v", 95) AS "p" FROM "m"'],
    [{ select: { d: { derivative: ['v', '1h'] } } }, 'SELECT derivative("v", 1h) AS "d" FROM "m"'],
    [{ where: { host: 'a', n: 1.5, up: true, down: false } }, `SELECT * FROM "m" WHERE "host" = 'a' AND "n" = 1.5 AND "up" = true AND "down" = false`],
    [
      { where: { v: { eq: 1, ne: 2, gt: 3, gte: 4, lt: 5, lte: 6 } } },
      'SELECT * FROM "m" WHERE "v" = 1 AND "v" != 2 AND "v" > 3 AND "v" >= 4 AND "v" < 5 AND "v" <= 6',
    ],
    [
      { where: { v: { not: { eq: 1, ne: 2, gt: 3, gte: 4, lt: 5, lte: 6 } } } },
      'SELECT * FROM "m" WHERE "v" != 1 AND "v" = 2 AND "v" <= 3 AND "v" < 4 AND "v" >= 5 AND "v" > 6',
    ],
    [{ where: { h: { in: ['a', 'b'] } } }, `SELECT * FROM "m" WHERE ("h" = 'a' OR "h" = 'b')`],
    [{ where: { h: { not: { in: ['a', 'b'] } } } }, `SELECT * FROM "m" WHERE "h" != 'a' AND "h" != 'b'`],
    [{ where: { h: { regex: '^web/' } } }, 'SELECT * FROM "m" WHERE "h" =~ /^web\\//'],
    [{ where: { h: { not: { regex: '' } } } }, 'SELECT * FROM "m" WHERE "h" !~ //'],
    [{ where: { h: { gt: 'a', not: { lt: 'b' } } } }, `SELECT * FROM "m" WHERE "h" > 'a' AND "h" >= 'b'`],
    [
      { where: { time: { gte: '2009-11-10T23:00:00Z', gt: 'now-1d', lte: 'now', lt: 'now()+1h' } } },
      `SELECT * FROM "m" WHERE time >= '2009-11-10T23:00:00Z' AND time > now() - 1d AND time <= now() AND time < now() + 1h`,
    ],
    [{ where: { time: {}, h: 'a' } }, `SELECT * FROM "m" WHERE "h" = 'a'`],
    [{ groupBy: ['host', { time: '5m' }] }, 'SELECT * FROM "m" GROUP BY "host", time(5m)'],
    [{ groupBy: [{ time: '1h', offset: '15m' }] }, 'SELECT * FROM "m" GROUP BY time(1h, 15m)'],
    [{ groupBy: [] }, 'SELECT * FROM "m"'],
    [{ fill: 'none' }, 'SELECT * FROM "m" fill(none)'],
    [{ fill: 'linear' }, 'SELECT * FROM "m" fill(linear)'],
    [{ fill: -2.5 }, 'SELECT * FROM "m" fill(-2.5)'],
    [{ order: 'desc' }, 'SELECT * FROM "m" ORDER BY time DESC'],
    [{ order: 'asc' }, 'SELECT * FROM "m" ORDER BY time ASC'],
    [{ limit: 10, offset: 0 }, 'SELECT * FROM "m" LIMIT 10 OFFSET 0'],
    [{ offset: 5 }, 'SELECT * FROM "m" OFFSET 5'],
    [
      { select: { avg: { mean: 'v' } }, where: { h: 'a' }, groupBy: [{ time: '1h' }], fill: 0, order: 'desc', limit: 2, offset: 1 },
      `SELECT mean("v") AS "avg" FROM "m" WHERE "h" = 'a' GROUP BY time(1h) fill(0) ORDER BY time DESC LIMIT 2 OFFSET 1`,
    ],
  ])('%j', (spec, text) => {
    expect(compile(spec)).toBe(text);
  });

  it.each([
    'count',
    'distinct',
    'integral',
    'mean',
    'median',
    'mode',
    'spread',
    'stddev',
    'sum',
    'first',
    'last',
    'max',
    'min',
    'percentile',
    'sample',
    'top',
    'bottom',
    'derivative',
    'non_negative_derivative',
    'difference',
    'moving_average',
    'cumulative_sum',
    'elapsed',
  ])('calls the function %s', (fn) => {
    expect(compileSelect(searchSpec.parse({ select: { a: { [fn]: 'v' } } }), ident('m')).text).toBe(`SELECT ${fn}("v") AS "a" FROM "m"`);
  });

  it('writes INTO before FROM when given a target', () => {
    expect(compile({ select: { v: { mean: 'v' } }, groupBy: [{ time: '1h' }] }, 'target')).toBe(
      'SELECT mean("v") AS "v" INTO "target" FROM "m" GROUP BY time(1h)',
    );
    expect(parseInfluxQL(compileSelect({}, ident('m'), ident('t')).text)).toMatchObject({ statements: [{ type: 'SelectStatement', into: true }] });
  });

  it('quotes whatever names and values it is given', () => {
    expect(compile({ select: { 'a"b': "c'd" }, where: { "k'": "v'; DROP DATABASE x" } })).toBe(
      `SELECT "c'd" AS "a\\"b" FROM "m" WHERE "k'" = 'v\\'; DROP DATABASE x'`,
    );
  });
});

describe('structured search: what the schema refuses', () => {
  it.each([
    [{ select: [] }, 'Too small: expected array to have >=1 items'],
    [{ select: {} }, 'select at least one column'],
    [{ select: { a: { mean: 'v', sum: 'w' } } }, 'one function per column, e.g. {"mean": "usage"} or {"percentile": ["usage", 95]}'],
    [{ select: { a: {} } }, 'one function per column, e.g. {"mean": "usage"} or {"percentile": ["usage", 95]}'],
    [{ select: ['a\rb'] }, 'InfluxQL cannot express a carriage return or NUL character'],
    [{ select: [''] }, 'Too small: expected string to have >=1 characters'],
    [{ select: ['x'.repeat(1025)] }, 'Too big: expected string to have <=1024 characters'],
    [{ where: { h: { regex: 'a\\' } } }, 'a regex cannot end with a backslash (write \\x{5c})'],
    [{ where: { h: { regex: 'a\nb' } } }, 'a regex cannot hold a raw newline, carriage return or NUL (write \\n)'],
    [{ where: { time: { gte: 'yesterday' } } }, 'must be RFC3339 (2009-11-10T23:00:00Z), now, or now-1h'],
    [{ limit: 0 }, 'Too small: expected number to be >=1'],
    [{ limit: 1_000_001 }, 'Too big: expected number to be <=1000000'],
    [{ limit: 1_000_000 }, undefined],
    [{ offset: -1 }, 'Too small: expected number to be >=0'],
    [{ offset: 1.5 }, 'Invalid input: expected int, received number'],
  ])('%j: %s', (spec, message) => {
    expect(refusal(spec)).toBe(message);
  });

  it.each([
    { where: { h: 'a\0' } },
    { where: { h: { eq: 'a\r' } } },
    { where: { h: { in: [] } } },
    { where: { h: { not: { not: { eq: 1 } } } } },
    { where: { time: { since: 'now' } } },
    { groupBy: [{ time: '5x' }] },
    { groupBy: [{ time: '5m', offset: 'x' }] },
    { groupBy: [{ time: '5m', every: '1m' }] },
    { order: 'up' },
    { fill: 'zero' },
    { limit: 1.5 },
    { unknown: 1 },
    { select: { a: { drop: 'v' } } },
    { select: { a: { percentile: ['v', 'x'] } } },
  ])('refuses %j', (spec) => {
    expect(searchSpec.safeParse(spec).success).toBe(false);
  });

  it('accepts the documented example and a retention policy', () => {
    expect(searchSpec.safeParse({ retentionPolicy: 'rp', select: ['v'] }).success).toBe(true);
    expect(whereSchema.safeParse({ time: { gte: 'now-1h' }, h: { in: ['a', 1, true] } }).success).toBe(true);
  });

  it('names durations, times and InfluxQL names in its messages', () => {
    expect(durationText.safeParse('5x').error?.issues[0]?.message).toBe('must be a duration such as 30s, 5m, 1h30m, 7d');
    expect(durationText.safeParse('1h30m').success).toBe(true);
    expect(timeText.safeParse('now-1h').success).toBe(true);
    expect(influxName.safeParse('a\0').error?.issues[0]?.message).toBe('InfluxQL cannot express a carriage return or NUL character');
  });
});
