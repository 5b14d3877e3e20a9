import { z } from 'zod';
import { Code } from '../libs/code.js';
import { durationMs, durationPattern } from '../libs/duration.js';
import { AppError, errors, isAppError } from '../libs/errors.js';
import { maxPatternLength, patternProblem } from '../libs/regex.js';
import { AggregateNode, metricKinds, type MetricKind } from '../operator/aggregate.js';
import { arithmetic, comparisons, DeriveNode, type ExpressionInput } from '../operator/derive.js';
import { FillNode, type FillWith } from '../operator/fill.js';
import { FilterNode, type FilterInput } from '../operator/filter.js';
import { JoinNode, joinKinds } from '../operator/join.js';
import { LimitNode } from '../operator/limit.js';
import { columnsAfter, fieldsRead, type PipelineNode } from '../operator/pipeline.js';
import { ProjectNode } from '../operator/project.js';
import { SortNode } from '../operator/sort.js';
import { UpsertNode } from '../operator/upsert.js';
import { indexNameProblem } from '../query/es/index-name.js';
import { bucketColumns, esMetricKinds, type EsMetricKind } from '../query/mix/es-aggregate.js';
import { limits, overBudget, type PipelineBudgets } from '../query/mix/limits.js';
import type { PipelineRequest } from '../operator/mix/request.js';
import { searchSpec, influxName } from '../query/influx/search.js';
import { nameProblem } from '../query/influx/points.js';
import { userQuery } from '../query/influxql.js';
import { fluxBody } from './influx2-schemas.js';

const list = (names: readonly string[]) => names.join(', ');

const fieldName = z
  .string()
  .min(1)
  .max(256)
  .refine((name) => name !== '__proto__', '"__proto__" cannot be a column name')
  .describe('A column name');
const sourceName = z
  .string()
  .regex(/^[A-Za-z_][\w-]{0,63}$/, 'a source name is a letter or "_", then letters, digits, "_" or "-" (64 at most)')
  .describe('A source name, a key of sources');
const instanceName = z.string().min(1).max(64);

/**
 * A strict object whose unknown keys are refused as `unknown ${noun} "x" (expected: a, b)`; with
 * an example, a value that is no object is refused as `expected an object like ${example}`.
 */
export function strict<S extends z.core.$ZodLooseShape>(noun: string, shape: S, example?: string) {
  const known = list(Object.keys(shape));
  return z.strictObject(shape, {
    error: (issue) => {
      if (issue.code === 'unrecognized_keys') return `unknown ${noun} ${issue.keys.map((k) => `"${k}"`).join(', ')} (expected: ${known})`;
      // Otherwise the object is no object (invalid_type).
      if (example !== undefined) return `expected an object like ${example}`;
      return undefined;
    },
  });
}

/** A record whose refused keys get the key's own reason (zod would say "Invalid key in record"). */
const record = <K extends z.core.$ZodRecordKey, V extends z.ZodType>(key: K, value: V) =>
  z.record(key, value, { error: (issue) => (issue.code === 'invalid_key' ? issue.issues.map((i) => i.message).join('; ') : undefined) });

// Only when the object itself is fine: an unknown key or a wrong type was already reported.
const unlessReported = {
  when: (payload: z.core.ParsePayload) => !payload.issues.some((i) => (i.path ?? []).length === 0),
};
// Only when nothing inside is wrong either: for checks that read the object's members as their types.
const whenValid = { when: (payload: z.core.ParsePayload) => payload.issues.length === 0 };

/** Refines a strict object of optional keys to hold exactly one (or with `several`, at least one). */
const oneKey = (noun: string, example: string, several = false) =>
  [
    (value: object, ctx: z.core.$RefinementCtx) => {
      const keys = Object.keys(value).filter((k) => (value as Record<string, unknown>)[k] !== undefined);
      if (keys.length === 1 || (several && keys.length > 1)) return;
      const found = keys.length === 0 ? 'none' : list(keys.map((k) => `"${k}"`));
      ctx.addIssue({ code: 'custom', message: `expected ${several ? 'at least' : 'exactly'} one ${noun}, e.g. ${example}; found ${found}` });
    },
    unlessReported,
  ] as const;

