import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AggregateNode } from '../../src/operator/aggregate.js';
import { JoinNode } from '../../src/operator/join.js';
import { ProjectNode } from '../../src/operator/project.js';
import { columnsOf, fieldReader, type Row } from '../../src/libs/rows.js';
import { compileRowBuilder } from '../reference/row-builder.js';
import { aggregate } from '../reference/aggregate.js';
import { join } from '../reference/join.js';
import { compareValues, isNull, tableOf } from '../reference/order.js';
import { project } from '../reference/project.js';

// What JSON.parse makes of a document with a "__proto__" key: an own property, the prototype untouched.
const protoRow = (value: unknown): Row => JSON.parse(`{"__proto__": ${JSON.stringify(value)}}`) as Row;

/** A row is plain data: Object.prototype as its prototype, nothing inherited from a column's value. */
function expectPlain(row: Row) {
  expect(Object.getPrototypeOf(row)).toBe(Object.prototype);
  expect('admin' in row).toBe(false);
}

describe('a column named "__proto__"', () => {
  const source = [JSON.parse('{"__proto__": {"admin": true}, "cpu": 1}') as Row];

  it('is a value of the output row in aggregate, as a groupBy field or a metric name, never its prototype', () => {
    const grouped = aggregate(source, AggregateNode.create({ groupBy: ['__proto__'], metrics: { n: { count: '*' } } }));
    expect(grouped).toHaveLength(1);
    expectPlain(grouped[0]!);
    expect(Object.entries(grouped[0]!)).toEqual([
      ['__proto__', { admin: true }],
      ['n', 1],
    ]);
    const measured = aggregate(source, AggregateNode.create({ metrics: { ['__proto__']: { first: '__proto__' } } }));
    expectPlain(measured[0]!);
    expect(Object.entries(measured[0]!)).toEqual([['__proto__', { admin: true }]]);
  });

  it('is a value of the output row in project and join, never its prototype', () => {
    const renamed = project([{ cpu: { admin: true } }], ProjectNode.create({ rename: { cpu: '__proto__' } }));
    expectPlain(renamed[0]!);
    expect(Object.entries(renamed[0]!)).toEqual([['__proto__', { admin: true }]]);
    const kept = project(source, ProjectNode.create({ keep: ['__proto__', 'cpu'] }));
    expectPlain(kept[0]!);
    expect(Object.entries(kept[0]!)).toEqual([
      ['__proto__', { admin: true }],
      ['cpu', 1],
    ]);
    const joined = join(source, [JSON.parse('{"k": 1, "__proto__": {"admin": true}}') as Row], JoinNode.create({ right: 'r', on: { cpu: 'k' } }));
    expect(joined).toEqual([{ cpu: 1, k: 1 }]);
    expectPlain(joined[0]!);
  });

  it('is left out of the columns, which cannot name it as data', () => {
    expect(columnsOf([protoRow({ admin: true }), { a: 1 }])).toEqual(['a']);
    expect(tableOf(source)).toEqual({ columns: ['cpu'], rows: source });
  });
});

describe('columnsOf', () => {
  it('lists every key once, in first-seen order', () => {
    fc.assert(
      fc.property(fc.array(fc.dictionary(fc.constantFrom('a', 'b', 'c', 'd', 'constructor', 'toString'), fc.integer()), { maxLength: 6 }), (rows) => {
        const expected: string[] = [];
        for (const row of rows) for (const key of Object.keys(row)) if (!expected.includes(key)) expected.push(key);
        expect(columnsOf(rows)).toEqual(expected);
      }),
    );
  });
});

describe('fieldReader', () => {
  it('reads a field named like an Object.prototype member only when the row has it as its own', () => {
    for (const field of ['constructor', 'toString', 'hasOwnProperty', 'valueOf', '__proto__']) {
      const read = fieldReader(field);
      expect(read({}), field).toBeUndefined();
      expect(read({ other: 1 }), field).toBeUndefined();
      expect(read(JSON.parse(`{${JSON.stringify(field)}: "own"}`) as Row), field).toBe('own');
    }
  });

  it('reads any other field as the row has it', () => {
    expect(fieldReader('cpu')({ cpu: 0 })).toBe(0);
    expect(fieldReader('cpu')({ cpu: null })).toBeNull();
    expect(fieldReader('cpu')({})).toBeUndefined();
    expect(fieldReader('host.name')({ 'host.name': 'a', host: { name: 'b' } })).toBe('a');
  });
});

