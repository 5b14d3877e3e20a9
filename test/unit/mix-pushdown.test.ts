import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FilterNode, type FilterInput, type Predicate } from '../../src/operator/filter.js';
import { JoinNode } from '../../src/operator/join.js';
import type { PipelineStep } from '../../src/operator/pipeline.js';
import { filter } from '../reference/filter.js';
import { applyStep } from '../reference/pipeline.js';
import type { Rows } from '../../src/libs/rows.js';
import { parseMixQuery } from '../../src/parser/pipeline.js';
import { esCatalog, type Catalogs, type EsMappings, type SourceCatalog } from '../../src/query/mix/catalog.js';
import type { Plan } from '../../src/operator/mix/plan.js';
import { neededColumns, planPipeline } from '../../src/operator/mix/pushdown.js';
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
  const presence = (column: string) => (has(column) ? 'yes' : 'no');
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
  fc
    .oneof(
      fc.record({ eq: fc.integer({ min: 0, max: 5 }) }),
      fc.record({ gt: fc.integer({ min: 0, max: 5 }) }),
      fc.record({ lte: fc.integer({ min: 0, max: 5 }) }),
      fc.record({ in: fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 1, maxLength: 3 }) }),
      fc.record({ ne: fc.integer({ min: 0, max: 5 }) }),
      fc.record({ exists: fc.boolean() }),
    )
    .map((c) => ({ [field]: c }));
const textual = (field: string) =>
  fc
    .oneof(fc.record({ eq: fc.constantFrom('a', 'b') }), fc.record({ prefix: fc.constantFrom('a', 'b') }), fc.record({ contains: fc.constant('b') }))
    .map((c) => ({ [field]: c }));
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
const tail = fc.constantFrom<Record<string, unknown>[]>(
  [],
  [{ sort: [{ x: 'desc' }] }],
  [{ limit: 2 }],
  [{ aggregate: { groupBy: ['s'], metrics: { n: { count: '*' } } } }],
);

const pipeline = fc
  .record({
    first: how,
    on: fc.constantFrom({ id: 'id' }, { x: 'y' }, { s: 's' }),
    filters: fc.array(where, { maxLength: 2 }),
    second: fc.option(fc.record({ how, on: fc.constantFrom({ x: 'k' }, { id: 'k' }, { y: 'k' }) }), { nil: undefined }),
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
        const plain = planPipeline(query, null);
        const planned = planPipeline(query, catalogs);
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
    pipeline: [
      { join: { left: 'a', right: 'b', on: { s: 's' }, how: 'left' } },
      { filter: { x: { gt: 1 }, y: { lt: 3 }, s: { eq: 'a' } } },
      { sort: [{ x: 'asc' }] },
    ],
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
    const sized = planPipeline(parseMixQuery({ ...example, sources: { ...example.sources, b: { ...sources.b, limit: 5 } } }), {
      ...catalogs,
      b: catalog('b', false),
    });
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
    const plan = planPipeline(
      parseMixQuery({ ...example, pipeline: [example.pipeline[0], { aggregate: { groupBy: ['s'], metrics: { n: { sum: 'x' } } } }] }),
      catalogs,
    );
    expect(plan.sources.a!.fetch).toMatchObject({ source: ['s', 'x'] });
    const upsertFirst = parseMixQuery({
      ...example,
      pipeline: [example.pipeline[0], { upsert: { es: 'default', index: 'out', id: 'id' } }, { project: { keep: ['id'] } }],
    });
    expect(neededColumns(upsertFirst.steps)).toBeNull();
  });
});

