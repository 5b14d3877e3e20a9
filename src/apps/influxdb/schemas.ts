import { z } from 'zod';
import { Code } from '../../libs/code.js';
import { errorEnvelope } from '../../middlewares/envelope.js';
import { backendErrors, partialResponse, responses } from '../schemas.js';

// The data of the /influx routes' responses (their request schemas are in parser/influx-schemas.ts).
const retentionPolicy = z.object({ name: z.string(), duration: z.string(), shardDuration: z.string(), replication: z.number(), default: z.boolean() });
const series = z.object({
  name: z.string().optional(),
  tags: z.record(z.string(), z.string()).optional(),
  columns: z.array(z.string()),
  values: z.array(z.array(z.unknown())).optional(),
});
const rows = z.array(z.record(z.string(), z.unknown()));

export const data = {
  names: (example: string[]) => z.array(z.string()).meta({ example }),
  database: z.object({ database: z.string(), retentionPolicy: z.string().optional() }).meta({ example: { database: 'my_db', retentionPolicy: 'one_week' } }),
  dropped: (key: string, example: string) =>
    z.object({ database: z.string(), [key]: z.string(), dropped: z.literal(true) }).meta({ example: { database: 'my_db', [key]: example, dropped: true } }),
  droppedDatabase: z.object({ database: z.string(), dropped: z.literal(true) }).meta({ example: { database: 'my_db', dropped: true } }),
  retentionPolicy: retentionPolicy.meta({ example: { name: 'one_week', duration: '168h0m0s', shardDuration: '24h0m0s', replication: 1, default: false } }),
  retentionPolicies: z
    .array(retentionPolicy)
    .meta({ example: [{ name: 'autogen', duration: '0s', shardDuration: '168h0m0s', replication: 1, default: true }] }),
  measurement: z
    .object({ database: z.string(), name: z.string(), tagKeys: z.array(z.string()), fieldKeys: z.array(z.object({ name: z.string(), type: z.string() })) })
    .meta({ example: { database: 'my_db', name: 'cpu_load', tagKeys: ['host', 'region'], fieldKeys: [{ name: 'value', type: 'float' }] } }),
  series: z
    .array(z.object({ key: z.string(), measurement: z.string(), tags: z.record(z.string(), z.string()) }))
    .meta({ example: [{ key: 'cpu_load,host=server01,region=us-west', measurement: 'cpu_load', tags: { host: 'server01', region: 'us-west' } }] }),
  continuousQueries: z.array(z.object({ name: z.string(), query: z.string() })).meta({
    example: [
      {
        name: 'cpu_hourly',
        query:
          'CREATE CONTINUOUS QUERY cpu_hourly ON my_db BEGIN SELECT mean(value) AS value INTO my_db.autogen.cpu_load_1h FROM my_db.autogen.cpu_load GROUP BY time(1h), host END',
      },
    ],
  }),
  continuousQuery: z.object({ database: z.string(), name: z.string(), query: z.string().describe('As InfluxDB stores it') }).meta({
    example: {
      database: 'my_db',
      name: 'cpu_hourly',
      query:
        'CREATE CONTINUOUS QUERY cpu_hourly ON my_db BEGIN SELECT mean(value) AS value INTO my_db.autogen.cpu_load_1h FROM my_db.autogen.cpu_load GROUP BY time(1h), host END',
    },
  }),
  written: z
    .object({
      database: z.string(),
      retentionPolicy: z.string().optional(),
      written: z.number().int(),
      dropped: z.number().int().optional(),
      reason: z.string().optional(),
    })
    .describe('207 (resultcode 20700) when InfluxDB dropped some points: dropped and reason say which and why')
    .meta({ example: { database: 'my_db', written: 2 } }),
  query: z
    .array(z.union([z.object({ statementId: z.number(), series: z.array(series) }), z.object({ statementId: z.number(), rows })]))
    .meta({ example: [{ statementId: 0, rows: [{ time: '2009-11-10T23:00:00Z', mean: 0.64 }] }] }),
  search: z.object({ query: z.string().describe('The InfluxQL that ran'), rows }).meta({
    example: {
      query: 'SELECT mean("value") AS "avg" FROM "cpu_load" GROUP BY "host"',
      rows: [{ host: 'server01', time: '1970-01-01T00:00:00Z', avg: 0.64 }],
    },
  }),
  deleted: z.object({ database: z.string(), measurement: z.string(), statement: z.string() }).meta({
    example: { database: 'my_db', measurement: 'cpu_load', statement: `DELETE FROM "cpu_load" WHERE time >= '2009-11-10T00:00:00Z' AND "host" = 'server01'` },
  }),
};

/** The responses of an /influx route: its data, and what a call to the server can answer (501: what InfluxDB 2.x lacks). */
export const influxResponses = <T extends z.ZodType>(data: T) => ({
  ...responses(data, backendErrors.influx),
  501: errorEnvelope.meta({
    description: 'The server lacks what the call needs (InfluxDB 2.x: continuous queries, some InfluxQL statements): the message names what to use instead',
    example: {
      result: false,
      resultcode: Code.NOT_SUPPORTED,
      message: 'not supported: continuous queries on influx/influx2: InfluxDB 2.x has none; use its tasks (/influx/influx2/tasks) to run Flux on a schedule',
      data: null,
    },
  }),
});

/** The documented responses of a route that answers 201 Created. */
export function createdResponses<T extends z.ZodType>(schema: T) {
  const { 200: ok, ...failures } = influxResponses(schema);
  return { 201: ok, ...failures };
}

/** A write InfluxDB took only part of: 207 saying how many points it dropped and why. */
export const writeResponses = {
  ...influxResponses(data.written),
  207: partialResponse(data.written, {
    message:
      '1 of 3 points dropped by influx/default: field type conflict: input field "v" on measurement "cpu_load" is type string, already exists as type float',
    data: {
      database: 'my_db',
      written: 2,
      dropped: 1,
      reason: 'field type conflict: input field "v" on measurement "cpu_load" is type string, already exists as type float dropped=1',
    },
  }),
};
