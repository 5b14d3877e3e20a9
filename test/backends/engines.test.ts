import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startInflux, type Engine } from './engines.js';

const admin = { username: 'admin', password: "s3cr'et" };
const basicAuth = `Basic ${Buffer.from(`${admin.username}:${admin.password}`).toString('base64')}`;

async function influxQuery(engine: Engine, q: string, db?: string, authorization = basicAuth) {
  const body = new URLSearchParams({ q, ...(db ? { db } : {}) });
  const response = await fetch(`${engine.url}/query`, { method: 'POST', body, headers: { authorization } });
  return { status: response.status, body: await response.json() };
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('InfluxDB test backend', () => {
  let influx: Engine;

  beforeAll(async () => {
    influx = await startInflux({ auth: admin });
  });

  afterAll(async () => {
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- undefined when beforeAll failed
    await influx?.stop();
  });

  it('answers /ping on loopback with its version', async () => {
    const response = await fetch(`${influx.url}/ping`);
    expect(response.status).toBe(204);
    expect(response.headers.get('x-influxdb-version')).toBe(influx.version);
    expect(influx.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(influx.version).toMatch(/^1\.\d+/);
  });

  it('requires the admin credentials', async () => {
    expect((await influxQuery(influx, 'SHOW DATABASES', undefined, 'Basic bm9ib2R5Om5vcGU=')).status).toBe(401);
    expect((await influxQuery(influx, 'SHOW DATABASES')).status).toBe(200);
  });

  it('keeps data and port across restart', async () => {
    await influxQuery(influx, 'CREATE DATABASE smoke');
    const write = await fetch(`${influx.url}/write?db=smoke`, {
      method: 'POST',
      body: 'cpu,host=a usage=42.5 1700000000000000000',
      headers: { authorization: basicAuth },
    });
    expect(write.status).toBe(204);
    const { url, pid } = influx;

    await influx.stop({ keepData: true });
    expect(isRunning(pid)).toBe(false);
    await expect(fetch(`${url}/ping`)).rejects.toThrow();
    await influx.restart();

    expect(influx.url).toBe(url);
    expect(influx.pid).not.toBe(pid);
    const { body } = await influxQuery(influx, 'SELECT usage FROM cpu', 'smoke');
    expect(body.results[0].series[0].values).toEqual([['2023-11-14T22:13:20Z', 42.5]]);
  });
});
