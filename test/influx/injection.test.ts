import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../helpers.js';
import { call, directNames, directRows, influxDirect, path, writeDirect } from './support.js';

/**
 * The injection corpus: every payload goes through every path parameter, body name, query
 * parameter, tag/field key and value, and into naively concatenated raw queries. Before and
 * after, the server's databases, the sentinel database's measurements, points, retention
 * policies and continuous queries are compared: nothing but the intended statements ran.
 */
const sentinel = 't5inj_sentinel';
const dataDb = 't5inj_data';
const pwned = 't5inj_pwned';

const evil = [
  `DROP DATABASE "${sentinel}"`,
  `CREATE DATABASE "${pwned}"`,
  'DROP MEASUREMENT "keep"',
  'DELETE FROM "keep"',
  `DROP RETENTION POLICY "keep_rp" ON "${sentinel}"`,
  `DROP CONTINUOUS QUERY "keep_cq" ON "${sentinel}"`,
  `DROP SERIES FROM "keep"`,
];

const fragments = [
  '"',
  "'",
  '\\',
  '\\"',
  "\\'",
  '\\\\',
  ';',
  '--',
  '/*',
  '*/',
  '/',
  '\\/',
  '//',
  '\n',
  '\r',
  '\r\n',
  '\t',
  '\0',
  ' ',
  ',',
  '=',
  '=~',
  '!~',
  '#',
  '$p',
  '.',
  '..',
  '*',
  '.*',
  '^',
  '$',
  '(',
  ')',
  '[',
  ']',
  '{',
  '}',
  '|',
  '+',
  '?',
  '%',
  '&',
  '`',
  '\\n',
  '\\x{2f}',
  'é',
  '☃',
  '𝄞',
  '\u2028',
  '\u202e',
  '\ufeff',
  '\u200d',
  '\u0085',
  '\x7f',
  'ｄｒｏｐ',
  'µ',
  'π',
  '日本語',
  '😀',
  'Ω≈ç√',
];

const templates = [
  (e: string) => `x"; ${e}; --`,
  (e: string) => `x'; ${e}; --`,
  (e: string) => `x\\"; ${e}; --`,
  (e: string) => `x\\'; ${e}; --`,
  (e: string) => `x/; ${e}; /`,
  (e: string) => `x" -- \n; ${e}`,
  (e: string) => `x' --\r; ${e}`,
  (e: string) => `x -- \0; ${e}`,
  (e: string) => `*/; ${e}; /*`,
  (e: string) => `1./2; ${e}; SELECT v FROM m WHERE v > 1/2`,
  (e: string) => `x') OR ('a'='a'; ${e}`,
  (e: string) => `x"\n${e}`,
];

const payloads = [
  ...new Set([
    ...fragments,
    ...fragments.map((f) => `a${f}b`),
    ...fragments.map((f) => `"${f}'`),
    ...templates.flatMap((t) => evil.map(t)),
    `x" INTO "${pwned}" FROM "keep`,
    `keep" WHERE 1=1; ${evil[0]}; SELECT * FROM "keep`,
    `now() - 1h; ${evil[1]}`,
    `1h; ${evil[1]}`,
  ]),
];

// 405: a payload such as `.` folds the path onto another route that has other methods.
const ok = new Set([200, 201, 207, 400, 404, 405, 409]);

interface Snapshot {
  databases: string[];
  measurements: string[];
  points: unknown[];
  retentionPolicies: unknown[];
  continuousQueries: unknown;
}

async function snapshot(): Promise<Snapshot> {
  const [cqs] = await influxDirect('SHOW CONTINUOUS QUERIES');
  return {
    // The server is shared: only this file's databases (t5inj_) are compared.
    databases: (await directNames('SHOW DATABASES')).filter((d) => d.startsWith('t5inj_') && d !== dataDb).sort(),
    measurements: await directNames('SHOW MEASUREMENTS', sentinel),
    points: await directRows('SELECT * FROM "keep"', sentinel),
    retentionPolicies: await directRows(`SHOW RETENTION POLICIES ON "${sentinel}"`, sentinel),
    continuousQueries: cqs?.series?.find((s) => s.name === sentinel)?.values,
  };
}

