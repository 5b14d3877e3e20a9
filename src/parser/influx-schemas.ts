import { z } from 'zod';
import { MAX_POINTS_PER_WRITE, pointSchema, precisions } from '../query/influx/points.js';
import { condition, durationText, influxName, searchExample, searchSpec, timeText } from '../query/influx/search.js';
import { durationPattern, isDuration } from '../query/influxql.js';
import { instanceParams } from './schemas.js';

// The request schemas of the /influx routes: a route validates with them, its action's parser reads their output.

const name = (what: string, example: string) => influxName.describe(what).meta({ example });
/** A name the API creates must be one its URLs can address: . and .. are path segments. */
const newName = (what: string, example: string) =>
  influxName
    .refine((n) => n !== '.' && n !== '..', 'cannot be . or .. (no URL path could name it)')
    .describe(what)
    .meta({ example });

export const databaseParams = instanceParams.extend({ db: name('A database name (URL-encoded)', 'my_db') });
export const retentionPolicyParams = databaseParams.extend({ rp: name('A retention policy name', 'one_week') });
export const measurementParams = databaseParams.extend({ m: name('A measurement name', 'cpu_load') });
export const tagParams = measurementParams.extend({ key: name('A tag key', 'host') });
export const continuousQueryParams = databaseParams.extend({ name: name('A continuous query name', 'cpu_hourly') });

const retentionDuration = z
  .string()
  .refine((d) => d === 'INF' || isDuration(d), 'must be a duration such as 1h, 30d, 52w, or INF')
  .meta({ pattern: `^(?:INF|${durationPattern.source.slice(1, -1)})$`, example: '7d' })
  .describe('How long data is kept: 1h or more, or INF');
const epoch = z.enum(['ns', 'u', 'ms', 's', 'm', 'h']).describe('Times as integers in this unit instead of RFC3339 strings');

export const retentionPolicyBody = z
  .strictObject({
    name: newName('The retention policy name', 'one_week'),
    duration: retentionDuration,
    replication: z.number().int().min(1).max(100).optional().describe('Copies of each point (1 on a single server); default 1'),
    shardDuration: durationText.describe('How long each shard group spans, e.g. 1d').optional(),
    default: z.boolean().optional().describe('Make it the database default'),
  })
  .meta({ example: { name: 'one_week', duration: '7d', replication: 1, shardDuration: '1d', default: false } });

export const retentionPolicyChange = retentionPolicyBody
  .omit({ name: true })
  .partial()
  .extend({ default: z.literal(true).optional().describe('Make it the default (another policy becoming default is the only way to unset it)') })
  .refine((c) => Object.values(c).some((v: unknown) => v !== undefined), 'change at least one of duration, replication, shardDuration, default')
  .meta({ minProperties: 1, example: { duration: '30d', default: true } });

export const databaseBody = z
  .strictObject({
    name: name('The database name', 'my_db'),
    retentionPolicy: retentionPolicyBody.optional().describe('Created with the database, as its default'),
  })
  .meta({ example: { name: 'my_db', retentionPolicy: { name: 'one_week', duration: '7d' } } });

export const measurementsQuery = z.strictObject({
  match: z.string().min(1).max(1024).optional().describe('A substring, taken literally (turned into an escaped regex)').meta({ example: 'cpu' }),
});

export const seriesQuery = z.strictObject({
  measurement: name('Only the series of this measurement', 'cpu_load').optional(),
  limit: z.coerce.number().int().min(1).max(100_000).optional().describe('At most this many series').meta({ example: 100 }),
});

const cqParts = searchSpec.omit({ retentionPolicy: true }).extend({
  from: name('The source measurement', 'cpu_load'),
  into: z.strictObject({
    measurement: name('The target measurement', 'cpu_load_1h'),
    retentionPolicy: name('The target retention policy', 'one_year').optional(),
  }),
});

