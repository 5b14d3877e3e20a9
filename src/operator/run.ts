import type { QueryContext, QueryKind, Verb } from '../query/base-query.js';
import { queries, type ArgsOf, type VerbOf } from '../query/queries.js';

type NodeOf<B extends QueryKind, V extends VerbOf<B>> = {
  readonly kind: 'QueryNode';
  readonly backend: B;
  readonly verb: V;
  readonly args: ArgsOf<B, V>;
  /** What in `args` needs admin beyond the route's level (an ES script clause); checked before the chain runs. */
  readonly elevation?: string;
};

/** Calls one verb of one backend kind, its arguments typed by both; it starts a chain, so it ignores its input. */
export type QueryNode = { [B in QueryKind]: { [V in VerbOf<B>]: NodeOf<B, V> }[VerbOf<B>] }[QueryKind];

/** A node is checked here, where its backend, verb and arguments meet (the overload); the body only builds it. */
function createNode<B extends QueryKind, V extends VerbOf<B>>(backend: B, verb: V, ...args: ArgsOf<B, V>): QueryNode;
function createNode(backend: QueryKind, verb: Verb, ...args: unknown[]): object {
  return Object.freeze({ kind: 'QueryNode', backend, verb, args });
}

export const QueryNode = {
  create: createNode,
  /** The node with what in its arguments needs admin (none: the node as it is). */
  elevated: (node: QueryNode, elevation: string | undefined): QueryNode => (elevation === undefined ? node : Object.freeze({ ...node, elevation })),
  is: (node: { kind: string }): node is QueryNode => node.kind === 'QueryNode',
};

/** Every plain-data operator node the parser can produce. */
export type OperatorNode = QueryNode;
export type OperatorChain = readonly OperatorNode[];

function runQuery(node: QueryNode, ctx: QueryContext): Promise<unknown> {
  const query = new queries[node.backend](ctx);
  // The node's type ties its arguments to its backend and verb; TypeScript cannot follow that
  // through the two lookups, so the call is untyped here only.
  const method = query[node.verb as keyof typeof query] as (...args: readonly unknown[]) => Promise<unknown>;
  return method.apply(query, node.args);
}

const run = {
  QueryNode: runQuery,
} satisfies { [K in OperatorNode['kind']]: (node: Extract<OperatorNode, { kind: K }>, ctx: QueryContext) => Promise<unknown> };

/** Folds the chain: each operator gets the previous one's result and returns the next. */
export async function runOperators(chain: OperatorChain, ctx: QueryContext): Promise<unknown> {
  let result: unknown = undefined;
  for (const node of chain) result = await run[node.kind](node, ctx);
  return result;
}
