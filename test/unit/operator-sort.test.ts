import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LimitNode } from '../../src/operator/limit.js';
import type { Row } from '../../src/libs/rows.js';
import { SortNode, type SortOrder } from '../../src/operator/sort.js';
import { sliceRows } from '../reference/cooperative.js';
import { limit } from '../reference/limit.js';
import { compareValues } from '../reference/order.js';
import { sort } from '../reference/sort.js';
import { stepRefusal } from './refusal.js';

/** Insertion sort: stable by construction, nulls last whatever the order. */
function naiveSort(rows: Row[], keys: [string, SortOrder][]): Row[] {
  const before = (a: Row, b: Row) => {
    for (const [field, order] of keys) {
      const [x, y] = [a[field] ?? null, b[field] ?? null];
      if (x === null && y === null) continue;
      if (x === null || y === null) return y === null && x !== null;
      const c = compareValues(x, y);
      if (c !== 0) return order === 'asc' ? c < 0 : c > 0;
    }
    return false;
  };
  const out: Row[] = [];
  for (const row of rows) {
    let i = out.length;
    while (i > 0 && before(row, out[i - 1]!)) i--;
    out.splice(i, 0, row);
  }
  return out;
}

const value = fc.oneof(fc.integer({ min: -3, max: 3 }), fc.constantFrom<unknown>('a', 'b', true, null, [0]));
const row = fc.record({ a: value, b: value, id: fc.nat() }, { requiredKeys: ['id'] });
const keys = fc.array(fc.tuple(fc.constantFrom('a', 'b'), fc.constantFrom<SortOrder>('asc', 'desc')), { minLength: 1, maxLength: 2 });

describe('sort', () => {
  it('matches a stable insertion sort with nulls last, on one or two keys', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 40 }), keys, (rows, k) => {
        const node = SortNode.create(k.map(([field, order]) => ({ [field]: order })));
        expect(sort(rows, node)).toEqual(naiveSort(rows, k));
      }),
      { numRuns: 300 },
    );
  });

  it('puts nulls and missing values last in both orders and keeps ties in input order', () => {
    const rows = [{ n: 1, v: 2 }, { n: 2 }, { n: 3, v: 1 }, { n: 4, v: null }, { n: 5, v: 2 }];
    const order = (o: SortOrder) => sort(rows, SortNode.create([{ v: o }])).map((r) => r.n);
    expect(order('asc')).toEqual([3, 1, 5, 2, 4]);
    expect(order('desc')).toEqual([1, 5, 3, 2, 4]);
  });

  it('refuses a sort key with no field or two', () => {
    expect(stepRefusal({ sort: [] })).toBe('body.pipeline.0.sort: Too small: expected array to have >=1 items');
    expect(stepRefusal({ sort: [{ a: 'asc', b: 'desc' }] })).toBe('body.pipeline.0.sort.0: expected one field per sort key, e.g. {"cpu": "desc"}');
    expect(() => SortNode.create([{}])).toThrow('sort.0: expected one field per sort key');
    expect(() => SortNode.create([{ a: 'asc', b: 'desc' }], 's')).toThrow('s.0: expected one field per sort key');
  });
});

describe('limit', () => {
  const rows = [1, 2, 3, 4, 5].map((n) => ({ n }));
  it('keeps count rows after offset ones', () => {
    expect(limit(rows, LimitNode.create({ count: 2 }))).toEqual([{ n: 1 }, { n: 2 }]);
    expect(limit(rows, LimitNode.create({ count: 2, offset: 3 }))).toEqual([{ n: 4 }, { n: 5 }]);
    expect(limit(rows, LimitNode.create({ count: 9, offset: 4 }))).toEqual([{ n: 5 }]);
    expect(limit(rows, LimitNode.create({ count: 0 }))).toEqual([]);
  });

  it('refuses counts that are not whole numbers >= 0', () => {
    expect(stepRefusal({ limit: -1 })).toBe('body.pipeline.0.limit: Too small: expected number to be >=0');
    expect(stepRefusal({ limit: { count: 1, offset: 0.5 } })).toBe('body.pipeline.0.limit: expected a row count or {"count": n, "offset": m}');
  });
});

