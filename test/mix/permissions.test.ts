import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dropIndices } from '../es/es-helpers.js';
import { buildTestApp, testSettings } from '../helpers.js';
import { designPipeline, dropCpu, mix, ok, refused, seedCpu, seedHosts } from './fixtures.js';

const P = 'mx6a';
const sha256 = (t: string) => createHash('sha256').update(t).digest('hex');
const scopes = {
  reader: ['read:*/*'],
  mixOnly: ['read:mix/*'],
  esOnly: ['read:mix/*', 'read:es/*'],
  backendsOnly: ['read:es/*', 'read:influx/*'],
  writer: ['write:*/*'],
  esWriter: ['write:mix/*', 'write:es/*', 'read:influx/*'],
  admin: ['admin:*/*'],
};
type Token = keyof typeof scopes;
const secret = (name: Token) => `hm_${P}_${name}`;

describe('pipeline permissions with tokens', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    const tokens = Object.fromEntries(Object.entries(scopes).map(([name, s]) => [name, { sha256: sha256(secret(name as Token)), scopes: s }]));
    // Write tokens may create the upsert targets of these tests (the rule itself: test/scopes.test.ts).
    const base = testSettings();
    app = await buildTestApp({ auth: { tokens }, es: { ...base.es, default: { ...base.es.default!, autoCreate: [`${P}-*`] } } });
    await Promise.all([seedHosts(P), seedCpu(P)]);
  });
  afterAll(async () => {
    await Promise.all([dropIndices('default', P), dropCpu(P)]);
    await app.close();
  });

  const withUpsert = (target: object) => {
    const body = designPipeline(P);
    body.pipeline.push({ upsert: target });
    return body;
  };

  it('needs a token with read on mix', async () => {
    expect(refused(await mix(app, designPipeline(P)), 401, 40100)).toBe('missing bearer token (Authorization: Bearer <token>)');
    expect(refused(await mix(app, designPipeline(P), { token: secret('backendsOnly') }), 403, 40300)).toBe('token "backendsOnly" lacks read on mix');
  });

  it('needs read on the instance of every source', async () => {
    expect(refused(await mix(app, designPipeline(P), { token: secret('mixOnly') }), 403, 40300)).toBe(
      'token "mixOnly" lacks read on es/default, which body.sources.hosts needs',
    );
    expect(refused(await mix(app, designPipeline(P), { token: secret('esOnly') }), 403, 40300)).toBe(
      'token "esOnly" lacks read on influx/default, which body.sources.cpu needs',
    );
    expect(refused(await mix(app, designPipeline(P), { token: secret('esOnly'), explain: true }), 403, 40300)).toMatch(/lacks read on influx\/default/);
    expect(ok(await mix(app, designPipeline(P), { token: secret('reader') })).rows).toHaveLength(3);
  });

  it('needs write on the instance of every upsert target', async () => {
    const toEs = withUpsert({ es: 'default', index: `${P}-out`, id: 'region' });
    const toInflux = withUpsert({ influx: 'default', db: `${P}_telegraf`, measurement: 'out', tags: ['region'], fields: ['avgCpu'] });
    expect(refused(await mix(app, toEs, { token: secret('reader') }), 403, 40300)).toBe(
      'token "reader" lacks write on es/default, which body.pipeline.5.upsert needs',
    );
    expect(refused(await mix(app, toInflux, { token: secret('esWriter') }), 403, 40300)).toBe(
      'token "esWriter" lacks write on influx/default, which body.pipeline.5.upsert needs',
    );
    expect(ok(await mix(app, toEs, { token: secret('esWriter') })).stats.upserts).toEqual([
      { step: 5, target: `es/default/${P}-out`, written: 3, failed: 0, errors: [] },
    ]);
    expect(ok(await mix(app, toInflux, { token: secret('writer') })).stats.upserts[0]).toMatchObject({ written: 3, failed: 0 });
  });

  it('needs admin on the instance for a script clause in an Elasticsearch source query', async () => {
    const body = designPipeline(P);
    body.sources.hosts.query = { script: { script: { source: "doc['os'].value == 'linux'" } } };
    expect(refused(await mix(app, body, { token: secret('writer') }), 403, 40300)).toBe(
      'token "writer" lacks admin on es/default, which the script clause at body.sources.hosts.query.script needs',
    );
    const plan = ok(await mix(app, body, { token: secret('admin'), explain: true }));
    expect(plan.sources.hosts.query.body.query).toEqual(body.sources.hosts.query);
  });

  it('checks nothing beyond the route without tokens (auth off)', async () => {
    const open = await buildTestApp();
    try {
      const data = ok(await mix(open, withUpsert({ es: 'default', index: `${P}-open`, id: 'region' })));
      expect(data.stats.upserts[0]).toMatchObject({ written: 3 });
    } finally {
      await open.close();
    }
  });
});
