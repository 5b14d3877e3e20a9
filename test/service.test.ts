import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, bodyOf, buildTestApp, closedPortUrl, testSettings } from './helpers.js';

describe('service routes against the real backends', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    const base = testSettings();
    app = await buildTestApp({
      es: { ...base.es, down: { node: closedPortUrl, flavor: 'elasticsearch', timeoutMs: 2000, labels: { region: 'nowhere' } } },
      influx: { default: { ...base.influx.default!, labels: { region: 'eu-west' } } },
    });
  });
  afterAll(() => app.close());

  it('GET /health answers in the envelope without touching a backend', async () => {
    const res = await app.inject('/health');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ result: true, resultcode: 200, message: '', data: { status: 'up' } });
    expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('GET /influx/default returns the real server version', async () => {
    const direct = await fetch(`${backends().influx}/ping`);
    const res = await app.inject('/influx/default');
    expect(res.statusCode).toBe(200);
    expect(bodyOf(res).data).toMatchObject({ instance: 'default', version: direct.headers.get('x-influxdb-version') });
  });

  it('GET /influx lists the configured servers with reachability, version and labels', async () => {
    const data = bodyOf<{ name: string; reachable: boolean; version: string; labels: object }[]>(await app.inject('/influx')).data;
    expect(data).toEqual([expect.objectContaining({ name: 'default', reachable: true, labels: { region: 'eu-west' } })]);
    expect(data[0]!.version).toMatch(/^1\./);
  });

  it('GET /es lists reachable and unreachable clusters, naming the failure', async () => {
    const data = bodyOf<{ name: string; reachable: boolean; version?: string; error?: string; flavor: string }[]>(await app.inject('/es')).data;
    const byName = Object.fromEntries(data.map((d) => [d.name, d]));
    expect(byName.default).toMatchObject({ reachable: true, flavor: 'elasticsearch' });
    expect(byName.default!.version).toMatch(/^8\.19\./);
    expect(byName.opensearch).toMatchObject({ reachable: true, flavor: 'opensearch' });
    expect(byName.opensearch!.version).toMatch(/^2\.19\./);
    expect(byName.es9).toMatchObject({ reachable: true, flavor: 'elasticsearch' });
    expect(byName.es9!.version).toMatch(/^9\.5\./);
    expect(byName.opensearch3).toMatchObject({ reachable: true, flavor: 'opensearch' });
    expect(byName.opensearch3!.version).toMatch(/^3\.9\./);
    expect(byName.down).toMatchObject({ reachable: false });
    expect(byName.down!.error).toMatch(/es\/down is unavailable/);
  });

  it('GET /es/{instance} answers cluster info and health on both flavors at both versions', async () => {
    for (const [instance, flavor, version] of [
      ['default', 'elasticsearch', /^8\.19\./],
      ['opensearch', 'opensearch', /^2\.19\./],
      ['es9', 'elasticsearch', /^9\.5\./],
      ['opensearch3', 'opensearch', /^3\.9\./],
    ] as const) {
      const res = await app.inject(`/es/${instance}`);
      expect(res.statusCode).toBe(200);
      const data = bodyOf<{ flavor: string; version: string; clusterName: string; health: { status: string } }>(res).data;
      expect(data.flavor).toBe(flavor);
      expect(data.version).toMatch(version);
      expect(data.clusterName).toBe('hostmonitor-test');
      expect(['green', 'yellow']).toContain(data.health.status);
    }
  });

  it('an unknown instance is a 404 naming it and the configured ones', async () => {
    const res = await app.inject('/es/nope');
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({
      result: false,
      resultcode: 40401,
      message: 'unknown es instance "nope" (configured: default, opensearch, es9, opensearch3, down)',
      data: null,
    });
    expect(bodyOf(await app.inject('/influx/nope')).message).toBe('unknown influx instance "nope" (configured: default)');
  });

  it('an unreachable cluster is a 503 naming the instance', async () => {
    const res = await app.inject('/es/down');
    expect(res.statusCode).toBe(503);
    expect(bodyOf(res)).toMatchObject({ result: false, resultcode: 50300, data: null });
    expect(bodyOf(res).message).toMatch(/^es\/down is unavailable: .*ECONNREFUSED/);
  });

  it('GET /ready is a 503 naming exactly the instances that are down', async () => {
    const res = await app.inject('/ready');
    expect(res.statusCode).toBe(503);
    const message = bodyOf(res).message;
    expect(message).toMatch(/^not ready: es\/down /);
    expect(message).not.toMatch(/es\/default|influx\/default|es\/opensearch|es\/es9/);
  });

  it('GET /mix/instances filters every instance by region label', async () => {
    const data = bodyOf<{ kind: string; name: string }[]>(await app.inject('/mix/instances?region=eu-west')).data;
    expect(data.map((d) => `${d.kind}/${d.name}`)).toEqual(['influx/default']);
    const all = bodyOf<unknown[]>(await app.inject('/mix/instances')).data;
    expect(all).toHaveLength(6);
  });

  it('a bad query parameter is a 400 naming the field', async () => {
    const res = await app.inject('/mix/instances?region=');
    expect(res.statusCode).toBe(400);
    expect(bodyOf(res)).toMatchObject({ result: false, resultcode: 40000, data: null });
    expect(bodyOf(res).message).toMatch(/^querystring\.region: /);
  });

  it('an unknown route is a 404 in the envelope', async () => {
    const res = await app.inject('/es/default/nothing/here');
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({ result: false, resultcode: 40400, message: 'route not found: GET /es/default/nothing/here', data: null });
  });

  it('malformed JSON is a 400, never a 500', async () => {
    const res = await app.inject({ method: 'POST', url: '/mix/instances', headers: { 'content-type': 'application/json' }, payload: '{"a":' });
    expect(res.statusCode).toBe(400);
    expect(bodyOf(res)).toMatchObject({ result: false, resultcode: 40001 });
    expect(bodyOf(res).message).toMatch(/^malformed request body/);
  });
});

describe('body limit', () => {
  it('a body over the limit is a 413 in the envelope', async () => {
    const base = testSettings();
    const app = await buildTestApp({ server: { ...base.server, bodyLimitBytes: 1024 } });
    try {
      const res = await app.inject({
        method: 'POST',
        url: '/mix/instances',
        headers: { 'content-type': 'application/json' },
        payload: JSON.stringify({ pad: 'x'.repeat(4096) }),
      });
      expect(res.statusCode).toBe(413);
      expect(bodyOf(res)).toMatchObject({ result: false, resultcode: 41300, data: null });
    } finally {
      await app.close();
    }
  });
});

describe('OpenAPI document', () => {
  it('documents every API route with its tag and the error envelope', async () => {
    const app = await buildTestApp();
    try {
      const doc = (await app.inject('/openapi.json')).json<{
        info: { title: string };
        paths: Record<string, Record<string, { tags: string[]; responses: Record<string, unknown> }>>;
      }>();
      expect(doc.info.title).toBe('HostMonitor API');
      for (const path of ['/health', '/ready', '/es', '/es/{instance}', '/es/{instance}/nodes', '/influx', '/influx/{instance}', '/mix/instances']) {
        const op = doc.paths[path]?.get;
        expect(op, path).toBeDefined();
        // Each error status on its own (no 4XX/5XX ranges): every route can be rate limited, fail or be overloaded.
        expect(Object.keys(op!.responses)).toEqual(expect.arrayContaining(['200', '429', '500', '503']));
      }
      expect(doc.paths['/es/{instance}']!.get!.tags).toEqual(['es']);
    } finally {
      await app.close();
    }
  });
});
