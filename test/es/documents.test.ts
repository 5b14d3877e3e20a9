import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../helpers.js';
import { call, direct, dropIndices, flavors } from './es-helpers.js';

const prefix = 'esdoc-';
const ndjsonHeaders = { 'content-type': 'application/x-ndjson' };
const ndjson = (...lines: object[]) => `${lines.map((l) => JSON.stringify(l)).join('\n')}\n`;

describe.each(flavors)('documents and bulk on $name', ({ instance }) => {
  let app: FastifyInstance;
  const index = `${prefix}tweets`;
  const docs = `/es/${instance}/indices/${index}/docs`;
  const count = async (query?: object) => (await call(app, 'POST', `/es/${instance}/indices/${index}/_count`, query && { query })).body.data.count;

  beforeAll(async () => {
    app = await buildTestApp();
    await dropIndices(instance, prefix);
    await call(app, 'POST', `/es/${instance}/indices`, {
      index,
      settings: { number_of_shards: 1, number_of_replicas: 0 },
      mappings: { properties: { user: { type: 'keyword' }, likes: { type: 'integer' }, post_date: { type: 'date' } } },
    });
  });
  afterAll(async () => {
    await dropIndices(instance, prefix);
    await app.close();
  });

  it('adds a document under a generated id and reads it back', async () => {
    const res = await call(app, 'POST', docs, { user: 'kimchy', likes: 1 });
    expect(res.status).toBe(201);
    expect(res.body.data).toMatchObject({ index, result: 'created', version: 1, seqNo: expect.any(Number), primaryTerm: 1 });
    const got = await call(app, 'GET', `${docs}/${res.body.data.id}`);
    expect(got.status).toBe(200);
    expect(got.body.data).toEqual({ index, id: res.body.data.id, version: 1, seqNo: expect.any(Number), primaryTerm: 1, source: { user: 'kimchy', likes: 1 } });
  });

  it('PUT creates (201), replaces (200), and with op=create refuses an existing id (409)', async () => {
    const created = await call(app, 'PUT', `${docs}/p1`, { user: 'a' });
    expect(created.status).toBe(201);
    expect(created.body.data).toMatchObject({ id: 'p1', result: 'created', version: 1 });
    const replaced = await call(app, 'PUT', `${docs}/p1`, { user: 'b' });
    expect(replaced.status).toBe(200);
    expect(replaced.body.data).toMatchObject({ id: 'p1', result: 'updated', version: 2 });
    const conflict = await call(app, 'PUT', `${docs}/p1?op=create`, { user: 'c' });
    expect(conflict.status).toBe(409);
    expect(conflict.body.message).toMatch(
      new RegExp(`^es/${instance}: version_conflict_engine_exception: \\[p1\\]: version conflict, document already exists`),
    );
    expect((await call(app, 'PUT', `${docs}/p2?op=create`, { user: 'c' })).status).toBe(201);
    expect((await call(app, 'GET', `${docs}/p1`)).body.data.source).toEqual({ user: 'b' });
  });

  it('PATCH merges fields; a missing document is a 404 unless upsert=true', async () => {
    const patched = await call(app, 'PATCH', `${docs}/p1`, { likes: 7 });
    expect(patched.status).toBe(200);
    expect(patched.body.data).toMatchObject({ id: 'p1', result: 'updated', version: 3 });
    expect((await call(app, 'GET', `${docs}/p1`)).body.data.source).toEqual({ user: 'b', likes: 7 });

    const missing = await call(app, 'PATCH', `${docs}/p9`, { likes: 1 });
    expect(missing.status).toBe(404);
    expect(missing.body.message).toMatch(/document_missing_exception: \[p9\]: document missing/);
    const upserted = await call(app, 'PATCH', `${docs}/p9?upsert=true`, { likes: 1 });
    expect(upserted.status).toBe(201);
    expect((await call(app, 'GET', `${docs}/p9`)).body.data.source).toEqual({ likes: 1 });
  });

  it('DELETE removes a document; again, or reading it, is a 404', async () => {
    const deleted = await call(app, 'DELETE', `${docs}/p9`);
    expect(deleted.status).toBe(200);
    expect(deleted.body.data).toMatchObject({ id: 'p9', result: 'deleted' });
    const again = await call(app, 'DELETE', `${docs}/p9`);
    expect(again.status).toBe(404);
    expect(again.body.message).toBe(`es/${instance}: document_not_found: no document [p9] in index [${index}]`);
    expect((await call(app, 'GET', `${docs}/p9`)).status).toBe(404);
    const noIndex = await call(app, 'GET', `/es/${instance}/indices/${prefix}none/docs/1`);
    expect(noIndex.status).toBe(404);
    expect(noIndex.body.message).toMatch(/index_not_found_exception: no such index \[esdoc-none\]/);
  });

  it("a field of the wrong type is a 400 carrying the cluster's reason", async () => {
    const res = await call(app, 'PUT', `${docs}/bad`, { likes: 'many' });
    expect(res.status).toBe(400);
    expect(res.body.message).toMatch(
      new RegExp(`^es/${instance}: (document|mapper)_parsing_exception: .*failed to parse field \\[likes\\] of type \\[integer\\]`),
    );
  });

  it('refresh=wait_for makes a write searchable before answering', async () => {
    const before = await count({ term: { user: 'waiter' } });
    expect((await call(app, 'POST', `${docs}?refresh=wait_for`, { user: 'waiter' })).status).toBe(201);
    expect(await count({ term: { user: 'waiter' } })).toBe(before + 1);
  });

  it('bulk: a JSON array with good and bad items is a 207 naming each failure, and the good ones are stored', async () => {
    const res = await call(app, 'POST', `${docs}/_bulk?refresh=true`, [
      { _id: 'b1', user: 'bulk', likes: 1 },
      { _id: 'b2', user: 'bulk', likes: 'lots' },
      { user: 'bulk', likes: 3 },
      { _id: 'b4', user: 'bulk', post_date: 'not a date' },
    ]);
    expect(res.status).toBe(207);
    expect(res.body.result).toBe(true);
    expect(res.body.resultcode).toBe(20700);
    expect(res.body.message).toBe('2 of 4 items failed');
    const { items, total, failed } = res.body.data;
    expect({ total, failed }).toEqual({ total: 4, failed: 2 });
    expect(items[0]).toEqual({ position: 0, action: 'index', id: 'b1', status: 201, result: 'created', version: 1 });
    expect(items[1]).toMatchObject({ position: 1, action: 'index', id: 'b2', status: 400, error: { type: expect.stringMatching(/parsing_exception$/) } });
    expect(items[1].error.reason).toMatch(/failed to parse field \[likes\] of type \[integer\]/);
    expect(items[2]).toMatchObject({ position: 2, status: 201, result: 'created' });
    expect(items[3].error.reason).toMatch(/failed to parse field \[post_date\] of type \[date\]/);
    expect(await count({ term: { user: 'bulk' } })).toBe(2);
    expect((await call(app, 'GET', `${docs}/b2`)).status).toBe(404);
  });

  it('bulk: NDJSON index, create, update and delete lines report per item', async () => {
    const body = ndjson(
      { index: { _id: 'n1' } },
      { user: 'nd', likes: 1 },
      { create: { _id: 'b1', _index: index } },
      { user: 'nd' },
      { update: { _id: 'n1' } },
      { doc: { likes: 2 } },
      { delete: { _id: 'b1' } },
      { delete: { _id: 'never' } },
    );
    const res = await call(app, 'POST', `${docs}/_bulk?refresh=true`, body, ndjsonHeaders);
    expect(res.status).toBe(207);
    expect(res.body.message).toBe('1 of 5 items failed');
    expect(res.body.data.items.map((i: { action: string; status: number; result?: string }) => [i.action, i.status, i.result])).toEqual([
      ['index', 201, 'created'],
      ['create', 409, undefined],
      ['update', 200, 'updated'],
      ['delete', 200, 'deleted'],
      ['delete', 404, 'not_found'],
    ]);
    expect(res.body.data.items[1].error.type).toBe('version_conflict_engine_exception');
    expect((await call(app, 'GET', `${docs}/n1`)).body.data.source).toEqual({ user: 'nd', likes: 2 });
  });

  it('bulk: all good is a 200', async () => {
    const res = await call(app, 'POST', `${docs}/_bulk`, ndjson({ index: { _id: 'ok1' } }, { user: 'ok' }), ndjsonHeaders);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ result: true, resultcode: 200, message: '', data: { total: 1, failed: 0 } });
  });

  it('bulk: malformed NDJSON is a 400 naming the line, and nothing is sent', async () => {
    await direct(instance, 'POST', `/${index}/_refresh`);
    const before = await direct<{ count: number }>(instance, 'GET', `/${index}/_count`);
    for (const [body, message] of [
      [
        ndjson({ index: { _id: 'x1' } }, { user: 'x' }, { index: { _index: `${prefix}other` } }, { user: 'y' }),
        'body line 3: _index "esdoc-other" differs from the path\'s index "esdoc-tweets"',
      ],
      [ndjson({ index: { _id: 'x1' } }, { user: 'x' }, { index: {} }), 'body line 3: the index action has no source line after it'],
      [`${ndjson({ index: {} })}{"user":`, 'body line 2: not valid JSON'],
    ] as const) {
      const res = await call(app, 'POST', `${docs}/_bulk?refresh=true`, body, ndjsonHeaders);
      expect(res.status).toBe(400);
      expect(res.body.message).toContain(message);
    }
    const invalidIndex = await call(app, 'POST', `/es/${instance}/indices/Bad/docs/_bulk`, [{ a: 1 }]);
    expect(invalidIndex.body.message).toBe('params.index: invalid index name "Bad": must be lowercase');
    await direct(instance, 'POST', `/${index}/_refresh`);
    expect(await direct<{ count: number }>(instance, 'GET', `/${index}/_count`)).toEqual(expect.objectContaining({ count: before.count }));
  });
});

