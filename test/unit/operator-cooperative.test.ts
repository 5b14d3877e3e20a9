import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AggregateNode } from '../../src/operator/aggregate.js';
import { FilterNode } from '../../src/operator/filter.js';
import { JoinNode } from '../../src/operator/join.js';
import { ProjectNode } from '../../src/operator/project.js';
import type { Row } from '../../src/libs/rows.js';
import { SortNode, type SortOrder } from '../../src/operator/sort.js';
import { aggregate } from '../reference/aggregate.js';
import { done, inSlices, runCooperatively, runNow, sliceRows, type Sliced } from '../reference/cooperative.js';
import { filter } from '../reference/filter.js';
import { join } from '../reference/join.js';
import { compareValues } from '../reference/order.js';
import { stepSlices } from '../reference/pipeline.js';
import { project } from '../reference/project.js';
import { sort, sortSlices } from '../reference/sort.js';

// Sizes around several slices, so every slice boundary and the merge passes of the sort are crossed.
const size = fc.integer({ min: sliceRows - 3, max: 4 * sliceRows + 5 });
const rowsOf = (n: number, seed: number): Row[] =>
  Array.from({ length: n }, (_, i) => ({ id: i, a: (i * 7919 + seed) % 13, b: i % 5 === 0 ? null : `v${(i * 31 + seed) % 7}`, k: (i * 104729 + seed) % 997 }));

/** The sort's specification on Array.prototype.sort, which is stable: nulls last in both orders. */
function referenceSort(rows: Row[], keys: [string, SortOrder][]): Row[] {
  return [...rows].sort((x, y) => {
    for (const [field, order] of keys) {
      const [a, b] = [x[field] ?? null, y[field] ?? null];
      if (a === null && b === null) continue;
      if (a === null || b === null) return a === null ? 1 : -1;
      const c = compareValues(a, b);
      if (c !== 0) return order === 'asc' ? c : -c;
    }
    return 0;
  });
}

describe('operators over many slices', () => {
  it('sort (runs sorted natively, merged a slice at a time) matches a stable sort, ties in input order', () => {
    const keys = fc.array(fc.tuple(fc.constantFrom('a', 'b'), fc.constantFrom<SortOrder>('asc', 'desc')), { minLength: 1, maxLength: 2 });
    fc.assert(
      fc.property(size, fc.nat(1000), keys, (n, seed, k) => {
        const rows = rowsOf(n, seed);
        expect(sort(rows, SortNode.create(k.map(([field, order]) => ({ [field]: order }))))).toEqual(referenceSort(rows, k));
      }),
      { numRuns: 15 },
    );
  });

  it('join matches nested loops whichever side is hashed, for inner and full joins', () => {
    fc.assert(
      fc.property(size, fc.integer({ min: 100, max: 3 * sliceRows }), fc.constantFrom('inner' as const, 'full' as const), (n, m, how) => {
        const left = rowsOf(n, 1).map(({ id, k }) => ({ id, k }));
        const right = rowsOf(m, 2).map(({ id, k }) => ({ rid: id, rk: k }));
        const expected: Row[] = [];
        const matched = new Set<number>();
        for (const l of left) {
          const found = right.filter((r) => r.rk === l.k);
          for (const r of found) matched.add(r.rid as number);
          if (found.length > 0) expected.push(...found.map((r) => ({ ...l, ...r })));
          else if (how === 'full') expected.push({ ...l, rid: null, rk: null });
        }
        if (how === 'full') expected.push(...right.filter((r) => !matched.has(r.rid as number)).map((r) => ({ id: null, k: null, ...r })));
        expect(join(left, right, JoinNode.create({ right: 'r', on: { k: 'rk' }, how }))).toEqual(expected);
      }),
      { numRuns: 8 },
    );
  });

  it('filter, aggregate and project see every row exactly once', () => {
    fc.assert(
      fc.property(size, fc.nat(1000), (n, seed) => {
        const rows = rowsOf(n, seed);
        expect(filter(rows, FilterNode.create({ a: { gte: 6 } }))).toEqual(rows.filter((r) => (r.a as number) >= 6));
        const counts = aggregate(rows, AggregateNode.create({ groupBy: ['a'], metrics: { n: { count: '*' }, top: { max: 'id' } } }));
        expect(counts.reduce((total, g) => total + (g.n as number), 0)).toBe(n);
        expect(Math.max(...counts.map((g) => g.top as number))).toBe(n - 1);
        expect(project(rows, ProjectNode.create({ keep: ['id'], rename: { id: 'i' } }))).toEqual(rows.map((r) => ({ i: r.id })));
      }),
      { numRuns: 10 },
    );
  });
});

