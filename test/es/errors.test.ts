import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, closedPortUrl, testSettings } from '../helpers.js';
import { backendUrl, call, dropIndices, flavors, type Instance } from './es-helpers.js';

const prefix = 'eserr-';

describe('backend failures map to 503 and 504 on both flavors', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    const base = testSettings();
    const slow = (instance: Instance) => ({ ...base.es[instance]!, node: backendUrl(instance), timeoutMs: 1000 });
    app = await buildTestApp({
      es: {
        ...base.es,
        down: { node: closedPortUrl, flavor: 'elasticsearch', timeoutMs: 2000, labels: {} },
        downos: { node: closedPortUrl, flavor: 'opensearch', timeoutMs: 2000, labels: {} },
        slow: slow('default'),
        slowos: slow('opensearch'),
        slow9: slow('es9'),
        slowos3: slow('opensearch3'),
      },
    });
    for (const { instance } of flavors) {
      await dropIndices(instance, prefix);
      // No refresh ever happens here, so a write with refresh=wait_for waits until the client gives up.
      await call(app, 'POST', `/es/${instance}/indices`, { index: `${prefix}stalled`, settings: { number_of_replicas: 0, refresh_interval: '-1' } });
    }
  });
  afterAll(async () => {
    for (const { instance } of flavors) await dropIndices(instance, prefix);
    await app.close();
  });

  it.each(['down', 'downos'])('an unreachable cluster (%s) is a 503 naming the instance', async (instance) => {
    const res = await call(app, 'GET', `/es/${instance}/indices`);
    expect(res.status).toBe(503);
    expect(res.body.resultcode).toBe(50300);
    expect(res.body.message).toMatch(new RegExp(`^es/${instance} is unavailable: .*ECONNREFUSED`));
  });

  it.each(['slow', 'slowos', 'slow9', 'slowos3'])('a cluster that does not answer in time (%s) is a 504', async (instance) => {
    const res = await call(app, 'PUT', `/es/${instance}/indices/${prefix}stalled/docs/1?refresh=wait_for`, { a: 1 });
    expect(res.status).toBe(504);
    expect(res.body).toEqual({ result: false, resultcode: 50400, message: `es/${instance} did not answer within 1000 ms`, data: null });
  });
});

describe('the Elasticsearch routes in the OpenAPI document', () => {
  const routes = [
    ['get', '/es/{instance}/nodes'],
    ['get', '/es/{instance}/aliases'],
    ['get', '/es/{instance}/indices'],
    ['post', '/es/{instance}/indices'],
    ['get', '/es/{instance}/indices/{index}'],
    ['patch', '/es/{instance}/indices/{index}'],
    ['delete', '/es/{instance}/indices/{index}'],
    ['post', '/es/{instance}/indices/{index}/_open'],
    ['post', '/es/{instance}/indices/{index}/_close'],
    ['post', '/es/{instance}/indices/{index}/_refresh'],
    ['get', '/es/{instance}/templates/{name}'],
    ['put', '/es/{instance}/templates/{name}'],
    ['delete', '/es/{instance}/templates/{name}'],
    ['post', '/es/{instance}/indices/{index}/docs'],
    ['put', '/es/{instance}/indices/{index}/docs/{id}'],
    ['get', '/es/{instance}/indices/{index}/docs/{id}'],
    ['patch', '/es/{instance}/indices/{index}/docs/{id}'],
    ['delete', '/es/{instance}/indices/{index}/docs/{id}'],
    ['post', '/es/{instance}/indices/{index}/docs/_bulk'],
    ['post', '/es/{instance}/indices/{index}/_search'],
    ['post', '/es/{instance}/indices/{index}/_count'],
    ['post', '/es/{instance}/indices/{index}/_delete_by_query'],
    ['get', '/es/{instance}/indices/{index}/_export'],
  ] as const;

  type Operation = { tags: string[]; summary: string; requestBody?: unknown; responses: Record<string, unknown> };
  let paths: Record<string, Record<string, Operation>>;
  beforeAll(async () => {
    const app = await buildTestApp();
    paths = (await app.inject('/openapi.json')).json().paths;
    await app.close();
  });

  it.each(routes)('%s %s has a summary, examples and the error envelope', (method, path) => {
    const op = paths[path]?.[method];
    expect(op, `${method} ${path}`).toBeDefined();
    expect(op!.tags).toEqual(['es']);
    expect(op!.summary.length).toBeGreaterThan(5);
    const codes = Object.keys(op!.responses);
    // Each error status on its own (no 4XX/5XX ranges), the cluster's answers among them.
    expect(codes).toEqual(expect.arrayContaining(['400', '404', '409', '500', '503', '504']));
    const success = codes.find((c) => c.startsWith('2'))!;
    expect(JSON.stringify(op!.responses[success])).toContain('"example"');
    if (op!.requestBody) expect(JSON.stringify(op!.requestBody)).toContain('"example"');
  });

  it('documents 201 for creations, 207 for partial bulk failures', () => {
    expect(Object.keys(paths['/es/{instance}/indices']!.post!.responses)).toContain('201');
    expect(Object.keys(paths['/es/{instance}/indices/{index}/docs/{id}']!.put!.responses)).toEqual(expect.arrayContaining(['200', '201']));
    expect(Object.keys(paths['/es/{instance}/indices/{index}/docs/_bulk']!.post!.responses)).toEqual(expect.arrayContaining(['200', '207']));
  });
});
