import { z } from 'zod';
import { instanceParams } from './schemas.js';

// The request schemas of the /es routes: a route validates with them (spreading its action's
// schema), the parser in es.ts reads their output. Their texts and examples feed the OpenAPI document.

export const jsonObject = z.record(z.string(), z.unknown());

// Elasticsearch's naming rules as patterns, for clients: lower case, none of \ / * ? " < > | , # space :,
// not starting with - _ +, not . or ... The parser checks the names itself (query/es/index-name.ts), with messages naming the rule.
const indexNamePattern = '^(?![-_+])(?!\\.\\.?$)[^A-Z\\\\/*?"<>|,# :]+$';
const indexPatternPattern = '^(?![-_+])(?!\\.\\.?$)[^A-Z\\\\/?"<>|,# :]+$';

// Each alias an object: OpenSearch answers `{"a": [false]}` with a 500 (a null pointer), not a 400.
const aliasDefinitions = z.record(z.string().min(1), jsonObject);

export const indexParams = instanceParams.extend({
  index: z.string().min(1).max(255).describe('An index name (or an alias of one index), e.g. twitter').meta({ pattern: indexNamePattern, example: 'twitter' }),
});
export const docParams = indexParams.extend({ id: z.string().min(1).max(512).describe('A document id, e.g. 1').meta({ example: '1' }) });
export const templateParams = instanceParams.extend({
  name: z.string().min(1).max(255).describe('A composable index template name').meta({ pattern: indexNamePattern, example: 'tweets' }),
});

export const refreshQuery = z.object({
  refresh: z
    .enum(['true', 'false', 'wait_for'])
    .optional()
    .describe('true: refresh now; wait_for: answer once the next refresh makes the write searchable; false (default): neither')
    .meta({ example: 'wait_for' }),
});

// Indices

export const indicesQuery = z.object({
  pattern: z
    .string()
    .min(1)
    .max(255)
    .optional()
    .describe('An index name or a pattern with *, e.g. logs-*')
    .meta({ pattern: indexPatternPattern, example: 'logs-*' }),
});

export const twitterMappings = { properties: { user: { type: 'text' }, post_date: { type: 'date' }, message: { type: 'text' } } };

export const indexCreateBody = z
  .strictObject({
    index: z.string().min(1).max(255).describe('The new index name (Elasticsearch naming rules)').meta({ pattern: indexNamePattern }),
    settings: jsonObject.optional().describe('Index settings, e.g. number_of_shards, number_of_replicas'),
    mappings: jsonObject.optional().describe('Mappings: {properties: {field: {type}}}'),
    aliases: aliasDefinitions.optional().describe('Aliases: {name: {filter?, routing?, is_write_index?}}'),
  })
  .meta({ example: { index: 'twitter', settings: { number_of_shards: 1, number_of_replicas: 0 }, mappings: twitterMappings } });

const aliasAdd = z.union([
  z.string().min(1),
  z.strictObject({ alias: z.string().min(1), filter: jsonObject.optional(), routing: z.string().optional(), is_write_index: z.boolean().optional() }),
]);

export const indexUpdateBody = z
  .strictObject({
    mappings: z
      .looseObject({ properties: z.record(z.string().min(1), jsonObject.describe('A field definition: {type, ...}')).optional() })
      .optional()
      .describe('New fields only; a field already mapped is refused'),
    settings: jsonObject.optional().describe('Dynamic settings only, e.g. number_of_replicas, refresh_interval'),
    aliases: z
      .strictObject({ add: z.array(aliasAdd).optional(), remove: z.array(z.string().min(1)).optional() })
      .optional()
      .describe('Aliases to add (a name or {alias, filter, routing, is_write_index}) and to remove'),
  })
  .refine((b) => b.mappings || b.settings || b.aliases, { message: 'give mappings, settings or aliases' })
  .meta({
    minProperties: 1,
    example: { mappings: { properties: { likes: { type: 'integer' } } }, settings: { number_of_replicas: 0 }, aliases: { add: ['tweets'] } },
  });

// Templates

