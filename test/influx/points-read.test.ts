import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { data } from '../../src/apps/influxdb/schemas.js';
import { buildTestApp } from '../helpers.js';
import { call, dataOf, directNames, directRows, failureOf, influxDirect, writeDirect } from './support.js';

const db = 't5r_db';
const base = `/influx/default/databases/${db}`;
const hour = 3_600;

// cpu: three hosts in two regions, one point per host per hour over four hours (2020-01-01T00..03).
const cpuLines = [
  ['web-1', 'eu'],
  ['web-2', 'eu'],
  ['db-1', 'us'],
].flatMap(([host, region], h) => [0, 1, 2, 3].map((i) => `cpu,host=${host},region=${region} usage=${10 * (h + 1) + i},n=${i}i ${1577836800 + i * hour}`));

describe('reading points', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestApp();
    await influxDirect(`CREATE DATABASE "${db}"`);
    await writeDirect(db, cpuLines.join('\n'), 's');
  });
  afterAll(async () => {
    await influxDirect(`DROP DATABASE "${db}"`);
    await app.close();
  });

  describe('raw InfluxQL', () => {
    const query = (body: object) => call(app, 'POST', `${base}/query`, body);

    it("answers InfluxDB's series, or flat rows with the tags merged in", async () => {
      const q = 'SELECT max("usage") FROM "cpu" WHERE "region" = \'eu\' GROUP BY "host"';
      const series = dataOf(await query({ q }), data.query);
      expect(series).toEqual([
        {
          statementId: 0,
          series: [
            { name: 'cpu', tags: { host: 'web-1' }, columns: ['time', 'max'], values: [['2020-01-01T03:00:00Z', 13]] },
            { name: 'cpu', tags: { host: 'web-2' }, columns: ['time', 'max'], values: [['2020-01-01T03:00:00Z', 23]] },
          ],
        },
      ]);
      expect(dataOf(await query({ q, format: 'rows' }), data.query)).toEqual([
        {
          statementId: 0,
          rows: [
            { host: 'web-1', time: '2020-01-01T03:00:00Z', max: 13 },
            { host: 'web-2', time: '2020-01-01T03:00:00Z', max: 23 },
          ],
        },
      ]);
    });

    it('binds parameters and gives epoch times', async () => {
      const rows = dataOf(
        await query({ q: 'SELECT "usage" FROM "cpu" WHERE "host" = $host AND "usage" > $min', params: { host: "db-1' OR 'x'='x", min: 0 }, format: 'rows' }),
        data.query,
      );
      expect(rows).toEqual([{ statementId: 0, rows: [] }]);
      const bound = dataOf(
        await query({ q: 'SELECT "usage" FROM "cpu" WHERE "host" = $host AND "usage" > $min', params: { host: 'db-1', min: 31 }, epoch: 's', format: 'rows' }),
        data.query,
      );
      expect(bound).toEqual([
        {
          statementId: 0,
          rows: [
            { time: 1577836800 + 2 * hour, usage: 32 },
            { time: 1577836800 + 3 * hour, usage: 33 },
          ],
        },
      ]);
    });

    it('runs several read statements and answers each', async () => {
      const results = dataOf(
        await query({ q: 'SHOW MEASUREMENTS; SELECT count("usage") FROM "cpu"; SHOW TAG VALUES FROM "cpu" WITH KEY = "region"', format: 'rows' }),
        data.query,
      );
      expect(results).toEqual([
        { statementId: 0, rows: [{ name: 'cpu' }] },
        { statementId: 1, rows: [{ time: '1970-01-01T00:00:00Z', count: 12 }] },
        {
          statementId: 2,
          rows: [
            { key: 'region', value: 'eu' },
            { key: 'region', value: 'us' },
          ],
        },
      ]);
    });

    it('refuses anything but reads without admin mode, and runs nothing of it', async () => {
      const cases: [string, RegExp][] = [
        ['DROP DATABASE "t5r_db"', /^body\.q: statement 1 \(DropDatabaseStatement: DROP DATABASE t5r_db\) is not a read/],
        ['SELECT * FROM "cpu"; DROP MEASUREMENT "cpu"', /statement 2 \(DropMeasurementStatement: DROP MEASUREMENT cpu\)/],
        ['SELECT "usage" INTO "copy" FROM "cpu"', /statement 1 \(SelectStatement with INTO: SELECT usage INTO copy FROM cpu\)/],
        ['CREATE DATABASE "t5r_other"', /statement 1 \(CreateDatabaseStatement: CREATE DATABASE t5r_other\)/],
        ['DELETE FROM "cpu"', /statement 1 \(DeleteSeriesStatement: DELETE FROM cpu\)/],
        ['SHOW DIAGNOSTICS', /statement 1 \(ShowDiagnosticsStatement: SHOW DIAGNOSTICS\)/],
        ['SELECT "usage" FROM "cpu" -- c\r; DROP MEASUREMENT "cpu"', /statement 2 \(DropMeasurementStatement/],
        [
          'SELECT "usage" FROM "cpu" WHERE "usage" > 1./2; DROP MEASUREMENT "cpu"; SELECT "usage" FROM "cpu" WHERE "usage" > 1/2',
          /statement 2 \(DropMeasurementStatement/,
        ],
        ['SELECT "usage" FROM "cpu" -- c \0; DROP MEASUREMENT "cpu"', /statement 2 \(DropMeasurementStatement/],
        ["SELECT 'unterminated FROM cpu", /^body\.q: InfluxQL syntax error: found unterminated FROM cpu, expected/],
      ];
      for (const [q, message] of cases) expect(failureOf(await query({ q }), 400, 40000), q).toMatch(message);
      expect(await directNames('SHOW MEASUREMENTS', db)).toEqual(['cpu']);
      expect(await directNames('SHOW DATABASES')).not.toContain('t5r_other');
      expect(await directRows('SELECT count("usage") FROM "cpu"', db)).toEqual([{ time: '1970-01-01T00:00:00Z', count: 12 }]);
    });

    it('runs other statements in admin mode', async () => {
      dataOf(await query({ q: 'SELECT "usage" INTO "copy" FROM "cpu" GROUP BY *', admin: true }), data.query);
      expect(await directRows('SELECT count("usage") FROM "copy"', db)).toEqual([{ time: '1970-01-01T00:00:00Z', count: 12 }]);
      dataOf(await query({ q: 'DROP MEASUREMENT "copy"', admin: true }), data.query);
      expect(await directNames('SHOW MEASUREMENTS', db)).toEqual(['cpu']);
    });

    it("refuses what InfluxDB's parser refuses with its message, and turns InfluxDB's errors into 400s naming the instance", async () => {
      expect(failureOf(await query({ q: 'SELECT FROM cpu' }), 400, 40000)).toBe(
        'body.q: InfluxQL syntax error: found FROM, expected identifier, string, number, bool at line 1, char 8',
      );
      expect(failureOf(await query({ q: 'SELECT "usage" FROM "cpu" WHERE "host" = $h' }), 400, 40000)).toBe(
        'body.q: InfluxQL syntax error: missing parameter: h',
      );
      expect(failureOf(await query({ q: 'SHOW MEASUREMENTS; SELECT * FROM "cpu" GROUP BY time(1h)' }), 400, 40000)).toBe(
        'influx/default: statement 2: GROUP BY requires at least one aggregate function',
      );
      failureOf(await call(app, 'POST', '/influx/default/databases/t5r_nope/query', { q: 'SELECT * FROM "cpu"' }), 404, 50002);
      expect(failureOf(await query({ q: 'SELECT * FROM "cpu"', format: 'table' }), 400)).toMatch(/^body\.format: /);
    });
  });

  describe('structured _search', () => {
    const search = (body: object) => call(app, 'POST', `${base}/measurements/cpu/_search`, body);

    it('reads the whole measurement without a body, as with an empty one', async () => {
      const whole = dataOf(await call(app, 'POST', `${base}/measurements/cpu/_search`), data.search);
      expect(whole.query).toBe('SELECT * FROM "cpu"');
      expect(whole.rows).toHaveLength(12);
      expect(dataOf(await search({}), data.search)).toEqual(whole);
    });

    it('selects columns with aliases and functions, filters, groups by tags and time', async () => {
      const result = dataOf(
        await search({
          select: { avg: { mean: 'usage' }, p50: { percentile: ['usage', 50] }, last: { last: 'usage' } },
          where: { region: 'eu', host: { in: ['web-1', 'web-2'] }, time: { gte: '2020-01-01T00:00:00Z', lt: '2020-01-01T02:00:00Z' } },
          groupBy: ['host', { time: '1h' }],
          fill: 'none',
          order: 'desc',
        }),
        data.search,
      );
      expect(result.query).toBe(
        `SELECT mean("usage") AS "avg", percentile("usage", 50) AS "p50", last("usage") AS "last" FROM "cpu" WHERE time >= '2020-01-01T00:00:00Z' AND time < '2020-01-01T02:00:00Z' AND "region" = 'eu' AND ("host" = 'web-1' OR "host" = 'web-2') GROUP BY "host", time(1h) fill(none) ORDER BY time DESC`,
      );
      expect(result.rows).toEqual([
        { host: 'web-2', time: '2020-01-01T01:00:00Z', avg: 21, p50: 21, last: 21 },
        { host: 'web-2', time: '2020-01-01T00:00:00Z', avg: 20, p50: 20, last: 20 },
        { host: 'web-1', time: '2020-01-01T01:00:00Z', avg: 11, p50: 11, last: 11 },
        { host: 'web-1', time: '2020-01-01T00:00:00Z', avg: 10, p50: 10, last: 10 },
      ]);
    });

    it('compares with numbers beyond the safe integers, which InfluxDB reads as floats', async () => {
      const above = dataOf(await search({ select: ['usage'], where: { usage: { gt: 1e308 } } }), data.search);
      expect(above.query).toBe(`SELECT "usage" FROM "cpu" WHERE "usage" > 1${'0'.repeat(308)}.0`);
      expect(above.rows).toEqual([]);
      expect(dataOf(await search({ select: ['usage'], where: { usage: { gt: -1e308, lt: 2 ** 63 } } }), data.search).rows).toHaveLength(12);
      expect(dataOf(await search({ select: ['usage'], where: { usage: { gt: 2 ** 53 } } }), data.search).rows).toEqual([]);
    });

    it('filters with comparisons, regex and not; limits, offsets and gives epoch times', async () => {
      const where = { usage: { gte: 12, lt: 33 }, host: { regex: '^(web|db)-', not: { in: ['web-2'] } } };
      const all = dataOf(await search({ select: ['usage', 'host'], where }), data.search);
      expect(all.query).toBe(`SELECT "usage", "host" FROM "cpu" WHERE "usage" >= 12 AND "usage" < 33 AND "host" =~ /^(web|db)-/ AND "host" != 'web-2'`);
      expect(all.rows.map((r) => `${String(r.host)}:${String(r.usage)}`).sort()).toEqual(['db-1:30', 'db-1:31', 'db-1:32', 'web-1:12', 'web-1:13']);
      const page = dataOf(await search({ select: ['usage', 'host'], where, limit: 2, offset: 1, epoch: 'h' }), data.search);
      expect(page.rows).toEqual([{ time: 438289, usage: 31, host: 'db-1' }, expect.objectContaining({ time: 438290 })]);
      const notRegex = dataOf(await search({ select: ['usage'], where: { host: { not: { regex: '^web' } }, usage: { not: { gt: 31 } } } }), data.search);
      expect(notRegex.rows.map((r) => r.usage)).toEqual([30, 31]);
    });

    it('reads from another retention policy and times relative to now', async () => {
      await influxDirect(`CREATE RETENTION POLICY "recent" ON "${db}" DURATION 1h REPLICATION 1`);
      await writeDirect(db, `cpu,host=now usage=7 ${Date.now()}`, 'ms', 'recent');
      const { rows, query } = dataOf(await search({ select: ['usage'], where: { time: { gte: 'now-10m' } }, retentionPolicy: 'recent' }), data.search);
      expect(query).toBe(`SELECT "usage" FROM "${db}"."recent"."cpu" WHERE time >= now() - 10m`);
      expect(rows.map((r) => r.usage)).toEqual([7]);
      expect(dataOf(await search({ select: ['usage'], where: { time: { gte: 'now-10m' } } }), data.search).rows).toEqual([]);
    });

    it('validates the query with the JSON path of the problem', async () => {
      const cases: [object, RegExp][] = [
        [{ select: { x: { nope: 'usage' } } }, /^body\.select/],
        [{ where: { time: { gte: 'yesterday' } } }, /^body\.where\.time\.gte: must be RFC3339/],
        [{ groupBy: [{ time: '5 minutes' }] }, /^body\.groupBy\.0\.time: must be a duration/],
        [{ where: { host: { regex: 'abc\\' } } }, /^body\.where\.host.*cannot end with a backslash/],
        [{ limit: 0 }, /^body\.limit: /],
        [{ order: 'sideways' }, /^body\.order: /],
        [{ unknown: 1 }, /^body: Unrecognized key/],
      ];
      for (const [body, message] of cases) expect(failureOf(await search(body), 400, 40000), JSON.stringify(body)).toMatch(message);
    });

    it('answers 50002 for a missing database', async () => {
      failureOf(await call(app, 'POST', '/influx/default/databases/t5r_nope/measurements/cpu/_search', {}), 404, 50002);
    });
  });

  describe('deleting points', () => {
    const del = (measurement: string, body: object) => call(app, 'DELETE', `${base}/measurements/${measurement}/points`, body);

    it('deletes by tags and time range only what matches', async () => {
      await writeDirect(db, ['a', 'b'].flatMap((host) => [0, 1, 2].map((i) => `gone,host=${host} v=${i} ${1577836800 + i * hour}`)).join('\n'), 's');
      const result = dataOf(await del('gone', { from: '2020-01-01T01:00:00Z', to: '2020-01-01T02:00:00Z', tags: { host: 'a' } }), data.deleted);
      expect(result).toEqual({
        database: db,
        measurement: 'gone',
        statement: `DELETE FROM "gone" WHERE time >= '2020-01-01T01:00:00Z' AND time < '2020-01-01T02:00:00Z' AND "host" = 'a'`,
      });
      const left = await directRows('SELECT "v" FROM "gone" GROUP BY "host"', db);
      expect(left.map((r) => `${String(r.host)}${String(r.v)}`).sort()).toEqual(['a0', 'a2', 'b0', 'b1', 'b2']);
      dataOf(await del('gone', { tags: { host: { in: ['b'] } } }), data.deleted);
      expect((await directRows('SELECT "v" FROM "gone" GROUP BY "host"', db)).map((r) => `${String(r.host)}${String(r.v)}`).sort()).toEqual(['a0', 'a2']);
    });

    it('needs a condition, and a measurement that exists', async () => {
      expect(failureOf(await del('gone', {}), 400, 40000)).toMatch(/give from, to or tags/);
      expect(failureOf(await del('gone', { tags: { time: 'x' } }), 400)).toMatch(/^body\.tags\.time/);
      expect(failureOf(await del('gone', { from: 'last week' }), 400)).toMatch(/^body\.from: /);
      failureOf(await del('nope', { tags: { host: 'a' } }), 404, 40400);
      failureOf(await call(app, 'DELETE', '/influx/default/databases/t5r_nope/measurements/gone/points', { tags: { host: 'a' } }), 404, 50002);
      expect(await directRows('SELECT "v" FROM "gone"', db)).toHaveLength(2);
    });
  });
});
