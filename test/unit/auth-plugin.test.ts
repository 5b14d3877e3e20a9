import { createHash } from 'node:crypto';
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { settingsSchema, type Settings } from '../../src/config/settings.js';
import { accessLogPlugin } from '../../src/middlewares/access-log.js';
import { authPlugin, requireAdmin, type Permission } from '../../src/middlewares/auth.js';
import { fluxElevation, influxAdminModeElevation } from '../../src/middlewares/elevation.js';
import { errorHandler } from '../../src/middlewares/envelope.js';

// The auth plugin in a bare Fastify app with a few routes of each kind, called with app.inject:
// the statuses and messages a caller sees, with no backend behind the routes.
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const scopesOf = {
  reader: ['read:es/a'],
  writer: ['write:es/a', 'read:influx/*'],
  admin: ['admin:*/*'],
  influxAdmin: ['read:es/a', 'admin:influx/metrics'],
};
type TokenName = keyof typeof scopesOf;
const secret = (name: TokenName) => `hm_unit_${name}`;
const bearer = (name: TokenName) => ({ authorization: `Bearer ${secret(name)}` });
const tokens = Object.fromEntries(Object.entries(scopesOf).map(([name, scopes]) => [name, { sha256: sha256(secret(name as TokenName)), scopes }]));

/** What each route answers: who called, what it may do on es/a and influx/metrics, and whether it asked for admin. */
const seen = (request: FastifyRequest) => ({
  token: request.identity === null ? null : request.identity.token,
  esA: request.access.levelOn('es', 'a'),
  influxMetrics: request.access.levelOn('influx', 'metrics'),
  elevated: request.elevated,
  writes: request.writes,
});

const read = (family: 'es' | 'influx' | 'mix'): { permission: Permission } => ({ permission: { level: 'read', family } });

let app: FastifyInstance;
// eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- undefined before the first appWith
afterEach(() => app?.close());

async function appWith(withTokens: boolean, accessLines: Record<string, unknown>[] = []): Promise<FastifyInstance> {
  const auth = settingsSchema.shape.auth.parse({ tokens: withTokens ? tokens : {} });
  app = Fastify();
  app.setErrorHandler(errorHandler);
  // Flux on `metrics` is open to readers (a read-only token of its own); on `open` it is not.
  const readOnly = { fluxForReaders: true, credentials: { read: { token: 'r' }, write: { token: 'w' }, admin: { token: 'a' } } };
  app.decorate('settings', {
    influx: { metrics: { url: 'http://127.0.0.1:9', ...readOnly }, open: { url: 'http://127.0.0.1:9', token: 't' } },
  } as unknown as Settings);
  await app.register(authPlugin, { settings: { auth } as Settings });
  await app.register(accessLogPlugin, { access: { info: (line: Record<string, unknown>) => accessLines.push(line) } as unknown as Logger });
  app.get('/health', { config: { permission: null } }, async (request) => seen(request));
  app.get('/es', { config: read('es') }, async (request) => seen(request));
  app.get('/es/:instance/docs', { config: read('es') }, async (request) => seen(request));
  app.post('/es/:instance/docs', { config: { permission: { level: 'write', family: 'es' } } }, async (request) => seen(request));
  app.post('/es/:instance/search', { config: read('es') }, async (request) => {
    // As the parser does for a script clause it finds in the body it will send.
    if ((request.body as { script?: unknown } | undefined)?.script !== undefined) requireAdmin(request, 'es', 'the script clause at body.script');
    return seen(request);
  });
  app.post('/es/search', { config: read('es') }, async (request) => {
    requireAdmin(request, 'es', 'the script clause at body.script');
    return seen(request);
  });
  app.post('/influx/:instance/query', { config: { permission: { level: 'read', family: 'influx', elevate: influxAdminModeElevation } } }, async (request) =>
    seen(request),
  );
  app.post('/influx/:instance/flux', { config: { permission: { level: 'read', family: 'influx', elevate: fluxElevation } } }, async (request) => seen(request));
  app.get('/mix/instances', { config: read('mix') }, async (request) => seen(request));
  return app;
}

