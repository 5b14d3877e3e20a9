import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FilterNode, predicateFields, type FilterInput } from '../../src/operator/filter.js';
import { filter } from '../reference/filter.js';
import type { Row } from '../../src/libs/rows.js';
import { stepRefusal } from './refusal.js';

/** Interprets the request's filter directly, row by row. */
function holds(where: FilterInput, row: Row): boolean {
  return Object.entries(where).every(([key, value]) => {
    if (key === 'and') return (value as FilterInput[]).every((f) => holds(f, row));
    if (key === 'or') return (value as FilterInput[]).some((f) => holds(f, row));
    if (key === 'not') return !holds(value as FilterInput, row);
    const v = row[key];
    const present = v !== null && v !== undefined;
    return Object.entries(value as Record<string, unknown>).every(([op, x]) => {
      switch (op) {
        case 'eq':
          return v === x;
        case 'ne':
          return present && v !== x;
        case 'gt':
          return typeof v === typeof x && (v as number) > (x as number);
        case 'gte':
          return typeof v === typeof x && (v as number) >= (x as number);
        case 'lt':
          return typeof v === typeof x && (v as number) < (x as number);
        case 'lte':
          return typeof v === typeof x && (v as number) <= (x as number);
        case 'in':
          return (x as unknown[]).some((item) => item === v);
        case 'nin':
          return present && !(x as unknown[]).some((item) => item === v);
        case 'exists':
          return present === x;
        case 'contains':
          return typeof v === 'string' ? typeof x === 'string' && v.indexOf(x) >= 0 : Array.isArray(v) && v.some((item) => item === x);
        case 'prefix':
          return typeof v === 'string' && v.slice(0, (x as string).length) === x;
        case 'regex':
          // The generated patterns mean the same in JavaScript and RE2.
          return typeof v === 'string' && new RegExp(x as string).test(v);
        default:
          throw new Error(`no condition ${op}`);
      }
    });
  });
}

const fields = ['a', 'b', 'c'] as const;
const scalar = fc.oneof(fc.integer({ min: -3, max: 3 }), fc.constantFrom('', 'a', 'ab', 'b1', '1', 'x'), fc.boolean());
const value = fc.oneof(scalar, fc.constant(null), fc.array(scalar, { maxLength: 3 }));
const row = fc.record({ a: value, b: value, c: value }, { requiredKeys: [] });
const bound = fc.oneof(fc.integer({ min: -3, max: 3 }), fc.constantFrom('', 'a', 'b'));
const condition = fc.oneof(
  fc.record({ eq: scalar }),
  fc.record({ ne: scalar }),
  fc.record({ gt: bound }),
  fc.record({ gte: bound }),
  fc.record({ lt: bound }),
  fc.record({ lte: bound }),
  fc.record({ gt: bound, lte: bound }),
  fc.record({ in: fc.array(scalar, { maxLength: 3 }) }),
  fc.record({ nin: fc.array(scalar, { maxLength: 3 }) }),
  fc.record({ exists: fc.boolean() }),
  fc.record({ contains: scalar }),
  fc.record({ prefix: fc.constantFrom('', 'a', 'b') }),
  fc.record({ regex: fc.constantFrom('^a', '1$', '[0-9]', 'x|b') }),
);
const { where } = fc.letrec<{ where: FilterInput; leaf: FilterInput }>((tie) => ({
  leaf: fc.dictionary(fc.constantFrom(...fields), condition, { minKeys: 1, maxKeys: 2 }),
  where: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    tie('leaf'),
    fc.record({ and: fc.array(tie('where'), { minLength: 1, maxLength: 3 }) }),
    fc.record({ or: fc.array(tie('where'), { minLength: 1, maxLength: 3 }) }),
    fc.record({ not: tie('where') }),
    fc.tuple(tie('leaf'), tie('where')).map(([leaf, w]) => ({ ...leaf, not: w })),
  ),
}));

