import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { legacy } from '../../parser/index.js';
import { handle } from '../handle.js';
import { instanceParams } from '../../parser/schemas.js';
import { responses } from '../schemas.js';
import { indexAck, indexActionResult, indexCreated, indexDetail, indexList, indexUpdated, twitterMappings } from './responses.js';
import { admin, createdResponses, indexParams, jsonObject, read, write } from './schemas.js';

const createBody = z
  .strictObject({
    index: z.string().min(1).describe('The new index name (Elasticsearch naming rules)'),
    settings: jsonObject.optional().describe('Index settings, e.g. number_of_shards, number_of_replicas'),
    mappings: jsonObject.optional().describe('Mappings: {properties: {field: {type}}}'),
    aliases: jsonObject.optional().describe('Aliases: {name: {filter?, routing?, is_write_index?}}'),
  })
  .meta({ example: { index: 'twitter', settings: { number_of_shards: 1, number_of_replicas: 0 }, mappings: twitterMappings } });

const aliasAdd = z.union([
  z.string().min(1),
  z.strictObject({ alias: z.string().min(1), filter: jsonObject.optional(), routing: z.string().optional(), is_write_index: z.boolean().optional() }),
]);

const updateBody = z
  .strictObject({
    mappings: z.looseObject({ properties: jsonObject.optional() }).optional().describe('New fields only; a field already mapped is refused'),
    settings: jsonObject.optional().describe('Dynamic settings only, e.g. number_of_replicas, refresh_interval'),
    aliases: z
      .strictObject({ add: z.array(aliasAdd).optional(), remove: z.array(z.string().min(1)).optional() })
      .optional()
      .describe('Aliases to add (a name or {alias, filter, routing, is_write_index}) and to remove'),
  })
  .refine((b) => b.mappings || b.settings || b.aliases, { message: 'give mappings, settings or aliases' })
  .meta({ example: { mappings: { properties: { likes: { type: 'integer' } } }, settings: { number_of_replicas: 0 }, aliases: { add: ['tweets'] } } });

export const indexRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/es/:instance/indices', {
    config: read,
    schema: {
      tags: ['es'],
      summary: 'List indices',
      description: 'Name, health, status, doc count, size, primaries and replicas of every index (or those matching `pattern`).',
      params: instanceParams,
      querystring: z.object({ pattern: z.string().min(1).max(255).optional().describe('An index name or a pattern with *, e.g. logs-*') }),
      response: responses(indexList),
    },
  }, handle(legacy('es.indices')));

  app.post('/es/:instance/indices', {
    config: admin,
    schema: {
      tags: ['es'],
      summary: 'Create an index',
      description: 'Creates an index with its settings, mappings and aliases. 409 when it exists.',
      params: instanceParams,
      body: createBody,
      response: createdResponses(indexCreated),
    },
  }, handle(legacy('es.index.create')));

  app.get('/es/:instance/indices/:index', {
    config: read,
    schema: { tags: ['es'], summary: 'Settings, mappings, aliases, doc count and size of an index', params: indexParams, response: responses(indexDetail) },
  }, handle(legacy('es.index.get')));

  app.patch('/es/:instance/indices/:index', {
    config: admin,
    schema: {
      tags: ['es'],
      summary: 'Add mapping fields, change dynamic settings, add or remove aliases',
      params: indexParams,
      body: updateBody,
      response: responses(indexUpdated),
    },
  }, handle(legacy('es.index.update')));

  app.delete('/es/:instance/indices/:index', {
    config: admin,
    schema: {
      tags: ['es'],
      summary: 'Delete an index',
      description: 'Exactly one index: _all, wildcards and comma lists are refused with 400.',
      params: indexParams,
      response: responses(indexAck),
    },
  }, handle(legacy('es.index.delete')));

  for (const [action, level, summary] of [
    ['open', admin, 'Open a closed index'],
    ['close', admin, 'Close an index (it keeps its data but serves no reads or writes)'],
    ['refresh', write, 'Refresh an index: make every write so far searchable'],
  ] as const) {
    app.post(`/es/:instance/indices/:index/_${action}`, {
      config: level,
      schema: { tags: ['es'], summary, params: indexParams, response: responses(indexActionResult) },
    }, handle(legacy(`es.index.${action}`)));
  }
};
