import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { levels, type Level } from '../../src/config/settings.js';
import { canRead, covers, fullAccess, higher, noAccess } from '../../src/libs/access.js';
import { accessOf, parseScope } from '../../src/middlewares/auth.js';

const rank = (level: Level | null) => (level === null ? 0 : levels.indexOf(level) + 1);
const levelOrNone = fc.constantFrom<Level | null>(null, ...levels);

describe('levels', () => {
  it('are read < write < admin, and nothing covers nothing', () => {
    expect(levels).toEqual(['read', 'write', 'admin']);
    const table = [null, ...levels].map((held) => levels.map((need) => covers(held, need)));
    expect(table).toEqual([
      [false, false, false],
      [true, false, false],
      [true, true, false],
      [true, true, true],
    ]);
  });

  it('higher gives the higher of two, either of them possibly none (property)', () => {
    fc.assert(
      fc.property(levelOrNone, levelOrNone, (a, b) => {
        expect(higher(a, b)).toBe(rank(a) >= rank(b) ? a : b);
        expect(higher(a, b)).toBe(higher(b, a));
      }),
    );
    expect(higher('write', null)).toBe('write');
    expect(higher(null, 'read')).toBe('read');
    expect(higher(null, null)).toBeNull();
  });
});

describe('what a caller may do per instance', () => {
  it('is everything with auth off and nothing without a token', () => {
    expect([fullAccess.levelOn('es', 'a'), fullAccess.levelOn('influx', 'b')]).toEqual(['admin', 'admin']);
    expect([noAccess.levelOn('es', 'a'), noAccess.levelOn('influx', 'b')]).toEqual([null, null]);
    expect([canRead(fullAccess, 'es', 'a'), canRead(noAccess, 'es', 'a')]).toEqual([true, false]);
  });

  it('is the highest level of the matching scopes, in whatever order the token lists them', () => {
    const scopes = ['admin:es/a', 'read:es/*', 'write:*/*', 'read:influx/b'];
    for (const order of [scopes, [...scopes].reverse(), [scopes[1]!, scopes[0]!, scopes[3]!, scopes[2]!]]) {
      const access = accessOf(order.map(parseScope));
      expect([access.levelOn('es', 'a'), access.levelOn('es', 'c'), access.levelOn('influx', 'b')], order.join(' ')).toEqual(['admin', 'write', 'write']);
    }
    const reader = accessOf([parseScope('read:es/a')]);
    expect([canRead(reader, 'es', 'a'), canRead(reader, 'es', 'b'), canRead(reader, 'influx', 'a')]).toEqual([true, false, false]);
  });
});
