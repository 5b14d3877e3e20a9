import type { RowMediaType } from '../libs/rows-format.js';
import { dispatch, type Handlers, type QueryContext, type QueryKind, type Verb } from '../query/base-query.js';
import { PipelineRun } from './mix/run.js';
import { explainPipeline, startPipeline, type ExplainNode, type SourcesNode } from './mix/start.js';
import { queries, type ArgsOf, type VerbOf } from '../query/queries.js';
import { JoinNode } from './join.js';
import type { PipelineNode, TableStep, TimeStep } from './pipeline.js';
import { UpsertNode } from './upsert.js';

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

/**
 * Ends a pipeline's chain: its state becomes the answer (columns, rows, stats; a 207 after a
 * partial upsert), its rows read whole, or left to stream as the media type the client asked for.
 */
export interface ResultNode {
  readonly kind: 'ResultNode';
  readonly stream: RowMediaType | undefined;
}

export const ResultNode = {
  create: (stream: RowMediaType | undefined): ResultNode => Object.freeze({ kind: 'ResultNode', stream }),
};

/** Every plain-data operator node the parser can produce. */
export type OperatorNode = QueryNode | SourcesNode | ExplainNode | PipelineNode | ResultNode;
export type OperatorChain = readonly OperatorNode[];

/** What a node runs with: the previous node's result, and the request's context. */
interface Hop {
  input: unknown;
  ctx: QueryContext;
}

function runQuery(node: QueryNode, ctx: QueryContext): Promise<unknown> {
  const query = new queries[node.backend](ctx);
  // The node's type ties its arguments to its backend and verb; TypeScript cannot follow that
  // through the two lookups, so the call is untyped here only.
  const method = Reflect.get(query, node.verb) as (...args: readonly unknown[]) => Promise<unknown>;
  return method.apply(query, node.args);
}

const onTable = (node: PipelineNode): node is TableStep => !UpsertNode.is(node) && !JoinNode.is(node) && !isTimeStep(node);
const isTimeStep = (node: PipelineNode): node is TimeStep => node.kind === 'DeriveNode' || node.kind === 'FillNode';

/** A filter, aggregate, sort, limit or project, as planned (a filter pushed whole into its source is skipped). */
async function runStep({ input }: Hop, node: TableStep): Promise<PipelineRun> {
  const run = PipelineRun.of(input);
  const step = run.planned(node, onTable);
  if (step) await run.step(step.node, step.index);
  return run;
}

/** A derive or a fill over the current table. */
async function runTimeStep({ input }: Hop, node: TimeStep): Promise<PipelineRun> {
  const run = PipelineRun.of(input);
  const step = run.planned(node, isTimeStep);
  if (step) await run.timeStep(step.node, step.index);
  return run;
}

/** A join: its right source fetched now when it is semi-joined on the current keys, refused over maxRows before it is built. */
async function runJoin({ input }: Hop, node: JoinNode): Promise<PipelineRun> {
  const run = PipelineRun.of(input);
  const step = run.planned(node, JoinNode.is);
  if (step) await run.join(step.node, step.index);
  return run;
}

async function runUpsert({ input }: Hop, node: UpsertNode): Promise<PipelineRun> {
  const run = PipelineRun.of(input);
  const step = run.planned(node, UpsertNode.is);
  if (step) await run.upsert(step.node, step.index);
  return run;
}

const operators = {
  QueryNode: ({ ctx }, node) => runQuery(node, ctx),
  SourcesNode: ({ ctx }, node) => startPipeline(ctx, node.request),
  ExplainNode: ({ ctx }, node) => explainPipeline(ctx, node),
  JoinNode: runJoin,
  FilterNode: runStep,
  AggregateNode: runStep,
  SortNode: runStep,
  LimitNode: runStep,
  ProjectNode: runStep,
  UpsertNode: runUpsert,
  DeriveNode: runTimeStep,
  FillNode: runTimeStep,
  ResultNode: ({ input }, node) => PipelineRun.of(input).result(node.stream),
} satisfies Handlers<OperatorNode, Hop>;

/**
 * Folds the chain: each node gets the previous one's result and returns the next.
 * A pipeline is [SourcesNode: plans and fetches the sources into a PipelineRun, its steps, ResultNode]:
 * the steps thread that one state (PipelineRun.of checks it); the backend calls stay in the query layer (query/mix).
 */
export async function runOperators(chain: OperatorChain, ctx: QueryContext): Promise<unknown> {
  let input: unknown = undefined;
  try {
    for (const node of chain) input = await dispatch(operators, { input, ctx }, node);
  } catch (err) {
    // A pipeline that fails after its sources are fetched still closes its DuckDB.
    if (input instanceof PipelineRun) input.close();
    throw err;
  }
  return input;
}
