import { describe, expect, it } from 'vitest';
import { allows, parseScope } from '../../src/middlewares/auth.js';

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

  it('rejects malformed scopes', () => {
    expect(() => parseScope('read:es')).toThrow(/level:family\/instance/);
    expect(() => parseScope('sudo:es/*')).toThrow();
  });
});
