import type { Row, Rows } from '../libs/rows.js';

/** Keeps `count` rows after skipping `offset` of them. */
export interface LimitNode {
  readonly kind: 'LimitNode';
  readonly count: number;
  readonly offset: number;
}

export const LimitNode = {
  /** count and offset are whole numbers >= 0 (the schema says so). */
  create: ({ count, offset = 0 }: { count: number; offset?: number }): LimitNode => {
    return Object.freeze({ kind: 'LimitNode', count, offset });
  },
  is: (node: { kind: string }): node is LimitNode => node.kind === 'LimitNode',
};

export const limit = (rows: Rows, node: LimitNode): Row[] => rows.slice(node.offset, node.offset + node.count);
