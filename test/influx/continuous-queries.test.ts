import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { data } from '../../src/apps/influxdb/schemas.js';
import { buildTestApp } from '../helpers.js';
import { call, dataOf, directNames, failureOf, influxDirect } from './support.js';

const db = 't5cq_db';
const url = `/influx/default/databases/${db}/continuous-queries`;

async function directCqs(): Promise<Record<string, string>> {
  const [result] = await influxDirect('SHOW CONTINUOUS QUERIES');
  const series = result?.series?.find((s) => s.name === db);
  return Object.fromEntries((series?.values ?? []).map(([name, query]) => [String(name), String(query)]));
}

describe('continuous queries', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestApp();
    await influxDirect(`CREATE DATABASE "${db}"`);
    await influxDirect(`CREATE RETENTION POLICY "year" ON "${db}" DURATION 52w REPLICATION 1`);
  });
  afterAll(async () => {
    await influxDirect(`DROP DATABASE "${db}"`);
    await app.close();
  });

  it('lists none at first', async () => {
    expect(dataOf(await call(app, 'GET', url), data.continuousQueries)).toEqual([]);
  });

  it('creates one from structured parts', async () => {
    const body = {
      name: 'cpu_hourly',
      query: {
        from: 'cpu',
        into: { measurement: 'cpu_1h', retentionPolicy: 'year' },
        select: { usage: { mean: 'usage' }, peak: { max: 'usage' } },
        where: { region: 'eu' },
        groupBy: [{ time: '1h' }, 'host'],
        fill: 'none',
      },
      resample: { every: '30m', for: '2h' },
    };
    const created = dataOf(await call(app, 'POST', url, body), data.continuousQuery, 201);
    expect(created.name).toBe('cpu_hourly');
    const direct = (await directCqs()).cpu_hourly;
    expect(created.query).toBe(direct);
    expect(direct).toBe(
      `CREATE CONTINUOUS QUERY cpu_hourly ON ${db} RESAMPLE EVERY 30m FOR 2h BEGIN SELECT mean(usage) AS usage, max(usage) AS peak INTO ${db}.year.cpu_1h FROM ${db}.autogen.cpu WHERE region = 'eu' GROUP BY time(1h), host fill(none) END`,
    );
    expect(dataOf(await call(app, 'GET', url), data.continuousQueries)).toEqual([{ name: 'cpu_hourly', query: direct }]);
  });

  it("creates one from the canonical text of a SELECT ... INTO, as InfluxDB's parser reads it", async () => {
    const query = 'SELECT count("v") INTO "counts" FROM "events" WHERE "k" = \'a;b\' GROUP BY time(5m) -- counted';
    dataOf(await call(app, 'POST', url, { name: 'event_counts', query }), data.continuousQuery, 201);
    expect((await directCqs()).event_counts).toMatch(/SELECT count\(v\) INTO .*counts FROM .*events WHERE k = 'a;b' GROUP BY time\(5m\)/);
  });

  it('refuses raw text that is not exactly one SELECT ... INTO', async () => {
    const cases = [
      'SELECT mean(v) FROM m GROUP BY time(1h)',
      'SELECT mean(v) INTO x FROM m GROUP BY time(1h); DROP DATABASE t5cq_db',
      'SELECT mean(v) INTO x FROM m GROUP BY time(1h) END; DROP DATABASE t5cq_db; SELECT mean(v) INTO x FROM m GROUP BY time(1h)',
      'DROP DATABASE t5cq_db',
      "SELECT mean(v) INTO x FROM m WHERE a = 'unterminated",
    ];
    for (const query of cases) {
      expect(failureOf(await call(app, 'POST', url, { name: 'bad', query }), 400, 40000), query).toMatch(/^body\.query: /);
    }
    expect(await directNames('SHOW DATABASES')).toContain(db);
    expect(Object.keys(await directCqs())).not.toContain('bad');
  });

  it("validates parts before anything runs and passes InfluxDB's refusal on", async () => {
    const parts = { from: 'cpu', into: { measurement: 'x' }, select: { v: { mean: 'v' } }, groupBy: [{ time: '1 hour' }] };
    expect(failureOf(await call(app, 'POST', url, { name: 'bad', query: parts }), 400)).toMatch(/^body\.query\.groupBy\.0\.time: must be a duration/);
    const noGroupBy = { from: 'cpu', into: { measurement: 'x' }, select: { v: { mean: 'v' } } };
    expect(failureOf(await call(app, 'POST', url, { name: 'bad', query: noGroupBy }), 400)).toMatch(/^influx\/default: .*GROUP BY time/);
    expect(failureOf(await call(app, 'POST', url, { name: 'bad', query: noGroupBy, resample: { every: 'often' } }), 400)).toMatch(/^body\.resample\.every: /);
  });

  it('refuses a second query with the same name (409)', async () => {
    const query = 'SELECT count(v) INTO other FROM events GROUP BY time(1h)';
    expect(failureOf(await call(app, 'POST', url, { name: 'event_counts', query }), 409, 40900)).toBe(
      `continuous query "event_counts" already exists in influx/default/${db}`,
    );
  });

  it('drops one, then answers 404 for it', async () => {
    expect(dataOf(await call(app, 'DELETE', `${url}/cpu_hourly`), data.dropped('continuousQuery', ''))).toEqual({
      database: db,
      continuousQuery: 'cpu_hourly',
      dropped: true,
    });
    expect(Object.keys(await directCqs())).toEqual(['event_counts']);
    failureOf(await call(app, 'DELETE', `${url}/cpu_hourly`), 404, 40400);
  });

  it('answers 50002 for a database that does not exist', async () => {
    failureOf(await call(app, 'GET', '/influx/default/databases/t5cq_nope/continuous-queries'), 404, 50002);
    failureOf(
      await call(app, 'POST', '/influx/default/databases/t5cq_nope/continuous-queries', {
        name: 'x',
        query: 'SELECT count(v) INTO o FROM e GROUP BY time(1h)',
      }),
      404,
      50002,
    );
    failureOf(await call(app, 'DELETE', '/influx/default/databases/t5cq_nope/continuous-queries/x'), 404, 50002);
  });
});
