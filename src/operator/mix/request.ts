import type { PipelineNode } from '../pipeline.js';
import type { SearchSpec } from '../../query/influx/search.js';

/** An Elasticsearch or OpenSearch search as a pipeline source. */
export interface EsSource {
  es: string;
  index: string;
  query?: Record<string, unknown>;
  fields?: string[];
  size?: number;
  all?: boolean;
}

/** A structured InfluxDB query, as in measurements/{m}/_search. */
export type InfluxSource = { influx: string; db: string; measurement: string } & SearchSpec;

/** Read-only raw InfluxQL. */
export interface InfluxqlSource {
  influx: string;
  db: string;
  q: string;
}

/** Where a pipeline's rows come from (parser/pipeline.ts validates each shape). */
export type SourceSpec = EsSource | InfluxSource | InfluxqlSource;

/** A source with its kind: an Elasticsearch search, a structured InfluxDB query or raw InfluxQL. */
export type KindedSource = { kind: 'es'; spec: EsSource } | { kind: 'influx'; spec: InfluxSource } | { kind: 'influxql'; spec: InfluxqlSource };

export function sourceKind(spec: SourceSpec): KindedSource {
  if ('es' in spec) return { kind: 'es', spec };
  return 'q' in spec ? { kind: 'influxql', spec } : { kind: 'influx', spec };
}

export interface PipelineOptions {
  /** Move filters into source queries, semi-join, trim fields; false runs everything in memory. */
  pushdown: boolean;
}

/** A validated pipeline request: its sources, the one it starts from and its steps. */
export interface PipelineRequest {
  sources: Readonly<Record<string, SourceSpec>>;
  start: string;
  steps: readonly PipelineNode[];
  options: Readonly<PipelineOptions>;
}