describe('SortNode and LimitNode', () => {
  it('is a frozen list of keys, each a field and its order', () => {
    const node = SortNode.create([{ cpu: 'desc' }, { host: 'asc' }]);
    expect(node).toEqual({
      kind: 'SortNode',
      keys: [
        { field: 'cpu', order: 'desc' },
        { field: 'host', order: 'asc' },
      ],
    });
    expect(Object.isFrozen(node) && Object.isFrozen(node.keys) && Object.isFrozen(node.keys[0])).toBe(true);
    expect(SortNode.is(node) && !SortNode.is({ kind: 'LimitNode' })).toBe(true);
    expect(() => SortNode.create([{ a: 'asc' }, {}], 's')).toThrow('s.1: expected one field per sort key, e.g. {"cpu": "desc"}');
  });

  it('limit takes any whole count and offset from 0 up; the schema refuses the rest', () => {
    expect(LimitNode.create({ count: 0 })).toEqual({ kind: 'LimitNode', count: 0, offset: 0 });
    expect(LimitNode.create({ count: Number.MAX_SAFE_INTEGER, offset: 0 })).toEqual({ kind: 'LimitNode', count: Number.MAX_SAFE_INTEGER, offset: 0 });
    expect(Object.isFrozen(LimitNode.create({ count: 1 })) && LimitNode.is(LimitNode.create({ count: 1 })) && !LimitNode.is({ kind: 'SortNode' })).toBe(true);
    for (const count of [-1, 0.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53, '1']) {
      expect(stepRefusal({ limit: count }), String(count)).toMatch(/^body\.pipeline\.0\.limit: /);
      expect(stepRefusal({ limit: { count: 1, offset: count } }), String(count)).toMatch(/^body\.pipeline\.0\.limit(\.offset)?: /);
    }
  });

  it('limit keeps what slicing the rows keeps', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { maxLength: 20 }), fc.nat(25), fc.nat(25), (ns, count, offset) => {
        const rows = ns.map((n) => ({ n }));
        expect(limit(rows, LimitNode.create({ count, offset }))).toEqual(rows.filter((_, i) => i >= offset && i < offset + count));
      }),
    );
  });
});

describe('sort over values of every type', () => {
  it('orders booleans, numbers, strings then arrays/objects ascending, the reverse descending, nulls last', () => {
    const values: unknown[] = [{ a: 1 }, 'b', 10, null, true, 'a', [1], -1, false, 2];
    const rows = values.map((v, id) => ({ v, id }));
    expect(sort(rows, SortNode.create([{ v: 'asc' }])).map((r) => r.v)).toEqual([false, true, -1, 2, 10, 'a', 'b', [1], { a: 1 }, null]);
    expect(sort(rows, SortNode.create([{ v: 'desc' }])).map((r) => r.v)).toEqual([{ a: 1 }, [1], 'b', 'a', 10, 2, -1, true, false, null]);
  });
});

describe('sort on values equal by content', () => {
  it('goes on to the next key when two arrays or objects are equal by their JSON text', () => {
    const rows = [
      { a: [1], b: 2 },
      { a: [1], b: 1 },
      { a: { x: 1 }, b: 0 },
      { a: { x: 1 }, b: -1 },
    ];
    expect(sort(rows, SortNode.create([{ a: 'asc' }, { b: 'asc' }])).map((r) => r.b)).toEqual([1, 2, -1, 0]);
    expect(sort(rows, SortNode.create([{ a: 'desc' }, { b: 'desc' }])).map((r) => r.b)).toEqual([0, -1, 2, 1]);
  });
});

describe('sort on numbers far apart', () => {
  it('sorts rows given in reverse order over three or more runs (each merge exhausts its right run first)', () => {
    const n = 3 * sliceRows + 1;
    const rows = Array.from({ length: n }, (_, i) => ({ v: n - i }));
    expect(sort(rows, SortNode.create([{ v: 'asc' }])).map((r) => r.v)).toEqual(Array.from({ length: n }, (_, i) => i + 1));
  });

  it('orders the largest finite numbers, whose difference overflows to an infinity', () => {
    const rows = [{ v: 1e308 }, { v: -1e308 }];
    expect(sort(rows, SortNode.create([{ v: 'asc' }])).map((r) => r.v)).toEqual([-1e308, 1e308]);
    expect(sort([...rows].reverse(), SortNode.create([{ v: 'desc' }])).map((r) => r.v)).toEqual([1e308, -1e308]);
  });
});
