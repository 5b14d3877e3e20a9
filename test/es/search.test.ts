import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../helpers.js';
import { call, dropIndices, flavors, seed } from './es-helpers.js';

const prefix = 'essearch-';
const users = ['ann', 'bob', 'cid'];

describe.each(flavors)('search, count, delete by query and export on $name', ({ instance, flavor }) => {
  let app: FastifyInstance;
  const index = `${prefix}events`;
  const base = `/es/${instance}/indices/${index}`;

  beforeAll(async () => {
    app = await buildTestApp();
    await dropIndices(instance, prefix);
    await call(app, 'POST', `/es/${instance}/indices`, {
      index,
      settings: { number_of_shards: 2, number_of_replicas: 0 },
      mappings: { properties: { n: { type: 'integer' }, user: { type: 'keyword' }, text: { type: 'text' } } },
    });
    await seed(
      instance,
      index,
      Array.from({ length: 30 }, (_, n) => ({ n, user: users[n % 3], text: `event number ${n}` })),
    );
  });
  afterAll(async () => {
    await dropIndices(instance, prefix);
    await app.close();
  });

  it('returns hits, total, aggregations and took', async () => {
    const res = await call(app, 'POST', `${base}/_search`, {
      query: { term: { user: 'ann' } },
      size: 3,
      sort: [{ n: 'asc' }],
      _source: ['n', 'user'],
      aggs: { users: { terms: { field: 'user' } }, top: { max: { field: 'n' } } },
    });
    expect(res.status).toBe(200);
    const data = res.body.data;
    expect(data.total).toEqual({ value: 10, relation: 'eq' });
    expect(data.timedOut).toBe(false);
    expect(data.took).toEqual(expect.any(Number));
    expect(data.hits.map((h: { source: object }) => h.source)).toEqual([
      { n: 0, user: 'ann' },
      { n: 3, user: 'ann' },
      { n: 6, user: 'ann' },
    ]);
    expect(data.hits[0]).toMatchObject({ index, id: expect.any(String), score: null, sort: [0] });
    expect(data.aggregations.users.buckets).toEqual([{ key: 'ann', doc_count: 10 }]);
    expect(data.aggregations.top.value).toBe(27);
  });

  it('searches everything without a body, and highlights on request', async () => {
    expect((await call(app, 'POST', `${base}/_search`)).body.data.total.value).toBe(30);
    const res = await call(app, 'POST', `${base}/_search`, { query: { match: { text: '7' } }, highlight: { fields: { text: {} } } });
    expect(res.body.data.hits[0].highlight).toEqual({ text: ['event number <em>7</em>'] });
  });

  it('refuses from + size beyond 10 000 with a hint to use _export', async () => {
    for (const body of [{ size: 10_001 }, { from: 9_995, size: 10 }, { from: 10_000 }]) {
      const res = await call(app, 'POST', `${base}/_search`, body);
      expect(res.status).toBe(400);
      expect(res.body.message).toBe(`body.size: from + size must be at most 10000; read every match with GET /es/${instance}/indices/${index}/_export`);
    }
    expect((await call(app, 'POST', `${base}/_search`, { from: 9_990, size: 10 })).status).toBe(200);
  });

  it("a malformed query is a 400 with the cluster's reason; a missing index a 404", async () => {
    const bad = await call(app, 'POST', `${base}/_search`, { query: { bogus: {} } });
    expect(bad.status).toBe(400);
    expect(bad.body.message).toBe(`es/${instance}: parsing_exception: unknown query [bogus]`);
    // A shard failure names the shard's root cause, not "all shards failed".
    const shard = await call(app, 'POST', `${base}/_search`, { sort: [{ nofield: { order: 'asc', unmapped_type: 'nope' } }] });
    expect(shard.status).toBe(400);
    expect(shard.body.message).toBe(`es/${instance}: illegal_argument_exception: No mapper found for type [nope]`);
    const missing = await call(app, 'POST', `/es/${instance}/indices/${prefix}none/_search`, {});
    expect(missing.status).toBe(404);
    expect(missing.body.message).toBe(`es/${instance}: index_not_found_exception: no such index [${prefix}none]`);
  });

  it('counts all documents or those matching a query', async () => {
    expect((await call(app, 'POST', `${base}/_count`)).body.data).toEqual({ index, count: 30 });
    expect((await call(app, 'POST', `${base}/_count`, { query: { range: { n: { lt: 5 } } } })).body.data).toEqual({ index, count: 5 });
    const unknown = await call(app, 'POST', `${base}/_count`, { size: 1 });
    expect(unknown.status).toBe(400);
  });

  it('exports matching documents as NDJSON with only the chosen fields', async () => {
    const query = encodeURIComponent(JSON.stringify({ term: { user: 'bob' } }));
    const res = await app.inject(`${base}/_export?query=${query}&fields=n,user`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/x-ndjson');
    const lines = res.body
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(10);
    expect(lines.map((l) => l._source.n).sort((a, b) => a - b)).toEqual([1, 4, 7, 10, 13, 16, 19, 22, 25, 28]);
    for (const line of lines) {
      expect(Object.keys(line)).toEqual(['_index', '_id', '_source']);
      expect(Object.keys(line._source).sort()).toEqual(['n', 'user']);
    }
  });

  it('export: bad query JSON is a 400, a missing index a 404, both in the envelope', async () => {
    const bad = await call(app, 'GET', `${base}/_export?query=%7Bnot-json`);
    expect(bad.status).toBe(400);
    expect(bad.body.message).toMatch(/^querystring\.query: not valid JSON/);
    expect((await call(app, 'GET', `${base}/_export?query=%5B1%5D`)).body.message).toBe('querystring.query: must be a JSON object (a query DSL clause)');
    const badDsl = await call(app, 'GET', `${base}/_export?query=${encodeURIComponent('{"bogus":{}}')}`);
    expect(badDsl.status).toBe(400);
    expect(badDsl.body.message).toMatch(/unknown query \[bogus\]/);
    expect((await call(app, 'GET', `/es/${instance}/indices/${prefix}none/_export`)).status).toBe(404);
  });

  if (flavor === 'opensearch') {
    it('deletes by query and reports the count', async () => {
      const res = await call(app, 'POST', `${base}/_delete_by_query?refresh=true`, { query: { term: { user: 'cid' } } });
      expect(res.status).toBe(200);
      expect(res.body.data).toMatchObject({ index, total: 10, deleted: 10, versionConflicts: 0, failures: [] });
      expect((await call(app, 'POST', `${base}/_count`)).body.data.count).toBe(20);
    });
  } else {
    it('delete by query is a 501 naming the missing reindex module, the instance and what to use instead', async () => {
      const res = await call(app, 'POST', `${base}/_delete_by_query?refresh=true`, { query: { term: { user: 'cid' } } });
      expect(res.status).toBe(501);
      expect(res.body).toEqual({
        result: false,
        resultcode: 50000,
        message:
          `not supported: _delete_by_query on es/${instance}: the cluster lacks the reindex module that provides it; ` +
          `delete the matching documents by id instead: read their ids with GET /es/${instance}/indices/{index}/_export, ` +
          `then send delete actions to POST /es/${instance}/indices/{index}/docs/_bulk`,
        data: null,
      });
      expect((await call(app, 'POST', `${base}/_count`)).body.data.count).toBe(30);
    });
  }

  it('delete by query needs a query', async () => {
    const res = await call(app, 'POST', `${base}/_delete_by_query`, {});
    expect(res.status).toBe(400);
    expect(res.body.message).toMatch(/^body\.query: /);
  });
});
