import { z } from 'zod';
import {
  call,
  duration,
  empty,
  fill,
  functions,
  ident,
  influxql,
  integer,
  durationPattern,
  isDuration,
  isTimeExpression,
  rfc3339,
  join,
  number,
  quotable,
  regex,
  regexLiteralProblem,
  str,
  time,
  unquotableReason,
  type InfluxFunction,
  type InfluxQL,
} from '../influxql.js';

/** A name InfluxQL can quote: database, retention policy, measurement, tag or field. */
export const influxName = z.string().min(1).max(1024).refine(quotable, unquotableReason);
const name = influxName;
// The patterns document the refinements for clients; the refinements (influxql.ts) decide.
const durationSyntax = durationPattern.source.slice(1, -1);
export const durationText = z
  .string()
  .refine(isDuration, 'must be a duration such as 30s, 5m, 1h30m, 7d')
  .meta({ pattern: durationPattern.source, example: '1h30m' });
export const timeText = z
  .string()
  .refine(isTimeExpression, 'must be RFC3339 (2009-11-10T23:00:00Z), now, or now-1h')
  .meta({ pattern: `^(?:now(?:\\(\\))?(?:\\s*[+-]\\s*${durationSyntax})?|${rfc3339.source.slice(1, -1)})$`, example: '2009-11-10T23:00:00Z' });

const call1 = z
  .partialRecord(z.enum(functions), z.union([name, z.tuple([name, z.union([z.number(), durationText])])]))
  .refine((o) => Object.keys(o).length === 1, 'one function per column, e.g. {"mean": "usage"} or {"percentile": ["usage", 95]}');

const select = z
  .union([z.array(name).min(1), z.record(name, z.union([name, call1])).refine((o) => Object.keys(o).length > 0, 'select at least one column')])
  .describe('Field or tag names, or {alias: field} / {alias: {function: field}} / {alias: {function: [field, n]}}');

const text = z.string().refine(quotable, unquotableReason);
const scalar = z.union([text, z.number(), z.boolean()]);
const comparisons = {
  eq: scalar.optional(),
  ne: scalar.optional(),
  gt: z.union([z.number(), text]).optional(),
  gte: z.union([z.number(), text]).optional(),
  lt: z.union([z.number(), text]).optional(),
  lte: z.union([z.number(), text]).optional(),
  in: z.array(scalar).min(1).optional(),
  regex: z
    .string()
    .superRefine((p, ctx) => {
      const problem = regexLiteralProblem(p);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    })
    .optional()
    .describe('An RE2 pattern, e.g. ^web-'),
};
const negatable = z.strictObject(comparisons);
export const condition = z.union([scalar, z.strictObject({ ...comparisons, not: negatable.optional() })]);
const timeRange = z.strictObject({ gte: timeText.optional(), gt: timeText.optional(), lte: timeText.optional(), lt: timeText.optional() });

export const whereSchema = z
  .object({ time: timeRange.optional() })
  .catchall(condition)
  .describe(
    'Tag or field conditions joined by AND: a value (equality) or {eq, ne, gt, gte, lt, lte, in, regex, not}; time: {gte, gt, lte, lt} with RFC3339 or now-1h',
  );

/**
 * The structured query of POST .../measurements/{m}/_search (and of continuous queries and
 * pipeline sources): plain JSON that compiles to one safe SELECT.
 */
export const searchSpec = z.strictObject({
  select: select.optional(),
  where: whereSchema.optional(),
  groupBy: z
    .array(z.union([name, z.strictObject({ time: durationText, offset: durationText.optional() })]))
    .optional()
    .describe('Tag names and at most one {time: "5m"}'),
  fill: z.union([z.enum(['null', 'none', 'previous', 'linear']), z.number()]).optional(),
  order: z.enum(['asc', 'desc']).optional().describe('By time'),
  limit: z.number().int().min(1).max(1_000_000).optional(),
  offset: z.number().int().min(0).optional(),
  retentionPolicy: name.optional().describe('Read from this retention policy instead of the default one'),
});

export type SearchSpec = z.infer<typeof searchSpec>;
export type Where = z.infer<typeof whereSchema>;
type Condition = z.infer<typeof condition>;
type Comparisons = z.infer<typeof negatable>;

export const searchExample = {
  select: { avg: { mean: 'value' }, p95: { percentile: ['value', 95] } },
  where: { region: 'us-west', host: { in: ['server01', 'server02'] }, time: { gte: '2009-11-10T00:00:00Z', lt: 'now' } },
  groupBy: ['host', { time: '1h' }],
  fill: 'none',
  order: 'desc',
  limit: 100,
};

