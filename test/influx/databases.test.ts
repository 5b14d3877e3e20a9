import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { data } from '../../src/apps/influxdb/schemas.js';
import { buildTestApp } from '../helpers.js';
import { call, dataOf, directNames, directRows, failureOf, influxDirect, serverVersion } from './support.js';

const db = 't5db_main';
const rpUrl = `/influx/default/databases/${db}/retention-policies`;

describe('databases', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestApp();
  });
  afterAll(async () => {
    for (const name of [db, 't5db_with_rp', 't5db_x']) await influxDirect(`DROP DATABASE "${name}"`);
    await app.close();
  });

  it('GET /influx/default names the version of the server behind it: 1.6.7 here, 1.13.2 in the integration-influx113 project', async () => {
    const served = await serverVersion();
    expect(served).toMatch(/^1\.(6|13)\./);
    expect((await call(app, 'GET', '/influx/default')).json().data).toMatchObject({ instance: 'default', version: served });
  });

  it('creates a database, and refuses to create it twice', async () => {
    expect(dataOf(await call(app, 'POST', '/influx/default/databases', { name: db }), data.database, 201)).toEqual({ database: db });
    expect(await directNames('SHOW DATABASES')).toContain(db);
    expect(failureOf(await call(app, 'POST', '/influx/default/databases', { name: db }), 409, 40900)).toBe(`database "${db}" already exists on influx/default`);
  });

  it('lists the server databases', async () => {
    const names = dataOf(await call(app, 'GET', '/influx/default/databases'), data.names([]));
    expect(names).toEqual(await directNames('SHOW DATABASES'));
    expect(names).toContain(db);
  });

  it('creates a database with its first retention policy as the default', async () => {
    const body = { name: 't5db_with_rp', retentionPolicy: { name: 'week', duration: '7d', shardDuration: '1d' } };
    expect(dataOf(await call(app, 'POST', '/influx/default/databases', body), data.database, 201)).toEqual({
      database: 't5db_with_rp',
      retentionPolicy: 'week',
    });
    // InfluxDB 1.13 also reports the policy's write limits (none set here); 1.6 has no such columns.
    const writeLimits = (await serverVersion()).startsWith('1.13.') ? { futureWriteLimit: '0s', pastWriteLimit: '0s' } : {};
    expect(await directRows('SHOW RETENTION POLICIES ON "t5db_with_rp"', 't5db_with_rp')).toEqual([
      { name: 'week', duration: '168h0m0s', shardGroupDuration: '24h0m0s', replicaN: 1, ...writeLimits, default: true },
    ]);
  });

  it('validates the body before anything runs', async () => {
    const cases: [unknown, RegExp][] = [
      [{}, /^body\.name: /],
      [{ name: '' }, /^body\.name: /],
      [{ name: 't5db_x', retentionPolicy: { name: 'r', duration: '7 days' } }, /^body\.retentionPolicy\.duration: must be a duration/],
      [{ name: 't5db_x', retentionPolicy: { name: 'r', duration: '1h; DROP DATABASE x' } }, /^body\.retentionPolicy\.duration: /],
      [{ name: 't5db_x', extra: true }, /^body: Unrecognized key/],
      [{ name: 'a\rb' }, /^body\.name: InfluxQL cannot express a carriage return or NUL character/],
    ];
    for (const [body, message] of cases) expect(failureOf(await call(app, 'POST', '/influx/default/databases', body), 400, 40000)).toMatch(message);
    expect(await directNames('SHOW DATABASES')).not.toContain('t5db_x');
  });

  it("passes InfluxDB's own refusals on as 400s", async () => {
    expect(failureOf(await call(app, 'POST', '/influx/default/databases', { name: 'a/b' }), 400, 40000)).toBe('influx/default: invalid name');
  });

  describe('retention policies', () => {
    it('lists them with durations as InfluxDB reports them', async () => {
      expect(dataOf(await call(app, 'GET', rpUrl), data.retentionPolicies)).toEqual([
        { name: 'autogen', duration: '0s', shardDuration: '168h0m0s', replication: 1, default: true },
      ]);
    });

    it('creates one (201), refuses a duplicate (409) and bad durations (400)', async () => {
      const created = dataOf(
        await call(app, 'POST', rpUrl, { name: 'two_days', duration: '2d', replication: 1, shardDuration: '1h' }),
        data.retentionPolicy,
        201,
      );
      expect(created).toEqual({ name: 'two_days', duration: '48h0m0s', shardDuration: '1h0m0s', replication: 1, default: false });
      failureOf(await call(app, 'POST', rpUrl, { name: 'two_days', duration: '3d' }), 409, 40900);
      expect(failureOf(await call(app, 'POST', rpUrl, { name: 'bad', duration: '2 days' }), 400)).toMatch(/^body\.duration: /);
      expect(failureOf(await call(app, 'POST', rpUrl, { name: 'bad', duration: '1d', shardDuration: 'INF' }), 400)).toMatch(/^body\.shardDuration: /);
      // InfluxDB's own minimum is one hour.
      expect(failureOf(await call(app, 'POST', rpUrl, { name: 'bad', duration: '30m' }), 400)).toMatch(
        /^influx\/default: retention policy duration must be at least 1h0m0s/,
      );
      expect(await directNames(`SHOW RETENTION POLICIES ON "${db}"`)).toEqual(['autogen', 'two_days']);
    });

    it('creates an infinite default one', async () => {
      const created = dataOf(await call(app, 'POST', rpUrl, { name: 'forever', duration: 'INF', default: true }), data.retentionPolicy, 201);
      expect(created).toMatchObject({ name: 'forever', duration: '0s', default: true });
    });

    it('changes duration, replication, shard duration and default', async () => {
      const changed = dataOf(await call(app, 'PATCH', `${rpUrl}/two_days`, { duration: '3d', shardDuration: '2h', default: true }), data.retentionPolicy);
      expect(changed).toEqual({ name: 'two_days', duration: '72h0m0s', shardDuration: '2h0m0s', replication: 1, default: true });
      const direct = await directRows(`SHOW RETENTION POLICIES ON "${db}"`, db);
      expect(direct.find((r) => r.name === 'forever')?.default).toBe(false);
      expect(failureOf(await call(app, 'PATCH', `${rpUrl}/two_days`, {}), 400)).toMatch(/change at least one/);
      expect(failureOf(await call(app, 'PATCH', `${rpUrl}/two_days`, { default: false }), 400)).toMatch(/^body\.default: /);
      expect(failureOf(await call(app, 'PATCH', `${rpUrl}/nope`, { duration: '3d' }), 404, 40400)).toBe(
        `retention policy "nope" in influx/default/${db} not found`,
      );
    });

    it('drops one, then answers 404 for it', async () => {
      expect(dataOf(await call(app, 'DELETE', `${rpUrl}/forever`), data.dropped('retentionPolicy', ''))).toEqual({
        database: db,
        retentionPolicy: 'forever',
        dropped: true,
      });
      expect(await directNames(`SHOW RETENTION POLICIES ON "${db}"`)).toEqual(['autogen', 'two_days']);
      failureOf(await call(app, 'DELETE', `${rpUrl}/forever`), 404, 40400);
    });

    it('answers 50002 for a database that does not exist', async () => {
      failureOf(await call(app, 'GET', '/influx/default/databases/t5db_nope/retention-policies'), 404, 50002);
      failureOf(await call(app, 'POST', '/influx/default/databases/t5db_nope/retention-policies', { name: 'r', duration: '1d' }), 404, 50002);
      failureOf(await call(app, 'DELETE', '/influx/default/databases/t5db_nope/retention-policies/r'), 404, 50002);
    });
  });

  it('drops a database', async () => {
    expect(dataOf(await call(app, 'DELETE', `/influx/default/databases/${db}`), data.droppedDatabase)).toEqual({ database: db, dropped: true });
    expect(await directNames('SHOW DATABASES')).not.toContain(db);
  });
});

