import type { PipelineNode } from '../pipeline.js';
import type { SourceSpec } from '../../query/mix/sources.js';

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
