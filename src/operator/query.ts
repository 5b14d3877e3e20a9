import type { QueryContext, QueryKind, Verb } from '../query/base-query.js';
import { createQuery } from '../query/query-factory.js';

/** Calls one verb of one backend kind; it starts a chain, so it ignores its input. */
export interface QueryNode {
  readonly kind: 'QueryNode';
  readonly backend: QueryKind;
  readonly verb: Verb;
  readonly args: unknown;
  /** What in `args` needs admin beyond the route's level (an ES script clause); checked before the chain runs. */
  readonly elevation?: string;
}

export const QueryNode = {
  create: (backend: QueryKind, verb: Verb, args: unknown = {}, elevation?: string): QueryNode =>
    Object.freeze({ kind: 'QueryNode', backend, verb, args, ...(elevation !== undefined && { elevation }) }),
  is: (node: { kind: string }): node is QueryNode => node.kind === 'QueryNode',
};

export function runQuery(node: QueryNode, ctx: QueryContext): Promise<unknown> {
  return createQuery(node.backend, ctx)[node.verb](node.args);
}