export const continuousQueryBody = z
  .strictObject({
    name: newName('The continuous query name', 'cpu_hourly'),
    query: z
      .union([z.string().min(1).describe('One SELECT ... INTO ... statement'), cqParts])
      .describe('Either structured parts (as in _search, plus from and into) or the text of one SELECT ... INTO'),
    resample: z
      .strictObject({ every: durationText.optional(), for: durationText.optional() })
      .optional()
      .describe('How often it runs and how far back it looks'),
  })
  .meta({
    example: {
      name: 'cpu_hourly',
      query: { from: 'cpu_load', into: { measurement: 'cpu_load_1h' }, select: { value: { mean: 'value' } }, groupBy: [{ time: '1h' }, 'host'] },
      resample: { every: '30m', for: '2h' },
    },
  });

export const pointsQuery = z.strictObject({
  precision: z.enum(precisions).optional().describe('Unit of integer times (JSON time or line protocol timestamps); default ns').meta({ example: 's' }),
  rp: name('Write into this retention policy instead of the default one', 'one_week').optional(),
});

// Zod checks only the outer shape here: each point is validated once, where it is serialized
// (jsonPointsToLines), so that a 400 names its index and field (body[3].fields.usage), which a
// union's error cannot, and its time is checked in the request's precision; `anyOf` documents the points.
const documentedPoints = z.toJSONSchema(z.union([pointSchema, z.array(pointSchema)]), { io: 'input' }).anyOf ?? [];
export const pointsBody = z.union([z.string(), z.array(z.unknown()), z.record(z.string(), z.unknown())]).meta({
  description:
    `One JSON point, an array of them (at most ${MAX_POINTS_PER_WRITE}), or line protocol sent as text/plain. ` +
    'A JSON number is written as a float (as the original HostMonitor did); write an integer as {"int": 3} (or {"int": "9223372036854775807"}), ' +
    'and {"float": n}, {"string": "s"}, {"bool": true} are accepted too; plain JSON strings and booleans are written as such.',
  anyOf: [...documentedPoints, { type: 'string', description: 'line protocol (Content-Type: text/plain)' }],
  example: [
    { measurement: 'cpu_load', tags: { host: 'server01', region: 'us-west' }, fields: { value: 0.64 }, time: '2009-11-10T23:00:00Z' },
    { measurement: 'cpu_load', tags: { host: 'server02' }, fields: { value: 0.5, cores: { int: 8 }, ok: true, note: 'rebooted' } },
  ],
});

export const queryBody = z
  .strictObject({
    q: z.string().min(1).describe('InfluxQL; several statements separated by ;'),
    params: z
      .record(z.string(), z.union([z.string(), z.number(), z.boolean()]))
      .optional()
      .describe('Bound parameters: $name in q'),
    epoch: epoch.optional(),
    format: z
      .enum(['series', 'rows'])
      .default('series')
      .describe(
        "series: InfluxDB's own; rows: one object per value row, its series' tags merged in (series names are dropped: use series when a statement reads several measurements)",
      ),
    admin: z.boolean().default(false).describe('Allow statements other than reads (SELECT without INTO, SHOW, EXPLAIN)'),
  })
  .meta({
    example: {
      q: 'SELECT mean("value") FROM "cpu_load" WHERE "host" = $host AND time > now() - 1h GROUP BY time(10m)',
      params: { host: 'server01' },
      format: 'rows',
    },
  });

// No body (or {}) is the whole measurement: every field and tag, InfluxDB's default order.
export const searchBody = searchSpec.extend({ epoch: epoch.optional() }).nullish().meta({ example: searchExample });

export const deletePointsBody = z
  .strictObject({
    from: timeText.optional().describe('Inclusive start'),
    to: timeText.optional().describe('Exclusive end'),
    tags: z
      .record(
        name('A tag key', 'host').refine((k) => k !== 'time', 'time is given by from and to'),
        condition,
      )
      .optional()
      .describe('Tag conditions: a value, or {in, regex, ne, not}'),
  })
  .refine(
    (b) => b.from !== undefined || b.to !== undefined || (b.tags && Object.keys(b.tags).length > 0),
    'give from, to or tags (to delete every point, drop the measurement)',
  )
  .meta({ example: { from: '2009-11-10T00:00:00Z', to: '2009-11-11T00:00:00Z', tags: { host: 'server01' } } });