describe('filters around outer joins', () => {
  // Rows chosen so that every join kind keeps null-padded rows on both sides: a 2 and b 4 have no match.
  const data = {
    a: [
      { id: 1, x: 5, s: 'a' },
      { id: 2, x: 0, s: 'b' },
    ],
    b: [
      { id: 1, y: 5, s: 'a' },
      { id: 4, y: 0, s: 'b' },
    ],
    c: [
      { k: 5, z: 1 },
      { k: 0, z: 0 },
    ],
  };

  /** The rows the plan gives and those memory alone gives. */
  function rows(body: unknown) {
    const query = parseMixQuery(body);
    const plan = planPipeline(query, catalogs);
    return { plan, pushed: values(simulate(plan, data)), memory: values(simulate(planPipeline(query, null), data)) };
  }

  /** The rows if the first filter step went into `source` as it is, the joins left unchanged. */
  function pushedBlindly(body: unknown, source: string): Rows {
    const plan = planPipeline(parseMixQuery(body), null);
    const at = plan.steps.findIndex((s) => s.node.kind === 'FilterNode');
    plan.sources[source]!.pushed.push({ from: 'blind', where: (plan.steps[at]!.node as { where: Predicate }).where });
    plan.steps.splice(at, 1);
    return values(simulate(plan, data));
  }

  const twoWay = (how: string, where: FilterInput) => ({
    sources: { a: sources.a, b: sources.b },
    pipeline: [{ join: { left: 'a', right: 'b', on: { id: 'id' }, how } }, { filter: where }],
  });

  it.each([
    ['left', 'b', { y: { gt: 1 } }, 'inner'],
    ['right', 'a', { x: { gt: 1 } }, 'inner'],
    ['full', 'b', { y: { gt: 1 } }, 'right'],
    ['full', 'a', { x: { gt: 1 } }, 'left'],
  ] as const)('a %s join: a filter on %s, which that join null-pads, moves below it only with the join made %s', (how, source, where, to) => {
    const body = twoWay(how, where);
    const { plan, pushed, memory } = rows(body);
    expect(plan.sources[source]!.pushed.map((p) => p.where)).toEqual([FilterNode.create(where).where]);
    expect(plan.rewrites).toEqual([{ step: 0, from: how, to, because: 'body.pipeline.1.filter' }]);
    expect(plan.steps.map((s) => s.node)).toEqual([expect.objectContaining({ kind: 'JoinNode', how: to })]);
    expect(pushed).toEqual(memory);
    // Pushed with the join left as it was, the user would get the null-padded rows the filter drops.
    expect(pushedBlindly(body, source)).not.toEqual(memory);
  });

  it.each([
    ['inner', 'a', { x: { gt: 1 } }],
    ['inner', 'b', { y: { gt: 1 } }],
    ['left', 'a', { x: { gt: 1 } }],
    ['right', 'b', { y: { gt: 1 } }],
  ] as const)('a %s join: a filter on %s, whose rows that join never null-pads, moves below it unchanged', (how, source, where) => {
    const { plan, pushed, memory } = rows(twoWay(how, where));
    expect(plan.sources[source]!.pushed).toHaveLength(1);
    expect(plan.rewrites).toEqual([]);
    expect(plan.steps.map((s) => s.node)).toEqual([expect.objectContaining({ kind: 'JoinNode', how })]);
    expect(pushed).toEqual(memory);
  });

  it.each(['left', 'right', 'full'])('keeps a filter that also holds for null-padded rows above a %s join', (how) => {
    for (const [source, where] of [
      ['a', { x: { exists: false } }],
      ['b', { y: { exists: false } }],
      ['b', { not: { y: { gt: 1 } } }],
    ] as const) {
      const { plan, pushed, memory } = rows(twoWay(how, where));
      expect(plan.sources[source]!.pushed).toEqual([]);
      expect(plan.rewrites).toEqual([]);
      expect(plan.steps).toHaveLength(2);
      expect(pushed).toEqual(memory);
    }
  });

  const threeWay = (first: string, second: string, on: Record<string, string>, where: FilterInput) => ({
    sources,
    pipeline: [{ join: { left: 'a', right: 'b', on: { id: 'id' }, how: first } }, { join: { right: 'c', on, how: second } }, { filter: where }],
  });

  it('makes inner a later join that null-pads the owner, and leaves an earlier one that cannot', () => {
    // A filter on b below a right join of c: c rows without a match would carry a null y.
    const later = rows(threeWay('left', 'right', { y: 'k' }, { y: { gt: 1 } }));
    expect(later.plan.rewrites).toEqual([
      { step: 0, from: 'left', to: 'inner', because: 'body.pipeline.2.filter' },
      { step: 1, from: 'right', to: 'inner', because: 'body.pipeline.2.filter' },
    ]);
    expect(later.pushed).toEqual(later.memory);
    expect(pushedBlindly(threeWay('left', 'right', { y: 'k' }, { y: { gt: 1 } }), 'b')).not.toEqual(later.memory);
    // A filter on c: the first join, right or left, never null-pads c; b rows unmatched in a still reach c by y.
    for (const first of ['right', 'left', 'full']) {
      const body = threeWay(first, 'full', { y: 'k' }, { z: { gt: 0 } });
      const { plan, pushed, memory } = rows(body);
      expect(plan.sources.c!.pushed).toHaveLength(1);
      expect(plan.rewrites).toEqual([{ step: 1, from: 'full', to: 'right', because: 'body.pipeline.2.filter' }]);
      expect(plan.steps[0]!.node).toMatchObject({ how: first });
      expect(pushed).toEqual(memory);
    }
  });

  it('pushes past sorts and other filters but not past a step that changes the rows', () => {
    const body = (middle: object) => ({ sources: { a: sources.a }, pipeline: [middle, { filter: { x: { gt: 1 } } }] });
    for (const [middle, pushes] of [
      [{ sort: [{ x: 'desc' }] }, true],
      [{ filter: { s: { eq: 'a' } } }, true],
      [{ limit: 1 }, false],
      [{ project: { rename: { s: 't' } } }, false],
      [{ aggregate: { groupBy: ['x'] } }, false],
    ] as const) {
      const query = parseMixQuery(body(middle));
      const plan = planPipeline(query, catalogs);
      expect(
        plan.sources.a!.pushed.some((p) => p.from === 'body.pipeline.1.filter'),
        JSON.stringify(middle),
      ).toBe(pushes);
      expect(values(simulate(plan, data))).toEqual(values(simulate(planPipeline(query, null), data)));
    }
  });
});