describe('permissions of the InfluxDB routes', () => {
  const token = (name: string, scopes: string[]) => ({ [name]: { sha256: createHash('sha256').update(name).digest('hex'), scopes } });
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestApp({
      auth: { tokens: { ...token('reader', ['read:influx/*']), ...token('writer', ['write:influx/default']), ...token('admin', ['admin:influx/*']) } },
    });
    await influxDirect('CREATE DATABASE "t5db_perm"');
  });
  afterAll(async () => {
    await influxDirect('DROP DATABASE "t5db_perm"');
    await app.close();
  });

  const as = (who: string, method: 'GET' | 'POST' | 'DELETE', url: string, payload?: object) =>
    app.inject({ method, url, headers: { authorization: `Bearer ${who}` }, ...(payload ? { payload } : {}) });

  it('reads need read, points need write, metadata needs admin', async () => {
    const point = { measurement: 'm', fields: { v: 1 } };
    expect((await as('reader', 'GET', '/influx/default/databases')).statusCode).toBe(200);
    expect((await as('reader', 'POST', '/influx/default/databases/t5db_perm/query', { q: 'SHOW MEASUREMENTS' })).statusCode).toBe(200);
    expect((await as('reader', 'POST', '/influx/default/databases/t5db_perm/points', point)).statusCode).toBe(403);
    expect((await as('writer', 'POST', '/influx/default/databases/t5db_perm/points', point)).statusCode).toBe(200);
    expect((await as('writer', 'POST', '/influx/default/databases', { name: 't5db_perm2' })).statusCode).toBe(403);
    expect((await as('writer', 'DELETE', '/influx/default/databases/t5db_perm/measurements/m')).statusCode).toBe(403);
    expect((await as('admin', 'DELETE', '/influx/default/databases/t5db_perm/measurements/m')).statusCode).toBe(200);
  });
});
