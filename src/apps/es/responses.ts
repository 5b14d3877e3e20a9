import { z } from 'zod';
import { templateExample, templateShape, twitterMappings } from '../../parser/es-schemas.js';
import type { Capabilities } from '../../query/es/capabilities.js';
import { mediaResponse } from '../schemas.js';

// The data of every /es response, with the examples Swagger UI shows. Tests parse real answers with these.

const jsonObject = z.record(z.string(), z.unknown());

const capabilitiesExample = {
  pointInTime: true,
  pointInTimeApi: '_pit',
  shardDocTiebreaker: true,
  searchAfter: true,
  compositeAggregations: true,
  composableTemplates: true,
  deleteByQuery: true,
  updateByQuery: true,
  scripts: true,
  dataStreams: true,
  apiKeys: false,
  compatibleWith8: true,
} as const satisfies Capabilities;

const capability = (what: string) => z.boolean().describe(what);

export const capabilities = z
  .object({
    pointInTime: capability('A point in time: _export and /mix/query sources with all read through it (a scroll without it)'),
    pointInTimeApi: z
      .enum(['_pit', '_search/point_in_time'])
      .nullable()
      .describe("The point-in-time endpoint: Elasticsearch's /{index}/_pit, OpenSearch's /{index}/_search/point_in_time; null without one"),
    shardDocTiebreaker: capability('_shard_doc sorts a point in time (Elasticsearch; OpenSearch from 3.3); else _export sorts on _id'),
    searchAfter: capability('search_after pages a sorted search'),
    compositeAggregations: capability('composite aggregations in _search'),
    composableTemplates: capability('composable index templates (/templates)'),
    deleteByQuery: capability('_delete_by_query (the reindex module); without it the route answers 501'),
    updateByQuery: capability('_update_by_query (the reindex module)'),
    scripts: capability('Painless scripts (the lang-painless module); without it a script clause is refused by the cluster'),
    dataStreams: capability('data streams (an Elasticsearch module; core in OpenSearch)'),
    apiKeys: capability("Elasticsearch API keys (security enabled): what an instance's apiKey credential needs"),
    compatibleWith8: capability("Elasticsearch 8 and 9 read the compatible-with=8 media types the gateway's 8.x client sends"),
  })
  .describe("What the cluster can do: its flavor and its nodes' lowest version allow it, and every node has the module it needs")
  .meta({ example: capabilitiesExample });

export const clusterInfo = z
  .object({
    instance: z.string(),
    flavor: z.enum(['elasticsearch', 'opensearch']),
    url: z.string(),
    name: z.string(),
    clusterName: z.string(),
    clusterUuid: z.string(),
    version: z.string(),
    health: jsonObject,
    capabilities,
  })
  .meta({
    example: {
      instance: 'default',
      flavor: 'elasticsearch',
      url: 'http://127.0.0.1:9200',
      name: 'es-node-1',
      clusterName: 'hostmonitor-test',
      clusterUuid: 'kZ0y5q3WQ4-hXh0KjW5vQw',
      version: '8.19.21',
      health: { status: 'green', number_of_nodes: 1, active_shards: 3 },
      capabilities: capabilitiesExample,
    },
  });

export const nodes = z
  .object({
    instance: z.string(),
    clusterName: z.string(),
    nodes: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        ip: z.string(),
        host: z.string(),
        version: z.string(),
        roles: z.array(z.string()),
        heap: z.object({ usedBytes: z.number().nullable(), maxBytes: z.number().nullable(), usedPercent: z.number().nullable() }),
        disk: z.object({ totalBytes: z.number().nullable(), usedBytes: z.number().nullable(), usedPercent: z.number().nullable() }),
      }),
    ),
  })
  .meta({
    example: {
      instance: 'default',
      clusterName: 'hostmonitor-test',
      nodes: [
        {
          id: 'csHpH9BHS4KqnVbS1kh9BQ',
          name: 'es-node-1',
          ip: '127.0.0.1',
          host: '127.0.0.1',
          version: '8.19.21',
          roles: ['data', 'ingest', 'master'],
          heap: { usedBytes: 50869248, maxBytes: 536870912, usedPercent: 9 },
          disk: { totalBytes: 270553174016, usedBytes: 185836658688, usedPercent: 68.7 },
        },
      ],
    },
  });

export const aliases = z
  .array(
    z.object({
      alias: z.string(),
      index: z.string(),
      filter: jsonObject.optional(),
      indexRouting: z.string().optional(),
      searchRouting: z.string().optional(),
      isWriteIndex: z.boolean().optional(),
    }),
  )
  .meta({
    example: [
      { alias: 'tweets', index: 'twitter' },
      { alias: 'kimchy-tweets', index: 'twitter', filter: { term: { user: 'kimchy' } } },
    ],
  });

export const template = z.object({ name: z.string(), ...templateShape }).meta({ example: { name: 'tweets', ...templateExample, composed_of: [] } });
export const templateAck = z.object({ name: z.string(), acknowledged: z.boolean() }).meta({ example: { name: 'tweets', acknowledged: true } });

export const indexAck = z.object({ index: z.string(), acknowledged: z.boolean() }).meta({ example: { index: 'twitter', acknowledged: true } });

