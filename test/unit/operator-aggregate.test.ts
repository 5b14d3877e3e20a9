import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AggregateNode, metricKinds, type MetricKind } from '../../src/operator/aggregate.js';
import type { Row } from '../../src/libs/rows.js';
import { aggregate, percentile } from '../reference/aggregate.js';
import { compareValues } from '../reference/order.js';
import { stepRefusal } from './refusal.js';

/** Numpy's default quantile, written from its definition. */
function quantile(sorted: number[], p: number): number {
  const h = (sorted.length - 1) * p;
  const below = sorted[Math.floor(h)]!;
  const above = sorted[Math.min(Math.floor(h) + 1, sorted.length - 1)]!;
  return below + (h - Math.floor(h)) * (above - below);
}

/** One metric over one group's rows, straight from its definition. */
function measure(kind: MetricKind, field: string, rows: Row[]): unknown {
  if (kind === 'count') return field === '*' ? rows.length : rows.filter((r) => r[field] != null).length;
  const values = rows.map((r) => r[field]).filter((v) => v != null);
  const numbers = values.filter((v): v is number => typeof v === 'number');
  switch (kind) {
    case 'sum':
      return numbers.length ? numbers.reduce((a, b) => a + b, 0) : null;
    case 'avg':
      return numbers.length ? numbers.reduce((a, b) => a + b, 0) / numbers.length : null;
    case 'min':
      return values.length ? [...values].sort(compareValues)[0] : null;
    case 'max':
      return values.length ? [...values].sort(compareValues).at(-1) : null;
    case 'first':
      return values.length ? values[0] : null;
    case 'last':
      return values.length ? values.at(-1) : null;
    case 'distinct':
      // eslint-disable-next-line @typescript-eslint/no-base-to-string -- objects take the JSON branch; the rest are primitives
      return new Set(values.map((v) => (typeof v === 'object' ? `json:${JSON.stringify(v)}` : `${typeof v}:${String(v)}`))).size;
    case 'p50':
    case 'p90':
    case 'p95':
    case 'p99': {
      const p = Number(kind.slice(1)) / 100;
      return numbers.length
        ? quantile(
            [...numbers].sort((a, b) => a - b),
            p,
          )
        : null;
    }
  }
}

/** Groups by a linear search over the groups seen so far. */
function naiveAggregate(rows: Row[], groupBy: readonly string[], metrics: [string, MetricKind, string][]): Row[] {
  const groups: { key: unknown[]; rows: Row[] }[] = groupBy.length === 0 ? [{ key: [], rows: [] }] : [];
  const same = (a: unknown[], b: unknown[]) => JSON.stringify(a) === JSON.stringify(b);
  for (const row of rows) {
    const key = groupBy.map((f) => row[f] ?? null);
    let group = groups.find((g) => same(g.key, key));
    if (!group) groups.push((group = { key, rows: [] }));
    group.rows.push(row);
  }
  return groups.map(({ key, rows: members }) => ({
    ...Object.fromEntries(groupBy.map((f, i) => [f, key[i]])),
    ...Object.fromEntries(metrics.map(([name, kind, field]) => [name, measure(kind, field, members)])),
  }));
}

const value = fc.oneof(
  fc.integer({ min: -20, max: 20 }),
  fc.double({ min: -1e3, max: 1e3, noNaN: true }),
  fc.constantFrom<unknown>(null, 'x', 'y', '1', true, false, [1], { a: 1 }),
);
const groupValue = fc.oneof(fc.constantFrom<unknown>(1, '1', 'eu', 'us', true, null), fc.constant([1]));
const row = fc.record({ region: groupValue, os: groupValue, cpu: value, mem: value }, { requiredKeys: [] });
const metric = fc.tuple(fc.constantFrom(...metricKinds), fc.constantFrom('cpu', 'mem'));

