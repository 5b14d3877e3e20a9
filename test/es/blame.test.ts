import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../helpers.js';
import { call, direct, dropIndices, flavors } from './es-helpers.js';

// Errors mapped by their type: the caller's mistakes and index blocks are 4xx naming the cause,
// never 503 (which says the cluster is down or refuses the gateway itself).
const prefix = 'esblame-';

describe.each(flavors)('the blame for a refused call on $name', ({ instance, flavor, major }) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestApp();
    await dropIndices(instance, prefix);
  });
  afterAll(async () => {
    await dropIndices(instance, prefix);
    await app.close();
  });

  it('a write to an index with index.blocks.write is a 403 naming the block', async () => {
    const index = `${prefix}write-block`;
    expect((await call(app, 'POST', `/es/${instance}/indices`, { index, settings: { number_of_replicas: 0 } })).status).toBe(201);
    await direct(instance, 'PUT', `/${index}/_settings`, { 'index.blocks.write': true });
    for (const answer of [
      await call(app, 'POST', `/es/${instance}/indices/${index}/docs`, { n: 1 }),
      await call(app, 'PUT', `/es/${instance}/indices/${index}/docs/1`, { n: 1 }),
    ]) {
      expect(answer.status).toBe(403);
      expect(answer.body).toMatchObject({ result: false, resultcode: 40300, data: null });
      expect(answer.body.message).toMatch(
        new RegExp(`^es/${instance}: cluster_block_exception: .*\\(index ${index} is read-only \\(index\\.blocks\\.write\\)\\)$`),
      );
    }
    await direct(instance, 'PUT', `/${index}/_settings`, { 'index.blocks.write': false });
  });

  it('a write to an index with index.blocks.read_only_allow_delete names that block', async () => {
    const index = `${prefix}ro-delete`;
    expect((await call(app, 'POST', `/es/${instance}/indices`, { index, settings: { number_of_replicas: 0 } })).status).toBe(201);
    await direct(instance, 'PUT', `/${index}/_settings`, { 'index.blocks.read_only_allow_delete': true });
    const answer = await call(app, 'PUT', `/es/${instance}/indices/${index}/docs/1`, { n: 1 });
    expect(answer.status).toBe(403);
    expect(answer.body.message).toMatch(/index\.blocks\.read_only_allow_delete/);
    await direct(instance, 'PUT', `/${index}/_settings`, { 'index.blocks.read_only_allow_delete': null });
  });

  it('settings the cluster cannot load (settings_exception, answered 500) are a 400 naming the cause', async () => {
    const answer = await call(app, 'POST', `/es/${instance}/indices`, { index: `${prefix}bad`, settings: { analysis: [{ filter: 1 }] } });
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ result: false, resultcode: 40000, data: null });
    expect(answer.body.message).toMatch(
      new RegExp(`^es/${instance}: settings_exception: Failed to load settings from .*: only value lists are allowed in serialized settings$`),
    );
  });

  it("settings the cluster refuses are a 400 naming the setting, with the cluster's error type", async () => {
    const unknown = await call(app, 'POST', `/es/${instance}/indices`, { index: `${prefix}bad`, settings: { 'index.nonsense': 1 } });
    expect(unknown.status).toBe(400);
    // OpenSearch 3 calls an unknown setting a settings_exception; the others an illegal_argument_exception.
    const type = flavor === 'opensearch' && major >= 3 ? 'settings_exception' : 'illegal_argument_exception';
    expect(unknown.body.message).toMatch(new RegExp(`^es/${instance}: ${type}: unknown setting \\[index\\.nonsense\\]`));
    const shards = await call(app, 'POST', `/es/${instance}/indices`, { index: `${prefix}bad`, settings: { number_of_shards: 0 } });
    expect(shards.status).toBe(400);
    expect(shards.body.message).toMatch(/index\.number_of_shards/);
  });
});
