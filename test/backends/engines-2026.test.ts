import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { loadSettings } from '../../src/config/settings.js';
import { call } from '../es/es-helpers.js';
import { backends } from '../helpers.js';
import { request } from './engines.js';

// The newer servers of issue 14, started by the global setup: Elasticsearch 9.5, OpenSearch 3.9
// and InfluxDB 1.13 through the gateway, InfluxDB 2.8 directly.
let app: FastifyInstance;

beforeAll(async () => {
  const urls = backends();
  app = await buildApp(loadSettings(['--env', 'test'], { ES_URL: urls.es9, OPENSEARCH_URL: urls.opensearch3, INFLUX_URL: urls.influx113 }));
});

afterAll(() => app.close());

const index = 'engines-2026';
const doc = { host: 'web-1', note: 'disk almost full', at: '2026-11-01T10:00:00Z' };

describe.each([
  { instance: 'default', flavor: 'elasticsearch', version: '9.5.3' },
  { instance: 'opensearch', flavor: 'opensearch', version: '3.9.0' },
])('$flavor $version through the gateway', ({ instance, flavor, version }) => {
  const base = `/es/${instance}`;

  it('answers GET /es/{instance} with its version and flavor', async () => {
    const res = await call(app, 'GET', base);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.data).toMatchObject({ instance, flavor, version });
  });

  it('creates an index, stores a document and finds it', async () => {
    const created = await call(app, 'POST', `${base}/indices`, {
      index,
      settings: { number_of_shards: 1, number_of_replicas: 0 },
      mappings: { properties: { host: { type: 'keyword' }, note: { type: 'text' }, at: { type: 'date' } } },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const stored = await call(app, 'POST', `${base}/indices/${index}/docs?refresh=true`, doc);
    expect(stored.status, JSON.stringify(stored.body)).toBe(201);
    const found = await call(app, 'POST', `${base}/indices/${index}/_search`, { query: { match: { note: 'disk' } } });
    expect(found.status, JSON.stringify(found.body)).toBe(200);
    expect(found.body.data.total).toEqual({ value: 1, relation: 'eq' });
    expect(found.body.data.hits[0].source).toEqual(doc);
  });
});

describe('InfluxDB 1.13.2 through the gateway', () => {
  const point = { measurement: 'cpu_load', time: '2026-11-01T10:00:00Z', tags: { host: 'server01' }, fields: { value: 0.64 } };

  it('answers GET /influx/{instance} with its version', async () => {
    const res = await call(app, 'GET', '/influx/default');
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.data).toMatchObject({ instance: 'default', version: '1.13.2' });
  });

  it('creates a database, writes a point and reads it back with InfluxQL', async () => {
    const created = await call(app, 'POST', '/influx/default/databases', { name: 'engines_2026' });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const written = await call(app, 'POST', '/influx/default/databases/engines_2026/points', point);
    expect(written.status, JSON.stringify(written.body)).toBe(200);
    expect(written.body.data).toEqual({ database: 'engines_2026', written: 1 });
    const read = await call(app, 'POST', '/influx/default/databases/engines_2026/query', { q: 'SELECT * FROM "cpu_load"', format: 'rows' });
    expect(read.status, JSON.stringify(read.body)).toBe(200);
    expect(read.body.data).toEqual([{ statementId: 0, rows: [{ time: '2026-11-01T10:00:00Z', host: 'server01', value: 0.64 }] }]);
  });
});

describe('InfluxDB 2.8.0 directly (v1-compatible endpoints with the operator token)', () => {
  const influx2 = () => backends().influx2;
  const withToken = () => ({ authorization: `Token ${influx2().token}` });
  const v1 = (path: string, params: Record<string, string>) => `${influx2().url}${path}?${new URLSearchParams(params)}`;

  it('passes /health as 2.8.0', async () => {
    const health = (await (await request(`${influx2().url}/health`)).json()) as { status: string; version: string };
    expect(health).toMatchObject({ status: 'pass', version: '2.8.0' });
  });

  it('writes through /write?db= and reads through /query?db= into the set-up bucket', async () => {
    const db = influx2().bucket;
    const write = await request(v1('/write', { db, precision: 's' }), {
      method: 'POST',
      headers: withToken(),
      body: 'cpu_load,host=server01 value=0.64 1793527200',
    });
    expect(write.status, await write.clone().text()).toBe(204);
    const read = await request(v1('/query', { db, q: 'SELECT * FROM "cpu_load"' }), { headers: withToken() });
    expect(read.status).toBe(200);
    expect(await read.json()).toEqual({
      results: [{ statement_id: 0, series: [{ name: 'cpu_load', columns: ['time', 'host', 'value'], values: [['2026-11-01T10:00:00Z', 'server01', 0.64]] }] }],
    });
  });

  it('refuses /query without a token', async () => {
    const read = await request(v1('/query', { db: influx2().bucket, q: 'SHOW DATABASES' }));
    expect(read.status).toBe(401);
  });
});