describe(`injection corpus (${payloads.length} payloads)`, () => {
  let app: FastifyInstance;
  let before: Snapshot;
  const statuses = new Map<number, number>();

  const send = async (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: unknown): Promise<LightMyRequestResponse> => {
    const res = await call(app, method, url, payload);
    statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1);
    expect(ok.has(res.statusCode), `${method} ${url} ${JSON.stringify(payload)} -> ${res.statusCode} ${res.body}`).toBe(true);
    return res;
  };

  beforeAll(async () => {
    app = await buildTestApp();
    await influxDirect(`CREATE DATABASE "${sentinel}"`);
    await influxDirect(`CREATE DATABASE "${dataDb}"`);
    await influxDirect(`CREATE RETENTION POLICY "keep_rp" ON "${sentinel}" DURATION 30d REPLICATION 1`);
    await writeDirect(sentinel, 'keep,host=a v=1 1\nkeep,host=b v=2 2\nkeep,host=c v=3 3');
    await influxDirect(`CREATE CONTINUOUS QUERY "keep_cq" ON "${sentinel}" BEGIN SELECT mean("v") INTO "keep_mean" FROM "keep" GROUP BY time(1h) END`);
    before = await snapshot();
    expect(before.points).toHaveLength(3);
  });

  const expectUnchanged = async () => {
    const after = await snapshot();
    for (const key of Object.keys(before) as (keyof Snapshot)[]) expect(after[key], key).toEqual(before[key]);
    expect(await directNames('SHOW DATABASES')).not.toContain(pwned);
  };

  afterAll(async () => {
    const total = [...statuses.values()].reduce((a, b) => a + b, 0);
    process.stderr.write(`[injection] ${payloads.length} payloads, ${total} requests, statuses ${JSON.stringify(Object.fromEntries(statuses))}\n`);
    await influxDirect(`DROP DATABASE "${sentinel}"`);
    await influxDirect(`DROP DATABASE "${dataDb}"`);
    await app.close();
  });

  // Each of these runs its hidden CREATE on InfluxDB 1.6.7 when sent directly; the old hand-written lexer had to be taught each one.
  it.each([
    ['a bound parameter divided', 'SELECT v FROM m WHERE v > $p /2; CREATE DATABASE "t5inj_proof"; SELECT v /1 FROM m'],
    ['true divided', 'SELECT v FROM m WHERE true /2; CREATE DATABASE "t5inj_proof"; SELECT v /1 FROM m'],
    ['a cast to the keyword tag divided', 'SELECT v FROM m WHERE "t"::tag /2 > 0; CREATE DATABASE "t5inj_proof"; SELECT v /1 FROM m'],
    ['a carriage return ending a -- comment', 'SELECT v FROM m -- c\r; CREATE DATABASE "t5inj_proof"'],
    ['a number eating a dot', 'SELECT v FROM m WHERE v > 1./2; CREATE DATABASE "t5inj_proof"; SELECT v FROM m WHERE v > 1/2'],
    ['a NUL ending a -- comment', 'SELECT v FROM m -- c \0; CREATE DATABASE "t5inj_proof"'],
  ])('refuses the hidden statement of %s, which InfluxDB really runs', async (_trick, q) => {
    const res = await send('POST', `/influx/default/databases/${sentinel}/query`, { q, params: { p: 1 } });
    expect(res.statusCode).toBe(400);
    expect(await directNames('SHOW DATABASES')).not.toContain('t5inj_proof');
    await influxDirect(q, sentinel, { params: '{"p":1}' });
    expect(await directNames('SHOW DATABASES')).toContain('t5inj_proof');
    await influxDirect('DROP DATABASE "t5inj_proof"');
  });

  it('has at least 200 payloads', () => {
    expect(payloads.length).toBeGreaterThanOrEqual(200);
  });

  it('through every path parameter', async () => {
    const s = `/influx/default/databases/${sentinel}`;
    for (const p of payloads) {
      const e = path(p);
      for (const sub of ['measurements', 'retention-policies', 'continuous-queries', 'series']) {
        const res = await send('GET', `/influx/default/databases/${e}/${sub}`);
        expect(res.statusCode).not.toBe(200);
      }
      await send('DELETE', `/influx/default/databases/${e}`);
      const search = await send('POST', `${s}/measurements/${e}/_search`, {});
      if (search.statusCode === 200) expect(search.json().data.rows).toEqual([]);
      await send('POST', `/influx/default/databases/${e}/points`, { measurement: 'm', fields: { v: 1 } });
      await send('POST', `/influx/default/databases/${e}/query`, { q: 'SHOW MEASUREMENTS' });
      for (const [method, url, body] of [
        ['GET', `${s}/measurements/${e}`],
        ['DELETE', `${s}/measurements/${e}`],
        ['GET', `${s}/measurements/keep/tags/${e}`],
        ['GET', `${s}/measurements/${e}/tags/host`],
        ['DELETE', `${s}/measurements/${e}/points`, { tags: { host: 'a' } }],
        ['PATCH', `${s}/retention-policies/${e}`, { duration: '2d' }],
        ['DELETE', `${s}/retention-policies/${e}`],
        ['DELETE', `${s}/continuous-queries/${e}`],
      ] as const) {
        const res = await send(method, url, body);
        expect(res.statusCode, `${method} ${url}`).not.toBe(200);
      }
    }
    await expectUnchanged();
  }, 240_000);

  it('through every query string parameter', async () => {
    for (const p of payloads) {
      const e = encodeURIComponent(p);
      const match = await send('GET', `/influx/default/databases/${sentinel}/measurements?match=${e}`);
      if (match.statusCode === 200) expect(match.json().data).toEqual('keep'.includes(p) ? ['keep'] : []);
      await send('GET', `/influx/default/databases/${sentinel}/series?measurement=${e}`);
      const rp = await send('POST', `/influx/default/databases/${dataDb}/points?rp=${e}`, { measurement: 'm', fields: { v: 1 } });
      expect(rp.statusCode).not.toBe(200);
    }
    await expectUnchanged();
  }, 240_000);

  it('through every body name: a database, retention policy or query is created with exactly that name, or refused', async () => {
    let created = 0;
    for (const p of payloads) {
      const dbRes = await send('POST', '/influx/default/databases', { name: p });
      if (dbRes.statusCode === 201) {
        created++;
        expect(await directNames('SHOW DATABASES')).toContain(p);
        expect((await send('DELETE', `/influx/default/databases/${path(p)}`)).statusCode, JSON.stringify(p)).toBe(200);
        expect(await directNames('SHOW DATABASES')).not.toContain(p);
      }
      const rpRes = await send('POST', `/influx/default/databases/${sentinel}/retention-policies`, { name: p, duration: '1d' });
      if (rpRes.statusCode === 201) {
        created++;
        expect(await directNames(`SHOW RETENTION POLICIES ON "${sentinel}"`)).toContain(p);
        expect((await send('DELETE', `/influx/default/databases/${sentinel}/retention-policies/${path(p)}`)).statusCode, JSON.stringify(p)).toBe(200);
      }
      const cq = { name: p, query: { from: 'keep', into: { measurement: 'keep_copy' }, select: { v: { mean: 'v' } }, groupBy: [{ time: '1h' }] } };
      const cqRes = await send('POST', `/influx/default/databases/${sentinel}/continuous-queries`, cq);
      if (cqRes.statusCode === 201) {
        created++;
        const [cqs] = await influxDirect('SHOW CONTINUOUS QUERIES');
        expect(cqs?.series?.find((x) => x.name === sentinel)?.values?.map((v) => v[0])).toContain(p);
        expect((await send('DELETE', `/influx/default/databases/${sentinel}/continuous-queries/${path(p)}`)).statusCode, JSON.stringify(p)).toBe(200);
      }
    }
    expect(created).toBeGreaterThan(payloads.length);
    await expectUnchanged();
  }, 300_000);

  it('through tag and field keys and values: points are stored exactly as sent, or refused whole', async () => {
    const accepted = { tags: [] as [number, string][], fields: [] as [number, string][], measurements: [] as string[] };
    for (const [i, p] of payloads.entries()) {
      const time = i + 1;
      if (
        (await send('POST', `/influx/default/databases/${dataDb}/points`, { measurement: 'tagged', tags: { [p]: p }, fields: { t5v: time }, time }))
          .statusCode === 200
      )
        accepted.tags.push([time, p]);
      if ((await send('POST', `/influx/default/databases/${dataDb}/points`, { measurement: 'fielded', fields: { [p]: p }, time })).statusCode === 200)
        accepted.fields.push([time, p]);
      if ((await send('POST', `/influx/default/databases/${dataDb}/points`, { measurement: p, fields: { v: 1 }, time })).statusCode === 200)
        accepted.measurements.push(p);
    }
    expect(accepted.tags.length).toBeGreaterThan(payloads.length / 2);
    const tagged = new Map((await directRows('SELECT * FROM "tagged"', dataDb, { epoch: 'ns' })).map((r) => [Number(r.time), r]));
    expect(tagged.size).toBe(accepted.tags.length);
    for (const [time, p] of accepted.tags) expect(tagged.get(time)?.[p], JSON.stringify(p)).toBe(p);
    const fielded = new Map((await directRows('SELECT * FROM "fielded"', dataDb, { epoch: 'ns' })).map((r) => [Number(r.time), r]));
    expect(fielded.size).toBe(accepted.fields.length);
    for (const [time, p] of accepted.fields) expect(fielded.get(time)?.[p], JSON.stringify(p)).toBe(p);
    const measurements = await directNames('SHOW MEASUREMENTS', dataDb);
    expect(measurements.sort()).toEqual([...accepted.measurements, 'fielded', 'tagged'].sort());
    await expectUnchanged();
  }, 240_000);

  it('through structured query values, regexes, deletions and bound parameters: they match nothing and change nothing', async () => {
    const s = `/influx/default/databases/${sentinel}`;
    for (const p of payloads) {
      for (const where of [{ host: p }, { host: { in: [p, 'zz'] } }, { host: { not: { eq: p } } }, { host: { regex: p } }]) {
        const res = await send('POST', `${s}/measurements/keep/_search`, { select: ['v'], where });
        // A user regex may well match; the other conditions compare with a value no host has.
        const expected = typeof where.host !== 'object' || 'in' in where.host ? 0 : 'not' in where.host ? 3 : undefined;
        if (res.statusCode === 200 && expected !== undefined) expect(res.json().data.rows).toHaveLength(expected);
      }
      await send('POST', `${s}/measurements/keep/_search`, { select: [p] });
      await send('DELETE', `${s}/measurements/keep/points`, { tags: { host: p } });
      await send('DELETE', `${s}/measurements/keep/points`, { tags: { [p]: 'a' } });
      const bound = await send('POST', `${s}/query`, { q: 'SELECT * FROM "keep" WHERE "host" = $p', params: { p }, format: 'rows' });
      // A bound value becomes a literal of the canonical text, which cannot hold a carriage return or NUL.
      if (/[\r\0]/.test(p)) expect(bound.json().message).toMatch(/^body\.q: InfluxQL('s canonical text| syntax error)/);
      else expect(bound.json().data).toEqual([{ statementId: 0, rows: [] }]);
    }
    await expectUnchanged();
  }, 240_000);

  it('in raw queries, even naively concatenated: only reads run', async () => {
    const s = `/influx/default/databases/${sentinel}`;
    for (const p of payloads) {
      for (const q of [
        p,
        `SELECT * FROM "keep" WHERE "host" = '${p}'`,
        `SELECT * FROM "keep" WHERE "host" = "${p}"`,
        `SELECT * FROM "keep" WHERE "host" =~ /${p}/`,
        `SELECT * FROM /${p}/`,
        `SELECT * FROM "keep" -- ${p}`,
        `SELECT * FROM "keep" /* ${p} */`,
        `SELECT * FROM "keep" WHERE "v" > 1${p}`,
        `SHOW TAG VALUES FROM "keep" WITH KEY = "${p}"`,
      ]) {
        await send('POST', `${s}/query`, { q });
      }
    }
    await expectUnchanged();
  }, 240_000);
});
