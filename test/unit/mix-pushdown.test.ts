import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { filter, type FilterInput, type Predicate } from '../../src/operator/filter.js';
import { JoinNode } from '../../src/operator/join.js';
import { applyStep, type PipelineStep } from '../../src/operator/pipeline.js';
import type { Row, Rows } from '../../src/operator/rows.js';
import { parseMixQuery } from '../../src/parser/pipeline.js';
import type { Catalogs, SourceCatalog } from '../../src/query/mix/catalog.js';
import type { Plan } from '../../src/query/mix/plan.js';
import { neededColumns, planPipeline } from '../../src/query/mix/pushdown.js';
import { restrictingKeys } from '../../src/query/mix/semi-join.js';

// Three sources: "a" (Elasticsearch), "b" (InfluxDB) and "c" (Elasticsearch); "s" is in a and b.
const columns = { a: ['id', 'x', 's'], b: ['id', 'y', 's'], c: ['k', 'z'] } as const;
type Name = keyof typeof columns;
const sources = {
  a: { es: 'default', index: 'a' },
  b: { influx: 'default', db: 'd', measurement: 'b', select: ['id', 'y', 's'] },
  c: { es: 'default', index: 'c' },
};

function catalog(name: Name, restrictable = true): SourceCatalog {
  const has = (column: string) => (columns[name] as readonly string[]).includes(column);
  const presence = (column: string) => (has(column) ? 'yes' : 'no') as 'yes' | 'no';
  const accepts = (column: string) => (column === 's' ? 'string' : 'number');
  if (name === 'b') return { kind: 'influx', restrictable, presence, key: (c) => (has(c) ? { key: c, accepts: accepts(c) } : undefined) };
  return { kind: 'es', restrictable, presence, target: (c) => (has(c) ? { field: c, accepts: accepts(c), ignoreAbove: null } : undefined) };
}
const catalogs: Catalogs = { a: catalog('a'), b: catalog('b'), c: catalog('c') };

/** What the backends would send for a plan (every row passing the pushed filters), then the steps, semi-joins restricting their right side. */
function simulate(plan: Plan, tables: Record<string, Rows>): Rows {
  const fetched: Record<string, Rows> = {};
  for (const [name, s] of Object.entries(plan.sources)) {
    const where: Predicate | undefined = s.pushed.length === 0 ? undefined : { op: 'and', of: s.pushed.map((p) => p.where) };
    fetched[name] = where ? filter(tables[name]!, { kind: 'FilterNode', where }) : tables[name]!;
  }
  let rows = fetched[plan.start]!;
  for (const { node } of plan.steps) {
    const semiJoin = JoinNode.is(node) ? plan.sources[node.right]!.semiJoin : undefined;
    if (semiJoin) {
      const keys = restrictingKeys(semiJoin.by, [...new Set(rows.map((r) => r[semiJoin.left]))]);
      const right = (node as JoinNode).right;
      if (keys) fetched[right] = fetched[right]!.filter((r) => keys.includes(r[semiJoin.right]));
    }
    rows = applyStep(node as PipelineStep, rows, fetched);
  }
  return rows;
}

/** Rows as values: a null column and a missing one are the same (a source filtered empty brings no columns). */
const values = (rows: Rows) => rows.map((row) => Object.fromEntries(Object.entries(row).filter(([, v]) => v !== null && v !== undefined)));

const key = fc.oneof(fc.integer({ min: 0, max: 3 }), fc.constant(null));
const number = fc.oneof(fc.integer({ min: 0, max: 5 }), fc.constant(null));
const text = fc.oneof(fc.constantFrom('a', 'b', 'ab'), fc.constant(null));
const tables = fc.record({
  a: fc.array(fc.record({ id: key, x: number, s: text }), { maxLength: 6 }),
  b: fc.array(fc.record({ id: key, y: number, s: text }), { maxLength: 6 }),
  c: fc.array(fc.record({ k: number, z: number }), { maxLength: 6 }),
});

