import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkedPointLine, isCommonPoint, jsonPointsToLines, pointSchema, precisions, type Precision } from '../../src/query/influx/points.js';

/** What a write answers: its lines and count, or the error's code and message. */
function outcome(write: () => { lines: string; count: number }): unknown {
  try {
    return write();
  } catch (err) {
    return { error: (err as Error).message, code: (err as { code?: number }).code };
  }
}

/** The reference: every point through pointSchema, as before the fast path. */
function throughSchema(body: unknown, precision: Precision): { lines: string; count: number } {
  const single = !Array.isArray(body);
  const items = single ? [body] : (body as unknown[]);
  const lines = items.map((item, i) => checkedPointLine(item, precision, single ? 'body' : `body[${i}]`));
  return { lines: lines.join('\n'), count: lines.length };
}

// Names from characters line protocol escapes or refuses (a backslash before a comma, a newline...), often good ones.
const text = fc.string({ unit: fc.constantFrom(...`ab ,="'\\\n\t#é☃`.split('')), maxLength: 8 });
const name = fc.oneof(text, fc.constantFrom('host', 'time', '#m', '__proto__', 'a\\', 'é x'));
const fieldValue = fc.oneof(
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.string({ maxLength: 6 }),
  fc.constantFrom(null, [], {}, Infinity, Number.NaN),
  fc.record({ int: fc.oneof(fc.integer(), fc.constantFrom('9223372036854775808', '12a', '-3')) }),
  fc.record({ float: fc.double() }),
  fc.record({ string: fc.string({ maxLength: 4 }) }),
  fc.record({ bool: fc.boolean() }),
);
const time = fc.oneof(
  fc.integer(),
  fc.maxSafeInteger(),
  fc.double(),
  fc.bigInt({ min: -(10n ** 19n), max: 10n ** 19n }).map(String),
  fc.constantFrom('2009-11-10T23:00:00Z', '2009-11-10T23:00:00.123456789+01:00', '2009-11-10', '', 'now', 9_300_000_000_000_000),
);
const point = fc.record(
  {
    measurement: fc.oneof(name, fc.integer()),
    tags: fc.oneof(fc.dictionary(name, fc.oneof(name, fc.integer()), { maxKeys: 3 }), fc.constantFrom(null, [], 'x')),
    fields: fc.oneof(fc.dictionary(name, fieldValue, { maxKeys: 3 }), fc.constantFrom(null, [])),
    time,
    extra: fc.string(),
  },
  { requiredKeys: ['measurement', 'fields'] },
);
// Mostly the common shape, so that the fast path is taken often.
const common = fc.record(
  {
    measurement: fc.constantFrom('cpu', 'm x', 'a,b'),
    tags: fc.dictionary(fc.constantFrom('host', 'region', 'k=v'), fc.string({ unit: fc.constantFrom('a', ' ', ',', '='), minLength: 1, maxLength: 4 }), {
      maxKeys: 3,
    }),
    fields: fc.dictionary(
      fc.constantFrom('v', 'usage', 'f x'),
      fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.string({ maxLength: 4 })),
      {
        minKeys: 1,
        maxKeys: 3,
      },
    ),
    time: fc.oneof(fc.integer(), fc.constantFrom('2009-11-10T23:00:00Z', '17')),
  },
  { requiredKeys: ['measurement', 'fields'] },
);

describe('JSON points: the fast path for the common shape', () => {
  it('takes only points pointSchema accepts, and writes the same bytes as the schema path', () => {
    let taken = 0;
    fc.assert(
      fc.property(fc.oneof(point, common), fc.constantFrom(...precisions), (p, precision) => {
        if (!isCommonPoint(p)) return;
        taken++;
        expect(pointSchema.safeParse(p).success).toBe(true);
        expect(outcome(() => jsonPointsToLines(p, precision))).toEqual(outcome(() => throughSchema(p, precision)));
      }),
      { numRuns: 3000 },
    );
    // Not a vacuous property: a good share of the generated points are of the common shape.
    expect(taken).toBeGreaterThan(500);
  });

  it('answers any body as the schema path does: the same lines, or the same 400 naming the same point and field', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(point, common), { minLength: 1, maxLength: 5 }), fc.constantFrom(...precisions), (points, precision) => {
        expect(outcome(() => jsonPointsToLines(points, precision))).toEqual(outcome(() => throughSchema(points, precision)));
      }),
      { numRuns: 3000 },
    );
  });

  it('takes the common shape: float, boolean and string fields, tags, an integer or RFC3339 time', () => {
    expect(isCommonPoint({ measurement: 'cpu', tags: { host: 'a' }, fields: { v: 1.5, up: true, s: 'x' }, time: 1_700_000_000_000 })).toBe(true);
    expect(isCommonPoint({ measurement: 'cpu', fields: { v: 1 }, time: '2009-11-10T23:00:00Z' })).toBe(true);
    expect(isCommonPoint({ measurement: 'cpu', fields: { n: { int: 3 } } })).toBe(false);
  });

  it('leaves every mistake to pointSchema, whose message is the 400 of today', () => {
    const points = [
      { measurement: 'cpu', fields: { v: 1 } },
      { measurement: 'cpu', tags: { time: 'x' }, fields: { v: 1 } },
    ];
    expect(outcome(() => jsonPointsToLines(points, 'ms'))).toEqual({ error: 'body[1].tags.time: time is reserved for the timestamp', code: 40000 });
    expect(outcome(() => jsonPointsToLines({ measurement: 'cpu', fields: {} }, 'ms'))).toEqual({ error: 'body.fields: needs at least one field', code: 40000 });
  });
});