/** Parses with `schema` inside a transform, adding its issues under the current path. */
function parseWithin<T extends z.ZodType>(schema: T, value: unknown, ctx: z.core.$RefinementCtx): z.output<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  for (const issue of result.error.issues) ctx.addIssue({ ...issue, input: value } as z.core.$ZodRawIssue);
  return z.NEVER;
}

/** Validates with `schema` but is documented as `docs` (a short stand-in for a nested copy, or several accepted forms). */
export const documentedAs = <T extends z.ZodType>(schema: T, docs: Record<string, unknown>) =>
  z
    .unknown()
    .transform((value, ctx) => parseWithin(schema, value, ctx))
    .meta(docs);

/** The JSON Schema that documents what `schema` accepts. */
export function documentOf(schema: z.ZodType): Record<string, unknown> {
  const { $schema: _, ...document } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
  return document;
}

/**
 * One of several object shapes told apart by which key it has ({"es": ...} or {"influx": ...}).
 * A plain union would answer "Invalid input" for every shape; this validates only the shape the
 * client chose, so the message names the wrong field. The first key present picks the shape.
 */
function oneOfByKey<const B extends Record<string, z.ZodType>>(branches: B, expected: string) {
  const keys = Object.keys(branches);
  const docs = Object.values(branches).map(documentOf);
  return z
    .unknown()
    .transform((value, ctx): z.output<B[keyof B]> => {
      const key = typeof value === 'object' && value !== null ? keys.find((k) => Object.hasOwn(value, k)) : undefined;
      if (key !== undefined) return parseWithin(branches[key]!, value, ctx) as z.output<B[keyof B]>;
      ctx.addIssue({ code: 'custom', message: `expected ${expected}` });
      return z.NEVER;
    })
    .meta({ anyOf: docs });
}

/** Adds `problem(value)`, when it names one, as the value's issue. */
const refusedBy =
  <T>(problem: (value: T) => string | null | undefined) =>
  (value: T, ctx: z.core.$RefinementCtx) => {
    const reason = problem(value);
    if (reason) ctx.addIssue({ code: 'custom', message: reason });
  };

/** Why raw InfluxQL cannot be a source: not exactly one statement, or not a read. */
function influxqlSourceProblem(q: string): string | undefined {
  try {
    userQuery(q, { admin: false, where: 'q', single: true });
  } catch (err) {
    if (isAppError(err)) return err.message.replace(/^q: /, '');
    throw err;
  }
  return undefined;
}

// A point's measurement, tag key or field key: what line protocol can carry; keys are not "time".
const pointName = fieldName.superRefine(refusedBy(nameProblem));
const pointKey = pointName.refine((name) => name !== 'time', 'time is reserved for the timestamp');

const duration = z
  .string()
  .superRefine(
    refusedBy((d: string) => {
      if (!durationPattern.test(d)) return 'expected a duration: a whole number above 0, then ms, s, m, h, d or w, e.g. 5m';
      return durationMs(d) === null ? 'at most a century (36600d)' : undefined;
    }),
  )
  .meta({ pattern: durationPattern.source, description: 'A duration, e.g. 500ms, 90s, 5m, 1h, 1d, 1w' });

const esField = z.string().min(1).max(256).describe('An Elasticsearch field, e.g. host.name');
const timeBound = z
  .union([z.string().min(1).max(64), z.number().int().min(0).max(Number.MAX_SAFE_INTEGER)], {
    error: 'expected Elasticsearch date math (e.g. "now-1h", "2026-12-01T10:00:00Z") or epoch milliseconds',
  })
  .optional();

const timeRange = strict(
  'time field',
  { field: esField.describe('A date field'), gte: timeBound, gt: timeBound, lte: timeBound, lt: timeBound },
  '{"field": "@timestamp", "gte": "now-1h"}',
)
  .superRefine((t, ctx) => {
    if ([t.gte, t.gt, t.lte, t.lt].every((b) => b === undefined)) ctx.addIssue({ code: 'custom', message: 'expected at least one bound: gte, gt, lte or lt' });
    if (t.gt !== undefined && t.gte !== undefined) ctx.addIssue({ code: 'custom', message: 'gt and gte exclude each other', path: ['gt'] });
    if (t.lt !== undefined && t.lte !== undefined) ctx.addIssue({ code: 'custom', message: 'lt and lte exclude each other', path: ['lt'] });
  }, unlessReported)
  .describe("A range on a date field, ANDed with the query; bounds are read by the field's date format (by default RFC3339 and epoch milliseconds)");