describe('which source a filter reads, with catalogs from index mappings', () => {
  const longs = (...names: string[]): EsMappings => ({ properties: Object.fromEntries(names.map((n) => [n, { type: 'long' }])) });
  const plan = (sources: Record<string, { es: string; index: string; fields?: string[] }>, mappings: Record<string, EsMappings>, pipeline: unknown[]) =>
    planPipeline(
      parseMixQuery({ sources, pipeline }),
      Object.fromEntries(Object.entries(sources).map(([name, spec]) => [name, esCatalog(spec, [mappings[name]!])])),
    );

  it('keeps in memory a filter whose columns come from two sources, even when each index maps both', () => {
    // Both indices map x and y, but each source fetches only one of them: x comes from a, y from b.
    const sources = { a: { es: 'default', index: 'a', fields: ['id', 'x'] }, b: { es: 'default', index: 'b', fields: ['id', 'y'] } };
    const either = { or: [{ x: { eq: 1 } }, { y: { eq: 2 } }] };
    const planned = plan(sources, { a: longs('id', 'x', 'y'), b: longs('id', 'x', 'y') }, [
      { join: { left: 'a', right: 'b', on: { id: 'id' } } },
      { filter: either },
    ]);
    expect(planned.sources.a!.pushed).toEqual([]);
    expect(planned.sources.b!.pushed).toEqual([]);
    expect(planned.steps.map((s) => s.node.kind)).toEqual(['JoinNode', 'FilterNode']);
  });

  it('pushes a filter into the only source with its column, whatever the join prefix would make of other names', () => {
    // With prefix "b" a clashing column c of b would be "bc"; "ay" does not start with "b", so it is not b's "y" renamed.
    const sources = { a: { es: 'default', index: 'a' }, b: { es: 'default', index: 'b' } };
    const planned = plan(sources, { a: longs('id', 'ay'), b: longs('id', 'y') }, [
      { join: { left: 'a', right: 'b', on: { id: 'id' }, prefix: 'b' } },
      { filter: { ay: { eq: 1 } } },
    ]);
    expect(planned.sources.a!.pushed.map((p) => p.where)).toEqual([{ op: 'eq', field: 'ay', value: 1 }]);
    expect(planned.steps.map((s) => s.node.kind)).toEqual(['JoinNode']);
  });
});
