import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { data } from '../../src/apps/influxdb/schemas.js';
import { MAX_POINTS_PER_WRITE } from '../../src/query/influx/points.js';
import { bodyOf, buildTestApp } from '../helpers.js';
import { call, dataOf, directNames, directRows, directText, failureOf, influxDirect } from './support.js';

const db = 't5w_db';
const url = `/influx/default/databases/${db}/points`;

const count = async (measurement: string) => {
  const rows = await directRows(`SELECT count(*) FROM "${measurement}"`, db);
  return rows.length
    ? Math.max(
        ...Object.entries(rows[0]!)
          .filter(([k]) => k.startsWith('count_'))
          .map(([, v]) => Number(v)),
      )
    : 0;
};

describe('writing points', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestApp();
    await influxDirect(`CREATE DATABASE "${db}"`);
    await influxDirect(`CREATE RETENTION POLICY "short" ON "${db}" DURATION 1h REPLICATION 1`);
  });
  afterAll(async () => {
    await influxDirect(`DROP DATABASE "${db}"`);
    await app.close();
  });

  it('writes one JSON point; numbers are floats', async () => {
    const point = { measurement: 'one', tags: { host: 'a' }, fields: { v: 3 }, time: '2020-01-01T00:00:00Z' };
    expect(dataOf(await call(app, 'POST', url, point), data.written)).toEqual({ database: db, written: 1 });
    expect(await directRows('SELECT * FROM "one"', db)).toEqual([{ time: '2020-01-01T00:00:00Z', host: 'a', v: 3 }]);
    expect(await directRows('SHOW FIELD KEYS FROM "one"', db)).toEqual([{ fieldKey: 'v', fieldType: 'float' }]);
  });

  it('writes integers, booleans and strings through plain and typed values', async () => {
    const points = [
      {
        measurement: 'typed',
        fields: {
          f: 1,
          i: { int: 42 },
          big: { int: '9223372036854775807' },
          neg: { int: -7 },
          b: true,
          tb: { bool: false },
          s: 'text "quoted" \\ and\nnewline',
          ts: { string: '42' },
          tf: { float: 2 },
        },
        time: 1,
      },
    ];
    expect(dataOf(await call(app, 'POST', url, points), data.written).written).toBe(1);
    expect(Object.fromEntries((await directRows('SHOW FIELD KEYS FROM "typed"', db)).map((r) => [r.fieldKey, r.fieldType]))).toEqual({
      b: 'boolean',
      big: 'integer',
      f: 'float',
      i: 'integer',
      neg: 'integer',
      s: 'string',
      tb: 'boolean',
      tf: 'float',
      ts: 'string',
    });
    const [row] = await directRows('SELECT * FROM "typed"', db);
    expect(row).toMatchObject({ f: 1, i: 42, neg: -7, b: true, tb: false, s: 'text "quoted" \\ and\nnewline', ts: '42', tf: 2 });
    expect(await directText('SELECT "big" FROM "typed"', db)).toContain('9223372036854775807');
  });

  it('reads times as RFC3339 to the nanosecond, or integers in the given precision', async () => {
    const points = [
      { measurement: 'times', tags: { k: 'rfc' }, fields: { v: 1 }, time: '2020-01-01T00:00:00.123456789Z' },
      { measurement: 'times', tags: { k: 'offset' }, fields: { v: 1 }, time: '2020-01-01T01:00:00+01:00' },
      { measurement: 'times', tags: { k: 'int' }, fields: { v: 1 }, time: 1577836800 },
      { measurement: 'times', tags: { k: 'digits' }, fields: { v: 1 }, time: '1577836801' },
    ];
    expect(dataOf(await call(app, 'POST', `${url}?precision=s`, points), data.written).written).toBe(4);
    const text = await directText('SELECT * FROM "times" GROUP BY "k"', db, { epoch: 'ns' });
    const times = Object.fromEntries([...text.matchAll(/"k":"(\w+)"\},"columns":\["time","v"\],"values":\[\[(\d+),/g)].map((m) => [m[1], m[2]]));
    expect(times).toEqual({ rfc: '1577836800123456789', offset: '1577836800000000000', int: '1577836800000000000', digits: '1577836801000000000' });
  });

  it('lets the server stamp a point without time', async () => {
    const before = Date.now();
    dataOf(await call(app, 'POST', url, { measurement: 'now', fields: { v: 1 } }), data.written);
    const [row] = await directRows('SELECT * FROM "now"', db, { epoch: 'ms' });
    expect(Number(row!.time)).toBeGreaterThanOrEqual(before - 1000);
    expect(Number(row!.time)).toBeLessThanOrEqual(Date.now() + 1000);
  });

  it('writes line protocol sent as text/plain, with precision and retention policy', async () => {
    const lines = ['# a comment', '', 'lp,host=a v=1,n=2i,s="x y",b=t 1577836800', '  lp,host=b v=2 1577836801', 'lp,host=c\\ d v=3', ''].join('\n');
    const recent = Math.floor(Date.now() / 1000);
    expect(dataOf(await call(app, 'POST', `${url}?precision=s`, lines), data.written)).toEqual({ database: db, written: 3 });
    expect(await count('lp')).toBe(3);
    expect(dataOf(await call(app, 'POST', `${url}?precision=s&rp=short`, `lp_short v=1 ${recent}`), data.written)).toEqual({
      database: db,
      retentionPolicy: 'short',
      written: 1,
    });
    expect(await directRows('SELECT * FROM "short"."lp_short"', db)).toHaveLength(1);
    expect(await directRows('SELECT * FROM "lp_short"', db)).toHaveLength(0);
  });

  it('validates every JSON point before sending any; a 400 names the point and the field', async () => {
    const ok = { measurement: 'invalid', fields: { v: 1 } };
    const cases: [unknown, string][] = [
      [[ok, { measurement: 'invalid', fields: {} }], 'body[1].fields: needs at least one field'],
      [[ok, ok, { measurement: '', fields: { v: 1 } }], 'body[2].measurement: must not be empty'],
      [[ok, { measurement: '#x', fields: { v: 1 } }], 'body[1].measurement: must not start with # (line protocol reads the line as a comment)'],
      [[ok, { measurement: 'm', tags: { host: 'a\nb' }, fields: { v: 1 } }], 'body[1].tags.host: must not contain control characters (newline, tab, ...)'],
      [[ok, { measurement: 'm', tags: { host: '' }, fields: { v: 1 } }], 'body[1].tags.host: must not be empty'],
      [
        [ok, { measurement: 'm', tags: { host: 'a\\' }, fields: { v: 1 } }],
        'body[1].tags.host: a backslash must not end it or stand before a comma, space, = or "',
      ],
      [[ok, { measurement: 'm', tags: { host: 1 }, fields: { v: 1 } }], 'body[1].tags.host: Invalid input: expected string, received number'],
      [[ok, { measurement: 'm', tags: { time: 'x' }, fields: { v: 1 } }], 'body[1].tags.time: time is reserved for the timestamp'],
      [[ok, { measurement: 'm', fields: { time: 1 } }], 'body[1].fields.time: time is reserved for the timestamp'],
      [
        [ok, { measurement: 'm', fields: { usage: null } }],
        'body[1].fields.usage: must be a number (written as a float), a boolean, a string, or typed: {"int": 3}, {"float": 1}, {"string": "x"}, {"bool": true} (an int is a whole number within int64, or a string of digits)',
      ],
      [
        [ok, { measurement: 'm', fields: { n: { int: 1.5 } } }],
        'body[1].fields.n: must be a number (written as a float), a boolean, a string, or typed: {"int": 3}, {"float": 1}, {"string": "x"}, {"bool": true} (an int is a whole number within int64, or a string of digits)',
      ],
      // BigInt would throw on these digits: the schema refuses them first.
      [[ok, { measurement: 'm', fields: { v: { int: '12a' } } }], 'body[1].fields.v.int: must be a whole number or a string of digits'],
      [{ points: [{ measurement: 'm', fields: { v: { int: '12a' } } }] }, 'body.measurement: Invalid input: expected string, received undefined'],
      [[ok, { measurement: 'm', fields: { v: 1 }, time: 'yesterday' }], 'body[1].time: must be RFC3339 (2009-11-10T23:00:00Z) or an integer'],
      [[ok, { measurement: 'm', fields: { v: 1 }, time: '9223372036854775807' }], "body[1].time: outside InfluxDB's time range (precision ns)"],
      [[ok, { measurement: 'm', fields: { v: 1 }, extra: 1 }], 'body[1]: Unrecognized key: "extra"'],
      [{ measurement: 'm', fields: { v: 'x' }, time: 1.5 }, 'body.time: must be RFC3339 (2009-11-10T23:00:00Z) or an integer'],
      [[], 'body: no points to write'],
    ];
    for (const [body, message] of cases) {
      expect(failureOf(await call(app, 'POST', url, body), 400, 40000), message).toBe(message);
    }
    // JSON.parse reads 1e999 as Infinity.
    const infinite = `[{"measurement":"invalid","fields":{"v":1}},{"measurement":"invalid","fields":{"usage":1e999}}]`;
    expect(failureOf(await call(app, 'POST', url, infinite, 'application/json'), 400)).toBe('body[1].fields.usage: must be a finite number');
    expect(failureOf(await call(app, 'POST', `${url}?precision=h`, { measurement: 'm', fields: { v: 1 }, time: 10_000_000 }), 400)).toBe(
      "body.time: outside InfluxDB's time range (precision h)",
    );
    expect(await directNames('SHOW MEASUREMENTS', db)).not.toContain('invalid');
  });

  it('checks every line of line protocol before sending any; a 400 names the line', async () => {
    const cases: [string, string][] = [
      ['ok v=1\nbad', 'body line 2: expected a space before the fields (" "), found the end'],
      ['ok v=1\n\nm v=abc', 'body line 3: field "v": "abc" is not a float, an integer (3i), a boolean or a "string"'],
      ['m v=1u', 'body line 1: field "v": unsigned integers (1u) are not supported by InfluxDB 1.x; write 1i'],
      ['m v=99999999999999999999i', 'body line 1: field "v": 99999999999999999999i is out of the int64 range'],
      ['m v=1 12:00', 'body line 1: timestamp "12:00" is not an integer'],
      ['m v=1 1 ', 'body line 1: timestamp "1 " is not an integer'],
      ['m,host v=1', 'body line 1: expected tag "host" ("="), found " "'],
      ['m,host=a=b v=1', 'body line 1: tag "host" value has an unescaped = (write \\=)'],
      ['m,time=a v=1', 'body line 1: tag key "time" is reserved'],
      ['m time=1', 'body line 1: field key "time" is reserved'],
      ['m s="abc\nnext line', 'body line 1: field "s": unterminated string'],
      ['m\\', 'body line 1: measurement ends with a backslash'],
      ['m v=1 99999999999999999', "body line 1: timestamp 99999999999999999 is outside InfluxDB's time range (precision s)"],
      ['# only a comment\n\n', 'body: no points to write'],
    ];
    for (const [lines, message] of cases) {
      expect(failureOf(await call(app, 'POST', `${url}?precision=s`, lines), 400, 40000), lines).toBe(message);
    }
    expect(await directNames('SHOW MEASUREMENTS', db)).not.toContain('ok');
  });

  it(`refuses more than ${MAX_POINTS_PER_WRITE} points with a 413 and a hint`, async () => {
    const many = Array.from({ length: MAX_POINTS_PER_WRITE + 1 }, (_, i) => ({ measurement: 'many', fields: { v: i }, time: i }));
    const json = await call(app, 'POST', url, many);
    expect(failureOf(json, 413, 41300)).toBe(
      `${MAX_POINTS_PER_WRITE + 1} points in one write; the limit is ${MAX_POINTS_PER_WRITE}: split the batch into several requests`,
    );
    const lines = many.map((p) => `many v=${p.fields.v} ${p.time}`).join('\n');
    expect(failureOf(await call(app, 'POST', url, lines), 413, 41300)).toMatch(/split the batch/);
    expect(await directNames('SHOW MEASUREMENTS', db)).not.toContain('many');
    expect(dataOf(await call(app, 'POST', url, many.slice(1)), data.written).written).toBe(MAX_POINTS_PER_WRITE);
  });

  it('reports a partial write with what was dropped (207), and a write with nothing kept as an error', async () => {
    dataOf(await call(app, 'POST', url, { measurement: 'conflict', fields: { v: 1.5 }, time: 1 }), data.written);
    const mixed = [
      { measurement: 'conflict', fields: { v: 'text' }, time: 2 },
      { measurement: 'conflict', fields: { v: 2.5 }, time: 3 },
      { measurement: 'conflict', fields: { v: 3.5 }, time: 4 },
    ];
    const res = await call(app, 'POST', url, mixed);
    expect(res.statusCode).toBe(207);
    const body = bodyOf<{ written: number; dropped: number; reason: string }>(res);
    expect(body).toMatchObject({ result: true, resultcode: 20700, data: { database: db, written: 2, dropped: 1 } });
    expect(body.data.reason).toMatch(/field type conflict: input field "v" on measurement "conflict" is type string, already exists as type float/);
    expect(body.message).toMatch(/^1 of 3 points dropped by influx\/default: field type conflict/);
    expect(data.written.parse(body.data)).toEqual(body.data);
    expect(await count('conflict')).toBe(3);

    const all = await call(app, 'POST', url, [{ measurement: 'conflict', fields: { v: true }, time: 5 }]);
    expect(failureOf(all, 409, 40900)).toMatch(/^influx\/default: none of the 1 points was written: field type conflict/);
    expect(await count('conflict')).toBe(3);
  });

  it('answers 50002 for a missing database and 404 for a missing retention policy', async () => {
    failureOf(await call(app, 'POST', '/influx/default/databases/t5w_nope/points', { measurement: 'm', fields: { v: 1 } }), 404, 50002);
    expect(failureOf(await call(app, 'POST', `${url}?rp=nope`, { measurement: 'm', fields: { v: 1 } }), 404, 40400)).toBe(
      'retention policy "nope" in influx/default not found',
    );
    expect(failureOf(await call(app, 'POST', `${url}?precision=days`, { measurement: 'm', fields: { v: 1 } }), 400)).toMatch(/^querystring\.precision: /);
  });
});
