import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { settingsSchema } from '../../src/config/settings.js';
import { AppError } from '../../src/libs/errors.js';
import type { EsConnection } from '../../src/libs/es-client.js';
import { checkDocumentWrite, matchesIndexPattern } from '../../src/query/es/index-creation.js';

// A naive reference: the pattern as an anchored regex, `*` as any run, everything else literal.
const reference = (pattern: string, name: string) =>
  new RegExp(
    `^${pattern
      .split('*')
      .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
    's',
  ).test(name);

describe('autoCreate index patterns', () => {
  it("match like Elasticsearch's simple wildcards", () => {
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
    // Each part between stars takes its own characters: none shared with the next part or the ends.
    expect(matchesIndexPattern('*ab*ab*', 'ab')).toBe(false);
    expect(matchesIndexPattern('*ab*ab*', 'abab')).toBe(true);
    expect(matchesIndexPattern('a*b*b', 'ab')).toBe(false);
    expect(matchesIndexPattern('a*b*b', 'abb')).toBe(true);
    expect(matchesIndexPattern('a*bc*c', 'abc')).toBe(false);
  });

  it('agree with a regex reference on random patterns and names', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'b', '-', '*', '?', '.'), maxLength: 8 });
    fc.assert(
      fc.property(
        text,
        text.map((s) => s.replaceAll('*', '')),
        (pattern, name) => {
          expect(matchesIndexPattern(pattern, name)).toBe(reference(pattern, name));
        },
      ),
      { numRuns: 2000 },
    );
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

describe('checkDocumentWrite', () => {
  /** A cluster that answers HEAD with `status` (or fails the test when asked), recording the calls. */
  const cluster = (autoCreate: string[] | undefined, status?: number) => {
    const calls: unknown[] = [];
    const conn = {
      name: 'default',
      config: { node: 'http://127.0.0.1:9200', ...(autoCreate && { autoCreate }) },
      request: async (req: unknown) => {
        calls.push(req);
        if (status === undefined) throw new Error('no call to the cluster expected');
        return { statusCode: status, body: null, headers: {} };
      },
    } as unknown as EsConnection;
    return { conn, calls };
  };
  const refusal = async (run: Promise<void>) => {
    const err = await run.then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).status).toBe(403);
    return (err as AppError).message;
  };

  it('lets admin write anywhere without asking the cluster', async () => {
    const { conn, calls } = cluster([]);
    await checkDocumentWrite(conn, '.kibana', 'admin', true);
    await checkDocumentWrite(conn, 'new-index', 'admin', true);
    expect(calls).toEqual([]);
  });

  it('refuses documents in a dot-prefixed index below admin, deletes included', async () => {
    for (const level of ['write', 'read', null] as const) {
      for (const creates of [true, false]) {
        const { conn } = cluster(['*']);
        expect(await refusal(checkDocumentWrite(conn, '.security', level, creates))).toBe(
          'writing documents into the dot-prefixed index ".security" needs admin on es/default',
        );
      }
    }
  });

  it('lets a write that creates nothing through without asking the cluster', async () => {
    const { conn, calls } = cluster([]);
    await checkDocumentWrite(conn, 'missing', 'write', false);
    expect(calls).toEqual([]);
  });

  it('lets a write token create only indices matching autoCreate', async () => {
    const { conn, calls } = cluster(['logs-*', 'metrics']);
    await checkDocumentWrite(conn, 'logs-2026', 'write', true);
    await checkDocumentWrite(conn, 'metrics', 'write', true);
    expect(calls).toEqual([]);
  });

  it('asks the cluster whether any other index exists, with the name encoded in the path', async () => {
    const { conn, calls } = cluster(['logs-*'], 200);
    await checkDocumentWrite(conn, 'tweets#1?x', 'write', true);
    expect(calls).toEqual([{ method: 'HEAD', path: '/tweets%231%3Fx', ignore: [404] }]);
  });

  it('refuses to create a missing index outside autoCreate, naming the patterns and the way out', async () => {
    const { conn } = cluster(['logs-*', 'metrics'], 404);
    expect(await refusal(checkDocumentWrite(conn, 'tweets', 'write', true))).toBe(
      'index "tweets" does not exist on es/default and a write token may create only indices matching the instance setting ' +
        'es.default.autoCreate (logs-*, metrics); an admin token can create it (POST /es/default/indices)',
    );
    const none = cluster(undefined, 404);
    expect(await refusal(checkDocumentWrite(none.conn, 'tweets', 'write', true))).toMatch(/es\.default\.autoCreate \(none\); /);
  });
});
