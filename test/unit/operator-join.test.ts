import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isAppError } from '../../src/libs/errors.js';
import { JoinNode, joinKinds, type JoinHow } from '../../src/operator/join.js';
import { join, joinSize } from '../reference/join.js';
import type { Row } from '../../src/libs/rows.js';
import { stepRefusal } from './refusal.js';

/** Nested loops over every pair, the way the join is specified. */
function naiveJoin(left: Row[], right: Row[], on: [string, string][], how: JoinHow): Row[] {
  const union = (rows: Row[]) => [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const [leftColumns, rightColumns] = [union(left), union(right)];
  const matchable = (v: unknown) => ['string', 'number', 'boolean'].includes(typeof v);
  const matches = (l: Row, r: Row) => on.every(([a, b]) => matchable(l[a]) && l[a] === r[b]);
  const row = (l: Row | null, r: Row | null) => {
    const out: Row = {};
    for (const c of leftColumns) out[c] = l?.[c] ?? null;
    for (const c of rightColumns) out[c] = r?.[c] ?? null;
    return out;
  };
  const out: Row[] = [];
  const matchedRight = new Set<Row>();
  for (const l of left) {
    const found = right.filter((r) => matches(l, r));
    found.forEach((r) => matchedRight.add(r));
    if (found.length > 0) out.push(...found.map((r) => row(l, r)));
    else if (how === 'left' || how === 'full') out.push(row(l, null));
  }
  if (how === 'right' || how === 'full') out.push(...right.filter((r) => !matchedRight.has(r)).map((r) => row(null, r)));
  return out;
}

// Few distinct values, so keys repeat; "1" and 1 and true differ; null, missing and arrays never match.
const keyValue = fc.oneof(fc.constantFrom<unknown>(0, 1, 2, '1', '2', 'a', true, null), fc.constant([1]));
const leftRow = fc.record({ k1: keyValue, k2: keyValue, a: fc.integer({ min: 0, max: 99 }) }, { requiredKeys: ['a'] });
const rightRow = fc.record({ j1: keyValue, j2: keyValue, x: fc.string({ maxLength: 2 }) }, { requiredKeys: ['x'] });
const how = fc.constantFrom(...joinKinds);
const on = fc.constantFrom<[string, string][]>(
  [['k1', 'j1']],
  [['k2', 'j2']],
  [
    ['k1', 'j1'],
    ['k2', 'j2'],
  ],
);

describe('join', () => {
  it.each([
    ['the right side (right smaller)', { minLength: 9, maxLength: 40 }, { maxLength: 8 }],
    ['the left side (left smaller)', { maxLength: 8 }, { minLength: 9, maxLength: 40 }],
  ])('matches nested loops for every kind, duplicate, null and multi-field keys, built on %s', (_, leftSize, rightSize) => {
    fc.assert(
      fc.property(fc.array(leftRow, leftSize), fc.array(rightRow, rightSize), on, how, (left, right, pairs, kind) => {
        const node = JoinNode.create({ right: 'r', on: Object.fromEntries(pairs), how: kind });
        expect(join(left, right, node)).toEqual(naiveJoin(left, right, pairs, kind));
      }),
      { numRuns: 300 },
    );
  });

  it('counts with joinSize exactly the rows it makes, for every kind and key shape', () => {
    fc.assert(
      fc.property(fc.array(leftRow, { maxLength: 20 }), fc.array(rightRow, { maxLength: 20 }), on, how, (left, right, pairs, kind) => {
        const node = JoinNode.create({ right: 'r', on: Object.fromEntries(pairs), how: kind });
        expect(joinSize(left, right, node)).toBe(naiveJoin(left, right, pairs, kind).length);
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same rows whichever side it builds on', () => {
    fc.assert(
      fc.property(fc.array(leftRow, { maxLength: 20 }), fc.array(rightRow, { maxLength: 20 }), how, (left, right, kind) => {
        const forward = join(left, right, JoinNode.create({ right: 'r', on: { k1: 'j1' }, how: kind }));
        const mirrored = { left: 'right', right: 'left', inner: 'inner', full: 'full' } as const;
        const backward = join(right, left, JoinNode.create({ right: 'l', on: { j1: 'k1' }, how: mirrored[kind] }));
        const asSet = (rows: Row[]) => rows.map((r) => JSON.stringify(Object.entries(r).sort())).sort();
        expect(asSet(backward)).toEqual(asSet(forward));
      }),
      { numRuns: 200 },
    );
  });

  it('orders left rows first, each with its matches in right order, then unmatched right rows', () => {
    const left = [{ id: 2 }, { id: 1 }, { id: 9 }];
    const right = [
      { ref: 1, n: 'a' },
      { ref: 2, n: 'b' },
      { ref: 1, n: 'c' },
      { ref: 7, n: 'd' },
    ];
    const rows = join(left, right, JoinNode.create({ right: 'r', on: { id: 'ref' }, how: 'full' }));
    expect(rows.map((r) => [r.id, r.n])).toEqual([
      [2, 'b'],
      [1, 'a'],
      [1, 'c'],
      [9, null],
      [null, 'd'],
    ]);
  });

  it('never matches "1" with 1 nor null with null, but keeps those rows in outer joins', () => {
    const left = [{ k: 1 }, { k: null }, {}];
    const right = [{ k2: '1' }, { k2: null }];
    const node = (how: JoinHow) => JoinNode.create({ right: 'r', on: { k: 'k2' }, how });
    expect(join(left, right, node('inner'))).toEqual([]);
    expect(join(left, right, node('full'))).toHaveLength(5);
  });

  it('never matches a number with another that has the same JSON text: Infinity, -Infinity', () => {
    // Such values come from arithmetic in a step (a sum past the largest double), not from a backend's JSON.
    const rows = join([{ k: Infinity }, { k: -Infinity }], [{ k2: -Infinity, n: 'a' }], JoinNode.create({ right: 'r', on: { k: 'k2' } }));
    expect(rows).toEqual([{ k: -Infinity, k2: -Infinity, n: 'a' }]);
    const two = JoinNode.create({ right: 'r', on: { k: 'k2', g: 'g2' } });
    const right = [
      { k2: -Infinity, g2: 1, n: 'minus' },
      { k2: Infinity, g2: 1, n: 'plus' },
      { k2: 'Infinity', g2: 1, n: 'text' },
      { k2: 0, g2: 1, n: 'zero' },
    ];
    expect(join([{ k: Infinity, g: 1 }], right, two)).toEqual([{ k: Infinity, g: 1, k2: Infinity, g2: 1, n: 'plus' }]);
    expect(join([{ k: -0, g: 1 }], right, two)).toEqual([{ k: -0, g: 1, k2: 0, g2: 1, n: 'zero' }]);
  });

  it('keeps the key values of several fields apart: (1, 23) is not (12, 3)', () => {
    const node = JoinNode.create({ right: 'r', on: { a: 'x', b: 'y' } });
    expect(
      join(
        [{ a: 1, b: 23 }],
        [
          { x: 12, y: 3 },
          { x: 1, y: 23 },
        ],
        node,
      ),
    ).toEqual([{ a: 1, b: 23, x: 1, y: 23 }]);
  });

  it('never matches NaN, not even with NaN, on one key field or several', () => {
    expect(join([{ k: NaN }], [{ k2: NaN }], JoinNode.create({ right: 'r', on: { k: 'k2' } }))).toEqual([]);
    expect(join([{ k: NaN, g: 1 }], [{ k2: NaN, g2: 1 }], JoinNode.create({ right: 'r', on: { k: 'k2', g: 'g2' } }))).toEqual([]);
    expect(join([{ k: NaN }], [{ k2: NaN }], JoinNode.create({ right: 'r', on: { k: 'k2' }, how: 'full' }))).toHaveLength(2);
  });

  it('outputs a same-name key once, from whichever side has the row', () => {
    const left = [
      { host: 'a', cpu: 1 },
      { host: 'b', cpu: 2 },
    ];
    const right = [
      { host: 'a', region: 'eu' },
      { host: 'c', region: 'us' },
    ];
    expect(join(left, right, JoinNode.create({ right: 'inventory', on: { host: 'host' }, how: 'full' }))).toEqual([
      { host: 'a', cpu: 1, region: 'eu' },
      { host: 'b', cpu: 2, region: null },
      { host: 'c', cpu: null, region: 'us' },
    ]);
  });

  it('renames clashing right columns with "_<right>" by default, or the given prefix and suffix', () => {
    const left = [{ id: 1, name: 'l' }];
    const right = [{ id: 1, name: 'r' }];
    expect(join(left, right, JoinNode.create({ right: 'hosts', on: { id: 'id' } }))).toEqual([{ id: 1, name: 'l', name_hosts: 'r' }]);
    expect(join(left, right, JoinNode.create({ right: 'hosts', on: { id: 'id' }, prefix: 'h.' }))).toEqual([{ id: 1, name: 'l', 'h.name': 'r' }]);
    expect(join([{ a: 1 }], [{ b: 1, a: 2 }], JoinNode.create({ right: 'x', on: { a: 'b' }, suffix: '2' }))).toEqual([{ a: 1, b: 1, a2: 2 }]);
  });

  it('refuses a rename that still clashes, naming the join', () => {
    const node = JoinNode.create({ right: 'r', on: { id: 'id' }, suffix: '_r' }, 'body.pipeline.0.join');
    const run = () => join([{ id: 1, name: 'x', name_r: 'y' }], [{ id: 1, name: 'z' }], node);
    expect(run).toThrow('body.pipeline.0.join: column "name" of "r" clashes with "name_r"; choose another prefix or suffix');
    try {
      run();
    } catch (err) {
      expect(isAppError(err) && err.status).toBe(400);
    }
  });

  it('reads a field named like an Object.prototype member only when the row has it', () => {
    const rows = join(
      [{ constructor: 'a', v: 1 }, { v: 2 }],
      [{ constructor: 'a', w: 3 }],
      JoinNode.create({ right: 'r', on: { constructor: 'constructor' }, how: 'left' }),
    );
    expect(rows).toEqual([
      { constructor: 'a', v: 1, w: 3 },
      { constructor: null, v: 2, w: null },
    ]);
  });

  it('refuses an empty on', () => {
    expect(stepRefusal({ join: { right: 'a', on: {} } })).toBe('body.pipeline.0.join.on: name at least one pair of fields, {"leftField": "rightField"}');
  });

  it('is a frozen node with inner join and the "_<right>" suffix by default', () => {
    const node = JoinNode.create({ right: 'hosts', on: { id: 'ref' } });
    expect(node).toEqual({ kind: 'JoinNode', right: 'hosts', on: [['id', 'ref']], how: 'inner', prefix: '', suffix: '_hosts', at: 'join' });
    expect(Object.isFrozen(node) && Object.isFrozen(node.on) && Object.isFrozen(node.on[0])).toBe(true);
    expect(JoinNode.create({ right: 'hosts', on: { id: 'ref' }, prefix: 'h_' })).toMatchObject({ prefix: 'h_', suffix: '' });
    expect(JoinNode.is(node)).toBe(true);
    expect(JoinNode.is({ kind: 'FilterNode' })).toBe(false);
  });

  it('builds on either side the same way for a key chain longer than one slice', () => {
    const left = Array.from({ length: 3 * 2048 + 5 }, (_, i) => ({ id: i, k: i % 3 }));
    const right = [
      { rk: 1, r: 'a' },
      { rk: 2, r: 'b' },
      { rk: 1, r: 'c' },
    ];
    for (const how of joinKinds) {
      expect(join(left, right, JoinNode.create({ right: 'r', on: { k: 'rk' }, how })), how).toEqual(naiveJoin(left, right, [['k', 'rk']], how));
      expect(join(right, left, JoinNode.create({ right: 'l', on: { rk: 'k' }, how })), how).toEqual(naiveJoin(right, left, [['rk', 'k']], how));
    }
  });
});
