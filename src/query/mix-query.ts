import { canRead, fullAccess } from '../libs/access.js';
import { Code } from '../libs/code.js';
import { AppError } from '../libs/errors.js';
import { FilterNode } from '../operator/filter.js';
import { JoinNode } from '../operator/join.js';
import { UpsertNode, isEsTarget } from '../operator/upsert.js';
import { dispatch, Query, readableInstances, type Handlers, type InstanceStatus, type QueryContext } from './base-query.js';
import { ESQuery } from './es-query.js';
import { InfluxQuery } from './influx-query.js';
import { loadCatalog, type Catalogs } from './mix/catalog.js';
import { explainPlan, type Explanation } from '../operator/mix/explain.js';
import type { Plan } from '../operator/mix/plan.js';
import { planPipeline } from '../operator/mix/pushdown.js';
import { sourceKind, type PipelineRequest } from '../operator/mix/request.js';
import { findNodes, findResources } from './mix/resources.js';
import { PipelineRun } from '../operator/mix/run.js';
import { checkUpsertTargets } from './mix/upsert.js';

export interface MixListArgs {
  region?: string;
}

/** Readiness, the resources or nodes of every readable instance, or the plan of a pipeline (?explain=true). */
export type MixMetaTarget =
  { kind: 'ready' } | { kind: 'resources'; keyword?: string } | { kind: 'nodes'; region?: string } | { kind: 'explain'; request: PipelineRequest };

/** A validated pipeline request, to fetch the sources of. */
export type MixDataSearch = { kind: 'pipeline'; request: PipelineRequest };

const metaSearches = {
  ready: (ctx) => ready(ctx),
  resources: (ctx, target) => findResources(readableInstances(ctx), target.keyword),
  nodes: (ctx, target) => findNodes(readableInstances(ctx), target.region),
  explain: async (ctx, { request }): Promise<Explanation> => {
    checkInstances(ctx, request);
    return explainPlan(await planOf(ctx, request));
  },
} satisfies Handlers<MixMetaTarget, QueryContext>;

/** Queries that span every backend: each verb fans out to the ES and InfluxDB queries. */
export class MixQuery extends Query {
  readonly kind = 'mix' as const;

  /** The instances the caller can read, of every kind. */
  async list(args: MixListArgs = {}): Promise<InstanceStatus[]> {
    const [es, influx] = await Promise.all([new ESQuery(this.ctx).list(), new InfluxQuery(this.ctx).list()]);
    const all = [...es, ...influx];
    return args.region === undefined ? all : all.filter((i) => i.labels.region === args.region);
  }

  /** Readiness; the indices and measurements, or the nodes and servers, of the instances the caller can read; a pipeline's plan. */
  searchMeta(target: MixMetaTarget): Promise<unknown> {
    return dispatch(metaSearches, this.ctx, target);
  }

  /**
   * Starts a pipeline: checks its upsert targets, plans it and fetches its sources (all but the
   * semi-joined ones). The steps then run on the returned state (operator/run.ts).
   */
  async searchData({ request }: MixDataSearch): Promise<PipelineRun> {
    checkInstances(this.ctx, request);
    await checkUpsertTargets(this.ctx.backends, this.ctx.access, request.steps.filter(UpsertNode.is));
    const plan = await planOf(this.ctx, request);
    return PipelineRun.start(this.ctx, request, plan);
  }
}

/**
 * Every configured instance answers, or a 503. Readiness is about all of them, but the answer
 * names only those the caller can read (none for an anonymous probe with auth on).
 */
async function ready(ctx: QueryContext): Promise<InstanceStatus[]> {
  const all = await new MixQuery({ ...ctx, access: fullAccess }).list();
  const shown = all.filter((i) => canRead(ctx.access, i.kind, i.name));
  const down = all.filter((i) => !i.reachable);
  if (down.length > 0) {
    const named = shown.filter((i) => !i.reachable).map((i) => `${i.kind}/${i.name} (${i.error})`);
    const unnamed = down.length - named.length;
    const others = unnamed > 0 ? [`${unnamed} instance${unnamed > 1 ? 's' : ''} not named here (GET /mix/instances with a token names those it can read)`] : [];
    throw new AppError(Code.BACKEND_UNAVAILABLE, `not ready: ${[...named, ...others].join('; ')}`);
  }
  return shown;
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
