import type { QueryContext } from '../../query/base-query.js';
import { loadCatalog, type Catalogs } from '../../query/mix/catalog.js';
import { sourceKind } from '../../query/mix/sources.js';
import { checkUpsertTargets, isEsTarget } from '../../query/mix/upsert.js';
import { FilterNode } from '../filter.js';
import { JoinNode } from '../join.js';
import { UpsertNode } from '../upsert.js';
import { explainPlan, type Explanation } from './explain.js';
import type { Plan } from './plan.js';
import { planPipeline } from './pushdown.js';
import type { PipelineRequest } from './request.js';
import { PipelineRun } from './run.js';

/** Starts a pipeline's chain: plans the request and fetches its sources into the state its steps run on. */
export interface SourcesNode {
  readonly kind: 'SourcesNode';
  readonly request: PipelineRequest;
}

export const SourcesNode = {
  create: (request: PipelineRequest): SourcesNode => Object.freeze({ kind: 'SourcesNode', request }),
};

/** A pipeline's plan alone (?explain=true): what would be fetched and what would run in memory. */
export interface ExplainNode {
  readonly kind: 'ExplainNode';
  readonly request: PipelineRequest;
  /** The request's JSON body as validated (a text body compiled to it): shown beside the plan. */
  readonly body: Readonly<Record<string, unknown>>;
}

export const ExplainNode = {
  create: (request: PipelineRequest, body: Readonly<Record<string, unknown>>): ExplainNode => Object.freeze({ kind: 'ExplainNode', request, body }),
};

/**
 * Checks the pipeline's instances and upsert targets, plans it and fetches its sources (all but
 * the semi-joined ones). The steps then run on the returned state (operator/run.ts).
 */
export async function startPipeline(ctx: QueryContext, request: PipelineRequest): Promise<PipelineRun> {
  checkInstances(ctx, request);
  await checkUpsertTargets(
    ctx.backends,
    ctx.access,
    request.steps.filter(UpsertNode.is).map((node) => node.target),
  );
  const plan = await planOf(ctx, request);
  return PipelineRun.start(ctx, request, plan);
}

export async function explainPipeline(ctx: QueryContext, { request, body }: ExplainNode): Promise<Explanation & { pipeline: ExplainNode['body'] }> {
  checkInstances(ctx, request);
  return { ...explainPlan(await planOf(ctx, request)), pipeline: body };
}

/** The plan of a pipeline: with pushdown, from what the sources' catalogs say. */
async function planOf(ctx: QueryContext, request: PipelineRequest): Promise<Plan> {
  const catalogs = request.options.pushdown ? await catalogsOf(ctx, request) : null;
  return planPipeline(request, catalogs);
}

/** Every source and upsert target names a configured instance (404 otherwise), before any backend call. */
function checkInstances({ backends, level }: QueryContext, request: PipelineRequest): void {
  for (const spec of Object.values(request.sources)) {
    const source = sourceKind(spec);
    if (source.kind === 'es') backends.esInstance(source.spec.es, level);
    else backends.influxInstance(source.spec.influx, level);
  }
  for (const node of request.steps) {
    if (!UpsertNode.is(node)) continue;
    if (isEsTarget(node.target)) backends.esInstance(node.target.es, level);
    else backends.influxInstance(node.target.influx, level);
  }
}

/** What pushdown needs to know of each source; nothing to read when no step filters or joins. */
async function catalogsOf({ backends }: QueryContext, request: PipelineRequest): Promise<Catalogs> {
  if (!request.steps.some((n) => FilterNode.is(n) || JoinNode.is(n))) return {};
  const names = Object.keys(request.sources);
  const loaded = await Promise.all(names.map((name) => loadCatalog(backends, request.sources[name]!)));
  return Object.fromEntries(names.map((name, i) => [name, loaded[i]!]));
}
