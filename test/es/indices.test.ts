import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../helpers.js';
import { call, direct, dropIndices, flavors } from './es-helpers.js';

const prefix = 'esix-';

describe.each(flavors)('index metadata on $name', ({ instance, flavor, major }) => {
  let app: FastifyInstance;
  const base = `/es/${instance}`;
  const index = `${prefix}logs`;
  beforeAll(async () => {
    app = await buildTestApp();
    await dropIndices(instance, prefix);
    await direct(instance, 'DELETE', `/_index_template/${prefix}tpl`);
  });
  afterAll(async () => {
    await dropIndices(instance, prefix);
    await direct(instance, 'DELETE', `/_index_template/${prefix}tpl`);
    await app.close();
  });

  it('creates an index with settings, mappings and aliases, and describes it', async () => {
    const created = await call(app, 'POST', `${base}/indices`, {
      index,
      settings: { number_of_shards: 1, number_of_replicas: 0 },
      mappings: { properties: { host: { type: 'keyword' }, geo: { properties: { lat: { type: 'float' } } } } },
      aliases: { [`${prefix}all`]: {} },
    });
    expect(created.status).toBe(201);
    await call(app, 'POST', `${base}/indices/${index}/docs?refresh=true`, { host: 'a' });

    const res = await call(app, 'GET', `${base}/indices/${index}`);
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({
      index,
      status: 'open',
      health: 'green',
      docs: 1,
      primaries: 1,
      replicas: 0,
      mappings: { properties: { host: { type: 'keyword' } } },
      aliases: { [`${prefix}all`]: {} },
      settings: { index: { number_of_shards: '1', number_of_replicas: '0' } },
    });
    expect(res.body.data.sizeBytes).toBeGreaterThan(0);
    // The alias of one index describes that index.
    expect((await call(app, 'GET', `${base}/indices/${prefix}all`)).body.data.index).toBe(index);
  });

  it('lists indices by pattern; a pattern matching nothing gives []', async () => {
    await call(app, 'POST', `${base}/indices`, { index: `${prefix}other`, settings: { number_of_replicas: 0 } });
    const res = await call(app, 'GET', `${base}/indices?pattern=${prefix}*`);
    expect(res.status).toBe(200);
    expect(res.body.data.map((r: { index: string }) => r.index)).toEqual([index, `${prefix}other`]);
    expect((await call(app, 'GET', `${base}/indices?pattern=${prefix}nothing*`)).body.data).toEqual([]);
    expect((await call(app, 'GET', `${base}/indices?pattern=${prefix}nothing`)).body.data).toEqual([]);
    const bad = await call(app, 'GET', `${base}/indices?pattern=Bad*`);
    expect(bad.status).toBe(400);
    expect(bad.body.message).toBe('querystring.pattern: invalid index name "Bad*": must be lowercase');
  });

  it('refuses an invalid name before calling the cluster, and an existing one with 409', async () => {
    const bad = await call(app, 'POST', `${base}/indices`, { index: 'Esix-Bad' });
    expect(bad.status).toBe(400);
    expect(bad.body.message).toBe('body.index: invalid index name "Esix-Bad": must be lowercase');
    const dup = await call(app, 'POST', `${base}/indices`, { index });
    expect(dup.status).toBe(409);
    expect(dup.body.resultcode).toBe(40900);
    expect(dup.body.message).toMatch(new RegExp(`^es/${instance}: resource_already_exists_exception: index \\[${index}/`));
  });

  it("refuses unknown body keys and carries the cluster's reason for a bad mapping", async () => {
    const unknown = await call(app, 'POST', `${base}/indices`, { index: `${prefix}x`, mapping: {} });
    expect(unknown.status).toBe(400);
    expect(unknown.body.message).toMatch(/^body: .*mapping/);
    const badType = await call(app, 'POST', `${base}/indices`, { index: `${prefix}x`, mappings: { properties: { a: { type: 'nope' } } } });
    expect(badType.status).toBe(400);
    expect(badType.body.message).toMatch(new RegExp(`^es/${instance}: mapper_parsing_exception: .*\\[nope\\]`));
  });

  it('adds new mapping fields but refuses to remap an existing one', async () => {
    const added = await call(app, 'PATCH', `${base}/indices/${index}`, {
      mappings: { properties: { likes: { type: 'integer' }, geo: { properties: { lon: { type: 'float' } } } } },
    });
    expect(added.status).toBe(200);
    expect(added.body.data).toEqual({ index, updated: ['mappings'] });
    const mappings = (await call(app, 'GET', `${base}/indices/${index}`)).body.data.mappings;
    expect(mappings.properties.likes).toEqual({ type: 'integer' });
    expect(mappings.properties.geo.properties.lon).toEqual({ type: 'float' });

    const remap = await call(app, 'PATCH', `${base}/indices/${index}`, {
      mappings: { properties: { host: { type: 'text' }, geo: { properties: { lat: { type: 'double' } } } } },
    });
    expect(remap.status).toBe(400);
    expect(remap.body.message).toBe(`body.mappings: only new fields can be added; already mapped in "${index}": host, geo.lat`);

    // A field definition that is not an object is the caller's mistake, named, whether the field is mapped or not.
    for (const field of ['likes', 'unmapped']) {
      const bad = await call(app, 'PATCH', `${base}/indices/${index}`, { mappings: { properties: { [field]: null } } });
      expect(bad.status).toBe(400);
      expect(bad.body.message).toMatch(new RegExp(`^body\\.mappings\\.properties\\.${field}: `));
    }
  });

  it('refuses an alias that is not an object ({filter?, routing?, ...}) before the cluster sees it', async () => {
    const res = await call(app, 'POST', `${base}/indices`, { index: `${prefix}bad-alias`, aliases: { [`${prefix}a`]: [false] } });
    expect(res.status).toBe(400);
    expect(res.body.message).toMatch(/^body\.aliases\./);
  });

  it("changes dynamic settings; a static one is a 400 with the cluster's reason", async () => {
    const ok = await call(app, 'PATCH', `${base}/indices/${index}`, { settings: { refresh_interval: '5s' } });
    expect(ok.status).toBe(200);
    expect((await call(app, 'GET', `${base}/indices/${index}`)).body.data.settings.index.refresh_interval).toBe('5s');
    const bad = await call(app, 'PATCH', `${base}/indices/${index}`, { settings: { number_of_shards: 2 } });
    expect(bad.status).toBe(400);
    // Elasticsearch 9 words it "non dynamic setting(s)".
    const nonDynamic = flavor === 'elasticsearch' && major >= 9 ? 'non dynamic setting\\(s\\)' : 'non dynamic settings';
    expect(bad.body.message).toMatch(new RegExp(`^es/${instance}: illegal_argument_exception: .*${nonDynamic}.*number_of_shards`));
    const empty = await call(app, 'PATCH', `${base}/indices/${index}`, {});
    expect(empty.status).toBe(400);
    expect(empty.body.message).toMatch(/give mappings, settings or aliases/);
  });

  it('adds and removes aliases, and GET /aliases lists them', async () => {
    const res = await call(app, 'PATCH', `${base}/indices/${index}`, {
      aliases: { add: [`${prefix}a1`, { alias: `${prefix}a2`, filter: { term: { host: 'a' } }, is_write_index: true }], remove: [`${prefix}all`] },
    });
    expect(res.status).toBe(200);
    const aliases = (await call(app, 'GET', `${base}/aliases`)).body.data.filter((a: { alias: string }) => a.alias.startsWith(prefix));
    expect(aliases).toEqual([
      { alias: `${prefix}a1`, index },
      { alias: `${prefix}a2`, index, filter: { term: { host: 'a' } }, isWriteIndex: true },
    ]);
  });

  it('closes, opens and refreshes an index', async () => {
    const closed = await call(app, 'POST', `${base}/indices/${index}/_close`);
    expect(closed.body.data).toEqual({ index, action: 'close', acknowledged: true });
    const row = (await call(app, 'GET', `${base}/indices?pattern=${index}`)).body.data[0];
    expect(row).toMatchObject({ index, status: 'close', docs: null });
    const search = await call(app, 'POST', `${base}/indices/${index}/_search`, {});
    expect(search.status).toBe(400);
    expect(search.body.message).toMatch(/index_closed_exception/);

    expect((await call(app, 'POST', `${base}/indices/${index}/_open`)).body.data).toEqual({ index, action: 'open', acknowledged: true });
    expect((await call(app, 'POST', `${base}/indices/${index}/_refresh`)).body.data).toEqual({ index, action: 'refresh', acknowledged: true });
    expect((await call(app, 'GET', `${base}/indices?pattern=${index}`)).body.data[0].status).toBe('open');
  });

  it.each(['_all', '*', `${prefix}*`, `${prefix}logs,${prefix}other`])('refuses DELETE of %s with 400 and deletes nothing', async (name) => {
    const res = await call(app, 'DELETE', `${base}/indices/${encodeURIComponent(name)}`);
    expect(res.status).toBe(400);
    expect(res.body.message).toMatch(/^params\.index: refusing to delete .*name exactly one index/);
    expect((await call(app, 'GET', `${base}/indices?pattern=${prefix}*`)).body.data).toHaveLength(2);
  });

  it('deletes one index; deleting it again is a 404', async () => {
    expect((await call(app, 'DELETE', `${base}/indices/${prefix}other`)).body.data).toEqual({ index: `${prefix}other`, acknowledged: true });
    const again = await call(app, 'DELETE', `${base}/indices/${prefix}other`);
    expect(again.status).toBe(404);
    expect(again.body.message).toBe(`es/${instance}: index_not_found_exception: no such index [${prefix}other]`);
  });

  it('creates, reads, applies and deletes a composable index template', async () => {
    const template = {
      index_patterns: [`${prefix}tpl-*`],
      priority: 500,
      template: { settings: { number_of_replicas: 0 }, mappings: { properties: { code: { type: 'keyword' } } } },
      _meta: { owner: 'ops' },
    };
    const put = await call(app, 'PUT', `${base}/templates/${prefix}tpl`, template);
    expect(put.status).toBe(200);
    expect(put.body.data).toEqual({ name: `${prefix}tpl`, acknowledged: true });

    const got = await call(app, 'GET', `${base}/templates/${prefix}tpl`);
    expect(got.body.data).toMatchObject({
      name: `${prefix}tpl`,
      index_patterns: [`${prefix}tpl-*`],
      priority: 500,
      template: { settings: { index: { number_of_replicas: '0' } }, mappings: { properties: { code: { type: 'keyword' } } } },
      _meta: { owner: 'ops' },
    });

    await call(app, 'POST', `${base}/indices`, { index: `${prefix}tpl-1` });
    const applied = (await call(app, 'GET', `${base}/indices/${prefix}tpl-1`)).body.data;
    expect(applied.mappings.properties.code).toEqual({ type: 'keyword' });
    expect(applied.health).toBe('green');

    expect((await call(app, 'DELETE', `${base}/templates/${prefix}tpl`)).body.data).toEqual({ name: `${prefix}tpl`, acknowledged: true });
    const gone = await call(app, 'GET', `${base}/templates/${prefix}tpl`);
    expect(gone.status).toBe(404);
    expect(gone.body.message).toMatch(/resource_not_found_exception: index template matching \[esix-tpl\] not found/);
    expect((await call(app, 'DELETE', `${base}/templates/${prefix}tpl`)).status).toBe(404);
  });

  it('validates template bodies and names', async () => {
    const noPatterns = await call(app, 'PUT', `${base}/templates/${prefix}tpl`, { priority: 1 });
    expect(noPatterns.status).toBe(400);
    expect(noPatterns.body.message).toMatch(/^body\.index_patterns: /);
    const badName = await call(app, 'PUT', `${base}/templates/Bad`, { index_patterns: ['x-*'] });
    expect(badName.status).toBe(400);
    expect(badName.body.message).toBe('params.name: invalid template name "Bad": must be lowercase');
  });
});
