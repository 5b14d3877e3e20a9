import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkPipelineSize, countConditions } from '../../src/parser/pipeline.js';
import { rowBytes, SourceBudget } from '../../src/query/mix/limits.js';
import type { Row } from '../../src/libs/rows.js';
import { isAppError } from '../../src/libs/errors.js';

type Filter = { [key: string]: unknown };

/** Filters of and/or/not over field conditions, with how many conditions each holds. */
const filters: fc.Arbitrary<{ filter: Filter; conditions: number }> = fc.letrec<{ node: { filter: Filter; conditions: number } }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc
      .dictionary(fc.constantFrom('cpu', 'host', 'region'), fc.dictionary(fc.constantFrom('eq', 'gt', 'lt', 'in', 'exists'), fc.constant(1), { minKeys: 1 }), {
        minKeys: 1,
      })
      .map((fields) => ({ filter: fields, conditions: Object.values(fields).reduce((n, c) => n + Object.keys(c).length, 0) })),
    fc.tuple(fc.constantFrom('and', 'or'), fc.array(tie('node'), { minLength: 1, maxLength: 4 })).map(([op, members]) => ({
      filter: { [op]: members.map((m) => m.filter) },
      conditions: members.reduce((n, m) => n + m.conditions, 0),
    })),
    tie('node').map((inner) => ({ filter: { not: inner.filter }, conditions: inner.conditions })),
  ),
})).node;

const messageOf = (run: () => void): string | undefined => {
  try {
    run();
  } catch (err) {
    if (isAppError(err)) return `${err.status} ${err.message}`;
    throw err;
  }
  return undefined;
};

describe('condition counting', () => {
  it('counts every condition of every filter step, however and/or/not nest them', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(filters, fc.constant(null)), { maxLength: 5 }), (steps) => {
        const pipeline = steps.map((s) => (s === null ? { limit: 1 } : { filter: s.filter }));
        expect(countConditions(pipeline)).toBe(steps.reduce((n, s) => n + (s?.conditions ?? 0), 0));
      }),
    );
  });

  it('walks any depth without recursion, and leaves what is no filter to the schema', () => {
    let deep: Filter = { cpu: { gt: 1 } };
    for (let i = 0; i < 100_000; i++) deep = { not: deep };
    expect(countConditions([{ filter: deep }])).toBe(1);
    expect(countConditions('nope')).toBe(0);
    expect(countConditions([1, null, { filter: 'x' }, { filter: { or: [1, null, 'x'] } }])).toBe(0);
    expect(countConditions([{ filter: [{ cpu: { gt: 1 } }] }, { filter: { or: [[{ cpu: { gt: 1 } }]] } }])).toBe(0);
    // A bare value, or an and/or that is no list, is one condition (the schema refuses it later).
    expect(countConditions([{ filter: { cpu: 80, and: 'x', or: { a: 1 } } }])).toBe(3);
    expect(countConditions([{ filter: { cpu: [{ a: { gt: 1, lt: 2 } }] } }])).toBe(1);
    expect(countConditions([{ filter: { not: { cpu: { gt: 1, lt: 2 } }, and: [{ host: { eq: 'a' } }] } }])).toBe(3);
  });
});

