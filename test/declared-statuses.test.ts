import type { FastifyInstance, InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from './helpers.js';

interface Document {
  paths: Record<string, Record<string, { operationId: string; responses: Record<string, unknown> }>>;
}

/** The operation of the document a request lands on: its method, and the path template its URL matches. */
function operationOf(doc: Document, method: string, url: string) {
  const path = url.split('?')[0]!;
  for (const [template, operations] of Object.entries(doc.paths)) {
    const pattern = new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`);
    const op = operations[method.toLowerCase()];
    if (op && pattern.test(path)) return op;
  }
  throw new Error(`no operation for ${method} ${path}`);
}

const db = 'i13_declared';
const index = 'i13-declared';
const points = `/influx/default/databases/${db}/points`;

// A few real answers of each family, good and bad: each status must be one its operation declares.
const requests: { name: string; request: InjectOptions & { url: string }; status: number }[] = [
  { name: 'health', request: { method: 'GET', url: '/health' }, status: 200 },
  { name: 'metrics', request: { method: 'GET', url: '/metrics' }, status: 200 },
  { name: 'an unknown es instance', request: { method: 'GET', url: '/es/nope' }, status: 404 },
  { name: 'an upper-case index', request: { method: 'GET', url: '/es/default/indices/Twitter' }, status: 400 },
  { name: 'an index created', request: { method: 'POST', url: '/es/default/indices', payload: { index } }, status: 201 },
  { name: 'an index created twice', request: { method: 'POST', url: '/es/default/indices', payload: { index } }, status: 409 },
  { name: 'a missing document', request: { method: 'GET', url: `/es/default/indices/${index}/docs/none` }, status: 404 },
  {
    name: 'a body of an unknown type',
    request: { method: 'POST', url: `/es/default/indices/${index}/_search`, payload: '<q/>', headers: { 'content-type': 'application/xml' } },
    status: 415,
  },
  { name: 'a search', request: { method: 'POST', url: `/es/default/indices/${index}/_search`, payload: {} }, status: 200 },
  { name: 'a database created', request: { method: 'POST', url: '/influx/default/databases', payload: { name: db } }, status: 201 },
  { name: 'a point written', request: { method: 'POST', url: points, payload: { measurement: 'm', fields: { v: 1.5 }, time: 1 } }, status: 200 },
  {
    name: 'a partial write',
    request: {
      method: 'POST',
      url: points,
      payload: [
        { measurement: 'm', fields: { v: 'text' }, time: 2 },
        { measurement: 'm', fields: { v: 2.5 }, time: 3 },
      ],
    },
    status: 207,
  },
  { name: 'a missing database dropped', request: { method: 'DELETE', url: '/influx/default/databases/i13_none' }, status: 404 },
  { name: 'a pipeline without sources', request: { method: 'POST', url: '/mix/query', payload: { pipeline: [] } }, status: 400 },
];

describe('the statuses the gateway answers', () => {
  let app: FastifyInstance;
  let doc: Document;
  beforeAll(async () => {
    app = await buildTestApp();
    doc = (await app.inject('/openapi.json')).json();
    await app.inject({ method: 'DELETE', url: `/es/default/indices/${index}` });
    await app.inject({ method: 'DELETE', url: `/influx/default/databases/${db}` });
  });
  afterAll(async () => {
    await app.inject({ method: 'DELETE', url: `/es/default/indices/${index}` });
    await app.inject({ method: 'DELETE', url: `/influx/default/databases/${db}` });
    await app.close();
  });

  it('are declared by the operation that answers them', async () => {
    for (const { name, request, status } of requests) {
      const res = await app.inject(request);
      expect(res.statusCode, `${name}: ${res.body.slice(0, 300)}`).toBe(status);
      const op = operationOf(doc, request.method ?? 'GET', request.url);
      expect(Object.keys(op.responses), `${name}: ${op.operationId}`).toContain(String(status));
    }
  });
});