describe('filter', () => {
  it('keeps exactly the rows a direct interpretation keeps, in order', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 30 }), where, (rows, w) => {
        expect(filter(rows, FilterNode.create(w))).toEqual(rows.filter((r) => holds(w, r)));
      }),
      { numRuns: 500 },
    );
  });

  it('compares strictly and never true against null or missing, except through not', () => {
    const rows: Row[] = [{ v: 1 }, { v: '1' }, { v: null }, {}];
    const keep = (w: FilterInput) => filter(rows, FilterNode.create(w));
    expect(keep({ v: { eq: 1 } })).toEqual([{ v: 1 }]);
    expect(keep({ v: { ne: 1 } })).toEqual([{ v: '1' }]);
    expect(keep({ not: { v: { eq: 1 } } })).toEqual([{ v: '1' }, { v: null }, {}]);
    expect(keep({ v: { gte: 0 } })).toEqual([{ v: 1 }]);
    expect(keep({ v: { exists: false } })).toEqual([{ v: null }, {}]);
    expect(keep({ v: { nin: [2] } })).toEqual([{ v: 1 }, { v: '1' }]);
  });

  it('compares strings by code units, so ISO times order by time', () => {
    const rows = [{ t: '2024-01-01T00:00:00Z' }, { t: '2024-02-01T00:00:00Z' }];
    expect(filter(rows, FilterNode.create({ t: { gte: '2024-01-15' } }))).toEqual([rows[1]]);
  });

  it('finds contains in strings and arrays', () => {
    const rows = [{ tags: ['db', 'prod'] }, { tags: 'production' }, { tags: ['dev'] }];
    expect(filter(rows, FilterNode.create({ tags: { contains: 'prod' } }))).toEqual([rows[0], rows[1]]);
  });

  it('names the path of a bad regex or an empty filter', () => {
    expect(stepRefusal({ filter: { or: [{ host: { regex: '(' } }] } })).toMatch(
      /^body\.pipeline\.0\.filter\.or\.0\.host\.regex: error parsing regexp: missing closing \)/,
    );
    expect(stepRefusal({ filter: {} })).toBe('body.pipeline.0.filter: expected {field: conditions}, and, or or not');
    expect(stepRefusal({ filter: { host: {} } })).toBe('body.pipeline.0.filter.host: expected at least one condition, e.g. {"gt": 80}; found none');
  });
});

