import { errors } from '../libs/errors.js';
import { columnIdent, type TableRef, selectList } from '../libs/duckdb.js';
import { Sql, sql } from '../libs/sql.js';
import { columnOf, orderKey, scalar } from './values.js';

export const metricKinds = ['count', 'sum', 'avg', 'min', 'max', 'first', 'last', 'distinct', 'p50', 'p90', 'p95', 'p99'] as const;
export type MetricKind = (typeof metricKinds)[number];

/** One metric as the request writes it: {kind: field}, e.g. {"avg": "cpu"} or {"count": "*"}. */
export type MetricInput = Partial<Record<MetricKind, string>>;

export interface AggregateArgs {
  groupBy?: readonly string[];
  metrics: Readonly<Record<string, MetricInput>>;
}

export interface Metric {
  readonly name: string;
  readonly kind: MetricKind;
  /** The field it reads; "*" for count means rows. */
  readonly field: string;
}

/**
 * One output row per group (first-seen order; a null or missing key is a group of its own; a
 * mixed-type key groups by JSON text, so "1" and 1 apart), or one row without groupBy, even over
 * no rows. Metrics ignore null and missing values: count of a field counts the others,
 * sum/avg/percentiles read numbers only, min/max use the order of sort, first/last take the
 * first/last non-null value in row order, distinct counts distinct values (types apart). Over no
 * values, count and distinct are 0 and the others null (as in SQL). Percentiles interpolate
 * linearly between the closest ranks (quantile_cont). Sums of non-integers may differ in the
 * last bits from a left-to-right sum: DuckDB adds in parallel.
 */
export interface AggregateNode {
  readonly kind: 'AggregateNode';
  readonly groupBy: readonly string[];
  readonly metrics: readonly Metric[];
}

export const AggregateNode = {
  create: (args: AggregateArgs, at = 'aggregate'): AggregateNode => {
    const groupBy = args.groupBy ?? [];
    const seen = new Set<string>();
    groupBy.forEach((field, i) => {
      if (seen.has(field)) throw errors.validation(`${at}.groupBy.${i}`, `"${field}" is grouped by twice`);
      seen.add(field);
    });
    const metrics = Object.entries(args.metrics).map(([name, input]): Metric => {
      const path = `${at}.metrics.${name}`;
      const [kind, field] = metricOf(input);
      if (field === '*' && kind !== 'count') throw errors.validation(`${path}.${kind}`, '"*" (every row) only goes with count');
      if (seen.has(name)) throw errors.validation(path, `"${name}" is also a groupBy field`);
      return Object.freeze({ name, kind, field });
    });
    if (metrics.length === 0 && groupBy.length === 0) throw errors.validation(at, 'expected groupBy fields, metrics or both');
    return Object.freeze({ kind: 'AggregateNode', groupBy: Object.freeze([...groupBy]), metrics: Object.freeze(metrics) });
  },
  is: (node: { kind: string }): node is AggregateNode => node.kind === 'AggregateNode',
};

/** A metric's kind and field: the schema lets exactly one known kind through. */
function metricOf(input: MetricInput): [MetricKind, string] {
  const kind = metricKinds.find((k) => input[k] !== undefined) ?? 'count';
  return [kind, input[kind] ?? '*'];
}

const percentiles: Partial<Record<MetricKind, string>> = { p50: '0.5', p90: '0.9', p95: '0.95', p99: '0.99' };

function metricSql({ kind, field }: Metric, input: TableRef): Sql {
  if (field === '*') return Sql.code('count(*)');
  const column = columnOf(input, field);
  const { expr } = column;
  const present = sql`FILTER (WHERE ${expr} IS NOT NULL)`;
  switch (kind) {
    case 'count':
      return sql`count(${expr})`;
    case 'sum':
    case 'avg':
      return sql`${Sql.code(kind)}(${scalar(column, 'number')})`;
    case 'min':
    case 'max':
      return sql`${Sql.code(kind === 'min' ? 'arg_min' : 'arg_max')}(${expr}, ${orderKey(column)}) ${present}`;
    case 'first':
    case 'last':
      return sql`${Sql.code(kind === 'first' ? 'arg_min' : 'arg_max')}(${expr}, ${input.ordinal}) ${present}`;
    case 'distinct':
      return sql`count(DISTINCT ${expr})`;
    default:
      return sql`quantile_cont(${scalar(column, 'number')}, ${Sql.code(percentiles[kind]!)})`;
  }
}

/** Groups and measures the input; see AggregateNode for the semantics. */
export function aggregateSql(node: AggregateNode, input: TableRef): Sql {
  const keys = node.groupBy.map((field) => columnOf(input, field).expr);
  const items = [
    ...node.groupBy.map((field, i) => sql`${keys[i]!} AS ${columnIdent(field)}`),
    ...node.metrics.map((m) => sql`${metricSql(m, input)} AS ${columnIdent(m.name)}`),
  ];
  const grouped = node.groupBy.filter((field) => input.classes.has(field)).map((field) => columnIdent(field));
  if (node.groupBy.length === 0) return sql`SELECT ${selectList(items)} FROM ${input.table}`;
  // A key the input lacks is NULL in every row: it does not split groups.
  const groupBy = grouped.length === 0 ? Sql.code('() HAVING count(*) > 0') : Sql.join(grouped);
  return sql`SELECT ${selectList(items)} FROM ${input.table} GROUP BY ${groupBy} ORDER BY min(${input.ordinal})`;
}