/** A composable index template in Elasticsearch's own form: PUT takes it, GET gives it back (apps/es/responses.ts). */
export const templateShape = {
  index_patterns: z.array(z.string().min(1)).min(1).describe('Index name patterns the template applies to, e.g. logs-*'),
  template: z.strictObject({ settings: jsonObject.optional(), mappings: jsonObject.optional(), aliases: aliasDefinitions.optional() }).optional(),
  composed_of: z.array(z.string()).optional().describe('Component templates, applied in order'),
  priority: z.number().int().min(0).optional().describe('The highest priority wins when several templates match'),
  version: z.number().int().optional(),
  _meta: jsonObject.optional(),
};
export const templateExample = {
  index_patterns: ['tweets-*'],
  priority: 10,
  template: { settings: { number_of_replicas: 0 }, mappings: { properties: { user: { type: 'keyword' } } } },
};
export const templateBody = z.strictObject(templateShape).meta({ example: templateExample });

// Documents

export const docBody = jsonObject
  .describe('The document source')
  .meta({ example: { user: 'kimchy', post_date: '2009-11-15T14:12:12', message: 'trying out Elasticsearch' } });
export const docPatchBody = docBody.meta({ example: { message: 'still trying out Elasticsearch' } });

export const docPutQuery = refreshQuery.extend({
  op: z.enum(['index', 'create']).optional().describe('create: fail with 409 if the document exists').meta({ example: 'create' }),
});
export const docPatchQuery = refreshQuery.extend({
  upsert: z.enum(['true', 'false']).optional().describe('true: create the document from the body if missing').meta({ example: 'true' }),
});

export const bulkBody = z
  .union([z.array(z.unknown()), z.string()])
  .describe(
    'A JSON array of documents (each may carry its `_id`), or with content-type application/x-ndjson the Elasticsearch ' +
      'bulk lines: an action line ({"index"|"create"|"update"|"delete": {"_id"?}}) followed, except for delete, by its source line. ' +
      'An action line naming another _index is refused. Lines end with \\n (\\r\\n too; the last may lack it); a blank line, a byte order mark ' +
      'or a line that is not one JSON object is a 400 naming the line. An update with a script needs admin.',
  )
  .meta({
    example: [
      { _id: '1', user: 'kimchy', post_date: '2009-11-15T14:12:12' },
      { user: 'olivere', post_date: '2009-11-16T10:00:00' },
    ],
  });

// Search

const queryClause = jsonObject.describe('A query DSL clause').meta({ example: { match: { user: 'kimchy' } } });

export const searchBody = z
  .looseObject({
    query: queryClause.optional(),
    // The sum rule is checked by the parser (es.ts); each maximum tells clients the bound alone can reach.
    size: z
      .number()
      .int()
      .min(0)
      .optional()
      .describe('Hits to return (default 10); from + size may not pass 10 000, use _export for more')
      .meta({ maximum: 10_000 }),
    from: z.number().int().min(0).optional().describe('Hits to skip (default 0); from + size may not pass 10 000').meta({ maximum: 10_000 }),
    sort: z.array(z.unknown()).optional(),
    _source: z.union([z.boolean(), z.string(), z.array(z.string()), jsonObject]).optional(),
    aggs: jsonObject.optional(),
    aggregations: jsonObject.optional(),
  })
  .nullish()
  .describe('An Elasticsearch query DSL search body; keys not listed here are passed on as they are')
  .meta({ example: { query: { match: { message: 'elasticsearch' } }, size: 10, aggs: { users: { terms: { field: 'user.keyword' } } } } });

export const countBody = z
  .strictObject({ query: queryClause.optional() })
  .nullish()
  .meta({ example: { query: { match: { user: 'kimchy' } } } });

export const deleteByQueryQuery = z.object({
  refresh: z.enum(['true', 'false']).optional().describe('true: refresh the index when done').meta({ example: 'true' }),
  conflicts: z.enum(['abort', 'proceed']).optional().describe('proceed: count version conflicts instead of stopping at the first').meta({ example: 'proceed' }),
});
export const deleteByQueryBody = z.strictObject({ query: queryClause }).meta({ example: { query: { range: { post_date: { lt: '2010-01-01' } } } } });

export const exportQuery = z.object({
  query: z
    .string()
    .optional()
    .describe('A query DSL clause as JSON, e.g. {"match":{"user":"kimchy"}}; every document without it')
    .meta({ example: '{"match":{"user":"kimchy"}}' }),
  fields: z
    .string()
    .optional()
    .describe('Comma-separated source fields to keep, e.g. user,message; the whole source without it')
    .meta({ example: 'user,message' }),
});
