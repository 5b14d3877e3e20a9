import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import * as shapes from '../../src/apps/es/responses.js';
import { buildTestApp } from '../helpers.js';
import { call, direct, dropIndices, flavors } from './es-helpers.js';

const prefix = 'esshape-';
const schemas = Object.entries(shapes as Record<string, unknown>).filter((e): e is [string, z.ZodType] => e[1] instanceof z.ZodType);

describe('response schemas', () => {
  it.each(schemas)('the %s example matches its schema', (_name, schema) => {
    const example = (schema.meta() as { example?: unknown } | undefined)?.example;
    expect(example).toBeDefined();
    expect(schema.parse(example)).toEqual(example);
  });
});

// Parsing strips keys a schema does not declare, so equality also catches undocumented fields.
describe.each(flavors)('real answers match the documented schemas on $name', ({ instance, flavor }) => {
  let app: FastifyInstance;
  const index = `${prefix}docs`;
  const at = `/es/${instance}/indices/${index}`;
  const steps: [string, z.ZodType, string, string, unknown?][] = [
    ['clusterInfo', shapes.clusterInfo, 'GET', `/es/${instance}`],
    ['nodes', shapes.nodes, 'GET', `/es/${instance}/nodes`],
    [
      'indexCreated',
      shapes.indexCreated,
      'POST',
      `/es/${instance}/indices`,
      { index, settings: { number_of_replicas: 0 }, aliases: { [`${prefix}alias`]: { filter: { term: { user: 'a' } } } } },
    ],
    ['indexList', shapes.indexList, 'GET', `/es/${instance}/indices?pattern=${prefix}*`],
    ['indexUpdated', shapes.indexUpdated, 'PATCH', at, { mappings: { properties: { user: { type: 'keyword' } } } }],
    ['docWritten', shapes.docWritten, 'PUT', `${at}/docs/1?refresh=true`, { user: 'a' }],
    ['docRead', shapes.docRead, 'GET', `${at}/docs/1`],
    [
      'bulkResult',
      shapes.bulkResult,
      'POST',
      `${at}/docs/_bulk?refresh=true`,
      [
        { _id: '2', user: 'b' },
        { _id: '3', user: { no: 'object into keyword' } },
        { _id: '4', user: 'a' },
      ],
    ],
    ['indexDetail', shapes.indexDetail, 'GET', at],
    ['aliases', shapes.aliases, 'GET', `/es/${instance}/aliases`],
    [
      'searchResult',
      shapes.searchResult,
      'POST',
      `${at}/_search`,
      { query: { term: { user: 'a' } }, sort: [{ user: 'asc' }], aggs: { u: { terms: { field: 'user' } } }, highlight: { fields: { user: {} } } },
    ],
    ['countResult', shapes.countResult, 'POST', `${at}/_count`, {}],
    ['indexActionResult', shapes.indexActionResult, 'POST', `${at}/_refresh`],
    [
      'templateAck',
      shapes.templateAck,
      'PUT',
      `/es/${instance}/templates/${prefix}tpl`,
      { index_patterns: [`${prefix}t-*`], priority: 300, composed_of: [], version: 2, _meta: { a: 1 } },
    ],
    ['template', shapes.template, 'GET', `/es/${instance}/templates/${prefix}tpl`],
    ['templateAck', shapes.templateAck, 'DELETE', `/es/${instance}/templates/${prefix}tpl`],
    ['docWritten', shapes.docWritten, 'DELETE', `${at}/docs/1`],
    ['indexAck', shapes.indexAck, 'DELETE', at],
  ];

  beforeAll(async () => {
    app = await buildTestApp();
    await dropIndices(instance, prefix);
    await direct(instance, 'DELETE', `/_index_template/${prefix}tpl`);
  });
  afterAll(async () => {
    await dropIndices(instance, prefix);
    await app.close();
  });

  it('every answer parses to itself', async () => {
    for (const [name, schema, method, url, payload] of steps) {
      const { status, body } = await call(app, method as 'GET', url, payload);
      expect(status, `${method} ${url}`).toBeLessThan(300);
      const data = body.data;
      expect(schema.parse(data), `${name} from ${method} ${url}`).toEqual(data);
    }
  });

  // Only OpenSearch has _delete_by_query here (the Elasticsearch core node lacks the reindex module).
  if (flavor === 'opensearch')
    it('the delete-by-query answer parses to itself', async () => {
      await call(app, 'POST', `/es/${instance}/indices`, { index, settings: { number_of_replicas: 0 } });
      const { body } = await call(app, 'POST', `${at}/_delete_by_query`, { query: { match_all: {} } });
      expect(shapes.deleteByQueryResult.parse(body.data)).toEqual(body.data);
    });
});