const indexSummaryShape = {
  index: z.string(),
  uuid: z.string(),
  health: z.string().nullable().describe('green, yellow or red'),
  status: z.string().describe('open or close'),
  docs: z.number().nullable().describe('Documents in the primaries (null while closed)'),
  sizeBytes: z.number().nullable().describe('Store size of primaries and replicas (null while closed)'),
  primaries: z.number(),
  replicas: z.number(),
};
const summaryExample = {
  index: 'twitter',
  uuid: 'NY2mACDxQ7yNjA13G1IV2A',
  health: 'green',
  status: 'open',
  docs: 1,
  sizeBytes: 5432,
  primaries: 1,
  replicas: 0,
};

export const indexList = z.array(z.object(indexSummaryShape)).meta({ example: [summaryExample] });

export const indexDetail = z
  .object(indexSummaryShape)
  .partial()
  .extend({ index: z.string(), settings: jsonObject, mappings: jsonObject, aliases: jsonObject })
  .meta({
    example: {
      ...summaryExample,
      settings: { index: { number_of_shards: '1', number_of_replicas: '0', uuid: 'NY2mACDxQ7yNjA13G1IV2A' } },
      mappings: twitterMappings,
      aliases: { tweets: {} },
    },
  });

export const indexCreated = z
  .object({ index: z.string(), acknowledged: z.boolean(), shardsAcknowledged: z.boolean() })
  .meta({ example: { index: 'twitter', acknowledged: true, shardsAcknowledged: true } });

export const indexUpdated = z
  .object({ index: z.string(), updated: z.array(z.enum(['mappings', 'settings', 'aliases'])) })
  .meta({ example: { index: 'twitter', updated: ['mappings', 'settings', 'aliases'] } });

export const indexActionResult = z
  .object({ index: z.string(), action: z.enum(['open', 'close', 'refresh']), acknowledged: z.boolean() })
  .meta({ example: { index: 'twitter', action: 'refresh', acknowledged: true } });

export const docWritten = z
  .object({ index: z.string(), id: z.string(), version: z.number(), result: z.string(), seqNo: z.number(), primaryTerm: z.number() })
  .meta({ example: { index: 'twitter', id: '1', version: 1, result: 'created', seqNo: 0, primaryTerm: 1 } });

export const docRead = z
  .object({ index: z.string(), id: z.string(), version: z.number(), seqNo: z.number(), primaryTerm: z.number(), source: jsonObject })
  .meta({ example: { index: 'twitter', id: '1', version: 1, seqNo: 0, primaryTerm: 1, source: { user: 'kimchy', message: 'trying out Elasticsearch' } } });

const bulkItem = z.object({
  position: z.number().describe("The operation's place in the request, from 0"),
  action: z.enum(['index', 'create', 'update', 'delete']),
  id: z.string().nullable().describe('null for an index without _id that failed before the cluster assigned one'),
  status: z.number().describe('The HTTP status of this item'),
  result: z.string().optional().describe('created, updated, deleted, noop or not_found'),
  version: z.number().optional(),
  error: z.object({ type: z.string(), reason: z.string() }).optional(),
});

export const bulkResult = z.object({ index: z.string(), took: z.number(), total: z.number(), failed: z.number(), items: z.array(bulkItem) }).meta({
  example: {
    index: 'twitter',
    took: 3,
    total: 2,
    failed: 1,
    items: [
      { position: 0, action: 'index', id: '1', status: 201, result: 'created', version: 1 },
      {
        position: 1,
        action: 'index',
        id: '2',
        status: 400,
        error: { type: 'document_parsing_exception', reason: 'failed to parse field [post_date] of type [date]' },
      },
    ],
  },
});

const hit = z.object({
  index: z.string(),
  id: z.string(),
  score: z.number().nullable(),
  source: jsonObject.optional(),
  sort: z.array(z.unknown()).optional(),
  highlight: jsonObject.optional(),
  fields: jsonObject.optional(),
});

export const searchResult = z
  .object({
    took: z.number(),
    timedOut: z.boolean(),
    total: z.object({ value: z.number(), relation: z.enum(['eq', 'gte']) }).nullable(),
    maxScore: z.number().nullable(),
    hits: z.array(hit),
    aggregations: jsonObject.optional(),
  })
  .meta({
    example: {
      took: 2,
      timedOut: false,
      total: { value: 1, relation: 'eq' },
      maxScore: 0.2876821,
      hits: [{ index: 'twitter', id: '1', score: 0.2876821, source: { user: 'kimchy', message: 'trying out Elasticsearch' } }],
      aggregations: { users: { buckets: [{ key: 'kimchy', doc_count: 1 }] } },
    },
  });

export const countResult = z.object({ index: z.string(), count: z.number() }).meta({ example: { index: 'twitter', count: 1 } });

export const deleteByQueryResult = z
  .object({ index: z.string(), took: z.number(), total: z.number(), deleted: z.number(), versionConflicts: z.number(), failures: z.array(z.unknown()) })
  .meta({ example: { index: 'twitter', took: 12, total: 3, deleted: 3, versionConflicts: 0, failures: [] } });

export const exportLines = mediaResponse(
  'application/x-ndjson',
  'NDJSON: one {"_index","_id","_source"} object per line',
  '{"_index":"twitter","_id":"1","_source":{"user":"kimchy"}}\n{"_index":"twitter","_id":"2","_source":{"user":"olivere"}}\n',
);
