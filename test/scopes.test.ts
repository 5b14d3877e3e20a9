import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backendUrl, call, direct, dropIndices, type Instance } from './es/es-helpers.js';
import { buildTestApp, closedPortUrl, testSettings } from './helpers.js';
import { influxDirect, writeDirect } from './influx/support.js';

// Scopes on the real backends: listings and messages show only what a token can read; a write
// token creates indices only by the instance's autoCreate patterns.
const P = 'scopes';
const db = `${P}_metrics`;
const sha256 = (t: string) => createHash('sha256').update(t).digest('hex');
const scopes = {
  reader: ['read:*/*'],
  mixOnly: ['read:mix/*'],
  esDefault: ['read:mix/*', 'read:es/default'],
  influxOnly: ['read:mix/*', 'read:influx/*'],
  ghost: ['read:es/ghost', 'read:mix/*'],
  esDefaultAndGone: ['read:es/default', 'read:es/gone'],
  writer: ['write:*/*'],
  admin: ['admin:*/*'],
};
type Token = keyof typeof scopes;
const bearer = (token: Token) => ({ authorization: `Bearer hm_${P}_${token}` });
const tokens = Object.fromEntries(Object.entries(scopes).map(([name, s]) => [name, { sha256: sha256(`hm_${P}_${name}`), scopes: s }]));

/** The app with these tokens (none: auth off); on both clusters a write token may create `scopes-auto-*`. */
function scopedApp(withTokens = true) {
  const base = testSettings();
  const autoCreate = [`${P}-auto-*`];
  return buildTestApp({
    ...(withTokens && { auth: { tokens } }),
    es: { default: { ...base.es.default!, autoCreate }, opensearch: { ...base.es.opensearch!, autoCreate } },
  });
}

const exists = async (instance: Instance, index: string) =>
  (await fetch(`${backendUrl(instance)}/${encodeURIComponent(index)}`, { method: 'HEAD' })).status === 200;
const names = (data: { name: string }[]) => data.map((i) => i.name).sort();

let app: FastifyInstance;
beforeAll(async () => {
  app = await scopedApp();
  await Promise.all([dropIndices('default', P), dropIndices('opensearch', P)]);
  await direct('default', 'PUT', `/${P}-listed`, { settings: { number_of_replicas: 0 } });
  await direct('opensearch', 'PUT', `/${P}-listed`, { settings: { number_of_replicas: 0 } });
  await influxDirect(`DROP DATABASE "${db}"; CREATE DATABASE "${db}"`);
  await writeDirect(db, `${P}_cpu,host=a v=1`);
});
afterAll(async () => {
  await Promise.all([dropIndices('default', P), dropIndices('opensearch', P), dropIndices('default', `.${P}`), influxDirect(`DROP DATABASE "${db}"`)]);
  await app.close();
});

describe('listings show only the instances a token can read', () => {
  it('GET /es, GET /influx and GET /mix/instances', async () => {
    expect(names((await call(app, 'GET', '/es', undefined, bearer('reader'))).body.data)).toEqual(['default', 'opensearch']);
    expect(names((await call(app, 'GET', '/es', undefined, bearer('esDefault'))).body.data)).toEqual(['default']);
    expect(names((await call(app, 'GET', '/influx', undefined, bearer('influxOnly'))).body.data)).toEqual(['default']);
    const noInflux = await call(app, 'GET', '/influx', undefined, bearer('esDefault'));
    expect(noInflux.status).toBe(403);
    expect(noInflux.body.message).toBe('token "esDefault" lacks read on influx');
    expect((await call(app, 'GET', '/mix/instances', undefined, bearer('mixOnly'))).body.data).toEqual([]);
    const mixed = (await call(app, 'GET', '/mix/instances', undefined, bearer('esDefault'))).body.data;
    expect(mixed.map((i: { kind: string; name: string }) => `${i.kind}/${i.name}`)).toEqual(['es/default']);
  });

  it('GET /mix/resources: read:mix/* alone gets no index and no measurement', async () => {
    const none = await call(app, 'GET', `/mix/resources?keyword=${P}`, undefined, bearer('mixOnly'));
    expect(none.status).toBe(200);
    expect(none.body.data).toEqual({ resources: [], unavailable: [] });
    const esDefault = (await call(app, 'GET', `/mix/resources?keyword=${P}`, undefined, bearer('esDefault'))).body.data;
    expect(esDefault.resources).toEqual([expect.objectContaining({ kind: 'es', instance: 'default', index: `${P}-listed` })]);
    const influx = (await call(app, 'GET', `/mix/resources?keyword=${P}`, undefined, bearer('influxOnly'))).body.data;
    expect(influx.resources).toEqual([{ kind: 'influx', instance: 'default', database: db, measurement: `${P}_cpu` }]);
    const all = (await call(app, 'GET', `/mix/resources?keyword=${P}`, undefined, bearer('reader'))).body.data;
    expect(all.resources.map((r: { kind: string; instance: string }) => `${r.kind}/${r.instance}`).sort()).toEqual([
      'es/default',
      'es/opensearch',
      'influx/default',
    ]);
  });

  it('GET /mix/nodes: node addresses, heap and disk only of readable instances', async () => {
    expect((await call(app, 'GET', '/mix/nodes', undefined, bearer('mixOnly'))).body.data).toEqual([]);
    const esDefault = (await call(app, 'GET', '/mix/nodes', undefined, bearer('esDefault'))).body.data;
    expect(esDefault).toEqual([expect.objectContaining({ kind: 'es', instance: 'default', reachable: true })]);
    const influx = (await call(app, 'GET', '/mix/nodes', undefined, bearer('influxOnly'))).body.data;
    expect(influx).toEqual([expect.objectContaining({ kind: 'influx', instance: 'default', reachable: true })]);
  });

  it('GET /ready checks every instance but names none to an anonymous caller when auth is on', async () => {
    const ready = await call(app, 'GET', '/ready');
    expect(ready.status).toBe(200);
    expect(ready.body.data).toEqual([]);
    const open = await scopedApp(false);
    const base = testSettings();
    const down = await buildTestApp({
      auth: { tokens },
      es: { ...base.es, down: { node: closedPortUrl, flavor: 'elasticsearch', timeoutMs: 2000, labels: {} } },
    });
    try {
      expect(names((await call(open, 'GET', '/ready')).body.data)).toEqual(['default', 'default', 'opensearch']);
      const notReady = await call(down, 'GET', '/ready');
      expect(notReady.status).toBe(503);
      expect(notReady.body.message).toBe('not ready: 1 instance not named here (GET /mix/instances with a token names those it can read)');
    } finally {
      await Promise.all([open.close(), down.close()]);
    }
  });
});

