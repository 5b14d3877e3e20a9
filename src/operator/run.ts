import { dispatch, type Handlers, type QueryContext, type QueryKind, type Verb } from '../query/base-query.js';
import { PipelineRun } from './mix/run.js';
import { explainPipeline, startPipeline, type ExplainNode, type SourcesNode } from './mix/start.js';
import { queries, type ArgsOf, type VerbOf } from '../query/queries.js';
import { errors } from '../libs/errors.js';
import { runCooperatively } from './cooperative.js';
import { joinSlices, JoinNode } from './join.js';
import { stepSlices, type PipelineNode, type PipelineStep } from './pipeline.js';
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

/** Ends a pipeline's chain: its state becomes the answer (columns, rows, stats; a 207 after a partial upsert). */
export interface ResultNode {
  readonly kind: 'ResultNode';
}

export const ResultNode = {
  create: (): ResultNode => Object.freeze({ kind: 'ResultNode' }),
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

const inMemory = (node: PipelineNode): node is PipelineStep => !UpsertNode.is(node) && node.kind !== 'DeriveNode' && node.kind !== 'FillNode';

/** Derive, fill and as-of joins have SQL only: they wait for pipelines to run on DuckDB. */
const onDuckDbOnly = (step: string) => errors.notSupported(`${step} until pipelines run on DuckDB`);

/** A filter, aggregate, sort, limit or project, as planned (a filter pushed whole into its source is skipped). */
async function runStep({ input }: Hop, node: PipelineStep): Promise<PipelineRun> {
  const run = PipelineRun.of(input);
  const step = run.planned(node, inMemory);
  if (step) run.rows = await runCooperatively(stepSlices(step.node, run.rows, run.fetched));
  return run;
}

/** A join: its right source fetched now when it is semi-joined on the current keys, refused over maxRows before it is built. */
async function runJoin({ input }: Hop, node: JoinNode): Promise<PipelineRun> {
  const run = PipelineRun.of(input);
  const step = run.planned(node, JoinNode.is);
  if (step?.node.asof) throw onDuckDbOnly('an as-of join');
  if (step) run.rows = await runCooperatively(joinSlices(run.rows, await run.rightOf(step.node, step.index), step.node));
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
  ExplainNode: ({ ctx }, node) => explainPipeline(ctx, node.request),
  JoinNode: runJoin,
  FilterNode: runStep,
  AggregateNode: runStep,
  SortNode: runStep,
  LimitNode: runStep,
  ProjectNode: runStep,
  UpsertNode: runUpsert,
  DeriveNode: () => Promise.reject(onDuckDbOnly('derive')),
  FillNode: () => Promise.reject(onDuckDbOnly('fill')),
  ResultNode: async ({ input }) => PipelineRun.of(input).result(),
} satisfies Handlers<OperatorNode, Hop>;

/**
 * Folds the chain: each node gets the previous one's result and returns the next.
 * A pipeline is [SourcesNode: plans and fetches the sources into a PipelineRun, its steps, ResultNode]:
 * the steps thread that one state (PipelineRun.of checks it); the backend calls stay in the query layer (query/mix).
 */
export async function runOperators(chain: OperatorChain, ctx: QueryContext): Promise<unknown> {
  let input: unknown = undefined;
  for (const node of chain) input = await dispatch(operators, { input, ctx }, node);
  return input;
}
