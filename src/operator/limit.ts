import { errors } from '../libs/errors.js';
import type { Row, Rows } from '../libs/rows.js';

/** Keeps `count` rows after skipping `offset` of them. */
export interface LimitNode {
  readonly kind: 'LimitNode';
  readonly count: number;
  readonly offset: number;
}

const isCount = (n: number) => Number.isSafeInteger(n) && n >= 0;

export const LimitNode = {
  create: ({ count, offset = 0 }: { count: number; offset?: number }, at = 'limit'): LimitNode => {
    if (!isCount(count)) throw errors.validation(at, `expected a row count, a whole number >= 0, not ${count}`);
    if (!isCount(offset)) throw errors.validation(`${at}.offset`, `expected a whole number >= 0, not ${offset}`);
    return Object.freeze({ kind: 'LimitNode', count, offset });
  },
  is: (node: { kind: string }): node is LimitNode => node.kind === 'LimitNode',
};

export const limit = (rows: Rows, node: LimitNode): Row[] => rows.slice(node.offset, node.offset + node.count);
