import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { data } from '../../src/apps/influxdb/schemas.js';
import { call, dataOf } from '../influx/support.js';
import { mix, ok } from '../mix/fixtures.js';
import { buildInflux2App, dropDirect, influxqlDirect } from './support.js';

const db = 'i2mx_main';
const jan1 = 1_577_836_800;

describe('pipelines over InfluxDB 2.x', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildInflux2App({ version: '2' });
    dataOf(await call(app, 'POST', '/influx/influx2/databases', { name: db }), data.database, 201);
    const points = ['a', 'a', 'b'].map((host, i) => ({ measurement: 'cpu', tags: { host }, fields: { usage: 10 * (i + 1) }, time: jan1 + i }));
    dataOf(await call(app, 'POST', `/influx/influx2/databases/${db}/points?precision=s`, points), data.written);
  });
  afterAll(async () => {
    await dropDirect(db);
    await app.close();
  });

  it('reads a structured source and upserts the result back into a 2.x bucket', async () => {
    const body = {
      sources: { cpu: { influx: 'influx2', db, measurement: 'cpu', select: { peak: { max: 'usage' } }, groupBy: ['host'] } },
      pipeline: [{ sort: [{ host: 'asc' }] }, { upsert: { influx: 'influx2', db, measurement: 'cpu_peak', tags: ['host'], fields: ['peak'] } }],
    };
    const result = ok(await mix(app, body));
    expect(result.rows).toEqual([
      { host: 'a', time: '2020-01-01T00:00:01Z', peak: 20 },
      { host: 'b', time: '2020-01-01T00:00:02Z', peak: 30 },
    ]);
    expect(result.stats.upserts).toEqual([expect.objectContaining({ target: `influx/influx2/${db}/cpu_peak`, written: 2, failed: 0 })]);
    expect((await influxqlDirect('SELECT "host", "peak" FROM "cpu_peak"', db)).map(({ host, peak }) => [host, peak]).sort()).toEqual([
      ['a', 20],
      ['b', 30],
    ]);
  });

  it('reads raw InfluxQL as a source, and reports the points a 2.x bucket refuses', async () => {
    const body = {
      sources: { raw: { influx: 'influx2', db, q: `SELECT "usage", "host" AS "peak" FROM "cpu" WHERE "host" = 'b'` } },
      // peak is the host's name here, a string: the bucket holds peak as a float.
      pipeline: [{ upsert: { influx: 'influx2', db, measurement: 'cpu_peak', tags: [], fields: ['peak'] } }],
    };
    const answer = await mix(app, body);
    expect(answer.status, JSON.stringify(answer.body)).toBe(207);
    const [report] = answer.body.data.stats.upserts;
    expect(report).toMatchObject({ target: `influx/influx2/${db}/cpu_peak`, written: 0, failed: 1 });
    expect(report.errors[0].reason).toMatch(/none of the 1 points was written: field type conflict/);
  });
});