describe('checkPipelineSize', () => {
  const budgets = { maxSteps: 3, maxSources: 2, maxConditions: 4 };
  const body = (steps: number, sources: number, conditions: number) => ({
    sources: Object.fromEntries(Array.from({ length: sources }, (_, i) => [`s${i}`, {}])),
    pipeline: Array.from({ length: steps }, (_, i) =>
      i === 0 ? { filter: { or: Array.from({ length: conditions }, () => ({ cpu: { gt: 1 } })) } } : { limit: 1 },
    ),
  });

  it('refuses exactly the bodies over a budget, steps first, then sources, then conditions', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 8 }), (steps, sources, conditions) => {
        const message = messageOf(() => checkPipelineSize(body(steps, sources, conditions), budgets));
        if (steps > 3) expect(message).toBe(`413 body.pipeline: ${steps} steps over the budget of 3 (limits.pipeline.maxSteps)`);
        else if (sources > 2) expect(message).toBe(`413 body.sources: ${sources} sources over the budget of 2 (limits.pipeline.maxSources)`);
        else if (conditions > 4)
          expect(message).toMatch(new RegExp(`^413 body.pipeline: ${conditions} conditions over the budget of 4 \\(limits.pipeline.maxConditions\\)`));
        else expect(message).toBeUndefined();
      }),
    );
  });

  it('names the in list in the conditions refusal, and counts only the keys of a sources object', () => {
    expect(messageOf(() => checkPipelineSize(body(1, 0, 5), budgets))).toBe(
      '413 body.pipeline: 5 conditions over the budget of 4 (limits.pipeline.maxConditions); an "in" list of values is one condition',
    );
    expect(messageOf(() => checkPipelineSize({ sources: ['a', 'b', 'c'], pipeline: [] }, budgets))).toBeUndefined();
  });

  it('takes a body exactly at each budget', () => {
    expect(messageOf(() => checkPipelineSize(body(3, 2, 4), budgets))).toBeUndefined();
    expect(messageOf(() => checkPipelineSize(body(1, 1, 5), budgets))).toMatch(/^413 body.pipeline: 5 conditions/);
  });

  it('leaves a body of the wrong shape to the schema', () => {
    for (const bad of [null, 'x', [], { pipeline: 'x', sources: [] }]) expect(messageOf(() => checkPipelineSize(bad, budgets))).toBeUndefined();
  });
});

describe('SourceBudget', () => {
  const rows = (n: number): Row[] => Array.from({ length: n }, (_, i) => ({ n: i }));

  it('refuses at the first take that brings all sources together over maxRows, whichever source it is', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom('a', 'b', 'c'), fc.nat(40)), { maxLength: 10 }), fc.integer({ min: 1, max: 100 }), (takes, maxRows) => {
        const budget = new SourceBudget({ maxRows, maxBytes: Number.MAX_SAFE_INTEGER });
        let held = 0;
        for (const [source, n] of takes) {
          held += n;
          const message = messageOf(() => budget.take(source, rows(n)));
          if (held > maxRows) {
            expect(message).toMatch(
              new RegExp(
                `^413 source "${source}": ${held} rows \\(all sources together\\) over the budget of ${maxRows} \\(limits.pipeline.maxRows\\); filter it`,
              ),
            );
            return;
          }
          expect(message).toBeUndefined();
        }
      }),
    );
  });

  it('holds exactly maxRows, and refuses one more', () => {
    const budget = new SourceBudget({ maxRows: 5, maxBytes: Number.MAX_SAFE_INTEGER });
    budget.take('a', rows(3));
    expect(messageOf(() => budget.take('b', rows(2)))).toBeUndefined();
    expect(messageOf(() => budget.take('b', rows(1)))).toMatch(/^413 source "b": 6 rows \(all sources together\) over the budget of 5/);
  });

  it('counts bytes as rowBytes does, and refuses over maxBytes', () => {
    const row = { host: 'web-01', cpu: 93.5, up: true, gone: null, tags: ['a', 'b'] };
    // {} 2; each key: its length + 4 (quotes, colon, comma) + the value: a string with quotes, 8 per number, 5, 4, its JSON.
    expect(rowBytes(row)).toBe(2 + (4 + 4 + 8) + (3 + 4 + 8) + (2 + 4 + 5) + (4 + 4 + 4) + (4 + 4 + 9));
    expect(rowBytes({})).toBe(2);
    // An undefined value counts as null would; an object as its JSON.
    expect(rowBytes({ a: undefined, bb: { x: 1 } })).toBe(2 + (1 + 4 + 4) + (2 + 4 + 7));
    const budget = new SourceBudget({ maxRows: 1000, maxBytes: rowBytes(row) * 3 });
    budget.take('a', [row, row]);
    budget.take('b', [row]);
    expect(messageOf(() => budget.take('b', [row]))).toBe(
      '413 source "b": 292 bytes (all sources together) over the budget of 219 (limits.pipeline.maxBytes); fetch fewer fields (fields, select), or filter it in its query, aggregate it (an InfluxDB select function with groupBy, or an aggregate step before the join), or take fewer (size, limit)',
    );
    expect([budget.rows, budget.bytes]).toEqual([4, 292]);
  });
});
