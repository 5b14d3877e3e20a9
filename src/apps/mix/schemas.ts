import { z } from 'zod';
import { joinKinds } from '../../operator/join.js';
import { nodes as esNodes } from '../es/responses.js';

const sourceStats = z.object({
  rows: z.number().int().describe('Rows the source gave the pipeline'),
  bytes: z.number().int().describe('Their size as the maxBytes budget counts it (about their JSON text)'),
  ms: z.number(),
  query: z.unknown().describe('The backend query run: an Elasticsearch search body, InfluxQL text, or a list of them (semi-join chunks)'),
  requests: z.number().int().describe('Backend calls: pages of a point in time, chunks of a semi-join'),
  semiJoin: z
    .object({ keys: z.number().int().describe('Distinct left keys'), restricted: z.boolean().describe('false: more keys than the limit, read whole') })
    .optional(),
});

const upsertReport = z.object({
  step: z.number().int().describe('The upsert step in the pipeline'),
  target: z.string().meta({ example: 'es/default/hot-regions' }),
  written: z.number().int(),
  failed: z.number().int(),
  errors: z
    .array(z.object({ rows: z.string().describe('Row position (or first..last) among the rows the step wrote'), reason: z.string() }))
    .describe('Why rows were not written (the first 100)'),
});

const stepStats = z.object({
  step: z.number().int().describe('The step in the pipeline'),
  rows: z.number().int().describe('Rows of the table the step made (on DuckDB)'),
  ms: z.number(),
});

export const pipelineResult = z
  .object({
    columns: z.array(z.string()),
    rows: z.array(z.record(z.string(), z.unknown())),
    stats: z.object({
      sources: z.record(z.string(), sourceStats),
      steps: z.array(stepStats).describe('Each step run on DuckDB (a filter pushed whole into its source is not)'),
      upserts: z.array(upsertReport).optional(),
      ms: z.number().describe('The whole pipeline'),
    }),
  })
  .meta({
    example: {
      columns: ['region', 'hosts', 'avgCpu'],
      rows: [
        { region: 'us', hosts: 12, avgCpu: 91.5 },
        { region: 'eu', hosts: 4, avgCpu: 85.2 },
      ],
      stats: {
        sources: {
          hosts: {
            rows: 250,
            bytes: 16_500,
            ms: 12.4,
            query: { query: { term: { env: 'prod' } }, _source: ['hostname', 'region'], size: 10000, track_total_hits: true },
            requests: 1,
          },
          cpu: {
            rows: 240,
            bytes: 9_120,
            ms: 8.1,
            query: 'SELECT mean("usage_user") AS "cpu" FROM "cpu" WHERE time >= now() - 1h AND ("host" = \'web-1\' OR ...) GROUP BY "host"',
            requests: 1,
            semiJoin: { keys: 250, restricted: true },
          },
        },
        steps: [
          { step: 0, rows: 250, ms: 2.1 },
          { step: 1, rows: 16, ms: 0.9 },
          { step: 2, rows: 2, ms: 1.2 },
          { step: 3, rows: 2, ms: 0.6 },
          { step: 4, rows: 2, ms: 0.5 },
        ],
        upserts: [{ step: 5, target: 'es/default/hot-regions', written: 2, failed: 0, errors: [] }],
        ms: 31.7,
      },
    },
  });