/** SELECT ... [INTO ...] FROM ... WHERE ... GROUP BY ... fill() ORDER BY time LIMIT OFFSET. */
export function compileSelect(spec: Omit<SearchSpec, 'retentionPolicy'>, from: InfluxQL, into?: InfluxQL): InfluxQL {
  const clauses = [
    into ? influxql` INTO ${into}` : empty,
    influxql` FROM ${from}`,
    whereClause(spec.where),
    groupByClause(spec.groupBy),
    spec.fill === undefined ? empty : influxql` ${fill(spec.fill)}`,
    spec.order === undefined ? empty : spec.order === 'desc' ? influxql` ORDER BY time DESC` : influxql` ORDER BY time ASC`,
    spec.limit === undefined ? empty : influxql` LIMIT ${integer(spec.limit)}`,
    spec.offset === undefined ? empty : influxql` OFFSET ${integer(spec.offset)}`,
  ];
  return influxql`SELECT ${columns(spec.select)}${join(clauses, empty)}`;
}

function columns(selection: SearchSpec['select']): InfluxQL {
  if (selection === undefined) return influxql`*`;
  if (Array.isArray(selection)) return join(selection.map(ident), influxql`, `);
  return join(
    Object.entries(selection).map(([alias, column]) => influxql`${typeof column === 'string' ? ident(column) : functionCall(column)} AS ${ident(alias)}`),
    influxql`, `,
  );
}

function functionCall(column: Partial<Record<InfluxFunction, string | [string, number | string]>>): InfluxQL {
  const [fn, arg] = Object.entries(column)[0] as [InfluxFunction, string | [string, number | string]];
  return typeof arg === 'string' ? call(fn, arg) : call(fn, arg[0], arg[1]);
}

/** ` WHERE a AND b ...`, or nothing without conditions. */
function whereClause(where: Where | undefined): InfluxQL {
  const parts = conditions(where);
  return parts.length ? influxql` WHERE ${join(parts, influxql` AND `)}` : empty;
}

export function conditions(where: Where | undefined): InfluxQL[] {
  if (!where) return [];
  const { time: range, ...rest } = where;
  return [...timeConditions(range), ...Object.entries(rest).flatMap(([key, cond]) => keyConditions(key, cond))];
}

function timeConditions(range: Where['time']): InfluxQL[] {
  if (!range) return [];
  const ops = { gte: influxql`>=`, gt: influxql`>`, lte: influxql`<=`, lt: influxql`<` } as const;
  return (Object.keys(ops) as (keyof typeof ops)[]).flatMap((op) => (range[op] === undefined ? [] : [influxql`time ${ops[op]} ${time(range[op])}`]));
}

const literal = (value: string | number | boolean): InfluxQL =>
  typeof value === 'string' ? str(value) : typeof value === 'number' ? number(value) : value ? influxql`true` : influxql`false`;

const operators = { eq: influxql`=`, ne: influxql`!=`, gt: influxql`>`, gte: influxql`>=`, lt: influxql`<`, lte: influxql`<=` } as const;
type Operator = keyof typeof operators;
const negated: Record<Operator, Operator> = { eq: 'ne', ne: 'eq', gt: 'lte', gte: 'lt', lt: 'gte', lte: 'gt' };

function keyConditions(key: string, cond: Condition): InfluxQL[] {
  if (typeof cond !== 'object') return [influxql`${ident(key)} = ${literal(cond)}`];
  const { not, ...positive } = cond;
  return [...comparisonsOf(key, positive, false), ...(not ? comparisonsOf(key, not, true) : [])];
}

/** InfluxQL has no NOT: a negated comparison flips its operator, `in` becomes a chain of `!=`, regex `!~`. */
function comparisonsOf(key: string, c: Comparisons, negate: boolean): InfluxQL[] {
  const k = ident(key);
  const out: InfluxQL[] = [];
  for (const op of Object.keys(operators) as Operator[]) {
    const value = c[op];
    if (value !== undefined) out.push(influxql`${k} ${operators[negate ? negated[op] : op]} ${literal(value)}`);
  }
  if (c.in) {
    const each = c.in.map((v) => influxql`${k} ${negate ? influxql`!=` : influxql`=`} ${literal(v)}`);
    out.push(negate ? join(each, influxql` AND `) : influxql`(${join(each, influxql` OR `)})`);
  }
  if (c.regex !== undefined) out.push(influxql`${k} ${negate ? influxql`!~` : influxql`=~`} ${regex(c.regex)}`);
  return out;
}

function groupByClause(groupBy: SearchSpec['groupBy']): InfluxQL {
  if (!groupBy?.length) return empty;
  const parts = groupBy.map((g) =>
    typeof g === 'string' ? ident(g) : g.offset ? influxql`time(${duration(g.time)}, ${duration(g.offset)})` : influxql`time(${duration(g.time)})`,
  );
  return influxql` GROUP BY ${join(parts, influxql`, `)}`;
}
