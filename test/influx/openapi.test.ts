import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../helpers.js';

interface Operation {
  tags: string[];
  summary?: string;
  parameters?: { name: string; in: string }[];
  requestBody?: { content: Record<string, { schema: Record<string, unknown> }> };
  responses: Record<string, { content?: Record<string, { schema: Record<string, unknown> }> }>;
}

const base = '/influx/{instance}/databases';
const routes: [string, string, { body?: boolean; status?: string }?][] = [
  ['get', base],
  ['post', base, { body: true, status: '201' }],
  ['delete', `${base}/{db}`],
  ['get', `${base}/{db}/retention-policies`],
  ['post', `${base}/{db}/retention-policies`, { body: true, status: '201' }],
  ['patch', `${base}/{db}/retention-policies/{rp}`, { body: true }],
  ['delete', `${base}/{db}/retention-policies/{rp}`],
  ['get', `${base}/{db}/measurements`],
  ['get', `${base}/{db}/measurements/{m}`],
  ['delete', `${base}/{db}/measurements/{m}`],
  ['get', `${base}/{db}/measurements/{m}/tags/{key}`],
  ['get', `${base}/{db}/series`],
  ['get', `${base}/{db}/continuous-queries`],
  ['post', `${base}/{db}/continuous-queries`, { body: true, status: '201' }],
  ['delete', `${base}/{db}/continuous-queries/{name}`],
  ['post', `${base}/{db}/points`, { body: true }],
  ['post', `${base}/{db}/query`, { body: true }],
  ['post', `${base}/{db}/measurements/{m}/_search`, { body: true }],
  ['delete', `${base}/{db}/measurements/{m}/points`, { body: true }],
];

describe('the InfluxDB routes in the OpenAPI document', () => {
  let app: FastifyInstance;
  let paths: Record<string, Record<string, Operation>>;
  beforeAll(async () => {
    app = await buildTestApp();
    paths = (await app.inject('/openapi.json')).json<{ paths: typeof paths }>().paths;
  });
  afterAll(() => app.close());

  it.each(routes)('%s %s is documented with examples and its error envelope', (method, url, opts = {}) => {
    const op = paths[url]?.[method];
    expect(op, `${method} ${url}`).toBeDefined();
    expect(op!.tags).toEqual(['influx']);
    expect(op!.summary).toBeTruthy();
    const status = opts.status ?? '200';
    // Each error status is declared on its own (no 4XX/5XX ranges), every one with the error envelope.
    expect(Object.keys(op!.responses)).toEqual(expect.arrayContaining([status, '400', '404', '500', '503']));
    const data = (op!.responses[status]!.content!['application/json']!.schema.properties as Record<string, Record<string, unknown>>).data!;
    expect(JSON.stringify(data), 'response example').toMatch(/"example"/);
    for (const name of url.match(/\{(\w+)\}/g) ?? []) {
      expect(
        op!.parameters?.some((p) => p.in === 'path' && `{${p.name}}` === name),
        name,
      ).toBe(true);
    }
    if (opts.body) expect(JSON.stringify(op!.requestBody), 'request example').toMatch(/"example"/);
  });

  it('documents the shape of JSON points, their typed fields and line protocol', () => {
    const schema = JSON.stringify(paths[`${base}/{db}/points`]!.post!.requestBody);
    expect(schema).toMatch(/"measurement"/);
    expect(schema).toMatch(/\{\\"int\\": 3\}/);
    expect(schema).toMatch(/line protocol/);
  });
});
