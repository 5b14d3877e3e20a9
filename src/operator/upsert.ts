import type { UpsertTarget } from '../query/mix/upsert.js';

/**
 * Writes the current rows to a backend and passes them on unchanged. It has a side effect, so
 * the pipeline run writes it (src/operator/mix/run.ts, through src/query/mix/upsert.ts).
 */
export interface UpsertNode {
  readonly kind: 'UpsertNode';
  readonly target: Readonly<UpsertTarget>;
}

export const UpsertNode = {
  create: (target: UpsertTarget): UpsertNode => Object.freeze({ kind: 'UpsertNode', target: Object.freeze({ ...target }) }),
  is: (node: { kind: string }): node is UpsertNode => node.kind === 'UpsertNode',
};