const esGroup = oneOfByKey(
  {
    terms: strict('terms group field', { terms: esField.describe('A keyword, number or boolean field (not text: use its keyword sub-field)') }),
    timeBucket: strict('time bucket field', {
      timeBucket: z
        .tuple([esField.describe('A date field'), duration], { error: 'expected [field, duration], e.g. ["@timestamp", "5m"]' })
        .describe('[field, duration]: buckets aligned to the Unix epoch, UTC'),
    }),
  },
  'a group: {"terms": field} or {"timeBucket": [field, "5m"]}',
).describe('What makes a bucket; a document without the field is a group of its own (null)');

const valueField = esField.refine((f) => f !== '*', '"*" is for count only (the documents of a bucket)');
const esMetricShape = Object.fromEntries(esMetricKinds.map((kind) => [kind, (kind === 'count' ? esField : valueField).optional()])) as Record<
  EsMetricKind,
  z.ZodOptional<typeof esField>
>;
const esMetric = strict('metric', esMetricShape, '{"avg": "latency_ms"}').superRefine(...oneKey('metric', '{"avg": "latency_ms"}'));

const esAggregate = strict('es aggregate argument', {
  groupBy: record(fieldName, esGroup)
    .refine((groups) => Object.keys(groups).length > 0, 'expected at least one group, e.g. {"host": {"terms": "host.name"}}')
    .describe('Columns making a bucket, in order: {name: {"terms": field} | {"timeBucket": [field, "5m"]}}; a time bucket is an RFC3339 string (UTC)'),
  metrics: record(fieldName, esMetric)
    .default({})
    .describe(
      'Columns computed per bucket, {name: {metric: field}}: count ("*" counts documents, a field its values), sum, avg, min, max; ' +
        'distinct (cardinality) and p50/p90/p95/p99 (percentiles, TDigest) are approximate',
    ),
})
  .superRefine((a, ctx) => {
    for (const name of Object.keys(a.metrics)) {
      if (Object.hasOwn(a.groupBy, name)) ctx.addIssue({ code: 'custom', message: `"${name}" is a group already`, path: ['metrics', name] });
    }
  }, whenValid)
  .describe('Bucket inside Elasticsearch: the rows are the buckets (a composite aggregation, every page), one per group');

// Sources: every name and argument is checked here, before any backend is called.
const esSource = strict('es source field', {
  es: instanceName.describe('The Elasticsearch instance'),
  index: z
    .string()
    .superRefine(refusedBy((index: string) => indexNameProblem(index, { pattern: true })))
    .describe('Index, alias or pattern'),
  query: z.record(z.string(), z.unknown()).optional().describe('Query DSL, as the "query" of _search'),
  time: timeRange.optional(),
  aggregate: esAggregate.optional(),
  fields: z.array(fieldName).min(1).optional().describe('The document fields to fetch (default: all); nested objects become dotted columns, e.g. host.name'),
  size: z.number().int().min(1).max(limits.esSearchWindow).optional().describe('Only the first n matching documents'),
  all: z
    .boolean()
    .optional()
    .describe(
      `Fetch every matching document (point in time + search_after); without it (and without size) more than ${limits.esSearchWindow} matches is refused`,
    ),
})
  .refine((s) => !(s.size !== undefined && s.all), { message: 'size and all exclude each other', path: ['all'] })
  .superRefine((s, ctx) => {
    if (s.aggregate === undefined) return;
    for (const key of ['fields', 'size', 'all'] as const) {
      if (s[key] !== undefined) ctx.addIssue({ code: 'custom', message: `aggregate excludes ${key}: the rows are the buckets, all of them`, path: [key] });
    }
  })
  .describe('An Elasticsearch or OpenSearch search');

const influxSource = strict('influx source field', {
  influx: instanceName.describe('The InfluxDB instance'),
  db: influxName.describe('The database'),
  measurement: influxName,
  ...searchSpec.shape,
}).describe('A structured InfluxDB query, as in measurements/{m}/_search');

