import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { settingsSchema } from '../../src/config/settings.js';
import { matchesIndexPattern } from '../../src/query/es/index-creation.js';

// A naive reference: the pattern as an anchored regex, `*` as any run, everything else literal.
const reference = (pattern: string, name: string) =>
  new RegExp(`^${pattern.split('*').map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`, 's').test(name);

describe('autoCreate index patterns', () => {
  it('match like Elasticsearch\'s simple wildcards', () => {
    expect(matchesIndexPattern('logs-*', 'logs-2026.11')).toBe(true);
    expect(matchesIndexPattern('logs-*', 'logs-')).toBe(true);
    expect(matchesIndexPattern('logs-*', 'xlogs-1')).toBe(false);
    expect(matchesIndexPattern('*-raw', 'a-raw')).toBe(true);
    expect(matchesIndexPattern('a*b*c', 'abc')).toBe(true);
    expect(matchesIndexPattern('a*b*c', 'acb')).toBe(false);
    expect(matchesIndexPattern('ab*ba', 'aba')).toBe(false);
    expect(matchesIndexPattern('metrics', 'metrics')).toBe(true);
    expect(matchesIndexPattern('metrics', 'metrics-1')).toBe(false);
    expect(matchesIndexPattern('log?', 'logs')).toBe(false);
    expect(matchesIndexPattern('*', 'anything')).toBe(true);
  });

  it('agree with a regex reference on random patterns and names', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'b', '-', '*', '?', '.'), maxLength: 8 });
    fc.assert(fc.property(text, text.map((s) => s.replaceAll('*', '')), (pattern, name) => {
      expect(matchesIndexPattern(pattern, name)).toBe(reference(pattern, name));
    }), { numRuns: 2000 });
  });

  it('are validated in the settings: index-like, lowercase, never dot-prefixed', () => {
    const instance = (autoCreate: unknown) => settingsSchema.shape.es.safeParse({ default: { node: 'http://127.0.0.1:9200', autoCreate } });
    expect(instance(['logs-*', 'metrics', '*']).success).toBe(true);
    expect(instance(undefined).success).toBe(true);
    for (const bad of ['.kibana*', 'Logs-*', '-logs', '_x', 'a,b', 'a b', 'a/b', '', 'x'.repeat(256)]) {
      const parsed = instance([bad]);
      expect(parsed.success, bad).toBe(false);
      expect(parsed.error?.issues[0]?.path, bad).toEqual(['default', 'autoCreate', 0]);
    }
  });
});
