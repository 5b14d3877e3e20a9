import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Settings } from '../src/config/settings.js';
import { bodyOf, buildTestApp, testSettings } from './helpers.js';

const sha256 = (t: string) => createHash('sha256').update(t).digest('hex');
export const tokens = { reader: 'hm_reader_secret', esOnly: 'hm_es_only_secret', admin: 'hm_admin_secret' };
export const tokenConfig: Settings['auth'] = {
  tokens: {
    reader: { sha256: sha256(tokens.reader), scopes: ['read:*/*'] },
    esOnly: { sha256: sha256(tokens.esOnly), scopes: ['read:es/opensearch'] },
    admin: { sha256: sha256(tokens.admin), scopes: ['admin:*/*'] },
  },
};
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

describe('bearer tokens', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestApp({ auth: tokenConfig });
  });
  afterAll(() => app.close());

  it('refuses a protected route without a token or with an unknown one (401)', async () => {
    const none = await app.inject('/es/default');
    expect(none.statusCode).toBe(401);
    expect(none.json()).toEqual({ result: false, resultcode: 40100, message: 'missing bearer token (Authorization: Bearer <token>)', data: null });
    const unknown = await app.inject({ url: '/es/default', headers: bearer('hm_nope') });
    expect(unknown.statusCode).toBe(401);
    expect(bodyOf(unknown).message).toBe('unknown token');
  });

  it('lets a token through on its scopes and names what it lacks otherwise (403)', async () => {
    expect((await app.inject({ url: '/es/default', headers: bearer(tokens.reader) })).statusCode).toBe(200);
    expect((await app.inject({ url: '/es/opensearch', headers: bearer(tokens.esOnly) })).statusCode).toBe(200);
    const denied = await app.inject({ url: '/es/default', headers: bearer(tokens.esOnly) });
    expect(denied.statusCode).toBe(403);
    expect(denied.json()).toEqual({ result: false, resultcode: 40300, message: 'token "esOnly" lacks read on es/default', data: null });
    expect((await app.inject({ url: '/influx/default', headers: bearer(tokens.esOnly) })).statusCode).toBe(403);
  });

  it('keeps health, readiness, docs and metrics public', async () => {
    for (const url of ['/health', '/ready', '/openapi.json', '/', '/metrics']) {
      expect((await app.inject(url)).statusCode, url).toBe(200);
    }
  });

  it('counts refused requests and backend calls in /metrics', async () => {
    await app.inject('/es/default');
    const text = (await app.inject('/metrics')).body;
    expect(text).toMatch(/hostmonitor_rejected_requests_total\{reason="unauthorized"\} [1-9]/);
    expect(text).toMatch(/http_request_duration_seconds_count\{method="GET",route="\/es\/:instance",status_code="200"\} [1-9]/);
    expect(text).toMatch(/hostmonitor_backend_call_duration_seconds_count\{kind="es",instance="default",outcome="ok"\} [1-9]/);
  });
});

describe('limits and headers', () => {
  it('rate-limits per token with 429, Retry-After and the envelope', async () => {
    const base = testSettings();
    const app = await buildTestApp({ auth: tokenConfig, limits: { ...base.limits, rateLimit: { max: 3, windowMs: 60_000 } } });
    try {
      for (let i = 0; i < 3; i++) expect((await app.inject({ url: '/influx/default', headers: bearer(tokens.reader) })).statusCode).toBe(200);
      const res = await app.inject({ url: '/es/default', headers: bearer(tokens.reader) });
      expect(res.statusCode).toBe(429);
      expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
      expect(bodyOf(res)).toMatchObject({ result: false, resultcode: 42900, data: null });
      expect(bodyOf(res).message).toMatch(/^rate limit of 3 requests per 1 minute reached for token "reader"; retry in \d+ s$/);
      // Another token has its own budget.
      expect((await app.inject({ url: '/es/default', headers: bearer(tokens.admin) })).statusCode).toBe(200);
    } finally {
      await app.close();
    }
  });

  it('answers 503 while the event loop is saturated', async () => {
    const base = testSettings();
    const app = await buildTestApp({ limits: { ...base.limits, maxEventLoopDelayMs: 50 } });
    try {
      await app.ready();
      const until = Date.now() + 1500;
      while (Date.now() < until) {
        // Busy on purpose: a saturated event loop is what under-pressure measures.
      }
      await new Promise((r) => setTimeout(r, 50));
      const res = await app.inject('/health');
      expect(res.statusCode).toBe(503);
      expect(bodyOf(res)).toMatchObject({ result: false, resultcode: 50301 });
      expect(res.headers['retry-after']).toBe('5');
    } finally {
      await app.close();
    }
  });

  it('sends security headers, and CORS only for configured origins', async () => {
    const plain = await buildTestApp();
    const withCors = await buildTestApp({ cors: { origins: ['https://ops.example'] } });
    try {
      const res = await plain.inject({ url: '/health', headers: { origin: 'https://ops.example' } });
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['content-security-policy']).toContain("default-src 'self'");
      expect(res.headers['access-control-allow-origin']).toBeUndefined();
      const allowed = await withCors.inject({ url: '/health', headers: { origin: 'https://ops.example' } });
      expect(allowed.headers['access-control-allow-origin']).toBe('https://ops.example');
      const other = await withCors.inject({ url: '/health', headers: { origin: 'https://evil.example' } });
      expect(other.headers['access-control-allow-origin']).toBeUndefined();
    } finally {
      await plain.close();
      await withCors.close();
    }
  });
});