export const explanation = z
  .object({
    pushdown: z.boolean(),
    start: z.string().describe('The source the rows start from'),
    sources: z.record(
      z.string(),
      z.object({
        backend: z.string().meta({ example: 'es/default' }),
        query: z.unknown().describe('What will be sent: {index, mode, body} for Elasticsearch, InfluxQL text for InfluxDB'),
        pushed: z
          .array(z.object({ from: z.string().describe('The filter step it came from'), filter: z.unknown() }))
          .describe('Filters moved into the query; fetched rows are filtered by them again in memory, which makes the result exact'),
        semiJoin: z.object({ step: z.number().int(), on: z.record(z.string(), z.string()), maxKeys: z.number().int(), description: z.string() }).optional(),
      }),
    ),
    joins: z
      .array(z.object({ step: z.number().int(), from: z.enum(joinKinds), to: z.enum(joinKinds), because: z.string() }))
      .describe('Outer joins made inner because a filter below them rejects their null-padded rows'),
    steps: z.array(z.looseObject({ step: z.number().int() })).describe("The steps left in memory, in the request's language"),
    pipeline: z.record(z.string(), z.unknown()).describe('The body in its JSON form, as validated (defaults filled in): what a text body compiled to'),
  })
  .describe('With ?explain=true: the plan, nothing run')
  .meta({
    example: {
      pushdown: true,
      start: 'hosts',
      sources: {
        hosts: {
          backend: 'es/default',
          query: { index: 'cpu-hosts', mode: 'all', body: { query: { term: { env: 'prod' } }, _source: ['hostname', 'region'], size: 1000 } },
          pushed: [],
        },
        cpu: {
          backend: 'influx/default',
          query: 'SELECT mean("usage_user") AS "cpu" FROM "cpu" WHERE time >= now() - 1h GROUP BY "host"',
          pushed: [{ from: 'body.pipeline.1.filter', filter: { cpu: { gt: 80 } } }],
        },
      },
      joins: [],
      steps: [{ step: 0, join: { right: 'cpu', on: { hostname: 'host' }, how: 'inner', prefix: '', suffix: '_cpu' } }],
      pipeline: {
        sources: {
          hosts: { es: 'default', index: 'cpu-hosts', query: { term: { env: 'prod' } } },
          cpu: { influx: 'default', db: 'telegraf', measurement: 'cpu' },
        },
        pipeline: [{ join: { left: 'hosts', right: 'cpu', on: { hostname: 'host' }, how: 'inner' } }, { filter: { cpu: { gt: 80 } } }],
        options: { pushdown: true },
      },
    },
  });

export const resourceList = z
  .object({
    resources: z.array(
      z.union([
        z.object({ kind: z.literal('es'), instance: z.string(), index: z.string(), docs: z.number().nullable(), sizeBytes: z.number().nullable() }),
        z.object({ kind: z.literal('influx'), instance: z.string(), database: z.string(), measurement: z.string() }),
      ]),
    ),
    unavailable: z.array(z.object({ kind: z.enum(['es', 'influx']), instance: z.string(), error: z.string() })).describe('Instances that did not answer'),
  })
  .meta({
    example: {
      resources: [
        { kind: 'es', instance: 'default', index: 'cpu-hosts', docs: 120, sizeBytes: 48213 },
        { kind: 'influx', instance: 'default', database: 'telegraf', measurement: 'cpu' },
      ],
      unavailable: [{ kind: 'es', instance: 'archive', error: 'es/archive is unavailable: connect ECONNREFUSED 10.0.0.7:9200' }],
    },
  });

const instance = { instance: z.string(), url: z.string(), labels: z.record(z.string(), z.string()) };
const unreachable = { reachable: z.literal(false), error: z.string() };

export const nodeList = z
  .array(
    z.union([
      z.object({ kind: z.literal('es'), ...instance, flavor: z.string(), reachable: z.literal(true), clusterName: z.string(), nodes: esNodes.shape.nodes }),
      z.object({ kind: z.literal('influx'), ...instance, reachable: z.literal(true), version: z.string() }),
      z.object({ kind: z.literal('es'), ...instance, flavor: z.string(), ...unreachable }),
      z.object({ kind: z.literal('influx'), ...instance, ...unreachable }),
    ]),
  )
  .meta({
    example: [
      { kind: 'influx', instance: 'default', url: 'http://127.0.0.1:8086', labels: { region: 'eu-west' }, reachable: true, version: '1.6.7~rc0' },
      {
        kind: 'es',
        instance: 'logs',
        url: 'http://10.0.0.7:9200',
        flavor: 'elasticsearch',
        labels: { region: 'eu-west' },
        reachable: false,
        error: 'es/logs is unavailable: connect ECONNREFUSED 10.0.0.7:9200',
      },
    ],
  });
