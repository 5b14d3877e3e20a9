import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Row, Rows } from '../../src/libs/rows.js';
import { AggregateNode, metricKinds } from '../../src/operator/aggregate.js';
import { conditionNames, FilterNode, type FilterInput } from '../../src/operator/filter.js';
import { JoinNode, joinKinds } from '../../src/operator/join.js';
import { LimitNode } from '../../src/operator/limit.js';
import type { PipelineStep } from '../../src/operator/pipeline.js';
import { ProjectNode } from '../../src/operator/project.js';
import { SortNode } from '../../src/operator/sort.js';
import { joinSizeOnEngine, runOnEngine } from '../engine.js';
import { joinSize } from '../reference/join.js';
import { runPipeline } from '../reference/pipeline.js';

// Each step compiled to SQL and run on DuckDB gives the rows of its naive JavaScript reference
// (test/reference), on rows whose columns hold numbers, strings, booleans, nulls, missing fields,
// arrays and, where a column's values have several types, a JSON column of mixed values.

const fields = ['a', 'b', 'c'] as const;
const scalar = fc.oneof(
  fc.constantFrom<unknown>(0, 1, 2, 2.5, -3, 10, 1e21),
  fc.constantFrom<unknown>('', '1', 'a', 'ab', 'B', 'é', '😀', '\uffff', 'x\ny'),
  fc.boolean(),
);
const value = fc.oneof(
  { arbitrary: scalar, weight: 6 },
  { arbitrary: fc.constant(null), weight: 1 },
  { arbitrary: fc.array(scalar, { maxLength: 2 }), weight: 1 },
);
// A column is of one type (typed) or of several (JSON): each field draws from one kind per table.
const columnKind = fc.constantFrom('number', 'string', 'boolean', 'mixed');
const ofKind = (kind: string) =>
  kind === 'number'
    ? fc.oneof(fc.integer({ min: -3, max: 10 }), fc.constantFrom(0.5, 2.5), fc.constant(null))
    : kind === 'string'
      ? fc.oneof(fc.constantFrom('', '1', 'a', 'ab', 'B', 'é', '😀', '\uffff'), fc.constant(null))
      : kind === 'boolean'
        ? fc.oneof(fc.boolean(), fc.constant(null))
        : value;
const table = (names: readonly string[], maxLength = 12) =>
  fc
    .array(columnKind, { minLength: names.length, maxLength: names.length })
    .chain((kinds) =>
      fc.array(fc.record(Object.fromEntries(names.map((n, i) => [n, ofKind(kinds[i]!)])), { requiredKeys: [] }) as fc.Arbitrary<Row>, { maxLength }),
    );

/** Rows as the engine gives them: every column present (null where missing), numbers to 12 digits (DuckDB adds in parallel). */
function normalized(rows: Rows, columns: readonly string[]): Row[] {
  const round = (v: unknown): unknown => (typeof v === 'number' ? Number(v.toPrecision(12)) || 0 : Array.isArray(v) ? v.map(round) : v);
  return rows.map((row) => Object.fromEntries(columns.map((c) => [c, round(Object.hasOwn(row, c) ? (row[c] ?? null) : null)])));
}

async function agree(start: string, steps: PipelineStep[], sources: Record<string, Rows>): Promise<void> {
  const engine = await runOnEngine(start, steps, sources);
  const reference = runPipeline(start, steps, sources);
  // The engine keeps a table's columns when no row is left; the reference knows only the rows' keys.
  expect(engine.columns).toEqual(expect.arrayContaining(reference.columns));
  expect(normalized(engine.rows, engine.columns)).toEqual(normalized(reference.rows, engine.columns));
}

const condition = fc.oneof(
  fc.record({ eq: scalar }),
  fc.record({ ne: scalar }),
  fc.constantFrom('gt', 'gte', 'lt', 'lte').chain((op) => fc.record({ [op]: fc.oneof(fc.constantFrom(0, 2, 2.5), fc.constantFrom('', 'a', 'B', '😀')) })),
  fc.record({ in: fc.array(scalar, { minLength: 1, maxLength: 3 }) }),
  fc.record({ nin: fc.array(scalar, { minLength: 1, maxLength: 3 }) }),
  fc.record({ exists: fc.boolean() }),
  fc.record({ contains: scalar }),
  fc.record({ prefix: fc.constantFrom('', 'a', '😀') }),
  fc.record({ regex: fc.constantFrom('^a', 'b$', '(?i)B', 'x.y', '\\d', '^$', '[é😀]') }),
);
const leaf: fc.Arbitrary<FilterInput> = fc
  .record({ field: fc.constantFrom(...fields, 'missing'), cond: condition })
  .map(({ field, cond }) => ({ [field]: cond }) as FilterInput);
