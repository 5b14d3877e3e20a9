import type { Predicate } from '../filter.js';
import type { JoinHow } from '../join.js';
import type { PipelineNode } from '../pipeline.js';
import type { SemiJoin } from '../../query/mix/semi-join.js';
import type { Fetch, SourceSpec } from '../../query/mix/sources.js';

/** A filter moved into a source: the step it came from and its predicate. */
export interface PushedFilter {
  from: string;
  where: Predicate;
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