const influxqlSource = strict('InfluxQL source field', {
  influx: instanceName.describe('The InfluxDB instance'),
  db: influxName.describe('The database'),
  q: z
    .string()
    .min(1)
    .superRefine(refusedBy(influxqlSourceProblem))
    .describe('Read-only InfluxQL: one SELECT without INTO, EXPLAIN of one, or SHOW of the schema'),
});

const fluxSource = strict('Flux source field', {
  influx: instanceName.describe('An InfluxDB 2.x instance'),
  flux: fluxBody.shape.query.describe(
    "Flux, run with the instance's read-only token (credentials.read) where the instance sets fluxForReaders; elsewhere it needs admin on the instance (Flux can write)",
  ),
  params: fluxBody.shape.params,
});

const source = oneOfByKey(
  { es: esSource, flux: fluxSource, q: influxqlSource, influx: influxSource },
  'a source: {"es": instance, "index": ...}, {"influx": instance, "db": ..., "measurement": ...}, {"influx": instance, "db": ..., "q": InfluxQL} or {"influx": instance, "flux": Flux}',
).describe('Where rows come from: an Elasticsearch search, an InfluxDB query or Flux');

// Operators.
const asof = strict('asof argument', {
  left: fieldName.describe("The current rows' time column"),
  right: fieldName.describe("The right source's time column"),
  direction: z
    .enum(['backward', 'forward'], { error: 'expected "backward" or "forward"' })
    .default('backward')
    .describe('backward: the latest right time <= the left time; forward: the earliest >='),
  within: duration.optional().describe('A farther match counts as none'),
}).describe('Match each row to the right row nearest in time (RFC3339 text, epoch milliseconds or times), among those with equal on fields');

const join = strict('join argument', {
  left: sourceName.optional().describe('The source the pipeline starts from; only in the first step (later joins join the current rows)'),
  right: sourceName.describe('The source joined to the current rows'),
  on: record(fieldName, fieldName)
    .refine((on) => Object.keys(on).length > 0, 'name at least one pair of fields, {"leftField": "rightField"}')
    .optional()
    .describe('Equal fields, {leftField: rightField}; optional with asof'),
  how: z.enum(joinKinds).default('inner'),
  prefix: z.string().max(64).optional().describe('Put before a right column name that the left rows have too'),
  suffix: z.string().max(64).optional().describe('Put after such a name (default "_<right>" when neither is given)'),
  asof: asof.optional(),
})
  .superRefine((j, ctx) => {
    if (j.on === undefined && j.asof === undefined)
      ctx.addIssue({ code: 'custom', path: ['on'], message: 'name at least one pair of fields, {"leftField": "rightField"}, or give asof' });
    if (j.asof !== undefined && j.how !== 'inner' && j.how !== 'left')
      ctx.addIssue({ code: 'custom', path: ['how'], message: 'an as-of join is inner or left' });
  }, unlessReported)
  .describe('Hash join of the current rows (left) with a source (right), or an as-of join on time');

const scalar = z.union([z.string(), z.number(), z.boolean()], { error: 'expected a string, number or boolean' });
const bound = z.union([z.number(), z.string()], { error: 'expected a number or a string' });

const conditions = strict(
  'condition',
  {
    eq: scalar.optional(),
    ne: scalar.optional().describe('Has a value, and not this one'),
    gt: bound.optional(),
    gte: bound.optional(),
    lt: bound.optional(),
    lte: bound.optional(),
    in: z.array(scalar).max(10_000).optional(),
    nin: z.array(scalar).max(10_000).optional().describe('Has a value, and none of these'),
    exists: z.boolean().optional(),
    contains: scalar.optional().describe('A substring of a string, or an element of an array'),
    prefix: z.string().optional(),
    regex: z
      .string()
      .superRefine(refusedBy(patternProblem))
      .optional()
      .describe(`An RE2 pattern (as InfluxDB's =~), found anywhere in a string value; at most ${maxPatternLength} characters`),
  },
  '{"gt": 80}',
).superRefine(...oneKey('condition', '{"gt": 80}', true));

const maxFilterDepth = 4;

/**
 * A filter whose and/or/not nest at most `depth` levels more: a bound on the recursion, and
 * nested filters are documented by reference to this one rather than copied out.
 */
