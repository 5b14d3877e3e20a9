import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asofJoinSql } from '../../src/operator/asof.js';
import { JoinNode, type AsofArgs } from '../../src/operator/join.js';
import { durationMs as parsedMs } from '../../src/libs/duration.js';

const durationMs = (d: string) => parsedMs(d)!;
import { openDuckDb } from './duckdb.js';
import { withEngine } from '../engine.js';

let db: Awaited<ReturnType<typeof openDuckDb>>;
beforeAll(async () => (db = await openDuckDb()));
afterAll(() => db.close());

type Left = { h: string | null; t: number | null; a: number };
type Right = { h: string | null; t: string | null; p: number };
const iso = (ms: number) => new Date(ms).toISOString();

/** Every right row of an equal key, the nearest in time on the asked side, then the within check. */
function naiveAsof(left: Left[], right: Right[], asof: AsofArgs, how: 'inner' | 'left', withKey: boolean) {
  const out: Record<string, unknown>[] = [];
  for (const l of left) {
    let best: { r: Right; ms: number } | undefined;
    for (const r of right) {
      if (withKey && (l.h === null || l.h !== r.h)) continue;
      if (l.t === null || r.t === null) continue;
      const ms = Date.parse(r.t);
      const ok = asof.direction === 'backward' ? ms <= l.t : ms >= l.t;
      const nearer = best === undefined || (asof.direction === 'backward' ? ms > best.ms : ms < best.ms);
      if (ok && nearer) best = { r, ms };
    }
    if (best && asof.within !== undefined && Math.abs(best.ms - l.t!) > durationMs(asof.within)) best = undefined;
    if (!best && how === 'inner') continue;
    out.push({ h: l.h, t: l.t, a: l.a, ...(withKey ? {} : { h_r: best?.r.h ?? null }), t_r: best?.r.t ?? null, p: best?.r.p ?? null });
  }
  return out;
}

const key = fc.constantFrom('a', 'b', null);
const second = fc.integer({ min: 0, max: 60 });
const leftRows = fc.array(fc.record({ h: key, t: fc.option(second.map((s) => s * 1000)), a: fc.integer({ min: 0, max: 99 }) }), { maxLength: 12 });
// One right row per key and time: which of several at the matched time is taken is not specified.
const rightRows = fc
  .uniqueArray(fc.record({ h: key, t: fc.option(second), p: fc.integer({ min: 0, max: 99 }) }), { selector: (r) => `${r.h}/${r.t}`, maxLength: 12 })
  .map((rows) => rows.map((r) => ({ ...r, t: r.t === null ? null : iso(r.t * 1000).replace('.000Z', '+00:00') })));
const asofArgs = fc.record(
  {
    left: fc.constant('t'),
    right: fc.constant('t'),
    direction: fc.constantFrom('backward' as const, 'forward' as const),
    within: fc.constantFrom('5s', '10s', '1m'),
  },
  { requiredKeys: ['left', 'right', 'direction'] },
);

async function asofJoin(left: Left[], right: Right[], asof: AsofArgs, how: 'inner' | 'left', withKey: boolean) {
  const l = await db.load({ h: 'VARCHAR', t: 'DOUBLE', a: 'DOUBLE' }, left);
  const r = await db.load({ h: 'VARCHAR', t: 'VARCHAR', p: 'DOUBLE' }, right);
  const node = JoinNode.create({ right: 'r', on: withKey ? { h: 'h' } : {}, how, asof }) as JoinNode & { asof: AsofArgs };
  return db.rows(asofJoinSql(node, l, r));
}

describe('as-of join', () => {
  it('matches a nested-loop reference: backward and forward, within, inner and left, with and without keys', async () => {
    await fc.assert(
      fc.asyncProperty(
        leftRows,
        rightRows,
        asofArgs,
        fc.constantFrom('inner' as const, 'left' as const),
        fc.boolean(),
        async (left, right, asof, how, withKey) => {
          expect(await asofJoin(left, right, asof, how, withKey)).toEqual(naiveAsof(left, right, asof, how, withKey));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('applies within after the match: a nearest point farther than within is no match', async () => {
    const left = [{ h: 'a', t: 100_000, a: 1 }];
    // Backward, the nearest point is 20 s before; forward, 100 s after.
    const right = [
      { h: 'a', t: iso(80_000), p: 1 },
      { h: 'a', t: iso(200_000), p: 2 },
    ];
    expect(await asofJoin(left, right, { left: 't', right: 't', direction: 'backward', within: '10s' }, 'left', true)).toEqual([
      { h: 'a', t: 100_000, a: 1, t_r: null, p: null },
    ]);
    expect(await asofJoin(left, right, { left: 't', right: 't', direction: 'backward', within: '20s' }, 'left', true)).toEqual([
      { h: 'a', t: 100_000, a: 1, t_r: iso(80_000), p: 1 },
    ]);
    expect(await asofJoin(left, right, { left: 't', right: 't', direction: 'forward', within: '1m' }, 'inner', true)).toEqual([]);
  });

  it('matches keys by kind: "1" is not 1, 1 is 1.0', async () => {
    const l = await db.load({ k: 'JSON', t: 'DOUBLE' }, [
      { k: 1, t: 10 },
      { k: '1', t: 10 },
    ]);
    const r = await db.load({ k: 'DOUBLE', t: 'DOUBLE', p: 'VARCHAR' }, [{ k: 1, t: 5, p: 'one' }]);
    const node = JoinNode.create({ right: 'r', on: { k: 'k' }, how: 'left', asof: { left: 't', right: 't', direction: 'backward' } });
    expect(await db.rows(asofJoinSql(node as JoinNode & { asof: AsofArgs }, l, r))).toEqual([
      { k: 1, t: 10, t_r: 5, p: 'one' },
      { k: '1', t: 10, t_r: null, p: null },
    ]);
  });

  it('matches a key 0 with -0, as an equality join does (the engine keeps -0 in a number column)', async () => {
    const node = JoinNode.create({ right: 'r', on: { k: 'k' }, asof: { left: 't', right: 't', direction: 'backward' } }) as JoinNode & { asof: AsofArgs };
    const rows = await withEngine(async (engine) => {
      const [l, r] = [await engine.load([{ k: 0, t: 10 }]), await engine.load([{ k: -0, t: 5, p: 'zero' }])];
      return engine.read(await engine.materializeNamed(asofJoinSql(node, await engine.named(l), await engine.named(r))));
    });
    expect(rows).toEqual([{ k: 0, t: 10, t_r: 5, p: 'zero' }]);
  });
});
