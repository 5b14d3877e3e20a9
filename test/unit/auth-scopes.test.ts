import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { settingsSchema } from '../../src/config/settings.js';
import { accessOf, allows, parseScope } from '../../src/middlewares/auth.js';

const scopes = (...texts: string[]) => texts.map(parseScope);

describe('token scopes', () => {
  it('lets admin cover write and write cover read, never the other way', () => {
    const need = (level: 'read' | 'write' | 'admin') => ({ level, family: 'es' as const, instance: 'logs' });
    expect(allows(scopes('admin:es/logs'), need('read'))).toBe(true);
    expect(allows(scopes('write:es/logs'), need('read'))).toBe(true);
    expect(allows(scopes('write:es/logs'), need('admin'))).toBe(false);
    expect(allows(scopes('read:es/logs'), need('write'))).toBe(false);
  });

  it('matches family and instance exactly unless a wildcard is given', () => {
    expect(allows(scopes('read:*/*'), { level: 'read', family: 'influx', instance: 'a' })).toBe(true);
    expect(allows(scopes('read:es/*'), { level: 'read', family: 'influx', instance: 'a' })).toBe(false);
    expect(allows(scopes('read:es/a'), { level: 'read', family: 'es', instance: 'b' })).toBe(false);
    expect(allows(scopes('read:es/a', 'read:es/b'), { level: 'read', family: 'es', instance: 'b' })).toBe(true);
  });

  it('never reads a requested "*" as every instance: only a scope over every instance covers it', () => {
    expect(allows(scopes('read:es/a'), { level: 'read', family: 'es', instance: '*' })).toBe(false);
    expect(allows(scopes('admin:*/a'), { level: 'read', family: 'es', instance: '*' })).toBe(false);
    expect(allows(scopes('read:es/*'), { level: 'read', family: 'es', instance: '*' })).toBe(true);
    expect(accessOf(scopes('admin:es/a')).levelOn('es', '*')).toBeNull();
  });

  it('opens a route without an instance to any scope of its family and level, which then sees only its instances', () => {
    expect(allows(scopes('read:es/a'), { level: 'read', family: 'es' })).toBe(true);
    expect(allows(scopes('read:influx/*'), { level: 'read', family: 'es' })).toBe(false);
    expect(allows(scopes('read:es/a'), { level: 'write', family: 'es' })).toBe(false);
    expect(allows(scopes('read:*/a'), { level: 'read', family: 'mix' })).toBe(true);
  });

  it('gives per instance the highest level any matching scope holds', () => {
    const access = accessOf(scopes('read:*/*', 'write:es/logs', 'admin:influx/metrics', 'read:mix/*'));
    expect(access.levelOn('es', 'logs')).toBe('write');
    expect(access.levelOn('es', 'other')).toBe('read');
    expect(access.levelOn('influx', 'metrics')).toBe('admin');
    expect(accessOf(scopes('read:mix/*')).levelOn('es', 'logs')).toBeNull();
    expect(accessOf(scopes('write:es/a')).levelOn('influx', 'a')).toBeNull();
  });

  it('agrees with allows on every instance, level and scope set', () => {
    const level = fc.constantFrom('read' as const, 'write' as const, 'admin' as const);
    const family = fc.constantFrom('es' as const, 'influx' as const);
    const instance = fc.constantFrom('a', 'b', '*');
    const scope = fc.tuple(level, fc.constantFrom('es', 'influx', 'mix', '*'), instance).map(([l, f, i]) => parseScope(`${l}:${f}/${f === 'mix' ? '*' : i}`));
    fc.assert(
      fc.property(fc.array(scope, { maxLength: 4 }), level, family, instance, (held, need, kind, name) => {
        const rank = { read: 1, write: 2, admin: 3 };
        const got = accessOf(held).levelOn(kind, name);
        expect(got !== null && rank[got] >= rank[need]).toBe(allows(held, { level: need, family: kind, instance: name }));
      }),
    );
  });

  it('rejects malformed scopes, in the parser and in the settings alike', () => {
    const tokens = (scope: string) => settingsSchema.shape.auth.safeParse({ tokens: { t: { sha256: 'a'.repeat(64), scopes: [scope] } } }).success;
    for (const bad of [
      'read:es',
      'sudo:es/*',
      'read:es/a*',
      'read:es/*a',
      'read:es/a/b',
      'read:es/a\n',
      ' read:es/a',
      'read:es/',
      `read:es/${'a'.repeat(65)}`,
    ]) {
      expect(() => parseScope(bad), bad).toThrow(/level:family\/instance/);
      expect(tokens(bad), bad).toBe(false);
    }
    expect(tokens('read:mix/reports')).toBe(false);
    expect(() => parseScope('read:mix/reports')).toThrow('the mix family has no instances: read:mix/*');
    expect(tokens('read:mix/*')).toBe(true);
    expect(tokens('write:es/logs-1')).toBe(true);
  });
});