function filterSchema(depth: number): z.ZodType<FilterInput> {
  const nested =
    depth === 0
      ? z.never({ error: `and, or and not nest at most ${maxFilterDepth} levels deep` })
      : documentedAs(filterSchema(depth - 1), { type: 'object', description: 'A filter, like the one around it' });
  return z
    .object({
      and: z.array(nested).min(1).optional().describe('Every filter holds'),
      or: z.array(nested).min(1).optional().describe('Some filter holds'),
      not: nested.optional().describe('The filter does not hold'),
    })
    .catchall(conditions)
    .refine((f) => Object.keys(f).length > 0, 'expected {field: conditions}, and, or or not');
}

const filter = filterSchema(maxFilterDepth).describe('{field: {condition: value}} (all must hold), with and, or, not ("and", "or", "not" are not field names)');

const metricShape = Object.fromEntries(metricKinds.map((kind) => [kind, (kind === 'count' ? fieldName.or(z.literal('*')) : fieldName).optional()])) as Record<
  MetricKind,
  z.ZodOptional<typeof fieldName>
>;
const metric = strict('metric', metricShape, '{"avg": "cpu"}').superRefine(...oneKey('metric', '{"avg": "cpu"}'));

const aggregate = strict('aggregate argument', {
  groupBy: z.array(fieldName).optional().describe('Fields whose values make a group (none: one group)'),
  metrics: record(fieldName, metric).default({}).describe('Output columns, {name: {metric: field}}; count "*" counts rows'),
}).describe('One row per group, with its metrics');

const maxExpressionDepth = 8;
const maxDerivedColumns = 100;
const maxArguments = 100;

const literal = z.union([z.string(), z.number(), z.boolean(), z.null()], { error: 'expected a string, number, boolean or null' });

/** An expression whose operations nest at most `depth` levels more (a bound on the recursion, as for filters). */
function expressionSchema(depth: number): z.ZodType<ExpressionInput> {
  const nested: z.ZodType<ExpressionInput> =
    depth === 0
      ? z.never({ error: `expressions nest at most ${maxExpressionDepth} levels deep` })
      : documentedAs(expressionSchema(depth - 1), { description: 'An expression, like the one around it' });
  const two = z.tuple([nested, nested], { error: 'expected two expressions' });
  const some = z
    .array(nested, { error: 'expected a list of expressions' })
    .min(1, 'expected at least one expression')
    .max(maxArguments, `expected at most ${maxArguments} expressions`);
  const digitsProblem = 'expected a whole number of digits from -15 to 15';
  const digits = z.number({ error: digitsProblem }).int(digitsProblem).min(-15, digitsProblem).max(15, digitsProblem);
  const round = z
    .unknown()
    .transform((value, ctx) =>
      Array.isArray(value)
        ? parseWithin(z.tuple([nested, digits], { error: 'expected an expression or [expression, digits]' }), value, ctx)
        : parseWithin(nested, value, ctx),
    );
  const operation = strict(
    'expression operator',
    {
      lit: literal.optional().describe('A literal (how to write a string)'),
      ...(Object.fromEntries([...arithmetic, ...comparisons].map((op) => [op, two.optional()])) as Record<
        (typeof arithmetic)[number] | (typeof comparisons)[number],
        z.ZodOptional<typeof two>
      >),
      and: some.optional(),
      or: some.optional(),
      coalesce: some.optional(),
      concat: some.optional(),
      not: nested.optional(),
      lower: nested.optional(),
      upper: nested.optional(),
      time: nested.optional().describe('A time from RFC3339 text, epoch milliseconds or a time'),
      round: round.optional().describe('Half away from zero; [e, digits] for decimals (negative: tens, hundreds...)'),
      timeBucket: z
        .tuple([nested, duration], { error: 'expected [expression, duration], e.g. ["@timestamp", "5m"]' })
        .optional()
        .describe('The start of the bucket, aligned to the Unix epoch in UTC'),
    },
    '{"div": ["a", "b"]}',
  ).superRefine(...oneKey('operator', '{"div": ["a", "b"]}'));
  return z
    .unknown()
    .transform((value, ctx): ExpressionInput => {
      if (typeof value === 'string') return parseWithin(fieldName, value, ctx);
      if (typeof value === 'number' || typeof value === 'boolean' || value === null) return value;
      if (typeof value === 'object' && !Array.isArray(value)) return parseWithin(operation, value, ctx);
      ctx.addIssue({ code: 'custom', message: 'expected an expression: a column name, a literal or an operation like {"div": ["a", "b"]}' });
      return z.NEVER;
    })
    .meta({ description: 'A column name (a string), a literal, {"lit": text} or one operation {op: arguments}' });
}