describe('FilterNode', () => {
  it('is a tree of plain predicates: one condition alone, several under and', () => {
    expect(FilterNode.create({ a: { eq: 1 } }).where).toEqual({ op: 'eq', field: 'a', value: 1 });
    expect(FilterNode.create({ a: { gt: 1, lt: 5 }, not: { b: { exists: true } } }).where).toEqual({
      op: 'and',
      of: [
        { op: 'gt', field: 'a', value: 1 },
        { op: 'lt', field: 'a', value: 5 },
        { op: 'not', of: { op: 'exists', field: 'b', value: true } },
      ],
    });
    expect(FilterNode.create({ or: [{ a: { eq: 1 } }] }).where).toEqual({ op: 'or', of: [{ op: 'eq', field: 'a', value: 1 }] });
    const node = FilterNode.create({ a: { eq: 1 } });
    expect(Object.isFrozen(node) && FilterNode.is(node)).toBe(true);
    expect(node.kind).toBe('FilterNode');
    expect(FilterNode.is({ kind: 'SortNode' })).toBe(false);
  });

  it('skips undefined fields and conditions', () => {
    expect(FilterNode.create({ a: undefined, b: { eq: 2, ne: undefined } }).where).toEqual({ op: 'eq', field: 'b', value: 2 });
    expect(stepRefusal({ filter: { a: { eq: undefined } } })).toBe('body.pipeline.0.filter.a: expected at least one condition, e.g. {"gt": 80}; found none');
  });

  it('refuses an empty and/or and an unknown condition, naming where', () => {
    expect(stepRefusal({ filter: { and: [] } })).toBe('body.pipeline.0.filter.and: Too small: expected array to have >=1 items');
    expect(stepRefusal({ filter: { or: [{ a: { eq: 1 } }, { not: { b: {} } }] } })).toMatch(
      /^body\.pipeline\.0\.filter\.or\.1\.not\.b: expected at least one condition/,
    );
    expect(stepRefusal({ filter: { a: { like: 'x' } } })).toBe(
      'body.pipeline.0.filter.a: unknown condition "like" (expected: eq, ne, gt, gte, lt, lte, in, nin, exists, contains, prefix, regex)',
    );
    expect(stepRefusal({ filter: { a: { regex: '(?=x)' } } })).toMatch(/^body\.pipeline\.0\.filter\.a\.regex: error parsing regexp/);
  });

  it('lists the fields a predicate reads', () => {
    expect(
      predicateFields(FilterNode.create({ a: { eq: 1 }, and: [{ b: { gt: 1 } }, { not: { c: { exists: true } } }], or: [{ d: { in: [1] } }] }).where),
    ).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('conditions on values of another type', () => {
  it('never finds a number in a string with contains, nor compares across types', () => {
    const rows: Row[] = [{ v: 'a1' }, { v: [1] }, { v: ['1'] }, { v: 1 }, { v: true }];
    const keep = (w: FilterInput) => filter(rows, FilterNode.create(w)).map((r) => r.v);
    expect(keep({ v: { contains: 1 } })).toEqual([[1]]);
    expect(keep({ v: { contains: '1' } })).toEqual(['a1', ['1']]);
    expect(keep({ v: { gt: 0 } })).toEqual([1]);
    expect(keep({ v: { lte: 'b' } })).toEqual(['a1']);
    expect(keep({ v: { prefix: 'a' } })).toEqual(['a1']);
    expect(keep({ v: { regex: '1' } })).toEqual(['a1']);
    expect(keep({ v: { in: [true, 'a1'] } })).toEqual(['a1', true]);
    expect(keep({ v: { eq: true } })).toEqual([true]);
  });

  it('reads a field named like an Object.prototype member only when the row has it', () => {
    const rows: Row[] = [{}, { constructor: 'x' }];
    expect(filter(rows, FilterNode.create({ constructor: { exists: true } }))).toEqual([{ constructor: 'x' }]);
    expect(filter(rows, FilterNode.create({ toString: { exists: false } }))).toEqual(rows);
  });
});

describe('conditions at their bounds', () => {
  const keep = (rows: Row[], w: FilterInput) => filter(rows, FilterNode.create(w)).map((r) => r.v);

  it('excludes the bound with gt and lt, includes it with gte and lte, for numbers and strings', () => {
    const numbers = [{ v: 0 }, { v: 1 }, { v: 2 }];
    expect(keep(numbers, { v: { gt: 1 } })).toEqual([2]);
    expect(keep(numbers, { v: { gte: 1 } })).toEqual([1, 2]);
    expect(keep(numbers, { v: { lt: 1 } })).toEqual([0]);
    expect(keep(numbers, { v: { lte: 1 } })).toEqual([0, 1]);
    const strings = [{ v: 'a' }, { v: 'b' }, { v: 'c' }];
    expect(keep(strings, { v: { gt: 'b' } })).toEqual(['c']);
    expect(keep(strings, { v: { lt: 'b' } })).toEqual(['a']);
  });

  it('reads prefix as text at the start, not as a pattern nor anywhere', () => {
    const rows = [{ v: 'ab' }, { v: 'ba' }, { v: 'x' }, { v: '.x' }];
    expect(keep(rows, { v: { prefix: 'b' } })).toEqual(['ba']);
    expect(keep(rows, { v: { prefix: '.' } })).toEqual(['.x']);
  });
});
