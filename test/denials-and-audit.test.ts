import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { dropIndices } from './es/es-helpers.js';
import { settingsSchema } from '../src/config/settings.js';
import { bodyOf, buildTestApp, testSettings } from './helpers.js';
import { influxDirect, writeDirect } from './influx/support.js';

const P = 'aud-scopes';
const sha256 = (t: string) => createHash('sha256').update(t).digest('hex');
const secrets = { reader: 'hm_scopes_reader', esDefault: 'hm_scopes_es_default', writer: 'hm_scopes_writer', admin: 'hm_scopes_admin' };
const auth = {
  tokens: {
    reader: { sha256: sha256(secrets.reader), scopes: ['read:*/*'] },
    esDefault: { sha256: sha256(secrets.esDefault), scopes: ['read:es/default'] },
    writer: { sha256: sha256(secrets.writer), scopes: ['write:*/*'] },
    admin: { sha256: sha256(secrets.admin), scopes: ['admin:*/*'] },
  },
};
const bearer = (secret: string) => ({ authorization: `Bearer ${secret}` });

describe('denied calls are rate limited by client address', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    const base = testSettings();
    app = await buildTestApp({ auth, limits: { ...base.limits, deniedRateLimit: { max: 3, windowMs: 60_000 } } });
  });
  afterAll(() => app.close());

  it('answers 429 after the limit of 401s, to good tokens too, but only for that address and not on public routes', async () => {
    const from = (remoteAddress: string, headers: Record<string, string>) => app.inject({ url: '/es/default', headers, remoteAddress });
    for (let i = 0; i < 3; i++) expect((await from('127.0.0.7', bearer(`hm_guess_${i}`))).statusCode).toBe(401);
    const blocked = await from('127.0.0.7', bearer('hm_guess_3'));
    expect(blocked.statusCode).toBe(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    expect(bodyOf(blocked)).toMatchObject({ result: false, resultcode: 42900, data: null });
    expect(bodyOf(blocked).message).toMatch(/^too many denied calls \(401\/403\) from 127\.0\.0\.7: at most 3 per 60 s; retry in \d+ s$/);
    // A good token from the blocked address cannot tell itself from a bad one.
    expect((await from('127.0.0.7', bearer(secrets.reader))).statusCode).toBe(429);
    expect((await app.inject({ url: '/health', remoteAddress: '127.0.0.7' })).statusCode).toBe(200);
    expect((await from('127.0.0.8', bearer(secrets.reader))).statusCode).toBe(200);
  });

  it('counts 403s (a token probing instances it lacks) the same way', async () => {
    const probe = () => app.inject({ url: '/es/opensearch', headers: bearer(secrets.esDefault), remoteAddress: '127.0.0.9' });
    for (let i = 0; i < 3; i++) expect((await probe()).statusCode).toBe(403);
    expect((await probe()).statusCode).toBe(429);
  });
});

describe('denied calls behind a reverse proxy', () => {
  it('trusts only proxies named by address, CIDR range or proxy-addr keyword', () => {
    const server = (trustProxy: unknown) => settingsSchema.shape.server.safeParse({ ...testSettings().server, trustProxy });
    expect(server(['127.0.0.1', '::1', '10.0.0.0/8', 'fd00::/8', 'loopback']).success).toBe(true);
    for (const bad of ['proxy.example', '10.0.0.0/33', '', 'true']) {
      const parsed = server([bad]);
      expect(parsed.success, bad).toBe(false);
      expect(parsed.error?.issues[0]?.path, bad).toEqual(['trustProxy', 0]);
    }
  });

  it('count per client as X-Forwarded-For names it when the proxy is trusted, else per proxy', async () => {
    const base = testSettings();
    const limits = { ...base.limits, deniedRateLimit: { max: 2, windowMs: 60_000 } };
    const trusting = await buildTestApp({ auth, limits, server: { ...base.server, trustProxy: ['127.0.0.1'] } });
    const plain = await buildTestApp({ auth, limits });
    try {
      const via = (app: FastifyInstance, client: string) =>
        app.inject({ url: '/es/default', headers: { ...bearer('hm_guess'), 'x-forwarded-for': client }, remoteAddress: '127.0.0.1' });
      for (const app of [trusting, plain]) {
        for (let i = 0; i < 2; i++) expect((await via(app, '127.0.0.20')).statusCode).toBe(401);
        expect((await via(app, '127.0.0.20')).statusCode).toBe(429);
      }
      expect((await via(trusting, '127.0.0.21')).statusCode).toBe(401);
      expect((await via(plain, '127.0.0.21')).statusCode).toBe(429);
    } finally {
      await Promise.all([trusting.close(), plain.close()]);
    }
  });
});

