import { describe, expect, it } from 'vitest';
import type { InfluxInstanceConfig } from '../../src/config/settings.js';
import { Code } from '../../src/libs/code.js';
import type { AppError } from '../../src/libs/errors.js';
import { createInfluxConnections } from '../../src/libs/influx-client.js';
import type { CallObserver } from '../../src/libs/metrics.js';
import { backends } from '../helpers.js';

const config = (over: Partial<InfluxInstanceConfig> & { url: string }): InfluxInstanceConfig => ({ timeoutMs: 5000, labels: {}, ...over });

describe('the generation of an InfluxDB server', () => {
  it('is asked of /ping: 1 for 1.6.7 and 1.13.2, 2 for 2.8.0', async () => {
    const { influx, influx113, influx2 } = backends();
    const generationOf = (c: InfluxInstanceConfig) => createInfluxConnections('g', c).read.generation();
    expect(await generationOf(config({ url: influx }))).toBe(1);
    expect(await generationOf(config({ url: influx113 }))).toBe(1);
    expect(await generationOf(config({ url: influx2.url, token: influx2.token, org: influx2.org }))).toBe(2);
  });

  it('is asked once per server, whichever level asks, and not at all when configured', async () => {
    const calls: string[] = [];
    const observe: CallObserver = (kind, instance) => calls.push(`${kind}/${instance}`);
    const levels = createInfluxConnections('once', config({ url: backends().influx }), observe);
    expect(await Promise.all([levels.read.generation(), levels.write.generation(), levels.admin.generation(), levels.read.generation()])).toEqual([1, 1, 1, 1]);
    expect(calls).toEqual(['influx/once']);
    // A configured generation wins over the server's own answer: nothing is asked.
    const configured = createInfluxConnections('set', config({ url: backends().influx2.url, version: '1' }), observe).read;
    expect(await configured.generation()).toBe(1);
    expect(calls).toEqual(['influx/once']);
  });

  it('is asked again after a failed ask', async () => {
    const conn = createInfluxConnections('down', config({ url: 'http://127.0.0.1:9' })).read;
    await expect(conn.generation()).rejects.toMatchObject({ code: Code.BACKEND_UNAVAILABLE });
    await expect(conn.generation()).rejects.toMatchObject({ code: Code.BACKEND_UNAVAILABLE });
  });
});

describe("a 2.x server's own API", () => {
  const v2Error = (c: InfluxInstanceConfig, level: 'read' | 'admin' = 'read') => {
    try {
      createInfluxConnections('v2', c)[level].v2();
    } catch (err) {
      return err as AppError;
    }
    throw new Error('expected v2() to refuse');
  };

  it('needs the organisation and a token for the level, named in a 503', () => {
    const url = backends().influx2.url;
    const noOrg = v2Error(config({ url, token: 't' }));
    expect([noOrg.status, noOrg.message]).toEqual([503, 'influx/v2 is unavailable: it is InfluxDB 2.x and its configuration lacks its org']);
    const basicRead = config({ url, org: 'o', credentials: { read: { username: 'u', password: 'p' }, write: { token: 'w' }, admin: { token: 'a' } } });
    expect(v2Error(basicRead).message).toBe('influx/v2 is unavailable: it is InfluxDB 2.x and its configuration lacks a token for read');
    expect(() => createInfluxConnections('v2', basicRead).admin.v2()).not.toThrow();
  });

  it('answers with the level token, and maps a refused token to a 503 naming the instance', async () => {
    const { url, token, org } = backends().influx2;
    const good = createInfluxConnections('v2', config({ url, token, org })).read;
    const orgs = await good.callV2(({ influx }) =>
      influx.getQueryApi(org).collectRows<{ _value: string }>('buckets() |> keep(columns: ["name"]) |> rename(columns: {name: "_value"})'),
    );
    expect(orgs.map((r) => r._value)).toContain(backends().influx2.bucket);
    const bad = createInfluxConnections('v2', config({ url, token: 'not-a-token', org })).read;
    const refused = await bad.callV2(({ influx }) => influx.getQueryApi(org).collectRows('buckets()')).catch((err: AppError) => err);
    expect(refused).toMatchObject({ code: Code.BACKEND_UNAVAILABLE });
    expect((refused as AppError).message).toMatch(/^influx\/v2 is unavailable: the server refused the gateway's credentials for read/);
  });
});