const call = async (method: 'GET' | 'POST', url: string, headers: Record<string, string> = {}, body?: object) => {
  const res = await app.inject({ method, url, headers, ...(body && { payload: body }) });
  return { status: res.statusCode, body: res.json<Record<string, unknown>>() };
};
const refusal = (status: number, message: string) => ({ status, body: { result: false, resultcode: status * 100, message, data: null } });

describe('the auth plugin with tokens configured', () => {
  it('lets a token through on what its scopes cover, and tells the route who called and what it may do', async () => {
    await appWith(true);
    expect(await call('GET', '/es/a/docs', bearer('reader'))).toEqual({
      status: 200,
      body: { token: 'reader', esA: 'read', influxMetrics: null, elevated: false, writes: false },
    });
    expect((await call('POST', '/es/a/docs', bearer('writer'))).body).toEqual({
      token: 'writer',
      esA: 'write',
      influxMetrics: 'read',
      elevated: false,
      writes: false,
    });
    expect((await call('GET', '/es/a/docs', bearer('admin'))).body).toMatchObject({ token: 'admin', esA: 'admin', influxMetrics: 'admin' });
  });

  it('refuses a request without a well-formed bearer token with 401', async () => {
    await appWith(true);
    const missing = refusal(401, 'missing bearer token (Authorization: Bearer <token>)');
    expect(await call('GET', '/es/a/docs')).toEqual(missing);
    for (const authorization of [
      `Basic ${secret('reader')}`,
      'Bearer',
      'Bearer ',
      `Bearer${secret('reader')}`,
      `Bearer ${secret('reader')} extra`,
      `Bearer ${secret('reader')} `,
      `xBearer ${secret('reader')}`,
      ` Bearer ${secret('reader')}`,
      `Token ${secret('reader')}`,
    ]) {
      expect(await call('GET', '/es/a/docs', { authorization }), authorization).toEqual(missing);
    }
  });

  it('reads the scheme in any case and any run of whitespace after it', async () => {
    await appWith(true);
    for (const authorization of [`bearer ${secret('reader')}`, `BEARER\t${secret('reader')}`, `Bearer   ${secret('reader')}`]) {
      expect(await call('GET', '/es/a/docs', { authorization }), authorization).toMatchObject({ status: 200, body: { token: 'reader' } });
    }
  });

  it('refuses an unknown token with 401, whichever configured token it resembles', async () => {
    await appWith(true);
    for (const token of ['nope', secret('reader').toUpperCase(), `${secret('reader')}x`, secret('reader').slice(0, -1), sha256(secret('reader'))]) {
      expect(await call('GET', '/es/a/docs', { authorization: `Bearer ${token}` }), token).toEqual(refusal(401, 'unknown token'));
    }
  });

  it("refuses a token whose scopes do not reach the route's level, family or instance with 403 naming them", async () => {
    await appWith(true);
    expect(await call('POST', '/es/a/docs', bearer('reader'))).toEqual(refusal(403, 'token "reader" lacks write on es/a'));
    expect(await call('GET', '/es/b/docs', bearer('reader'))).toEqual(refusal(403, 'token "reader" lacks read on es/b'));
    expect(await call('GET', '/es/*/docs', bearer('reader'))).toEqual(refusal(403, 'token "reader" lacks read on es/*'));
    expect(await call('POST', '/influx/metrics/query', bearer('reader'), {})).toEqual(refusal(403, 'token "reader" lacks read on influx/metrics'));
    expect(await call('GET', '/mix/instances', bearer('writer'))).toEqual(refusal(403, 'token "writer" lacks read on mix'));
  });

  it('opens a route without an instance to a token holding its family on some instance', async () => {
    await appWith(true);
    expect(await call('GET', '/es', bearer('reader'))).toMatchObject({ status: 200, body: { token: 'reader' } });
    expect(await call('GET', '/es/*/docs', bearer('admin'))).toMatchObject({ status: 200, body: { token: 'admin' } });
    expect(await call('GET', '/mix/instances', bearer('admin'))).toMatchObject({ status: 200, body: { token: 'admin' } });
  });

  it('serves public routes without a token and gives them no access, token or not', async () => {
    await appWith(true);
    const anonymous = { status: 200, body: { token: null, esA: null, influxMetrics: null, elevated: false, writes: false } };
    expect(await call('GET', '/health')).toEqual(anonymous);
    expect(await call('GET', '/health', { authorization: 'Bearer nope' })).toEqual(anonymous);
  });

  it('asks for admin when a raw InfluxQL body sets admin mode: 403 naming the reason without it', async () => {
    await appWith(true);
    expect(await call('POST', '/influx/metrics/query', bearer('writer'), { admin: true })).toEqual(
      refusal(403, 'token "writer" lacks admin on influx/metrics, which raw InfluxQL admin mode (body.admin) needs'),
    );
    expect(await call('POST', '/influx/metrics/query', bearer('influxAdmin'), { admin: true })).toMatchObject({
      status: 200,
      body: { token: 'influxAdmin', elevated: true, influxMetrics: 'admin' },
    });
    for (const admin of [false, 'true', 1, null]) {
      expect(await call('POST', '/influx/metrics/query', bearer('writer'), { admin }), String(admin)).toMatchObject({ status: 200, body: { elevated: false } });
    }
    expect(await call('POST', '/influx/metrics/query', bearer('writer'))).toMatchObject({ status: 200, body: { elevated: false } });
  });

  it('asks for admin for Flux unless the instance opens it to readers; an unknown instance is left to the route', async () => {
    await appWith(true);
    expect(await call('POST', '/influx/metrics/flux', bearer('writer'))).toMatchObject({ status: 200, body: { elevated: false, influxMetrics: 'read' } });
    expect(await call('POST', '/influx/open/flux', bearer('writer'))).toEqual(
      refusal(
        403,
        'token "writer" lacks admin on influx/open, which Flux, which can write, on an instance that does not open it to readers (fluxForReaders with a read-only credentials.read.token) needs',
      ),
    );
    expect(await call('POST', '/influx/open/flux', bearer('admin'))).toMatchObject({ status: 200, body: { elevated: true } });
    expect(await call('POST', '/influx/toString/flux', bearer('writer'))).toMatchObject({ status: 200, body: { elevated: false } });
  });

  it('refuses what the parser finds needs admin (a script clause) to a token without admin on the instance', async () => {
    await appWith(true);
    expect(await call('POST', '/es/a/search', bearer('writer'), { script: 1 })).toEqual(
      refusal(403, 'token "writer" lacks admin on es/a, which the script clause at body.script needs'),
    );
    expect(await call('POST', '/es/a/search', bearer('writer'), { query: 1 })).toMatchObject({ status: 200, body: { elevated: false } });
    expect(await call('POST', '/es/a/search', bearer('admin'), { script: 1 })).toMatchObject({ status: 200, body: { token: 'admin', elevated: true } });
    expect(await call('POST', '/es/search', bearer('reader'), {})).toEqual(
      refusal(403, 'token "reader" lacks admin on es, which the script clause at body.script needs'),
    );
    expect(await call('POST', '/es/search', bearer('admin'), {})).toMatchObject({ status: 200, body: { elevated: true } });
  });

  it('is the plugin named "auth" that the access log depends on, and names the token there', async () => {
    const lines: Record<string, unknown>[] = [];
    await appWith(true, lines);
    await call('GET', '/es/a/docs', bearer('reader'));
    await call('GET', '/es/a/docs');
    expect(lines.map((l) => [l.status, l.token])).toEqual([
      [200, 'reader'],
      [401, undefined],
    ]);
  });
});

describe('the auth plugin with no tokens (auth off)', () => {
  it('lets every request through with full access and no identity', async () => {
    await appWith(false);
    const open = { status: 200, body: { token: null, esA: 'admin', influxMetrics: 'admin', elevated: false, writes: false } };
    expect(await call('POST', '/es/a/docs')).toEqual(open);
    expect(await call('GET', '/es/b/docs', { authorization: 'Bearer nope' })).toEqual(open);
    expect(await call('GET', '/health')).toEqual(open);
  });

  it('still notes what needs admin, for the audit log, and refuses nothing', async () => {
    await appWith(false);
    expect(await call('POST', '/influx/metrics/query', {}, { admin: true })).toMatchObject({ status: 200, body: { token: null, elevated: true } });
    expect(await call('POST', '/influx/metrics/query', {}, { admin: false })).toMatchObject({ status: 200, body: { elevated: false } });
    expect(await call('POST', '/es/a/search', {}, { script: 1 })).toMatchObject({ status: 200, body: { elevated: true } });
  });
});