describe('audit lines', () => {
  let app: FastifyInstance;
  let dir: string;
  const db = `${P.replace('-', '_')}_db`;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'hm-audit-scopes-'));
    const base = testSettings();
    app = await buildTestApp({
      auth,
      log: { level: 'warn', console: false, dir },
      es: { ...base.es, default: { ...base.es.default!, autoCreate: [`${P}-*`] } },
    });
    await influxDirect(`DROP DATABASE "${db}"; CREATE DATABASE "${db}"`);
    await writeDirect(db, 'cpu,host=a v=1');
  });
  afterAll(async () => {
    await Promise.all([dropIndices('default', P), influxDirect(`DROP DATABASE "${db}"`)]);
    await app.close();
  });

  const auditText = () => readFileSync(join(dir, 'audit.log'), 'utf8').trim().split('\n');
  // A line is written after its answer is sent (onResponse), so it may land a moment later.
  const lineOf = (reqId: string) =>
    vi.waitFor(() => {
      const text = auditText().find((l) => l.includes(`"reqId":"${reqId}"`));
      expect(text, reqId).toBeDefined();
      return { text: text!, line: JSON.parse(text!) as Record<string, unknown> };
    });

  it('name the InfluxDB measurement of the route', async () => {
    const res = await app.inject({ method: 'DELETE', url: `/influx/default/databases/${db}/measurements/cpu`, headers: bearer(secrets.admin) });
    expect(res.statusCode).toBe(200);
    expect((await lineOf(res.headers['x-request-id'] as string)).line).toMatchObject({ level: 'admin', target: { db, measurement: 'cpu' }, outcome: 'ok' });
  });

  it('name the upsert targets of a pipeline, allowed or denied', async () => {
    await writeDirect(db, 'cpu,host=a v=1');
    const body = {
      sources: { s: { influx: 'default', db, measurement: 'cpu' } },
      pipeline: [
        { upsert: { es: 'default', index: `${P}-out`, id: 'host' } },
        { upsert: { influx: 'default', db, measurement: 'copy', tags: ['host'], fields: ['v'] } },
      ],
    };
    const upserts = [
      { es: 'default', index: `${P}-out` },
      { influx: 'default', db, measurement: 'copy' },
    ];
    const ran = await app.inject({ method: 'POST', url: '/mix/query', payload: body, headers: bearer(secrets.writer) });
    expect(ran.statusCode, ran.body).toBe(200);
    expect((await lineOf(ran.headers['x-request-id'] as string)).line).toMatchObject({
      token: 'writer',
      level: 'write',
      route: '/mix/query',
      upserts,
      outcome: 'ok',
    });
    const denied = await app.inject({ method: 'POST', url: '/mix/query', payload: body, headers: bearer(secrets.reader) });
    expect(denied.statusCode).toBe(403);
    expect((await lineOf(denied.headers['x-request-id'] as string)).line).toMatchObject({ token: 'reader', level: 'write', upserts, outcome: 'denied' });
  });

  it("carry the gateway's own request id, the client's apart and cut, and one level key", async () => {
    const res = await app.inject({
      method: 'POST',
      url: `/es/default/indices/${P}-ids/docs`,
      payload: { a: 1 },
      headers: { ...bearer(secrets.writer), 'x-request-id': 'client-chosen' },
    });
    expect(res.statusCode).toBe(201);
    const reqId = res.headers['x-request-id'] as string;
    expect(reqId).toMatch(/^[0-9a-f-]{36}$/);
    const { text, line } = await lineOf(reqId);
    expect(line).toMatchObject({ reqId, clientRequestId: 'client-chosen', level: 'write', log: 'audit' });
    expect(text.match(/"level":/g)).toHaveLength(1);
    const long = await app.inject({
      method: 'POST',
      url: `/es/default/indices/${P}-ids/docs`,
      payload: { a: 1 },
      headers: { ...bearer(secrets.writer), 'x-request-id': 'x'.repeat(5000) },
    });
    expect((await lineOf(long.headers['x-request-id'] as string)).line.clientRequestId).toBe('x'.repeat(128));
    // A client's id never becomes the request id, even one shaped like the gateway's.
    const spoof = '00000000-0000-0000-0000-000000000000';
    const spoofed = await app.inject({ url: '/health', headers: { 'x-request-id': spoof } });
    expect(spoofed.headers['x-request-id']).not.toBe(spoof);
  });
});
