import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { data } from '../../src/apps/influxdb/schemas.js';
import { call, dataOf, failureOf } from '../influx/support.js';
import { buildInflux2App, dropDirect, influxqlDirect } from './support.js';

const db = 'i2pt_main';
const base = `/influx/influx2/databases/${db}`;
const jan1 = 1_577_836_800; // 2020-01-01T00:00:00Z, seconds

describe('measurements and points on InfluxDB 2.x', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildInflux2App({ version: '2' });
    dataOf(await call(app, 'POST', '/influx/influx2/databases', { name: db }), data.database, 201);
  });
  afterAll(async () => {
    await dropDirect(db);
    await app.close();
  });

  it('writes JSON points and line protocol through /api/v2/write into the database bucket', async () => {
    const points = ['web-1', 'web-2', 'db-1'].map((host, i) => ({
      measurement: 'cpu',
      tags: { host, region: i < 2 ? 'eu' : 'us' },
      fields: { usage: 10 + i },
      time: jan1 + i,
    }));
    expect(dataOf(await call(app, 'POST', `${base}/points?precision=s`, points), data.written)).toEqual({ database: db, written: 3 });
    const lines = `mem,host=web-1 free=1i ${jan1}000\nmem,host=web-2 free=2i ${jan1 + 1}000`;
    expect(dataOf(await call(app, 'POST', `${base}/points?precision=ms`, lines), data.written)).toEqual({ database: db, written: 2 });
    expect(await influxqlDirect('SELECT "usage", "host" FROM "cpu"', db)).toEqual([
      { time: '2020-01-01T00:00:00Z', usage: 10, host: 'web-1' },
      { time: '2020-01-01T00:00:01Z', usage: 11, host: 'web-2' },
      { time: '2020-01-01T00:00:02Z', usage: 12, host: 'db-1' },
    ]);
  });

  it('reports a partial write as 207, and a write InfluxDB wholly refuses as 409', async () => {
    const mixed = [
      { measurement: 'cpu', fields: { usage: 'text' }, time: jan1 + 10 },
      { measurement: 'cpu', fields: { usage: 1.5 }, time: jan1 + 11 },
    ];
    const res = await call(app, 'POST', `${base}/points?precision=s`, mixed);
    expect(res.statusCode, res.body).toBe(207);
    expect(res.json()).toMatchObject({ resultcode: 20700, data: { database: db, written: 1, dropped: 1 } });
    expect(failureOf(await call(app, 'POST', `${base}/points?precision=s`, [mixed[0]]), 409, 40900)).toMatch(
      /none of the 1 points was written: field type conflict/,
    );
  });

  it('names what 2.x cannot take: a precision in minutes, a database or retention policy without a mapping', async () => {
    expect(failureOf(await call(app, 'POST', `${base}/points?precision=m`, `cpu usage=1 ${jan1 / 60}`), 400, 40000)).toBe(
      'precision: InfluxDB 2.x takes ns, u, ms or s',
    );
    failureOf(await call(app, 'POST', '/influx/influx2/databases/i2pt_nope/points', { measurement: 'cpu', fields: { usage: 1 } }), 404, 50002);
    expect(failureOf(await call(app, 'POST', `${base}/points?rp=nope`, { measurement: 'cpu', fields: { usage: 1 } }), 404, 40400)).toBe(
      `retention policy "nope" in influx/influx2/${db} not found`,
    );
  });

  it('lists and describes measurements, tag values and series through InfluxQL', async () => {
    expect(dataOf(await call(app, 'GET', `${base}/measurements`), data.names([]))).toEqual(['cpu', 'mem']);
    expect(dataOf(await call(app, 'GET', `${base}/measurements?match=me`), data.names([]))).toEqual(['mem']);
    expect(dataOf(await call(app, 'GET', `${base}/measurements/cpu`), data.measurement)).toEqual({
      database: db,
      name: 'cpu',
      tagKeys: ['host', 'region'],
      fieldKeys: [{ name: 'usage', type: 'float' }],
    });
    expect(dataOf(await call(app, 'GET', `${base}/measurements/cpu/tags/host`), data.names([]))).toEqual(['db-1', 'web-1', 'web-2']);
    const cpu = dataOf(await call(app, 'GET', `${base}/series?measurement=cpu`), data.series);
    expect(cpu.map((s) => s.key)).toEqual(['cpu', 'cpu,host=db-1,region=us', 'cpu,host=web-1,region=eu', 'cpu,host=web-2,region=eu']);
    expect(dataOf(await call(app, 'GET', `${base}/series?limit=1`), data.series)).toHaveLength(1);
    expect(failureOf(await call(app, 'GET', '/influx/influx2/databases/i2pt_nope/measurements'), 404, 50002)).toMatch('i2pt_nope');
  });

  it('reads through raw InfluxQL and the structured search', async () => {
    const q = 'SELECT max("usage") FROM "cpu" WHERE "region" = $region AND time < $end GROUP BY "host"';
    expect(dataOf(await call(app, 'POST', `${base}/query`, { q, params: { region: 'eu', end: '2020-01-01T00:00:05Z' }, format: 'rows' }), data.query)).toEqual([
      {
        statementId: 0,
        rows: [
          { host: 'web-1', time: '2020-01-01T00:00:00Z', max: 10 },
          { host: 'web-2', time: '2020-01-01T00:00:01Z', max: 11 },
        ],
      },
    ]);
    const found = dataOf(await call(app, 'POST', `${base}/measurements/mem/_search`, { select: { free: { sum: 'free' } } }), data.search);
    expect(found.rows).toEqual([{ time: '1970-01-01T00:00:00Z', free: 3 }]);
  });

  it("answers 501 for an InfluxQL statement 2.x's /query does not implement", async () => {
    const into = { q: `SELECT * INTO "copy" FROM "cpu"`, admin: true };
    expect(failureOf(await call(app, 'POST', `${base}/query`, into), 501, 50000)).toMatch(
      /SELECT INTO on influx\/influx2: InfluxDB 2.x's InfluxQL does not implement it/,
    );
  });

  it('deletes points by tags and time, and drops a measurement', async () => {
    const deleted = await call(app, 'DELETE', `${base}/measurements/cpu/points`, {
      from: '2020-01-01T00:00:00Z',
      to: '2020-01-01T00:00:05Z',
      tags: { host: 'web-1' },
    });
    dataOf(deleted, data.deleted);
    expect((await influxqlDirect('SELECT "usage" FROM "cpu" GROUP BY "host"', db)).map((r) => r.host)).not.toContain('web-1');
    expect(dataOf(await call(app, 'DELETE', `${base}/measurements/mem`), data.dropped('measurement', ''))).toEqual({
      database: db,
      measurement: 'mem',
      dropped: true,
    });
    expect(await influxqlDirect('SELECT * FROM "mem"', db)).toEqual([]);
    failureOf(await call(app, 'GET', `${base}/measurements/mem`), 404, 40400);
  });
});