const numeric = (field: string) =>
  fc.oneof(
    fc.record({ eq: fc.integer({ min: 0, max: 5 }) }),
    fc.record({ gt: fc.integer({ min: 0, max: 5 }) }),
    fc.record({ lte: fc.integer({ min: 0, max: 5 }) }),
    fc.record({ in: fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 1, maxLength: 3 }) }),
    fc.record({ ne: fc.integer({ min: 0, max: 5 }) }),
    fc.record({ exists: fc.boolean() }),
  ).map((c) => ({ [field]: c }) as FilterInput);
const textual = (field: string) =>
  fc.oneof(fc.record({ eq: fc.constantFrom('a', 'b') }), fc.record({ prefix: fc.constantFrom('a', 'b') }), fc.record({ contains: fc.constant('b') })).map(
    (c) => ({ [field]: c }) as FilterInput,
  );
const leaf = fc.oneof(...['id', 'x', 'y', 'z', 'k', 'id_b', 'y_b'].map(numeric), ...['s', 's_b'].map(textual));
const { where } = fc.letrec<{ where: FilterInput }>((tie) => ({
  where: fc.oneof(
    { depthSize: 'small' },
    leaf,
    fc.array(tie('where'), { minLength: 1, maxLength: 3 }).map((and) => ({ and })),
    fc.array(tie('where'), { minLength: 1, maxLength: 2 }).map((or) => ({ or })),
    tie('where').map((not) => ({ not })),
  ),
}));
const how = fc.constantFrom('inner', 'left', 'right', 'full');
const tail = fc.constantFrom<Record<string, unknown>[]>([], [{ sort: [{ x: 'desc' }] }], [{ limit: 2 }], [{ aggregate: { groupBy: ['s'], metrics: { n: { count: '*' } } } }]);

const pipeline = fc
  .record({
    first: how,
    on: fc.constantFrom({ id: 'id' }, { x: 'y' }, { s: 's' }),
    filters: fc.array(where, { maxLength: 2 }),
    second: fc.option(fc.record({ how, on: fc.constantFrom({ x: 'k' }, { id: 'k' }) }), { nil: undefined }),
    late: fc.array(where, { maxLength: 2 }),
    middle: tail,
    last: fc.array(where, { maxLength: 1 }),
  })
  .map((p) => ({
    sources: p.second ? sources : { a: sources.a, b: sources.b },
    pipeline: [
      { join: { left: 'a', right: 'b', on: p.on, how: p.first } },
      ...p.filters.map((f) => ({ filter: f })),
      ...(p.second ? [{ join: { right: 'c', on: p.second.on, how: p.second.how } }] : []),
      ...p.late.map((f) => ({ filter: f })),
      ...p.middle,
      ...p.last.map((f) => ({ filter: f })),
    ],
  }));

/** A request that the parser accepts (a filter after an aggregate may read a column it dropped). */
const request = (body: unknown) => {
  try {
    return parseMixQuery(body);
  } catch {
    return undefined;
  }
};

