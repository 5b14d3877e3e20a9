import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { data } from '../../src/apps/influxdb/schemas.js';
import { buildTestApp } from '../helpers.js';
import { call, dataOf, directNames, directRows, failureOf } from './support.js';

// The flow of the original HostMonitor, step by step, checked on the server itself.
describe('the original HostMonitor flow', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestApp();
    expect(await directNames('SHOW DATABASES')).not.toContain('my_db');
  });
  afterAll(() => app.close());

  it('creates my_db, writes cpu_load, reads its schema, drops the measurement and the database', async () => {
    const created = dataOf(await call(app, 'POST', '/influx/default/databases', { name: 'my_db' }), data.database, 201);
    expect(created).toEqual({ database: 'my_db' });
    expect(await directNames('SHOW DATABASES')).toContain('my_db');

    expect(dataOf(await call(app, 'GET', '/influx/default/databases'), data.names([]))).toContain('my_db');

    const point = { measurement: 'cpu_load', time: '2009-11-10T23:00:00Z', tags: { host: 'server01', region: 'us-west' }, fields: { value: 0.64 } };
    // The original service's retention is infinite, so a 2009 point is kept.
    expect(dataOf(await call(app, 'POST', '/influx/default/databases/my_db/points', point), data.written)).toEqual({ database: 'my_db', written: 1 });
    expect(await directRows('SELECT * FROM "cpu_load"', 'my_db')).toEqual([{ time: '2009-11-10T23:00:00Z', host: 'server01', region: 'us-west', value: 0.64 }]);

    const schema = dataOf(await call(app, 'GET', '/influx/default/databases/my_db/measurements/cpu_load'), data.measurement);
    expect(schema).toEqual({ database: 'my_db', name: 'cpu_load', tagKeys: ['host', 'region'], fieldKeys: [{ name: 'value', type: 'float' }] });

    expect(dataOf(await call(app, 'DELETE', '/influx/default/databases/my_db/measurements/cpu_load'), data.dropped('measurement', ''))).toEqual({
      database: 'my_db',
      measurement: 'cpu_load',
      dropped: true,
    });
    expect(await directNames('SHOW MEASUREMENTS', 'my_db')).toEqual([]);
    failureOf(await call(app, 'GET', '/influx/default/databases/my_db/measurements/cpu_load'), 404, 40400);

    expect(dataOf(await call(app, 'DELETE', '/influx/default/databases/my_db'), data.droppedDatabase)).toEqual({ database: 'my_db', dropped: true });
    expect(await directNames('SHOW DATABASES')).not.toContain('my_db');
  });

  it('keeps the original error: a database that does not exist is a 404 with resultcode 50002', async () => {
    for (const url of [
      '/influx/default/databases/my_db/measurements',
      '/influx/default/databases/my_db/measurements/cpu_load',
      '/influx/default/databases/my_db/retention-policies',
      '/influx/default/databases/my_db/series',
      '/influx/default/databases/my_db/continuous-queries',
    ]) {
      expect(failureOf(await call(app, 'GET', url), 404, 50002), url).toBe('database "my_db" does not exist on influx/default');
    }
    const write = await call(app, 'POST', '/influx/default/databases/my_db/points', { measurement: 'cpu_load', fields: { value: 1 } });
    expect(failureOf(write, 404, 50002)).toBe('database "my_db" does not exist on influx/default');
    failureOf(await call(app, 'DELETE', '/influx/default/databases/my_db'), 404, 50002);
  });
});