const predicate = fc.letrec<{ p: FilterInput }>((tie) => ({
  p: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.record({ and: fc.array(tie('p'), { minLength: 1, maxLength: 3 }) }),
    fc.record({ or: fc.array(tie('p'), { minLength: 1, maxLength: 3 }) }),
    fc.record({ not: tie('p') }),
  ),
})).p;

const runs = { numRuns: 100 };

describe('the DuckDB steps agree with their naive references', () => {
  it('covers every filter condition', () => {
    expect(conditionNames).toEqual(['eq', 'ne', 'gt', 'gte', 'lt', 'lte', 'in', 'nin', 'exists', 'contains', 'prefix', 'regex']);
    expect(metricKinds).toHaveLength(12);
  });

  it('filter: every condition kind, and/or/not, typed and mixed columns', async () => {
    await fc.assert(
      fc.asyncProperty(table(fields), predicate, async (rows, where) => agree('s', [FilterNode.create(where)], { s: rows })),
      runs,
    );
  });

  it('sort: stable, nulls last, mixed columns in the total order', async () => {
    const keys = fc
      .uniqueArray(fc.constantFrom(...fields), { minLength: 1, maxLength: 3 })
      .chain((names) => fc.tuple(...names.map((n) => fc.constantFrom('asc', 'desc').map((order) => ({ [n]: order })))));
    await fc.assert(
      fc.asyncProperty(table(fields, 20), keys, async (rows, k) => agree('s', [SortNode.create(k)], { s: rows })),
      runs,
    );
  });

  it('aggregate: every metric kind, grouped by typed, mixed and missing columns', async () => {
    const metrics = fc.dictionary(
      fc.constantFrom('m1', 'm2', 'm3', 'm4'),
      fc
        .constantFrom(...metricKinds)
        .chain((kind) => fc.constantFrom<string>(...fields, 'missing', ...(kind === 'count' ? ['*'] : [])).map((field) => ({ [kind]: field }))),
      { minKeys: 1, maxKeys: 4 },
    );
    const groupBy = fc.uniqueArray(fc.constantFrom<string>('a', 'b', 'missing'), { maxLength: 2 });
    await fc.assert(
      fc.asyncProperty(table(fields, 20), groupBy, metrics, async (rows, g, m) => agree('s', [AggregateNode.create({ groupBy: g, metrics: m })], { s: rows })),
      runs,
    );
  });

  it('project and limit', async () => {
    const keep = fc.uniqueArray(fc.constantFrom<string>(...fields, 'missing'), { maxLength: 4 });
    await fc.assert(
      fc.asyncProperty(table(fields), keep, fc.nat(5), fc.nat(3), async (rows, k, count, offset) => {
        const rename = k.length > 0 ? { [k[0]!]: 'renamed' } : {};
        const steps = [ProjectNode.create(k.length > 0 ? { keep: k, rename } : { rename: { a: 'A' } }), LimitNode.create({ count, offset })];
        await agree('s', steps, { s: rows });
      }),
      runs,
    );
  });

  it('join: every kind, typed and mixed keys, shared key names, clashing columns renamed', async () => {
    const on = fc.constantFrom<Record<string, string>>({ a: 'a' }, { a: 'b' }, { a: 'a', b: 'b' }, { c: 'a' });
    const how = fc.constantFrom(...joinKinds);
    await fc.assert(
      fc.asyncProperty(table(fields), table(['a', 'b', 'x']), on, how, async (left, right, pairs, kind) => {
        const node = JoinNode.create({ right: 'r', on: pairs, how: kind });
        await agree('l', [node], { l: left, r: right });
        expect(await joinSizeOnEngine(left, right, node)).toBe(joinSize(left, right, node));
      }),
      runs,
    );
  });
});