describe('script clauses and the audit trail', () => {
  const writerToken = 'hm_writer_secret';
  let app: FastifyInstance;
  let dir: string;
  const index = 'security-scripts';

  beforeAll(async () => {
    const { mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const path = await import('node:path');
    dir = mkdtempSync(path.join(tmpdir(), 'hm-audit-'));
    app = await buildTestApp({
      auth: { tokens: { ...tokenConfig.tokens, writer: { sha256: sha256(writerToken), scopes: ['write:es/*'] } } },
      log: { level: 'warn', console: false, dir },
    });
    await app.inject({
      method: 'POST',
      url: '/es/opensearch/indices',
      headers: bearer(tokens.admin),
      payload: { index, settings: { number_of_replicas: 0 }, mappings: { properties: { n: { type: 'integer' } } } },
    });
    await app.inject({ method: 'PUT', url: `/es/opensearch/indices/${index}/docs/1?refresh=true`, headers: bearer(tokens.admin), payload: { n: 1 } });
  });
  afterAll(async () => {
    await app.inject({ method: 'DELETE', url: `/es/opensearch/indices/${index}`, headers: bearer(tokens.admin) });
    await app.close();
  });

  const scripted = { query: { script_score: { query: { match_all: {} }, script: { source: "doc['n'].value * 2" } } } };

  it('refuses a script clause from a read token (403 naming the clause) and runs it for an admin', async () => {
    const denied = await app.inject({ method: 'POST', url: `/es/opensearch/indices/${index}/_search`, headers: bearer(tokens.reader), payload: scripted });
    expect(denied.statusCode).toBe(403);
    expect(bodyOf(denied).message).toBe('token "reader" lacks admin on es/opensearch, which the script clause at body.query.script_score needs');
    const plain = await app.inject({
      method: 'POST',
      url: `/es/opensearch/indices/${index}/_search`,
      headers: bearer(tokens.reader),
      payload: { query: { match_all: {} } },
    });
    expect(plain.statusCode).toBe(200);
    const allowed = await app.inject({ method: 'POST', url: `/es/opensearch/indices/${index}/_search`, headers: bearer(tokens.admin), payload: scripted });
    expect(allowed.statusCode).toBe(200);
    expect(bodyOf<{ hits: { score: number }[] }>(allowed).data.hits[0]!.score).toBe(2);
  });

  it('refuses a scripted update inside NDJSON _bulk from a write token', async () => {
    const ndjson = `{"update":{"_id":"1"}}\n{"script":{"source":"ctx._source.n += 1"}}\n`;
    const headers = { ...bearer(writerToken), 'content-type': 'application/x-ndjson' };
    const denied = await app.inject({ method: 'POST', url: `/es/opensearch/indices/${index}/docs/_bulk`, headers, payload: ndjson });
    expect(denied.statusCode).toBe(403);
    expect(bodyOf(denied).message).toBe('token "writer" lacks admin on es/opensearch, which the script clause at body line 2.script needs');
    const plain = await app.inject({
      method: 'POST',
      url: `/es/opensearch/indices/${index}/docs/_bulk`,
      headers,
      payload: `{"update":{"_id":"1"}}\n{"doc":{"n":5}}\n`,
    });
    expect(plain.statusCode).toBe(200);
  });

  it('audits every write and admin call, denied ones as denied, and not reads', async () => {
    await app.inject({ method: 'DELETE', url: `/es/opensearch/indices/${index}/docs/nope`, headers: bearer(tokens.reader) });
    await app.inject({ method: 'GET', url: `/es/opensearch/indices/${index}/docs/1`, headers: bearer(tokens.reader) });
    const { readFileSync } = await import('node:fs');
    const path = await import('node:path');
    const lines = readFileSync(path.join(dir, 'audit.log'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.every((l) => l.level !== 'read')).toBe(true);
    expect(lines[0]).toMatchObject({
      token: 'admin',
      level: 'admin',
      method: 'POST',
      route: '/es/:instance/indices',
      instance: 'opensearch',
      outcome: 'ok',
      status: 201,
    });
    expect(lines).toContainEqual(
      expect.objectContaining({ token: 'reader', level: 'admin', route: '/es/:instance/indices/:index/_search', outcome: 'denied', status: 403 }),
    );
    expect(lines).toContainEqual(expect.objectContaining({ token: 'writer', outcome: 'denied', target: { index } }));
    expect(lines.at(-1)).toMatchObject({
      token: 'reader',
      level: 'write',
      method: 'DELETE',
      route: '/es/:instance/indices/:index/docs/:id',
      target: { index, id: 'nope' },
      outcome: 'denied',
      status: 403,
    });
    for (const l of lines) expect(Object.keys(l)).toEqual(expect.arrayContaining(['time', 'reqId', 'ms']));
  });
});