/** How many times the event loop ran other callbacks while `work` was running. */
async function countingTurns<T>(work: () => Promise<T>): Promise<{ result: T; turns: number }> {
  let turns = 0;
  let ticking = true;
  const tick = () => {
    turns++;
    if (ticking) setImmediate(tick);
  };
  setImmediate(tick);
  const result = await work();
  ticking = false;
  return { result, turns };
}

describe('runCooperatively', () => {
  it('gives the same rows as running at once, and lets the event loop turn meanwhile', async () => {
    const rows = rowsOf(40_000, 3);
    const node = SortNode.create([{ b: 'desc' }, { k: 'asc' }]);
    const { result: sorted, turns } = await countingTurns(() => runCooperatively(stepSlices(node, rows, {})));
    // Sorting 40 000 rows (~100 ms) is far more than one 10 ms turn: other callbacks ran between its slices.
    expect(turns).toBeGreaterThan(1);
    expect(sorted).toEqual(runNow(stepSlices(node, rows, {})));
  });
});

describe('slices of work', () => {
  /** Steps the work by hand: the value it returns, and how many body calls had been made at each yield. */
  function stepThrough<T>(work: Sliced<T>, calls: () => number): { value: T; atYields: number[] } {
    const atYields: number[] = [];
    for (;;) {
      const step = work.next();
      if (step.done) return { value: step.value, atYields };
      atYields.push(calls());
    }
  }

  it('inSlices covers [0, count) in order, a slice of sliceRows at a time, yielding only between two slices', () => {
    for (const count of [0, 1, sliceRows - 1, sliceRows, sliceRows + 1, 3 * sliceRows, 3 * sliceRows + 2]) {
      const calls: [number, number][] = [];
      const { atYields } = stepThrough(
        inSlices(count, (from, to) => calls.push([from, to])),
        () => calls.length,
      );
      const slices = Math.ceil(count / sliceRows);
      expect(calls, `${count}`).toEqual(Array.from({ length: slices }, (_, i) => [i * sliceRows, Math.min(count, (i + 1) * sliceRows)]));
      expect(atYields, `${count}`).toEqual(Array.from({ length: Math.max(0, slices - 1) }, (_, i) => i + 1));
    }
  });

  it('runNow and runCooperatively return what the work returns; done returns without yielding', async () => {
    function* work(): Sliced<string> {
      for (let i = 0; i < 5; i++) yield;
      return 'end';
    }
    expect(runNow(work())).toBe('end');
    expect(await runCooperatively(work())).toBe('end');
    expect(done(7).next()).toEqual({ done: true, value: 7 });
    expect(runNow(done('x'))).toBe('x');
  });

  it('runCooperatively gives a turn only once a slice ends 10 ms past the last one, not after every slice', async () => {
    // One slice of more than 10 ms, then 2 000 slices of nothing: one turn after the first, none for the rest.
    function* work(): Sliced<number> {
      const start = performance.now();
      while (performance.now() - start < 15);
      yield;
      for (let i = 0; i < 2_000; i++) yield;
      return 1;
    }
    const { result, turns } = await countingTurns(() => runCooperatively(work()));
    expect(result).toBe(1);
    expect(turns).toBeGreaterThanOrEqual(1);
    expect(turns).toBeLessThan(100);
  });
});

describe('sortSlices', () => {
  it('pauses after each run it sorts and after each slice of output of each merge pass', () => {
    const rows = rowsOf(4 * sliceRows, 5);
    const work = sortSlices(rows, SortNode.create([{ k: 'asc' }]));
    let pauses = 0;
    let step = work.next();
    for (; !step.done; step = work.next()) pauses++;
    // 4 runs: 3 pauses between them; 2 merge passes (runs of 1 slice, then of 2) of 4 slices each.
    expect(pauses).toBe(3 + 2 * 4);
    expect(step.value).toEqual(sort(rows, SortNode.create([{ k: 'asc' }])));
  });
});
