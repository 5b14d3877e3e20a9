import { Code } from '../libs/code.js';
import { AppError } from '../libs/errors.js';
import { Respond } from '../middlewares/envelope.js';
import { FilterNode } from '../operator/filter.js';
import { JoinNode } from '../operator/join.js';
import { UpsertNode, isEsTarget } from '../operator/upsert.js';
import { sourceKind, type MixQuery as PipelineRequest } from '../parser/pipeline.js';
import { Query, type InstanceStatus } from './base-query.js';
import { ESQuery } from './es-query.js';
import { InfluxQuery } from './influx-query.js';
import { loadCatalog, type Catalogs } from './mix/catalog.js';
import { explainPlan } from './mix/explain.js';
import { planPipeline } from './mix/pushdown.js';
import { findNodes, findResources } from './mix/resources.js';
import { runPlan } from './mix/run.js';

export interface MixListArgs {
  region?: string;
}

export type MixMetaTarget = { kind: 'ready' } | { kind: 'resources'; keyword?: string } | { kind: 'nodes'; region?: string };

/** A validated pipeline request; `explain` returns its plan instead of running it. */
export type MixDataSearch = { kind: 'pipeline'; request: PipelineRequest; explain: boolean };

/** Queries that span every backend: each verb fans out to the ES and InfluxDB queries. */
export class MixQuery extends Query {
  readonly kind = 'mix' as const;

  override async list(args: MixListArgs = {}): Promise<InstanceStatus[]> {
    const [es, influx] = await Promise.all([new ESQuery(this.ctx).list(), new InfluxQuery(this.ctx).list()]);
    const all = [...es, ...influx];
    return args.region === undefined ? all : all.filter((i) => i.labels.region === args.region);
  }

  /** Readiness (every configured instance answers, or a 503 naming those that do not); resources; nodes. */
  override async searchMeta(target: MixMetaTarget): Promise<unknown> {
    if (target.kind === 'resources') return findResources(this.ctx.backends, target.keyword);
    if (target.kind === 'nodes') return findNodes(this.ctx.backends, target.region);
    const all = await this.list();
    const down = all.filter((i) => !i.reachable);
    if (down.length > 0) {
      const names = down.map((i) => `${i.kind}/${i.name} (${i.error})`).join('; ');
      throw new AppError(Code.BACKEND_UNAVAILABLE, `not ready: ${names}`);
    }
    return all;
  }

  /** Runs a pipeline (207 when an upsert could not write every row), or explains it. */
  override async searchData({ request, explain }: MixDataSearch): Promise<unknown> {
    this.checkInstances(request);
    const catalogs = request.options.pushdown ? await this.catalogs(request) : null;
    const plan = planPipeline(request, catalogs);
    if (explain) return explainPlan(plan);
    const result = await runPlan(this.ctx.backends, plan, this.ctx.budgets);
    const failed = (result.stats.upserts ?? []).filter((u) => u.failed > 0);
    if (failed.length === 0) return result;
    return Respond.partial(result, failed.map((u) => `${u.failed} of ${u.failed + u.written} rows not written to ${u.target}`).join('; '));
  }

  /** Every source and upsert target names a configured instance (404 otherwise), before any backend call. */
  private checkInstances(request: PipelineRequest): void {
    const { backends } = this.ctx;
    for (const spec of Object.values(request.sources)) {
      const source = sourceKind(spec);
      if (source.kind === 'es') backends.esInstance(source.spec.es);
      else backends.influxInstance(source.spec.influx);
    }
    for (const node of request.steps) {
      if (!UpsertNode.is(node)) continue;
      if (isEsTarget(node.target)) backends.esInstance(node.target.es);
      else backends.influxInstance(node.target.influx);
    }
  }

  /** What pushdown needs to know of each source; nothing to read when no step filters or joins. */
  private async catalogs(request: PipelineRequest): Promise<Catalogs> {
    if (!request.steps.some((n) => FilterNode.is(n) || JoinNode.is(n))) return {};
    const names = Object.keys(request.sources);
    const loaded = await Promise.all(names.map((name) => loadCatalog(this.ctx.backends, request.sources[name]!)));
    return Object.fromEntries(names.map((name, i) => [name, loaded[i]!]));
  }
}
