import { readFile } from 'node:fs/promises';
import type { FastifyInstance } from 'fastify';
import createClient, { type Client } from 'openapi-fetch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dropIndices, flavors } from '../es/es-helpers.js';
import { buildTestApp } from '../helpers.js';
import { directNames, directRows } from '../influx/support.js';
import type { paths } from './api.js';
import { clientTypesPath, generateClientTypes } from './client-types.js';

// The seed flows (test/es/flow.test.ts, test/influx/flow.test.ts) through a client generated from
// /openapi.json: what a user of the document gets, over HTTP against the real backends.
let app: FastifyInstance;
let api: Client<paths>;

beforeAll(async () => {
  app = await buildTestApp();
  api = createClient<paths>({ baseUrl: await app.listen({ host: '127.0.0.1', port: 0 }) });
});
afterAll(() => app.close());

describe('the generated client', () => {
  it('is generated from the live document: api.d.ts is not stale (npm run client:generate rewrites it)', async () => {
    const res = await api.GET('/health');
    expect(res.response.status).toBe(200);
    const live = await (await fetch(new URL('/openapi.json', res.response.url))).text();
    expect(await generateClientTypes(live)).toBe(await readFile(clientTypesPath, 'utf8'));
  });
});

describe.each(flavors)('the original HostMonitor flow on $name, through the generated client', ({ instance }) => {
  const index = 'contract-client-twitter';
  const tweet = { user: 'kimchy', post_date: '2009-11-15T14:12:12', message: 'trying out Elasticsearch' };
  const path = { instance, index };
  beforeAll(() => dropIndices(instance, index));
  afterAll(() => dropIndices(instance, index));

  it('creates the index, writes a tweet, finds it, reads it and deletes the index', async () => {
    const created = await api.POST('/es/{instance}/indices', {
      params: { path: { instance } },
      body: {
        index,
        settings: { number_of_shards: 1, number_of_replicas: 0 },
        mappings: { properties: { user: { type: 'text' }, post_date: { type: 'date' }, message: { type: 'text' } } },
      },
    });
    expect(created.response.status).toBe(201);
    expect(created.data?.data).toEqual({ index, acknowledged: true, shardsAcknowledged: true });

    const written = await api.POST('/es/{instance}/indices/{index}/docs', { params: { path, query: { refresh: 'true' } }, body: tweet });
    expect(written.response.status).toBe(201);
    expect(written.data?.data).toMatchObject({ index, result: 'created', version: 1 });
    const id = written.data?.data.id ?? '';
    expect(id).not.toBe('');

    const found = await api.POST('/es/{instance}/indices/{index}/_search', { params: { path }, body: { query: { match: { user: 'kimchy' } } } });
    expect(found.response.status).toBe(200);
    expect(found.data?.data.total).toEqual({ value: 1, relation: 'eq' });
    expect(found.data?.data.hits.map((hit) => hit.source)).toEqual([tweet]);

    const read = await api.GET('/es/{instance}/indices/{index}/docs/{id}', { params: { path: { ...path, id } } });
    expect(read.response.status).toBe(200);
    expect(read.data?.data).toMatchObject({ index, id, version: 1, source: tweet });

    const deleted = await api.DELETE('/es/{instance}/indices/{index}', { params: { path } });
    expect(deleted.response.status).toBe(200);
    const gone = await api.GET('/es/{instance}/indices/{index}', { params: { path } });
    expect(gone.response.status).toBe(404);
    expect(gone.error).toEqual({
      result: false,
      resultcode: 40400,
      message: `es/${instance}: index_not_found_exception: no such index [${index}]`,
      data: null,
    });
  });
});

describe('the original InfluxDB flow, through the generated client', () => {
  const db = 'contract_client_db';
  const instance = 'default';

  it('creates the database, writes a point, queries it, reads the measurement and drops the database', async () => {
    expect(await directNames('SHOW DATABASES')).not.toContain(db);
    const created = await api.POST('/influx/{instance}/databases', { params: { path: { instance } }, body: { name: db } });
    expect(created.response.status).toBe(201);
    expect(created.data?.data).toEqual({ database: db });

    const listed = await api.GET('/influx/{instance}/databases', { params: { path: { instance } } });
    expect(listed.data?.data).toContain(db);

    const point = { measurement: 'cpu_load', time: '2009-11-10T23:00:00Z', tags: { host: 'server01', region: 'us-west' }, fields: { value: 0.64 } };
    const written = await api.POST('/influx/{instance}/databases/{db}/points', { params: { path: { instance, db } }, body: point });
    expect(written.response.status).toBe(200);
    expect(written.data?.data).toEqual({ database: db, written: 1 });
    expect(await directRows('SELECT * FROM "cpu_load"', db)).toEqual([{ time: '2009-11-10T23:00:00Z', host: 'server01', region: 'us-west', value: 0.64 }]);

    const queried = await api.POST('/influx/{instance}/databases/{db}/query', {
      params: { path: { instance, db } },
      body: { q: 'SELECT "value" FROM "cpu_load" WHERE "host" = $host', params: { host: 'server01' }, format: 'rows' },
    });
    expect(queried.response.status).toBe(200);
    expect(queried.data?.data).toEqual([{ statementId: 0, rows: [{ time: '2009-11-10T23:00:00Z', value: 0.64 }] }]);

    const measurement = await api.GET('/influx/{instance}/databases/{db}/measurements/{m}', { params: { path: { instance, db, m: 'cpu_load' } } });
    expect(measurement.data?.data).toEqual({ database: db, name: 'cpu_load', tagKeys: ['host', 'region'], fieldKeys: [{ name: 'value', type: 'float' }] });

    const dropped = await api.DELETE('/influx/{instance}/databases/{db}', { params: { path: { instance, db } } });
    expect(dropped.data?.data).toEqual({ database: db, dropped: true });
    expect(await directNames('SHOW DATABASES')).not.toContain(db);
    const gone = await api.GET('/influx/{instance}/databases/{db}/measurements', { params: { path: { instance, db } } });
    expect(gone.response.status).toBe(404);
    expect(gone.error?.message).toBe(`database "${db}" does not exist on influx/default`);
  });
});
