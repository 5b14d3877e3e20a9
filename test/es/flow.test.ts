import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../helpers.js';
import { call, dropIndices, flavors } from './es-helpers.js';

// The original HostMonitor's test flow, step by step, on both flavors.
describe.each(flavors)('the original HostMonitor flow on $name', ({ instance }) => {
  let app: FastifyInstance;
  const base = `/es/${instance}`;
  beforeAll(async () => {
    app = await buildTestApp();
    await dropIndices(instance, 'twitter');
  });
  afterAll(async () => {
    await dropIndices(instance, 'twitter');
    await app.close();
  });

  it('creates twitter with one shard and its mappings', async () => {
    const res = await call(app, 'POST', `${base}/indices`, {
      index: 'twitter',
      settings: { number_of_shards: 1, number_of_replicas: 0 },
      mappings: { properties: { user: { type: 'text' }, post_date: { type: 'date' }, message: { type: 'text' } } },
    });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({ result: true, resultcode: 200, message: '', data: { index: 'twitter', acknowledged: true, shardsAcknowledged: true } });
  });

  it('lists it open', async () => {
    const res = await call(app, 'GET', `${base}/indices`);
    expect(res.status).toBe(200);
    expect(res.body.data).toContainEqual(expect.objectContaining({ index: 'twitter', status: 'open', health: 'green', primaries: 1, replicas: 0 }));
  });

  it('lists the nodes with the cluster name', async () => {
    const res = await call(app, 'GET', `${base}/nodes`);
    expect(res.status).toBe(200);
    expect(res.body.data.clusterName).toBe('hostmonitor-test');
    const [node] = res.body.data.nodes;
    expect(node).toMatchObject({ ip: '127.0.0.1', roles: expect.arrayContaining(['data', 'ingest']) });
    expect(node.heap.maxBytes).toBeGreaterThan(node.heap.usedBytes);
    expect(node.heap.usedPercent).toBeGreaterThan(0);
    expect(node.disk.totalBytes).toBeGreaterThan(node.disk.usedBytes);
    expect(node.disk.usedPercent).toBeGreaterThan(0);
  });

  it('inserts the kimchy tweet', async () => {
    const doc = { user: 'kimchy', post_date: '2009-11-15T14:12:12', message: 'trying out Elasticsearch' };
    const res = await call(app, 'POST', `${base}/indices/twitter/docs?refresh=true`, doc);
    expect(res.status).toBe(201);
    expect(res.body.data).toMatchObject({ index: 'twitter', result: 'created', version: 1 });
  });

  it('finds it', async () => {
    const res = await call(app, 'POST', `${base}/indices/twitter/_search`, { query: { match: { user: 'kimchy' } } });
    expect(res.status).toBe(200);
    expect(res.body.data.total).toEqual({ value: 1, relation: 'eq' });
    expect(res.body.data.hits[0].source).toEqual({ user: 'kimchy', post_date: '2009-11-15T14:12:12', message: 'trying out Elasticsearch' });
  });

  it('deletes the index, after which it is a 404', async () => {
    expect((await call(app, 'DELETE', `${base}/indices/twitter`)).status).toBe(200);
    const res = await call(app, 'GET', `${base}/indices/twitter`);
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ result: false, resultcode: 40400, message: `es/${instance}: index_not_found_exception: no such index [twitter]`, data: null });
  });
});
