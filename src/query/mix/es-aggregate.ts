import type { EsConnection } from '../../libs/es-client.js';
import { durationParts } from '../../libs/duration.js';
import type { Row, RowSink } from '../../libs/rows.js';
import { search } from '../es/search.js';
import { limits, type SourceBudget } from './limits.js';

/** A time range on a date field: Elasticsearch date math ("now-1h") or epoch milliseconds, at least one bound. */
export interface EsTimeRange {
  field: string;
  gte?: string | number;
  gt?: string | number;
  lte?: string | number;
  lt?: string | number;
}

/** What makes a bucket: a field's values (a document without it is a group of its own), or a time bucket of a date field. */
export type EsGroup = { terms: string } | { timeBucket: [field: string, every: string] };

export const esMetricKinds = ['count', 'sum', 'avg', 'min', 'max', 'distinct', 'p50', 'p90', 'p95', 'p99'] as const;
export type EsMetricKind = (typeof esMetricKinds)[number];
/** One metric, {kind: field}; count "*" counts the bucket's documents. */
export type EsMetric = Partial<Record<EsMetricKind, string>>;

/** An Elasticsearch source bucketed inside Elasticsearch: one row per group, with its metrics. */
export interface EsAggregate {
  groupBy: Record<string, EsGroup>;
  metrics: Record<string, EsMetric>;
}

/** The columns of an aggregated source's rows: its groups, then its metrics. */
export const bucketColumns = (aggregate: EsAggregate): string[] => [...Object.keys(aggregate.groupBy), ...Object.keys(aggregate.metrics)];

/** The range clause of a time range, ANDed with the source's query (a bool filter). */
export const timeRangeClause = ({ field, ...bounds }: EsTimeRange): object => ({ range: { [field]: bounds } });

/** ES fixed_interval knows no weeks: a week is 7 days. */
function fixedInterval(every: string): string {
  const parts = durationParts(every);
  if (!parts) throw new Error(`timeBucket: "${every}" is no duration`);
  return parts.unit === 'w' ? `${parts.count * 7}d` : every;
}

/** A composite source; missing_bucket keeps documents without the field, as a null key. */
function groupSource(group: EsGroup): object {
  if ('terms' in group) return { terms: { field: group.terms, missing_bucket: true } };
  const [field, every] = group.timeBucket;
  return { date_histogram: { field, fixed_interval: fixedInterval(every), time_zone: 'UTC', missing_bucket: true } };
}

const metricOf = (metric: EsMetric): [EsMetricKind, string] => {
  const kind = esMetricKinds.find((k) => metric[k] !== undefined)!;
  return [kind, metric[kind]!];
};

const valueAggregation: Record<Exclude<EsMetricKind, `p${number}`>, string> = {
  count: 'value_count',
  sum: 'sum',
  avg: 'avg',
  min: 'min',
  max: 'max',
  distinct: 'cardinality',
};

/** The sub-aggregation computing a metric; none for count "*", which is the bucket's doc_count. */
function metricAggregation(kind: EsMetricKind, field: string): object | undefined {
  if (kind === 'count' && field === '*') return undefined;
  if (kind.startsWith('p')) return { percentiles: { field, percents: [Number(kind.slice(1))], keyed: false } };
  return { [valueAggregation[kind as keyof typeof valueAggregation]]: { field } };
}

// Composite sources and sub-aggregations are named by position (g0, m0): a column name reaches
// Elasticsearch only as a row key, never as a name it parses ([, ] and > mean paths there).
const groupKey = (i: number) => `g${i}`;
const metricKey = (i: number) => `m${i}`;

/**
 * The search of one page of buckets: a composite aggregation (one source per group, the metrics
 * as its sub-aggregations) after `after`, no hits.
 */
export function compositeBody(query: object, aggregate: EsAggregate, after?: Record<string, unknown>): Record<string, unknown> {
  const sources = Object.values(aggregate.groupBy).map((group, i) => ({ [groupKey(i)]: groupSource(group) }));
  const metrics: Record<string, object> = {};
  Object.values(aggregate.metrics).forEach((metric, i) => {
    const sub = metricAggregation(...metricOf(metric));
    if (sub) metrics[metricKey(i)] = sub;
  });
  return {
    size: 0,
    track_total_hits: false,
    query,
    aggs: {
      buckets: {
        composite: { size: limits.esBucketPageSize, sources, ...(after && { after }) },
        ...(Object.keys(metrics).length > 0 && { aggs: metrics }),
      },
    },
  };
}

interface Bucket {
  key: Record<string, unknown>;
  doc_count: number;
  [metric: string]: unknown;
}
interface CompositeAnswer {
  after_key?: Record<string, unknown>;
  buckets: Bucket[];
}

const finite = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : null);

/** A metric's value in a bucket; null where Elasticsearch has none (avg, min, max or a percentile of no values). */
function metricValue(bucket: Bucket, kind: EsMetricKind, field: string, i: number): number | null {
  if (kind === 'count' && field === '*') return bucket.doc_count;
  const result = bucket[metricKey(i)] as { value?: unknown; values?: { value?: unknown }[] } | undefined;
  return finite(kind.startsWith('p') ? result?.values?.[0]?.value : result?.value);
}

/** A bucket as a row: the groups in order (a time bucket as an RFC3339 string, UTC, milliseconds), then the metrics. */
export function bucketRow(bucket: Bucket, aggregate: EsAggregate): Row {
  const row: Row = {};
  Object.entries(aggregate.groupBy).forEach(([name, group], i) => {
    const key = bucket.key[groupKey(i)] ?? null;
    row[name] = 'timeBucket' in group && typeof key === 'number' ? new Date(key).toISOString() : key;
  });
  Object.entries(aggregate.metrics).forEach(([name, metric], i) => {
    row[name] = metricValue(bucket, ...metricOf(metric), i);
  });
  return row;
}

/**
 * Every bucket of an aggregated source, page by page (after_key), each page counted against the
 * request's budget as it arrives: more buckets than the budget are refused, never cut.
 */
export async function readBuckets(
  conn: EsConnection,
  f: { index: string; query: object; aggregate: EsAggregate },
  name: string,
  budget: SourceBudget,
  sink: RowSink,
): Promise<{ query: unknown; requests: number }> {
  let after: Record<string, unknown> | undefined;
  let requests = 0;
  for (;;) {
    const result = await search(conn, f.index, compositeBody(f.query, f.aggregate, after));
    requests++;
    const page = (result.aggregations as { buckets: CompositeAnswer } | undefined)?.buckets;
    const buckets = page?.buckets ?? [];
    const pageRows = buckets.map((bucket) => bucketRow(bucket, f.aggregate));
    budget.take(name, pageRows);
    await sink(pageRows);
    after = page?.after_key;
    if (after === undefined || buckets.length < limits.esBucketPageSize) break;
  }
  return { query: compositeBody(f.query, f.aggregate), requests };
}