describe('pushdown planning', () => {
  it('never changes the rows: pushed filters, rewritten joins and semi-joins give what memory alone gives', () => {
    const seen = { pushed: 0, rewritten: 0, semiJoined: 0 };
    fc.assert(
      fc.property(pipeline, tables, (body, data) => {
        const query = request(body);
        fc.pre(query !== undefined);
        const plain = planPipeline(query!, null);
        const planned = planPipeline(query!, catalogs);
        if (Object.values(planned.sources).some((s) => s.pushed.length > 0)) seen.pushed++;
        if (planned.rewrites.length > 0) seen.rewritten++;
        if (Object.values(planned.sources).some((s) => s.semiJoin)) seen.semiJoined++;
        expect(values(simulate(planned, data))).toEqual(values(simulate(plain, data)));
      }),
      { numRuns: 1500 },
    );
    // The cases that matter did come up.
    expect(seen.pushed).toBeGreaterThan(150);
    expect(seen.rewritten).toBeGreaterThan(50);
    expect(seen.semiJoined).toBeGreaterThan(150);
  });

  const example = {
    sources: { a: sources.a, b: sources.b },
    pipeline: [{ join: { left: 'a', right: 'b', on: { s: 's' }, how: 'left' } }, { filter: { x: { gt: 1 }, y: { lt: 3 }, s: { eq: 'a' } } }, { sort: [{ x: 'asc' }] }],
  };

  it('splits a filter at its and: each source gets its part, an ambiguous column stays in memory', () => {
    const plan = planPipeline(parseMixQuery(example), catalogs);
    expect(plan.sources.a!.pushed.map((p) => p.where)).toEqual([{ op: 'gt', field: 'x', value: 1 }]);
    expect(plan.sources.b!.pushed.map((p) => p.where)).toEqual([{ op: 'lt', field: 'y', value: 3 }]);
    expect(plan.sources.a!.fetch).toMatchObject({ query: { bool: { filter: [{ range: { x: { gt: 1 } } }] } } });
    expect(plan.sources.b!.fetch).toMatchObject({ spec: { where: { y: { lt: 3 } } } });
    // "s" is in both sources (the join key, read from either side): it stays in memory.
    expect(plan.steps.map((s) => s.node)).toEqual([
      expect.objectContaining({ kind: 'JoinNode', how: 'inner' }),
      { kind: 'FilterNode', where: { op: 'eq', field: 's', value: 'a' } },
      expect.objectContaining({ kind: 'SortNode' }),
    ]);
    expect(plan.rewrites).toEqual([{ step: 0, from: 'left', to: 'inner', because: 'body.pipeline.1.filter' }]);
    expect(plan.sources.b!.semiJoin).toEqual({ step: 0, left: 's', right: 's', by: { kind: 'influx', key: { key: 's', accepts: 'string' } } });
  });

  it('keeps a filter that would keep null-padded rows of a left join in memory', () => {
    const plan = planPipeline(parseMixQuery({ ...example, pipeline: [example.pipeline[0], { filter: { y: { exists: false } } }] }), catalogs);
    expect(plan.sources.b!.pushed).toEqual([]);
    expect(plan.steps).toHaveLength(2);
    expect(plan.rewrites).toEqual([]);
  });

  it('pushes nothing past an aggregate or a limit, nor into a source that takes its first matches', () => {
    const afterLimit = planPipeline(parseMixQuery({ ...example, pipeline: [example.pipeline[0], { limit: 3 }, { filter: { x: { gt: 1 } } }] }), catalogs);
    expect(afterLimit.sources.a!.pushed).toEqual([]);
    const sized = planPipeline(parseMixQuery({ ...example, sources: { ...example.sources, b: { ...sources.b, limit: 5 } } }), { ...catalogs, b: catalog('b', false) });
    expect(sized.sources.b!.pushed).toEqual([]);
    expect(sized.sources.b!.semiJoin).toBeUndefined();
  });

  it('does not semi-join a right or full join', () => {
    for (const how of ['right', 'full']) {
      const plan = planPipeline(parseMixQuery({ ...example, pipeline: [{ join: { ...example.pipeline[0]!.join, how } }] }), catalogs);
      expect(plan.sources.b!.semiJoin).toBeUndefined();
    }
  });

  it('leaves everything as asked with pushdown off', () => {
    const query = parseMixQuery({ ...example, options: { pushdown: false } });
    const plan = planPipeline(query, null);
    expect(plan.pushdown).toBe(false);
    expect(plan.steps.map((s) => s.node)).toEqual(query.steps);
    expect(plan.sources.a!.fetch).toEqual({ kind: 'es', instance: 'default', index: 'a', query: { match_all: {} }, source: null, mode: 'page' });
  });

  it('trims the fields fetched to those read before an aggregate, with the names a join suffix renamed', () => {
    const steps = parseMixQuery({
      ...example,
      pipeline: [example.pipeline[0], { filter: { s_b: { eq: 'a' } } }, { aggregate: { groupBy: ['s'], metrics: { n: { sum: 'x' } } } }],
    }).steps;
    expect(neededColumns(steps)).toEqual(new Set(['s', 's_b', 'x']));
    const plan = planPipeline(parseMixQuery({ ...example, pipeline: [example.pipeline[0], { aggregate: { groupBy: ['s'], metrics: { n: { sum: 'x' } } } }] }), catalogs);
    expect(plan.sources.a!.fetch).toMatchObject({ source: ['s', 'x'] });
    const upsertFirst = parseMixQuery({ ...example, pipeline: [example.pipeline[0], { upsert: { es: 'default', index: 'out', id: 'id' } }, { project: { keep: ['id'] } }] });
    expect(neededColumns(upsertFirst.steps)).toBeNull();
  });
});
