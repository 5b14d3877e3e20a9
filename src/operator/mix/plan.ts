import type { Predicate } from '../filter.js';
import type { JoinHow } from '../join.js';
import type { PipelineNode } from '../pipeline.js';
import type { SourceSpec } from './request.js';
import type { SearchSpec } from '../../query/influx/search.js';
import type { EsTarget, InfluxKey } from '../../query/mix/catalog.js';

/** How a source is read: the backend request, with everything pushed into it. */
export type Fetch =
  | {
      kind: 'es';
      instance: string;
      index: string;
      query: object;
      /** The _source fields to fetch; null for the whole documents. */
      source: string[] | null;
      /** size: the first n matches; page: every match, one _search of at most 10 000; all: every match, page by page. */
      mode: 'size' | 'page' | 'all';
      size?: number;
    }
  | { kind: 'influx'; instance: string; database: string; measurement: string; spec: SearchSpec }
  | { kind: 'influxql'; instance: string; database: string; q: string };

/** A filter moved into a source: the step it came from and its predicate. */
export interface PushedFilter {
  from: string;
  where: Predicate;
}

/** A join whose right source is fetched only for the keys its left rows hold (when they are few). */
export interface SemiJoin {
  /** The join's position in the request's pipeline. */
  step: number;
  left: string;
  right: string;
  by: { kind: 'es'; target: EsTarget } | { kind: 'influx'; key: InfluxKey };
}

export interface PlannedSource {
  spec: SourceSpec;
  fetch: Fetch;
  /** Applied by the backend query, then to every fetched row again (the rows are then exact). */
  pushed: PushedFilter[];
  semiJoin?: SemiJoin;
}

/** A join made inner (or one-sided) because a filter that rejects its null rows moved below it. */
export interface JoinRewrite {
  step: number;
  from: JoinHow;
  to: JoinHow;
  because: string;
}

/** What runs: each source's request, then the steps left in memory, each with its position in the request. */
export interface Plan {
  pushdown: boolean;
  start: string;
  sources: Record<string, PlannedSource>;
  steps: { index: number; node: PipelineNode }[];
  rewrites: JoinRewrite[];
}
