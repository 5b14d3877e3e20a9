import { describe, expect, it } from 'vitest';
import { backends } from '../helpers.js';
import { request } from './engines.js';

// InfluxDB 2.8 of issue 14, started by the global setup, checked directly. Elasticsearch 9.5 and
// OpenSearch 3.9 run every ES route test (test/es/es-helpers.ts flavors), InfluxDB 1.13 every
// InfluxDB 1.x route test (the integration-influx113 project of vitest.config.ts).
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