describe('document permissions', () => {
  const sha = (t: string) => createHash('sha256').update(t).digest('hex');
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestApp({
      auth: { tokens: { reader: { sha256: sha('r-token'), scopes: ['read:es/*'] }, writer: { sha256: sha('w-token'), scopes: ['write:es/default'] } } },
    });
    await dropIndices('default', `${prefix}perm`);
    // A write token writes into existing indices (creating one takes autoCreate or admin: test/scopes.test.ts).
    await direct('default', 'PUT', `/${prefix}perm`, { settings: { number_of_replicas: 0 } });
  });
  afterAll(async () => {
    await dropIndices('default', `${prefix}perm`);
    await app.close();
  });
  const as = (token: string) => ({ authorization: `Bearer ${token}` });

  it('reads need read, document writes need write, index changes need admin', async () => {
    const url = `/es/default/indices/${prefix}perm/docs`;
    expect((await call(app, 'POST', url, { a: 1 }, as('r-token'))).body.message).toBe('token "reader" lacks write on es/default');
    expect((await call(app, 'POST', `${url}?refresh=true`, { a: 1 }, as('w-token'))).status).toBe(201);
    expect((await call(app, 'POST', `/es/default/indices/${prefix}perm/_search`, {}, as('r-token'))).status).toBe(200);
    expect((await call(app, 'POST', `/es/opensearch/indices/${prefix}perm/docs`, { a: 1 }, as('w-token'))).status).toBe(403);
    const admin = await call(app, 'DELETE', `/es/default/indices/${prefix}perm`, undefined, as('w-token'));
    expect(admin.status).toBe(403);
    expect(admin.body.message).toBe('token "writer" lacks admin on es/default');
  });
});
