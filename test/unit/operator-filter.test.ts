import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { filter, FilterNode, type FilterInput } from '../../src/operator/filter.js';
import type { Row } from '../../src/operator/rows.js';

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
  leaf: fc.dictionary(fc.constantFrom(...fields), condition, { minKeys: 1, maxKeys: 2 }) as fc.Arbitrary<FilterInput>,
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
    expect(() => FilterNode.create({ or: [{ host: { regex: '(' } }] }, 'body.pipeline.1.filter')).toThrow(
      /^body\.pipeline\.1\.filter\.or\.0\.host\.regex: error parsing regexp: missing closing \)/,
    );
    expect(() => FilterNode.create({}, 'f')).toThrow('f: expected at least one condition');
    expect(() => FilterNode.create({ host: {} }, 'f')).toThrow('f.host: expected at least one condition');
  });
});
