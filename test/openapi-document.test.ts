import { Validator } from '@seriousme/openapi-schema-validator';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from './helpers.js';

interface Media {
  schema?: { example?: unknown };
  example?: unknown;
}
interface Operation {
  operationId?: string;
  security?: unknown[];
  parameters?: { name: string; example?: unknown; schema?: { example?: unknown } }[];
  requestBody?: { required?: boolean; content: Record<string, Media> };
  responses: Record<string, { content?: Record<string, Media> }>;
}
interface Document {
  openapi: string;
  security?: unknown[];
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, object> };
}

/** Every operation of the document, named by its method and path. */
const operationsOf = (doc: Document): [string, Operation][] =>
  Object.entries(doc.paths).flatMap(([path, operations]) =>
    Object.entries(operations).map(([method, op]): [string, Operation] => [`${method.toUpperCase()} ${path}`, op]),
  );

/** Every Schema Object of the document, named by where it is. */
function schemasOf(doc: Document): [string, object][] {
  const found: [string, object][] = Object.entries(doc.components?.schemas ?? {}).map(([name, schema]) => [`components.schemas.${name}`, schema]);
  for (const [path, operations] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(operations)) {
      const at = `${method.toUpperCase()} ${path}`;
      for (const p of op.parameters ?? []) if (p.schema) found.push([`${at} parameter ${p.name}`, p.schema]);
      for (const [type, media] of Object.entries(op.requestBody?.content ?? {})) if (media.schema) found.push([`${at} body ${type}`, media.schema]);
      for (const [status, response] of Object.entries(op.responses)) {
        for (const [type, media] of Object.entries(response.content ?? {})) if (media.schema) found.push([`${at} ${status} ${type}`, media.schema]);
      }
    }
  }
  return found;
}