const derive = record(fieldName, expressionSchema(maxExpressionDepth))
  .refine((columns) => Object.keys(columns).length > 0, 'name at least one column, {"column": expression}')
  .refine((columns) => Object.keys(columns).length <= maxDerivedColumns, `at most ${maxDerivedColumns} columns in one derive`)
  .describe('New or replaced columns, {name: expression}, computed from the columns before the step');

const rfc3339Pattern = /^\d{4}-\d\d-\d\d[Tt]\d\d:\d\d:\d\d(\.\d+)?([Zz]|[+-]\d\d:\d\d)$/;
const rfc3339 = z
  .string()
  .regex(rfc3339Pattern, 'expected an RFC3339 time, e.g. "2026-12-01T00:00:00Z"')
  .refine((t) => !rfc3339Pattern.test(t) || !Number.isNaN(Date.parse(t)), 'not a valid time');

const fillValue = strict('fill value', { value: literal });
const fillWith = z
  .unknown()
  .transform((value, ctx): FillWith => {
    if (value === 'previous' || value === null) return value;
    if (typeof value === 'object' && !Array.isArray(value)) return parseWithin(fillValue, value, ctx);
    ctx.addIssue({ code: 'custom', message: 'expected "previous", {"value": v} or null' });
    return z.NEVER;
  })
  .meta({ description: '"previous", {"value": v} or null' });

const fill = strict('fill argument', {
  time: fieldName.describe('The time column: bucket starts on the grid'),
  every: duration.describe('The grid step'),
  by: z.array(fieldName).max(32).optional().describe('Columns whose values make a group (each group gets the whole grid)'),
  with: record(fieldName, fillWith)
    .optional()
    .describe('What an added row holds per column: "previous" (the last non-null value before), {"value": v} or null (the default)'),
  from: rfc3339.optional().describe('The first grid time (default: the smallest time of the rows)'),
  to: rfc3339.optional().describe('The last grid time (default: the largest)'),
})
  .superRefine((f, ctx) => {
    for (const column of Object.keys(f.with ?? {})) {
      if (column === f.time || f.by?.includes(column))
        ctx.addIssue({ code: 'custom', path: ['with', column], message: 'the time and by columns of an added row are set by the grid' });
    }
    if (f.from !== undefined && f.to !== undefined && Date.parse(f.from) > Date.parse(f.to))
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'before from' });
  }, whenValid)
  .describe('Adds the missing rows of a time grid, per group, ordered by the by columns then time');

const sort = z
  .array(record(fieldName, z.enum(['asc', 'desc'])))
  .min(1)
  .describe('[{field: "asc" | "desc"}, ...]: stable, nulls last');

const rowCount = z.number().int().min(0);
const limit = z
  .union([rowCount, strict('limit argument', { count: rowCount, offset: rowCount.default(0) })], {
    error: 'expected a row count or {"count": n, "offset": m}',
  })
  .describe('A row count, or {count, offset}');

const project = strict('project argument', {
  keep: z.array(fieldName).min(1).optional().describe('The columns to keep, in order'),
  rename: record(fieldName, fieldName).optional().describe('{old: new}'),
}).describe('Keep and rename columns');

const upsert = oneOfByKey(
  {
    es: strict('es upsert argument', {
      es: instanceName,
      index: z.string().superRefine(refusedBy((index: string) => indexNameProblem(index))),
      id: fieldName.describe('The column holding each document id'),
    }),
    influx: strict('influx upsert argument', {
      influx: instanceName,
      db: influxName,
      measurement: pointName.refine((m) => !m.startsWith('#'), 'must not start with # (line protocol reads the line as a comment)'),
      tags: z.array(pointKey).describe('Columns written as tags (their values as strings)'),
      fields: z.array(pointKey).min(1).describe('Columns written as fields: numbers as floats, strings, booleans'),
      time: fieldName.optional().describe('The time column: RFC3339 or epoch milliseconds (default: the server time)'),
    }),
  },
  'a target: {"es": instance, "index": ..., "id": column} or {"influx": instance, "db": ..., "measurement": ..., "tags": [...], "fields": [...]}',
).describe('Write the current rows (needs write permission on the target) and pass them on');