describe('aggregate', () => {
  it('matches a per-group evaluation of every metric, grouping by none, one or two fields', () => {
    fc.assert(
      fc.property(
        fc.array(row, { maxLength: 40 }),
        fc.constantFrom([], ['region'], ['os'], ['region', 'os']),
        fc.array(metric, { minLength: 1, maxLength: 4 }),
        fc.boolean(),
        (rows, groupBy, picked, countRows) => {
          const metrics: [string, MetricKind, string][] = picked.map(([kind, field], i) => [`m${i}`, kind, field]);
          if (countRows) metrics.push(['rows', 'count', '*']);
          const node = AggregateNode.create({ groupBy, metrics: Object.fromEntries(metrics.map(([name, kind, field]) => [name, { [kind]: field }])) });
          expect(aggregate(rows, node)).toEqual(naiveAggregate(rows, groupBy, metrics));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('gives one row over no rows without groupBy, and none with it (as SQL)', () => {
    const metrics = { n: { count: '*' }, total: { sum: 'cpu' }, p: { p99: 'cpu' }, d: { distinct: 'cpu' } };
    expect(aggregate([], AggregateNode.create({ metrics }))).toEqual([{ n: 0, total: null, p: null, d: 0 }]);
    expect(aggregate([], AggregateNode.create({ groupBy: ['region'], metrics }))).toEqual([]);
  });

  it('groups null and missing keys together, apart from "null" and in first-seen order', () => {
    const rows = [{ region: 'us', cpu: 1 }, { cpu: 2 }, { region: null, cpu: 3 }, { region: 'null', cpu: 4 }];
    const node = AggregateNode.create({ groupBy: ['region'], metrics: { total: { sum: 'cpu' } } });
    expect(aggregate(rows, node)).toEqual([
      { region: 'us', total: 1 },
      { region: null, total: 5 },
      { region: 'null', total: 4 },
    ]);
  });

  it('interpolates percentiles linearly between the closest ranks', () => {
    expect(percentile([4, 1, 3, 2], 0.5)).toBe(2.5);
    expect(percentile([10, 20], 0.9)).toBe(19);
    expect(percentile([7], 0.99)).toBe(7);
    expect(percentile([], 0.5)).toBeNull();
  });

  it('refuses metrics that cannot be computed, naming them', () => {
    const create = (args: Parameters<typeof AggregateNode.create>[0]) => () => AggregateNode.create(args, 'agg');
    expect(create({ metrics: { s: { sum: '*' } } })).toThrow('agg.metrics.s.sum: "*" (every row) only goes with count');
    expect(create({ groupBy: ['region'], metrics: { region: { count: '*' } } })).toThrow('agg.metrics.region: "region" is also a groupBy field');
    expect(create({ groupBy: ['a', 'a'], metrics: {} })).toThrow('agg.groupBy.1: "a" is grouped by twice');
    expect(stepRefusal({ aggregate: { metrics: { m: { avg: 'x', sum: 'y' } } } })).toBe(
      'body.pipeline.0.aggregate.metrics.m: expected exactly one metric, e.g. {"avg": "cpu"}; found "sum", "avg"',
    );
    expect(create({ metrics: {} })).toThrow('agg: expected groupBy fields, metrics or both');
  });
});

describe('compareValues', () => {
  it('orders booleans < numbers < strings < arrays and objects, each by its own order', () => {
    const sorted = [{ a: 1 }, 'b', 10, true, 'a', [1], -1, false, 2].sort(compareValues);
    expect(sorted).toEqual([false, true, -1, 2, 10, 'a', 'b', [1], { a: 1 }]);
  });
});

describe('AggregateNode', () => {
  it('is a frozen node of the groupBy fields and one metric per name', () => {
    const node = AggregateNode.create({ groupBy: ['region'], metrics: { n: { count: '*' }, top: { max: 'cpu', min: undefined } } });
    expect(node).toEqual({
      kind: 'AggregateNode',
      groupBy: ['region'],
      metrics: [
        { name: 'n', kind: 'count', field: '*' },
        { name: 'top', kind: 'max', field: 'cpu' },
      ],
    });
    expect(Object.isFrozen(node) && Object.isFrozen(node.groupBy) && Object.isFrozen(node.metrics) && Object.isFrozen(node.metrics[0])).toBe(true);
    expect(AggregateNode.create({ groupBy: ['a'], metrics: {} })).toEqual({ kind: 'AggregateNode', groupBy: ['a'], metrics: [] });
    expect(AggregateNode.create({ metrics: { n: { count: 'a' } } }).groupBy).toEqual([]);
    expect(AggregateNode.is(node)).toBe(true);
    expect(AggregateNode.is({ kind: 'JoinNode' })).toBe(false);
  });

  it('refuses an unknown metric and an empty one, listing the metrics', () => {
    const all = 'count, sum, avg, min, max, first, last, distinct, p50, p90, p95, p99';
    expect(stepRefusal({ aggregate: { metrics: { m: { median: 'x' } } } })).toBe(
      `body.pipeline.0.aggregate.metrics.m: unknown metric "median" (expected: ${all})`,
    );
    expect(stepRefusal({ aggregate: { metrics: { m: {} } } })).toMatch(/^body\.pipeline\.0\.aggregate\.metrics\.m: expected exactly one metric/);
    expect(() => AggregateNode.create({ metrics: { m: { p50: '*' } } })).toThrow('aggregate.metrics.m.p50: "*" (every row) only goes with count');
  });

  it('groups by a value that is an array or object by its JSON text, apart from the same text as a string', () => {
    const rows = [{ k: [1, 2] }, { k: '[1,2]' }, { k: [1, 2] }, { k: { a: 1 } }, { k: { a: 1 } }, { k: [1] }];
    const node = AggregateNode.create({ groupBy: ['k'], metrics: { n: { count: '*' } } });
    expect(aggregate(rows, node)).toEqual([
      { k: [1, 2], n: 2 },
      { k: '[1,2]', n: 1 },
      { k: { a: 1 }, n: 2 },
      { k: [1], n: 1 },
    ]);
  });

  it('counts the non-null values of a field, and distinct values apart by type', () => {
    const rows = [{ v: 1 }, { v: '1' }, { v: null }, {}, { v: [1] }, { v: '[1]' }, { v: 1 }, { v: false }, { v: 0 }];
    const node = AggregateNode.create({
      metrics: { n: { count: 'v' }, rows: { count: '*' }, d: { distinct: 'v' }, first: { first: 'v' }, last: { last: 'v' } },
    });
    expect(aggregate(rows, node)).toEqual([{ n: 7, rows: 9, d: 6, first: 1, last: 0 }]);
  });

  it('keeps the smallest and largest in the order of sort, whatever their types', () => {
    const rows = [{ v: 'b' }, { v: 3 }, { v: true }, { v: [0] }, { v: -1 }, { v: null }];
    expect(aggregate(rows, AggregateNode.create({ metrics: { lo: { min: 'v' }, hi: { max: 'v' } } }))).toEqual([{ lo: true, hi: [0] }]);
  });

  it('sums and averages numbers only, null when there are none', () => {
    const rows = [
      { g: 'a', v: 2 },
      { g: 'a', v: '3' },
      { g: 'a', v: 4 },
      { g: 'b', v: 'x' },
    ];
    expect(aggregate(rows, AggregateNode.create({ groupBy: ['g'], metrics: { s: { sum: 'v' }, m: { avg: 'v' }, p: { p90: 'v' } } }))).toEqual([
      { g: 'a', s: 6, m: 3, p: 3.8 },
      { g: 'b', s: null, m: null, p: null },
    ]);
  });

  it('sorts numbers numerically for percentiles, negatives and decimals too', () => {
    expect(percentile([10, -5, 2, 100, 0.5], 0.5)).toBe(2);
    expect(percentile([10, 9, 1], 0.99)).toBeCloseTo(9.98);
  });
});

describe('aggregate over values a sum can make', () => {
  it('groups by one field keeping Infinity, -Infinity and NaN apart from null and from each other', () => {
    const rows = [{ k: Number.POSITIVE_INFINITY }, { k: null }, { k: Number.NEGATIVE_INFINITY }, { k: Number.NaN }, { k: Number.POSITIVE_INFINITY }, {}];
    const node = AggregateNode.create({ groupBy: ['k'], metrics: { n: { count: '*' } } });
    expect(aggregate(rows, node)).toEqual([
      { k: Number.POSITIVE_INFINITY, n: 2 },
      { k: null, n: 2 },
      { k: Number.NEGATIVE_INFINITY, n: 1 },
      { k: Number.NaN, n: 1 },
    ]);
  });

  it('counts distinct arrays and objects by their content, and infinities apart', () => {
    const rows = [{ v: [1] }, { v: [1] }, { v: { a: 1 } }, { v: { a: 1 } }, { v: '[1]' }, { v: Number.POSITIVE_INFINITY }, { v: Number.NEGATIVE_INFINITY }];
    expect(aggregate(rows, AggregateNode.create({ metrics: { d: { distinct: 'v' } } }))).toEqual([{ d: 5 }]);
  });
});
