import type { QueryContext } from '../query/base-query.js';
import { runQuery, type QueryNode } from './query.js';

/** Every plain-data operator node the parser can produce. */
export type OperatorNode = QueryNode;
export type OperatorChain = readonly OperatorNode[];

/** Folds the chain: each operator gets the previous one's result and returns the next. */
export async function runOperators(chain: OperatorChain, ctx: QueryContext): Promise<unknown> {
  let result: unknown = undefined;
  for (const node of chain) {
    switch (node.kind) {
      case 'QueryNode':
        result = await runQuery(node, ctx);
        break;
    }
  }
  return result;
}