const operators = { join, filter, derive, aggregate, fill, sort, limit, project, upsert };

const operatorShape = Object.fromEntries(Object.entries(operators).map(([name, schema]) => [name, schema.optional()])) as {
  [K in keyof typeof operators]: z.ZodOptional<(typeof operators)[K]>;
};
const operator = strict('operator', operatorShape).superRefine(...oneKey('operator', '{"filter": {"cpu": {"gt": 80}}}'));

export const mixQueryExample = {
  sources: {
    hosts: { es: 'default', index: 'hosts', query: { term: { env: 'prod' } }, fields: ['hostname', 'region'] },
    cpu: {
      influx: 'default',
      db: 'telegraf',
      measurement: 'cpu',
      select: { cpu: { mean: 'usage_user' } },
      where: { time: { gte: 'now-1h' } },
      groupBy: ['host'],
    },
  },
  pipeline: [
    { join: { left: 'hosts', right: 'cpu', on: { hostname: 'host' }, how: 'left' } },
    { filter: { cpu: { gt: 80 } } },
    { aggregate: { groupBy: ['region'], metrics: { hosts: { count: '*' }, avgCpu: { avg: 'cpu' } } } },
    { sort: [{ avgCpu: 'desc' }] },
    { limit: 10 },
    { upsert: { es: 'default', index: 'hot-regions', id: 'region' } },
  ],
};

/** The body of POST /mix/query. */
export const mixQueryBody = strict('field', {
  sources: record(sourceName, source)
    .refine((sources) => Object.keys(sources).length > 0, 'expected at least one source')
    .describe('Named sources, fetched before the pipeline runs'),
  pipeline: z.array(operator).default([]).describe('Operators applied in order to the rows (at most limits.pipeline.maxSteps)'),
  options: strict('option', {
    pushdown: z
      .boolean()
      .default(true)
      .describe("Move filters into the source queries, fetch a join's right side only for the left keys, trim fetched fields; false runs everything in memory"),
  })
    .default({ pushdown: true })
    .describe('How the pipeline runs; the rows are the same either way'),
}).meta({ example: mixQueryExample });

export type MixQueryBody = z.output<typeof mixQueryBody>;
type Step = MixQueryBody['pipeline'][number];

export const zodMessage = (error: z.ZodError) => error.issues.map((issue) => `${['body', ...issue.path].join('.')}: ${issue.message}`).join('; ');

/** Validates a raw POST /mix/query body, then builds its request (the route's schema does the first half). */
export function parseMixQuery(body: unknown): PipelineRequest {
  const parsed = mixQueryBody.safeParse(body);
  if (!parsed.success) throw new AppError(Code.VALIDATION, zodMessage(parsed.error));
  return pipelineRequest(parsed.data);
}

/**
 * Turns a validated POST /mix/query body into plain-data nodes, before any backend is called.
 * The pipeline starts from the first join's `left` source, or from the only source; every
 * source must be used, as that start or as a join's `right`.
 */
export function pipelineRequest({ sources, pipeline, options }: MixQueryBody): PipelineRequest {
  const names = Object.keys(sources);
  const known = (name: string, path: string) => {
    if (!Object.hasOwn(sources, name)) throw errors.validation(path, `unknown source "${name}" (sources: ${list(names)})`);
    return name;
  };
  let start = names.length === 1 ? names[0] : undefined;
  const used = new Set<string>();
  const steps = pipeline.map((step, i) => {
    const at = `body.pipeline.${i}`;
    if (step.join) {
      const { left, right } = step.join;
      if (left !== undefined) {
        if (i > 0) throw errors.validation(`${at}.join.left`, 'only the first step names a left source; later joins join the current rows');
        start = known(left, `${at}.join.left`);
      } else if (start === undefined) {
        throw errors.validation(`${at}.join.left`, `name the source the pipeline starts from (sources: ${list(names)})`);
      }
      used.add(known(right, `${at}.join.right`));
    }
    return stepNode(step, at);
  });
  if (start === undefined) {
    throw errors.validation('body.pipeline', `with several sources, the first step is a join: {"join": {"left": ..., "right": ..., "on": ...}}`);
  }
  used.add(start);
  for (const name of names) {
    if (!used.has(name)) throw errors.validation(`body.sources.${name}`, 'not used by the pipeline; join it or remove it');
  }
  const first = sources[start]!;
  checkColumns(steps, 'aggregate' in first && first.aggregate ? { source: start, columns: bucketColumns(first.aggregate) } : undefined);
  return { sources, start, steps, options };
}

