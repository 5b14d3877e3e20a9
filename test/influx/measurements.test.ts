import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { data } from '../../src/apps/influxdb/schemas.js';
import { buildTestApp } from '../helpers.js';
import { call, dataOf, directNames, failureOf, influxDirect, path, writeDirect } from './support.js';

const db = 't5m_db';
const base = `/influx/default/databases/${db}`;

describe('measurements, tags and series', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestApp();
    await influxDirect(`CREATE DATABASE "${db}"`);
    await writeDirect(
      db,
      [
        'cpu,host=web-1,region=eu usage=0.5,cores=8i,ok=true,note="fine" 1000',
        'cpu,host=web-2,region=us usage=0.7 1000',
        'cpu,host=db-1,region=eu usage=0.9 1000',
        'cpu.user,host=web-1 v=1 1000',
        'mem,host=web-1 used=1 1000',
        'a(b) v=1 1000',
        'x/y v=1 1000',
        'cpuXuser v=1 1000',
        'with\\ space,tag\\ key=tag\\,value v=1 1000',
      ].join('\n'),
    );
  });
  afterAll(async () => {
    await influxDirect(`DROP DATABASE "${db}"`);
    await app.close();
  });

  it('lists every measurement', async () => {
    const names = dataOf(await call(app, 'GET', `${base}/measurements`), data.names([]));
    expect(names).toEqual(await directNames('SHOW MEASUREMENTS', db));
    expect(names).toHaveLength(7);
  });

  it.each([
    ['cpu', ['cpu', 'cpu.user', 'cpuXuser']],
    ['.', ['cpu.user']],
    ['u.u', ['cpu.user']],
    ['uXu', ['cpuXuser']],
    ['(', ['a(b)']],
    ['/', ['x/y']],
    [' ', ['with space']],
    ['.*', []],
    ['nothing', []],
  ])('keeps only names containing %j, taken literally', async (match, expected) => {
    expect(dataOf(await call(app, 'GET', `${base}/measurements?match=${encodeURIComponent(match)}`), data.names([]))).toEqual(expected);
  });

  it('describes a measurement: tag keys and typed field keys', async () => {
    expect(dataOf(await call(app, 'GET', `${base}/measurements/cpu`), data.measurement)).toEqual({
      database: db,
      name: 'cpu',
      tagKeys: ['host', 'region'],
      fieldKeys: [
        { name: 'cores', type: 'integer' },
        { name: 'note', type: 'string' },
        { name: 'ok', type: 'boolean' },
        { name: 'usage', type: 'float' },
      ],
    });
    expect(dataOf(await call(app, 'GET', `${base}/measurements/${path('with space')}`), data.measurement).tagKeys).toEqual(['tag key']);
    expect(failureOf(await call(app, 'GET', `${base}/measurements/nope`), 404, 40400)).toBe(`measurement "nope" in influx/default/${db} not found`);
  });

  it('lists the values of a tag key', async () => {
    expect(dataOf(await call(app, 'GET', `${base}/measurements/cpu/tags/host`), data.names([]))).toEqual(['db-1', 'web-1', 'web-2']);
    expect(dataOf(await call(app, 'GET', `${base}/measurements/${path('with space')}/tags/${path('tag key')}`), data.names([]))).toEqual(['tag,value']);
    failureOf(await call(app, 'GET', `${base}/measurements/cpu/tags/usage`), 404, 40400);
    failureOf(await call(app, 'GET', `${base}/measurements/nope/tags/host`), 404, 40400);
  });

  it('lists series, parsed into measurement and tags, by measurement and with a limit', async () => {
    const all = dataOf(await call(app, 'GET', `${base}/series`), data.series);
    expect(all).toHaveLength(9);
    expect(all).toContainEqual({ key: 'with\\ space,tag\\ key=tag\\,value', measurement: 'with space', tags: { 'tag key': 'tag,value' } });
    const cpu = dataOf(await call(app, 'GET', `${base}/series?measurement=cpu`), data.series);
    expect(cpu.map((s) => s.tags.host)).toEqual(['db-1', 'web-1', 'web-2']);
    expect(cpu[0]).toEqual({ key: 'cpu,host=db-1,region=eu', measurement: 'cpu', tags: { host: 'db-1', region: 'eu' } });
    expect(dataOf(await call(app, 'GET', `${base}/series?measurement=cpu&limit=2`), data.series)).toHaveLength(2);
    expect(failureOf(await call(app, 'GET', `${base}/series?limit=0`), 400)).toMatch(/^querystring\.limit: /);
  });

  it('drops a measurement with all its points, then answers 404 for it', async () => {
    expect(dataOf(await call(app, 'DELETE', `${base}/measurements/mem`), data.dropped('measurement', ''))).toEqual({
      database: db,
      measurement: 'mem',
      dropped: true,
    });
    expect(await directNames('SHOW MEASUREMENTS', db)).not.toContain('mem');
    failureOf(await call(app, 'DELETE', `${base}/measurements/mem`), 404, 40400);
  });

  it('answers 50002 for a database that does not exist', async () => {
    for (const url of ['measurements', 'measurements/cpu', 'measurements/cpu/tags/host', 'series']) {
      failureOf(await call(app, 'GET', `/influx/default/databases/t5m_nope/${url}`), 404, 50002);
    }
    failureOf(await call(app, 'DELETE', '/influx/default/databases/t5m_nope/measurements/cpu'), 404, 50002);
  });
});