describe('compileRowBuilder', () => {
  // Names with every character JavaScript source would trip on: quotes, backslashes, line ends, ${, comments.
  const name = fc.oneof(
    fc.string({ maxLength: 6 }),
    fc.constantFrom('"', "'", '\\', '`', '${a}', '*/', '\n', '\u2028', '"]: 1, x: ["', 'constructor', 'toString', '__proto__'),
  );

  it('builds a row of exactly the named columns, any name being data, each from the first non-null read', () => {
    const side = fc.constantFrom<'a' | 'b'>('a', 'b');
    const columns = fc.uniqueArray(fc.record({ name, reads: fc.array(fc.record({ side, field: name }), { maxLength: 3 }) }), {
      selector: (c) => c.name,
      maxLength: 5,
    });
    const value = fc.constantFrom<unknown>(null, undefined, 0, '', false, 'x', 7);
    const input = fc.option(fc.dictionary(name, value, { maxKeys: 6 }), { nil: null });
    fc.assert(
      fc.property(columns, input, input, (cols, a, b) => {
        const own = (row: Row | null, field: string) => (row !== null && Object.hasOwn(row, field) ? row[field] : undefined);
        const row = compileRowBuilder(cols)(a, b);
        expect(Object.getPrototypeOf(row)).toBe(Object.prototype);
        expect(Reflect.ownKeys(row).sort()).toEqual(cols.map((c) => c.name).sort());
        for (const c of cols) {
          const first = c.reads.map((r) => own(r.side === 'a' ? a : b, r.field)).find((v) => v !== null && v !== undefined);
          expect(row[c.name], c.name).toBe(first ?? null);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('reads null for a missing side', () => {
    const build = compileRowBuilder([
      {
        name: 'x',
        reads: [
          { side: 'a', field: 'x' },
          { side: 'b', field: 'y' },
        ],
      },
      { name: 'c', reads: [{ side: 'b', field: 'constructor' }] },
    ]);
    expect(build(null, { y: 2, constructor: 3 })).toEqual({ x: 2, c: 3 });
    expect(build({ x: 1 }, null)).toEqual({ x: 1, c: null });
    expect(build(null, null)).toEqual({ x: null, c: null });
  });
});

describe('isNull', () => {
  it('is SQL NULL: null or missing, and nothing else', () => {
    expect([null, undefined].map(isNull)).toEqual([true, true]);
    expect([0, '', false, Number.NaN, [], {}].map(isNull)).toEqual([false, false, false, false, false, false]);
  });
});

describe('compareValues', () => {
  const rank = (v: unknown) => (typeof v === 'boolean' ? 0 : typeof v === 'number' ? 1 : typeof v === 'string' ? 2 : 3);
  /** The order written from its definition. */
  function reference(a: unknown, b: unknown): number {
    if (rank(a) !== rank(b)) return rank(a) - rank(b);
    if (typeof a === 'number') return a < (b as number) ? -1 : a > (b as number) ? 1 : 0;
    const [x, y] = rank(a) === 3 ? [JSON.stringify(a), JSON.stringify(b)] : [String(a), String(b)];
    // Code points (DuckDB's UTF-8 byte order), written as UTF-8 bytes compared one by one.
    const [bx, by] = [Buffer.from(x), Buffer.from(y)];
    return Buffer.compare(bx, by);
  }
  const value = fc.oneof(
    fc.boolean(),
    fc.integer({ min: -5, max: 5 }),
    fc.double({ noNaN: true, min: -10, max: 10 }),
    fc.string({ maxLength: 3 }),
    fc.constantFrom<unknown>('10', '9', 'a', 'B', 'é', '😀', '\uffff'),
    fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 2 }),
    fc.dictionary(fc.constantFrom('a', 'b'), fc.integer({ min: 0, max: 3 })),
  );

  it('agrees in sign with its definition: booleans < numbers < strings < arrays/objects, each by its own order', () => {
    fc.assert(
      fc.property(value, value, (a, b) => {
        expect(Math.sign(compareValues(a, b)), `${JSON.stringify(a)} vs ${JSON.stringify(b)}`).toBe(Math.sign(reference(a, b)));
      }),
      { numRuns: 2_000 },
    );
  });

  it('orders the edge cases of each kind', () => {
    const sign = (a: unknown, b: unknown) => Math.sign(compareValues(a, b));
    expect([sign(false, true), sign(true, false), sign(true, true), sign(false, false)]).toEqual([-1, 1, 0, 0]);
    expect([sign(true, 0), sign(1, true), sign(99, 'a'), sign('', 0), sign('z', []), sign({}, 'z')]).toEqual([-1, 1, -1, 1, -1, 1]);
    expect([sign(2, 10), sign('2', '10'), sign('a', 'a'), sign([1], [1]), sign([2], [10]), sign({ a: 1 }, [1])]).toEqual([-1, 1, 0, 0, 1, 1]);
    // By code point, as DuckDB orders text: U+FFFF before U+1F600 (UTF-16 code units would say after).
    expect([sign('B', 'a'), sign('\uffff', '😀')]).toEqual([-1, -1]);
  });

  it('finds two equal infinities equal, as any two equal numbers (a sum can overflow to one)', () => {
    expect(compareValues(Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY)).toBe(0);
    expect(compareValues(Number.NEGATIVE_INFINITY, Number.NEGATIVE_INFINITY)).toBe(0);
    expect(Math.sign(compareValues(Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY))).toBe(-1);
    expect(Math.sign(compareValues(Number.POSITIVE_INFINITY, 1e308))).toBe(1);
  });

  it('orders strings by their own code units, not by how JSON would quote them', () => {
    const sign = (a: unknown, b: unknown) => Math.sign(compareValues(a, b));
    // JSON writes "\n" and "\"" with a backslash, which sorts after " " and "#".
    expect([sign('\n', ' '), sign(' ', '\n'), sign('a"', 'a#'), sign('\\', ']'), sign('\u0001', '\u001f')]).toEqual([-1, 1, -1, -1, -1]);
  });
});
