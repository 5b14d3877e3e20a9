import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { data } from '../../src/apps/influxdb/schemas.js';
import { call, dataOf, failureOf } from '../influx/support.js';
import { buildInflux2App, directBuckets, directMappings, dropDirect, influxqlDirect } from './support.js';

const db = 'i2db_main';
const withRp = 'i2db_with_rp';
const rpUrl = `/influx/influx2/databases/${db}/retention-policies`;

describe('databases and retention policies on InfluxDB 2.x', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    // No `version`: the gateway asks /ping which generation the server is.
    app = await buildInflux2App();
  });
  afterAll(async () => {
    await dropDirect(db, withRp);
    await app.close();
  });

  it('says which generation the server is and what it can do', async () => {
    const server = bodyData(await call(app, 'GET', '/influx/influx2'));
    expect(server).toMatchObject({ instance: 'influx2', generation: 2, capabilities: { flux: true, buckets: true, tasks: true, continuousQueries: false } });
    expect(bodyData(await call(app, 'GET', '/influx/default'))).toMatchObject({
      generation: 1,
      capabilities: { flux: false, tasks: false, continuousQueries: true },
    });
  });

  it('creates a database as a bucket with a default DBRP mapping, and refuses to create it twice', async () => {
    expect(dataOf(await call(app, 'POST', '/influx/influx2/databases', { name: db }), data.database, 201)).toEqual({ database: db });
    const bucket = (await directBuckets()).find((b) => b.name === db);
    expect(bucket?.retentionRules[0]?.everySeconds).toBe(0);
    expect(await directMappings(db)).toMatchObject([{ database: db, retention_policy: 'autogen', default: true, bucketID: bucket?.id, virtual: false }]);
    expect(failureOf(await call(app, 'POST', '/influx/influx2/databases', { name: db }), 409, 40900)).toBe(`database "${db}" already exists on influx/influx2`);
  });

  it('lists the bucket names of the organisation as databases', async () => {
    const names = dataOf(await call(app, 'GET', '/influx/influx2/databases'), data.names([]));
    expect(names).toContain(db);
    expect(names).toEqual([...new Set((await directBuckets()).map((b) => b.name.split('/')[0]!))].sort());
  });

  it('creates a database with its first retention policy: the retention as the bucket rule, the mapping under that name', async () => {
    const body = { name: withRp, retentionPolicy: { name: 'week', duration: '7d', shardDuration: '1d' } };
    expect(dataOf(await call(app, 'POST', '/influx/influx2/databases', body), data.database, 201)).toEqual({ database: withRp, retentionPolicy: 'week' });
    expect((await directBuckets()).find((b) => b.name === withRp)?.retentionRules[0]).toMatchObject({
      everySeconds: 604_800,
      shardGroupDurationSeconds: 86_400,
    });
    expect(dataOf(await call(app, 'GET', `/influx/influx2/databases/${withRp}/retention-policies`), data.retentionPolicies)).toEqual([
      { name: 'week', duration: '168h0m0s', shardDuration: '24h0m0s', replication: 1, default: true },
    ]);
  });

  it('refuses a replication other than 1, naming the field, before creating anything', async () => {
    const body = { name: 'i2db_replicated', retentionPolicy: { name: 'r', duration: '1d', replication: 3 } };
    expect(failureOf(await call(app, 'POST', '/influx/influx2/databases', body), 400, 40000)).toMatch(
      /^retentionPolicy\.replication: InfluxDB 2.x keeps one copy/,
    );
    expect((await directBuckets()).map((b) => b.name)).not.toContain('i2db_replicated');
  });

  it('creates a retention policy as a bucket db/rp with its mapping, which InfluxQL then reads and writes through', async () => {
    const created = dataOf(await call(app, 'POST', rpUrl, { name: 'month', duration: '30d', default: false }), data.retentionPolicy, 201);
    expect(created).toEqual({ name: 'month', duration: '720h0m0s', shardDuration: '24h0m0s', replication: 1, default: false });
    expect((await directBuckets()).find((b) => b.name === `${db}/month`)?.retentionRules[0]?.everySeconds).toBe(2_592_000);
    expect(dataOf(await call(app, 'GET', rpUrl), data.retentionPolicies)).toEqual([
      { name: 'autogen', duration: 'INF', shardDuration: '168h0m0s', replication: 1, default: true },
      created,
    ]);
    expect(failureOf(await call(app, 'POST', rpUrl, { name: 'month', duration: '30d' }), 409, 40900)).toBe(
      `retention policy "month" already exists in influx/influx2/${db}`,
    );
    const write = await call(app, 'POST', `/influx/influx2/databases/${db}/points?rp=month&precision=s`, {
      measurement: 'rp_probe',
      fields: { v: 1 },
      // Inside the month the bucket keeps.
      time: Math.floor(Date.now() / 1000),
    });
    expect(write.statusCode, write.body).toBe(200);
    expect(await influxqlDirect(`SELECT * FROM "${db}"."month"."rp_probe"`, db)).toMatchObject([{ v: 1 }]);
  });

  it("alters a retention policy: the duration is the bucket's rule, default moves the mapping", async () => {
    const altered = dataOf(await call(app, 'PATCH', `${rpUrl}/month`, { duration: '14d', default: true }), data.retentionPolicy);
    expect(altered).toEqual({ name: 'month', duration: '336h0m0s', shardDuration: '24h0m0s', replication: 1, default: true });
    expect((await directBuckets()).find((b) => b.name === `${db}/month`)?.retentionRules[0]?.everySeconds).toBe(1_209_600);
    const defaults = (await directMappings(db)).map((m) => [m.retention_policy, m.default]);
    expect(defaults.sort()).toEqual([
      ['autogen', false],
      ['month', true],
    ]);
    expect(failureOf(await call(app, 'PATCH', `${rpUrl}/month`, { replication: 2 }), 400, 40000)).toMatch(/^replication: InfluxDB 2.x keeps one copy/);
    expect(failureOf(await call(app, 'PATCH', `${rpUrl}/nope`, { duration: '1d' }), 404, 40400)).toBe(
      `retention policy "nope" in influx/influx2/${db} not found`,
    );
  });

  it('drops a retention policy: its mapping and the bucket it created', async () => {
    expect(dataOf(await call(app, 'DELETE', `${rpUrl}/month`), data.dropped('retentionPolicy', 'month'))).toEqual({
      database: db,
      retentionPolicy: 'month',
      dropped: true,
    });
    expect((await directBuckets()).map((b) => b.name)).not.toContain(`${db}/month`);
    expect((await directMappings(db)).map((m) => m.retention_policy)).toEqual(['autogen']);
    expect(failureOf(await call(app, 'DELETE', `${rpUrl}/month`), 404, 40400)).toBe(`retention policy "month" in influx/influx2/${db} not found`);
  });

  it('drops a database: its mappings and buckets; a missing one is 50002 as on 1.x', async () => {
    expect(dataOf(await call(app, 'DELETE', `/influx/influx2/databases/${withRp}`), data.droppedDatabase)).toEqual({ database: withRp, dropped: true });
    expect((await directBuckets()).map((b) => b.name)).not.toContain(withRp);
    expect(await directMappings(withRp)).toEqual([]);
    expect(failureOf(await call(app, 'DELETE', `/influx/influx2/databases/${withRp}`), 404, 50002)).toMatch(withRp);
    expect(failureOf(await call(app, 'GET', `/influx/influx2/databases/${withRp}/retention-policies`), 404, 50002)).toMatch(withRp);
  });

  it('answers 501 for continuous queries, naming tasks', async () => {
    const cqUrl = `/influx/influx2/databases/${db}/continuous-queries`;
    const expected =
      'not supported: continuous queries on influx/influx2: InfluxDB 2.x has none; use its tasks (/influx/influx2/tasks) to run Flux on a schedule';
    expect(failureOf(await call(app, 'GET', cqUrl), 501, 50000)).toBe(expected);
    expect(failureOf(await call(app, 'DELETE', `${cqUrl}/cq`), 501, 50000)).toBe(expected);
    const cq = { name: 'cq', query: `SELECT mean(v) INTO "${db}"."autogen"."m_1h" FROM "m" GROUP BY time(1h)` };
    expect(failureOf(await call(app, 'POST', cqUrl, cq), 501, 50000)).toBe(expected);
  });
});

const bodyData = (res: { statusCode: number; body: string; json(): unknown }) => {
  expect(res.statusCode, res.body).toBe(200);
  return (res.json() as { data: unknown }).data;
};