// The document users generate clients from, held to OpenAPI 3.1 by independent validators.
describe('the OpenAPI document at /openapi.json', () => {
  let app: FastifyInstance;
  let raw: Record<string, unknown>;
  let doc: Document;
  beforeAll(async () => {
    app = await buildTestApp();
    raw = (await app.inject('/openapi.json')).json();
    doc = (await app.inject('/openapi.json')).json();
  });
  afterAll(() => app.close());

  it('is OpenAPI 3.1 and validates against its schema without a single error', async () => {
    expect(doc.openapi).toBe('3.1.0');
    const validator = new Validator();
    const result = await validator.validate(raw);
    expect(result.errors ?? [], JSON.stringify(result.errors ?? [], null, 1).slice(0, 4000)).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.1');
  });

  it('has Schema Objects that are valid JSON Schema 2020-12, the dialect of OpenAPI 3.1', () => {
    // The OpenAPI schema leaves Schema Objects to the dialect: each is checked against its meta-schema and compiled.
    const ajv = new Ajv2020({ strict: false, validateFormats: false });
    const problems: string[] = [];
    const schemas = schemasOf(doc);
    for (const [where, schema] of schemas) {
      if (!ajv.validateSchema(schema)) problems.push(`${where}: ${ajv.errorsText(ajv.errors)}`);
      else {
        try {
          ajv.compile(schema);
        } catch (err) {
          problems.push(`${where}: ${(err as Error).message}`);
        }
      }
      // OpenAPI 3.0's nullable means nothing in 3.1: a null is a type.
      if (JSON.stringify(schema).includes('"nullable"')) problems.push(`${where}: uses the 3.0 keyword nullable`);
    }
    expect(schemas.length).toBeGreaterThan(100);
    expect(problems).toEqual([]);
  });

  it('names every operation with a unique camelCase operationId, the method name of generated clients', () => {
    const operations = operationsOf(doc);
    expect(operations).toHaveLength(59);
    for (const [where, op] of operations) expect(op.operationId, where).toMatch(/^[a-z][A-Za-z0-9]+$/);
    const ids = operations.map(([, op]) => op.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(
      expect.arrayContaining(['esSearch', 'esIndexCreate', 'esDocumentGet', 'influxWritePoints', 'influxDatabaseDrop', 'mixQuery', 'serviceHealth']),
    );
  });

  it('shows an example of every parameter, request body and response', () => {
    const missing: string[] = [];
    const exampleOf = (media: Media) => media.example ?? media.schema?.example;
    for (const [where, op] of operationsOf(doc)) {
      for (const p of op.parameters ?? []) if ((p.example ?? p.schema?.example) === undefined) missing.push(`${where} parameter ${p.name}`);
      for (const [type, media] of Object.entries(op.requestBody?.content ?? {})) if (exampleOf(media) === undefined) missing.push(`${where} body ${type}`);
      for (const [status, response] of Object.entries(op.responses)) {
        const contents = Object.entries(response.content ?? {});
        if (contents.length === 0) missing.push(`${where} ${status}: no content`);
        for (const [type, media] of contents) {
          const example = exampleOf(media);
          // A JSON success is the envelope around the route's data: its example must show that data too.
          const envelopeWithoutData = typeof example === 'object' && example !== null && 'result' in example && !('data' in example);
          if (example === undefined || envelopeWithoutData) missing.push(`${where} ${status} ${type}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('declares each error status on its own, never as a range, and the partial answers (207)', () => {
    for (const [where, op] of operationsOf(doc)) {
      const statuses = Object.keys(op.responses);
      expect(
        statuses.filter((status) => /X/i.test(status)),
        where,
      ).toEqual([]);
      expect(statuses, where).toEqual(expect.arrayContaining(['429', '500', '503']));
    }
    const points = doc.paths['/influx/{instance}/databases/{db}/points']!.post!;
    expect(Object.keys(points.responses)).toEqual(expect.arrayContaining(['200', '207', '400', '404', '409', '413', '415']));
  });

  it('requires a body exactly where the route needs one: searches and counts take none', () => {
    const optional = operationsOf(doc)
      .filter(([, op]) => op.requestBody && !op.requestBody.required)
      .map(([, op]) => op.operationId);
    expect(optional.sort()).toEqual(['esCount', 'esSearch', 'influxSearch']);
  });

  it('states the rules clients must follow as schema: name patterns, lengths, durations, times, non-empty changes, the search window', () => {
    const text = (path: string, method: string) => JSON.stringify(doc.paths[path]![method]);
    const index = doc.paths['/es/{instance}/indices/{index}']!.get!.parameters!.find((p) => p.name === 'index')!.schema as Record<string, unknown>;
    expect(index).toMatchObject({ minLength: 1, maxLength: 255, pattern: expect.stringContaining('A-Z') });
    expect(text('/es/{instance}/indices/{index}', 'patch')).toMatch(/"minProperties":1/);
    expect(text('/influx/{instance}/databases/{db}/retention-policies/{rp}', 'patch')).toMatch(/"minProperties":1/);
    expect(text('/influx/{instance}/databases/{db}/retention-policies', 'post')).toMatch(/"pattern":"\^\(\?:INF\|/);
    expect(text('/influx/{instance}/databases/{db}/measurements/{m}/points', 'delete')).toMatch(/"pattern":"\^\(\?:now/);
    const search = text('/es/{instance}/indices/{index}/_search', 'post');
    expect(search).toMatch(/"size":\{[^}]*"maximum":10000/);
    expect(search).toMatch(/"from":\{[^}]*"maximum":10000/);
  });

  it("declares the pipeline's text form: POST /mix/query takes text/plain (a string) beside its JSON body", () => {
    const content = doc.paths['/mix/query']!.post!.requestBody!.content as Record<string, { schema: { type?: string; anyOf?: object[]; example?: unknown } }>;
    expect(Object.keys(content).sort()).toEqual(['application/json', 'text/plain']);
    expect(content['text/plain']!.schema).toMatchObject({ type: 'string', example: expect.stringContaining('| join logs with cpu') });
    // The JSON body is the JSON form or {"text": ...}.
    expect(content['application/json']!.schema.anyOf).toHaveLength(2);
    expect(JSON.stringify(content['application/json']!.schema.anyOf![1])).toContain('"text"');
  });

  it('asks for a token on every route but the public ones (health, readiness, metrics)', () => {
    expect(doc.security).toEqual([{ bearer: [] }]);
    for (const path of ['/health', '/ready', '/metrics']) expect(doc.paths[path]!.get!.security, path).toEqual([]);
    const secured = Object.entries(doc.paths).filter(([path]) => !['/health', '/ready', '/metrics'].includes(path));
    for (const [path, operations] of secured) {
      for (const [method, op] of Object.entries(operations)) expect(op.security, `${method} ${path}`).toBeUndefined();
    }
  });

  it('shows an example of the error envelope wherever errors are declared', () => {
    const declared = Object.entries(doc.paths).flatMap(([path, operations]) =>
      Object.entries(operations).flatMap(([method, op]) =>
        Object.entries(op.responses)
          .filter(([status]) => status.startsWith('4') || status.startsWith('5'))
          .map(([status, response]) => [`${method} ${path} ${status}`, JSON.stringify(response.content)] as const),
      ),
    );
    expect(declared.length).toBeGreaterThan(100);
    for (const [where, content] of declared) expect(content, where).toMatch(/"example":\{"result":false,"resultcode":\d+/);
  });
});
