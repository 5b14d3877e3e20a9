import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, testSettings } from '../helpers.js';
import { backendUrl, call, direct, dropIndices, flavors } from './es-helpers.js';

// The test clusters run without a security module, so they ignore credentials: what is checked
// here is that per-level credentials ride along without breaking any call of either client, and
// how a cluster's 403 that is not a privilege check (a write block) is answered. Which credential
// each level picks is unit-tested (test/unit/credentials.test.ts).
const prefix = 'creds-';

describe('per-level credentials on both flavors', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    const base = testSettings();
    const user = (name: string) => ({ username: `creds_${name}`, password: `${name}-pw` });
    const esCredentials = { read: { apiKey: 'cmVhZDprZXk=' }, write: user('write'), admin: { apiKey: 'YWRtaW46a2V5' } };
    const osCredentials = { auth: user('admin'), credentials: { read: user('read'), write: user('write') } };
    app = await buildTestApp({
      es: {
        es: { ...base.es.default!, node: backendUrl('default'), credentials: esCredentials },
        os: { ...base.es.opensearch!, node: backendUrl('opensearch'), ...osCredentials },
        es9: { ...base.es.es9!, node: backendUrl('es9'), credentials: esCredentials },
        os3: { ...base.es.opensearch3!, node: backendUrl('opensearch3'), ...osCredentials },
      },
    });
    for (const { instance } of flavors) await dropIndices(instance, prefix);
  });
  afterAll(async () => {
    for (const { instance } of flavors) await dropIndices(instance, prefix);
    await app.close();
  });

  it.each([
    ['es', 'default'],
    ['os', 'opensearch'],
    ['es9', 'es9'],
    ['os3', 'opensearch3'],
  ] as const)('admin, write and read routes of %s work with their credentials, and a write block is a 403 naming the instance', async (name, backend) => {
    const index = `${prefix}${name}`;
    expect((await call(app, 'POST', `/es/${name}/indices`, { index, settings: { number_of_replicas: 0 } })).status).toBe(201);
    expect((await call(app, 'PUT', `/es/${name}/indices/${index}/docs/1?refresh=true`, { n: 1 })).status).toBeLessThan(300);
    const found = await call(app, 'POST', `/es/${name}/indices/${index}/_search`, { query: { match_all: {} } });
    expect(found.status).toBe(200);
    expect(found.body.data.hits).toHaveLength(1);

    await direct(backend, 'PUT', `/${index}/_settings`, { 'index.blocks.write': true });
    const blocked = await call(app, 'PUT', `/es/${name}/indices/${index}/docs/2`, { n: 2 });
    expect(blocked.status).toBe(403);
    expect(blocked.body.resultcode).toBe(40300);
    expect(blocked.body.message).toMatch(new RegExp(`^es/${name}: cluster_block_exception: .*${index}`));
    await direct(backend, 'PUT', `/${index}/_settings`, { 'index.blocks.write': false });
  });
});
