import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { legacy } from '../../parser/index.js';
import { handle } from '../handle.js';
import { responses } from '../schemas.js';
import { countResult, deleteByQueryResult, exportLines, searchResult } from './responses.js';
import { indexParams, jsonObject, read, write } from './schemas.js';

const queryClause = jsonObject.describe('A query DSL clause').meta({ example: { match: { user: 'kimchy' } } });

const searchBody = z
  .looseObject({
    query: queryClause.optional(),
    size: z.number().int().min(0).optional().describe('Hits to return (default 10); from + size may not pass 10 000, use _export for more'),
    from: z.number().int().min(0).optional(),
    sort: z.array(z.unknown()).optional(),
    _source: z.union([z.boolean(), z.string(), z.array(z.string()), jsonObject]).optional(),
    aggs: jsonObject.optional(),
    aggregations: jsonObject.optional(),
  })
  .nullish()
  .describe('An Elasticsearch query DSL search body; keys not listed here are passed on as they are')
  .meta({ example: { query: { match: { message: 'elasticsearch' } }, size: 10, aggs: { users: { terms: { field: 'user.keyword' } } } } });

export const searchRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post('/es/:instance/indices/:index/_search', {
    config: read,
    schema: {
      tags: ['es'],
      summary: 'Search an index with the query DSL',
      description:
        'Returns hits, total, aggregations and took. from + size beyond 10 000 is refused: use _export to read every match. ' +
        'A key naming a script in any case (script, *_script, scripted_metric, ...), runtime_mappings, a template, collate or percolate, ' +
        'here or inside a decoded wrapper query, needs admin; so on _count, _delete_by_query, _export and /mix/query sources.',
      params: indexParams,
      body: searchBody,
      response: responses(searchResult),
    },
  }, handle(legacy('es.search')));

  app.post('/es/:instance/indices/:index/_count', {
    config: read,
    schema: {
      tags: ['es'],
      summary: 'Count the documents matching a query',
      params: indexParams,
      body: z.strictObject({ query: queryClause.optional() }).nullish().meta({ example: { query: { match: { user: 'kimchy' } } } }),
      response: responses(countResult),
    },
  }, handle(legacy('es.count')));

  app.post('/es/:instance/indices/:index/_delete_by_query', {
    config: write,
    schema: {
      tags: ['es'],
      summary: 'Delete every document matching a query',
      description: 'Needs the cluster\'s reindex module; a cluster without it answers 501 (resultcode 50000) naming it.',
      params: indexParams,
      querystring: z.object({
        refresh: z.enum(['true', 'false']).optional().describe('true: refresh the index when done'),
        conflicts: z.enum(['abort', 'proceed']).optional().describe('proceed: count version conflicts instead of stopping at the first'),
      }),
      body: z.strictObject({ query: queryClause }).meta({ example: { query: { range: { post_date: { lt: '2010-01-01' } } } } }),
      response: responses(deleteByQueryResult),
    },
  }, handle(legacy('es.deleteByQuery')));

  app.get('/es/:instance/indices/:index/_export', {
    config: read,
    schema: {
      tags: ['es'],
      summary: 'Stream every matching document as NDJSON',
      description:
        'One {"_index","_id","_source"} line per document, read page by page through a point in time with search_after ' +
        '(a scroll on clusters without point in time) as fast as the client reads, so memory stays flat whatever the size. ' +
        'The point in time is closed at the end or when the client disconnects. Errors before the first line are the usual JSON envelope.',
      produces: ['application/x-ndjson', 'application/json'],
      params: indexParams,
      querystring: z.object({
        query: z.string().optional().describe('A query DSL clause as JSON, e.g. {"match":{"user":"kimchy"}}; every document without it'),
        fields: z.string().optional().describe('Comma-separated source fields to keep, e.g. user,message; the whole source without it'),
      }),
      response: { ...responses(exportLines), 200: exportLines },
    },
  }, handle(legacy('es.export')));
};