/** The node of a step (the schema let exactly one operator through). */
function stepNode(step: Step, at: string): PipelineNode {
  if (step.join) return JoinNode.create(step.join, `${at}.join`);
  if (step.filter) return FilterNode.create(step.filter);
  if (step.derive) return DeriveNode.create(step.derive);
  if (step.aggregate) return AggregateNode.create(step.aggregate, `${at}.aggregate`);
  if (step.fill) return FillNode.create(step.fill, `${at}.fill`);
  if (step.sort) return SortNode.create(step.sort, `${at}.sort`);
  if (step.limit !== undefined) return LimitNode.create(typeof step.limit === 'number' ? { count: step.limit } : step.limit);
  if (step.project) return ProjectNode.create(step.project, `${at}.project`);
  if (step.upsert) return UpsertNode.create(step.upsert);
  throw new Error(`${at}: no operator`);
}

/** Refuses a step that reads a column an earlier aggregate or project, or an aggregated start source, did not leave. */
function checkColumns(steps: readonly PipelineNode[], start?: { source: string; columns: readonly string[] }) {
  let columns = start?.columns;
  let madeBy = -1;
  steps.forEach((node, i) => {
    const missing = columns === undefined ? undefined : fieldsRead(node).find((f) => !columns!.includes(f));
    if (missing !== undefined) {
      const after = madeBy === -1 ? `in the buckets of source "${start!.source}"` : `after step ${madeBy}`;
      throw errors.validation(`body.pipeline.${i}`, `no column "${missing}" ${after} (columns: ${list(columns!)})`);
    }
    const after = columnsAfter(node, columns);
    if (after !== columns) madeBy = i;
    columns = after;
  });
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The conditions of every filter step together ({"cpu": {"gt": 80, "lt": 99}} is two), counted
 * with a stack instead of recursion: the body is not validated yet and may nest deep. What is
 * no filter here is left for the schema to refuse.
 */
export function countConditions(pipeline: unknown): number {
  if (!Array.isArray(pipeline)) return 0;
  const pending: unknown[] = pipeline.map((step) => (isPlainObject(step) ? step.filter : undefined));
  let count = 0;
  while (pending.length > 0) {
    const where = pending.pop();
    if (!isPlainObject(where)) continue;
    for (const key in where) {
      const value = where[key];
      if ((key === 'and' || key === 'or') && Array.isArray(value)) for (const member of value) pending.push(member);
      else if (key === 'not') pending.push(value);
      else count += isPlainObject(value) ? Object.keys(value).length : 1;
    }
  }
  return count;
}

/**
 * Refuses (413) a POST /mix/query body over the request's budgets of steps, sources and
 * conditions. It runs on the parsed JSON before the schema: validating a million conditions
 * would itself hold the event loop for seconds.
 */
export function checkPipelineSize(body: unknown, budgets: Pick<PipelineBudgets, 'maxSteps' | 'maxSources' | 'maxConditions'>): void {
  if (!isPlainObject(body)) return;
  const { sources, pipeline } = body;
  if (Array.isArray(pipeline) && pipeline.length > budgets.maxSteps) {
    throw overBudget('body.pipeline', `${pipeline.length} steps`, 'maxSteps', budgets.maxSteps);
  }
  const sourceCount = isPlainObject(sources) ? Object.keys(sources).length : 0;
  if (sourceCount > budgets.maxSources) throw overBudget('body.sources', `${sourceCount} sources`, 'maxSources', budgets.maxSources);
  const conditions = countConditions(pipeline);
  if (conditions > budgets.maxConditions) {
    throw overBudget('body.pipeline', `${conditions} conditions`, 'maxConditions', budgets.maxConditions, 'an "in" list of values is one condition');
  }
}