describe('the unknown-instance message and "*"', () => {
  it('names only the configured instances the token can read', async () => {
    const ghost = await call(app, 'GET', '/es/ghost', undefined, bearer('ghost'));
    expect(ghost.status).toBe(404);
    expect(ghost.body.message).toBe('unknown es instance "ghost" (configured: none)');
    const gone = await call(app, 'GET', '/es/gone/indices', undefined, bearer('esDefaultAndGone'));
    expect(gone.body.message).toBe('unknown es instance "gone" (configured: default)');
    const all = await call(app, 'GET', '/es/gone', undefined, bearer('reader'));
    expect(all.body.message).toBe('unknown es instance "gone" (configured: default, opensearch)');
  });

  it('names only readable instances for an unknown pipeline source too', async () => {
    const body = { sources: { s: { es: 'ghost', index: `${P}-listed` } }, pipeline: [] };
    const res = await app.inject({ method: 'POST', url: '/mix/query', payload: body, headers: bearer('ghost') });
    expect(res.statusCode).toBe(404);
    expect(res.json().message).toBe('unknown es instance "ghost" (configured: none)');
  });

  it('refuses "*" as a route or source instance to a token scoped to named instances', async () => {
    for (const url of ['/es/*', '/es/%2A/indices', `/es/*/indices/${P}-listed/_search`]) {
      const res = await call(app, url.endsWith('_search') ? 'POST' : 'GET', url, url.endsWith('_search') ? {} : undefined, bearer('esDefault'));
      expect(res.status, url).toBe(403);
      expect(res.body.message, url).toBe('token "esDefault" lacks read on es/*');
    }
    const body = { sources: { s: { es: '*', index: `${P}-listed` } }, pipeline: [] };
    const res = await app.inject({ method: 'POST', url: '/mix/query', payload: body, headers: bearer('esDefault') });
    expect(res.statusCode).toBe(403);
    expect(res.json().message).toBe('token "esDefault" lacks read on es/*, which body.sources.s needs');
  });
});

