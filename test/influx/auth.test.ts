import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { data } from '../../src/apps/influxdb/schemas.js';
import { startInflux, type Engine } from '../backends/engines.js';
import { bodyOf, buildTestApp } from '../helpers.js';
import { call, dataOf, failureOf } from './support.js';

const credentials = { username: 't5admin', password: 's3cret \'with\' "quotes"' };

// A second, private InfluxDB with auth-enabled = true and an admin user.
describe('an InfluxDB that requires credentials', () => {
  let influx: Engine;
  let app: FastifyInstance;

  beforeAll(async () => {
    influx = await startInflux({ auth: credentials });
    const instance = { url: influx.url, timeoutMs: 5000, labels: {} };
    app = await buildTestApp({
      es: {},
      influx: {
        secure: { ...instance, ...credentials },
        wrong: { ...instance, username: credentials.username, password: 'not the password' },
        anonymous: instance,
      },
    });
  });
  afterAll(async () => {
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- undefined when beforeAll failed
    await app?.close();
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- undefined when beforeAll failed
    await influx?.stop();
  });

  it('works with the right credentials', async () => {
    expect(dataOf(await call(app, 'POST', '/influx/secure/databases', { name: 't5auth_db' }), data.database, 201)).toEqual({ database: 't5auth_db' });
    expect(dataOf(await call(app, 'POST', '/influx/secure/databases/t5auth_db/points', { measurement: 'm', fields: { v: 1 } }), data.written).written).toBe(1);
    expect(dataOf(await call(app, 'GET', '/influx/secure/databases/t5auth_db/measurements'), data.names([]))).toEqual(['m']);
    const rows = dataOf(await call(app, 'POST', '/influx/secure/databases/t5auth_db/query', { q: 'SELECT count(v) FROM m', format: 'rows' }), data.query);
    expect(rows).toEqual([{ statementId: 0, rows: [{ time: '1970-01-01T00:00:00Z', count: 1 }] }]);
  });

  it('wrong or missing credentials are a 503 naming the instance, never a 401 from the gateway', async () => {
    for (const instance of ['wrong', 'anonymous']) {
      for (const [method, url, payload] of [
        ['GET', `/influx/${instance}/databases`],
        ['POST', `/influx/${instance}/databases/t5auth_db/points`, { measurement: 'm', fields: { v: 2 } }],
        ['POST', `/influx/${instance}/databases/t5auth_db/query`, { q: 'SHOW MEASUREMENTS' }],
      ] as const) {
        const message = failureOf(await call(app, method, url, payload), 503, 50300);
        expect(message).toMatch(new RegExp(`^influx/${instance} is unavailable: the server refused the gateway's credentials`));
        expect(message).not.toContain(credentials.password);
      }
    }
    expect((await call(app, 'GET', '/influx/secure/databases/t5auth_db/measurements')).statusCode).toBe(200);
  });

  it('shows the servers as reachable with their version: /ping needs no credentials', async () => {
    const list = bodyOf<{ name: string; reachable: boolean; version: string; url: string }[]>(await call(app, 'GET', '/influx')).data;
    expect(list.map((i) => [i.name, i.reachable, i.version])).toEqual([
      ['secure', true, influx.version],
      ['wrong', true, influx.version],
      ['anonymous', true, influx.version],
    ]);
    expect(JSON.stringify(list)).not.toContain(credentials.password);
  });
});