describe('index creation by a write token', () => {
  const ndjson = { ...bearer('writer'), 'content-type': 'application/x-ndjson' };
  const refusal = (instance: Instance, index: string) =>
    `index "${index}" does not exist on es/${instance} and a write token may create only indices matching the instance setting ` +
    `es.${instance}.autoCreate (${P}-auto-*); an admin token can create it (POST /es/${instance}/indices)`;

  for (const instance of ['default', 'opensearch'] as const) {
    it(`refuses every document write into a missing index outside autoCreate on ${instance}, creating nothing`, async () => {
      const index = `${P}-missing`;
      const attempts = [
        await call(app, 'POST', `/es/${instance}/indices/${index}/docs`, { a: 1 }, bearer('writer')),
        await call(app, 'PUT', `/es/${instance}/indices/${index}/docs/1`, { a: 1 }, bearer('writer')),
        await call(app, 'PATCH', `/es/${instance}/indices/${index}/docs/1?upsert=true`, { a: 1 }, bearer('writer')),
        await call(app, 'PATCH', `/es/${instance}/indices/${index}/docs/1`, { a: 1 }, bearer('writer')),
        await call(app, 'POST', `/es/${instance}/indices/${index}/docs/_bulk`, [{ _id: '1', a: 1 }], bearer('writer')),
        await call(app, 'POST', `/es/${instance}/indices/${index}/docs/_bulk`, '{"create":{"_id":"1"}}\n{"a":1}\n', ndjson),
      ];
      for (const res of attempts) {
        expect(res.status).toBe(403);
        expect(res.body.message).toBe(refusal(instance, index));
      }
      expect(await exists(instance, index)).toBe(false);
    });

    it(`lets a write token create an index matching autoCreate, and write into an existing one, on ${instance}`, async () => {
      const doc = await call(app, 'POST', `/es/${instance}/indices/${P}-auto-docs/docs?refresh=true`, { a: 1 }, bearer('writer'));
      expect(doc.status).toBe(201);
      const bulk = await call(app, 'POST', `/es/${instance}/indices/${P}-auto-bulk/docs/_bulk`, '{"index":{"_id":"1"}}\n{"a":1}\n', ndjson);
      expect(bulk.status).toBe(200);
      expect(await exists(instance, `${P}-auto-docs`)).toBe(true);
      expect(await exists(instance, `${P}-auto-bulk`)).toBe(true);
      expect((await call(app, 'PUT', `/es/${instance}/indices/${P}-listed/docs/1`, { a: 1 }, bearer('writer'))).status).toBe(201);
      // Deleting from a missing index creates nothing, so it is not refused for that.
      const gone = await call(app, 'DELETE', `/es/${instance}/indices/${P}-missing/docs/1`, undefined, bearer('writer'));
      expect(gone.status).toBe(404);
    });
  }

  it('refuses a pipeline upsert into a missing index before fetching anything, and runs one into an autoCreate pattern', async () => {
    const pipeline = (index: string) => ({
      sources: { s: { influx: 'default', db, measurement: `${P}_cpu` } },
      pipeline: [{ upsert: { es: 'default', index, id: 'host' } }],
    });
    const refused = await app.inject({ method: 'POST', url: '/mix/query', payload: pipeline(`${P}-missing-out`), headers: bearer('writer') });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().message).toBe(refusal('default', `${P}-missing-out`));
    // A source that would answer 404 if fetched: the upsert target is checked first.
    const unfetched = { ...pipeline(`${P}-missing-out`), sources: { s: { es: 'default', index: `${P}-no-such-source` } } };
    expect((await app.inject({ method: 'POST', url: '/mix/query', payload: unfetched, headers: bearer('writer') })).json().message).toBe(
      refusal('default', `${P}-missing-out`),
    );
    expect(await exists('default', `${P}-missing-out`)).toBe(false);
    const done = await app.inject({ method: 'POST', url: '/mix/query', payload: pipeline(`${P}-auto-out`), headers: bearer('writer') });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json().data.stats.upserts).toEqual([{ step: 0, target: `es/default/${P}-auto-out`, written: 1, failed: 0, errors: [] }]);
    const admin = await app.inject({ method: 'POST', url: '/mix/query', payload: pipeline(`${P}-admin-out`), headers: bearer('admin') });
    expect(admin.statusCode).toBe(200);
    expect(await exists('default', `${P}-admin-out`)).toBe(true);
  });

  it('takes admin for any document write into a dot-prefixed index', async () => {
    const index = `.${P}-dot`;
    const message = `writing documents into the dot-prefixed index "${index}" needs admin on es/default`;
    for (const [method, url, payload] of [
      ['POST', `/es/default/indices/${index}/docs`, { a: 1 }],
      ['POST', `/es/default/indices/${index}/docs/_bulk`, [{ a: 1 }]],
      ['DELETE', `/es/default/indices/${index}/docs/1`, undefined],
    ] as const) {
      const res = await call(app, method, url, payload, bearer('writer'));
      expect(res.status, url).toBe(403);
      expect(res.body.message).toBe(message);
    }
    expect(await exists('default', index)).toBe(false);
    const upsert = { sources: { s: { influx: 'default', db, measurement: `${P}_cpu` } }, pipeline: [{ upsert: { es: 'default', index, id: 'host' } }] };
    const viaPipeline = await app.inject({ method: 'POST', url: '/mix/query', payload: upsert, headers: bearer('writer') });
    expect(viaPipeline.json().message).toBe(message);
    expect((await call(app, 'POST', `/es/default/indices/${index}/docs`, { a: 1 }, bearer('admin'))).status).toBe(201);
    expect((await call(app, 'PUT', `/es/default/indices/${index}/docs/1`, { a: 2 }, bearer('writer'))).status).toBe(403);
  });

  it('changes nothing with auth off: a missing index is created as Elasticsearch does', async () => {
    const open = await scopedApp(false);
    try {
      expect((await call(open, 'POST', `/es/default/indices/${P}-open/docs`, { a: 1 })).status).toBe(201);
      expect(await exists('default', `${P}-open`)).toBe(true);
    } finally {
      await open.close();
    }
  });
});
