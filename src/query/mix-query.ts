import { canRead, fullAccess } from '../libs/access.js';
import { Code } from '../libs/code.js';
import { AppError } from '../libs/errors.js';
import { Respond } from '../libs/respond.js';
import { FilterNode } from '../operator/filter.js';
import { JoinNode } from '../operator/join.js';
import { UpsertNode, isEsTarget } from '../operator/upsert.js';
import { sourceKind, type MixQuery as PipelineRequest } from '../parser/pipeline.js';
import { Query, readableInstances, type InstanceStatus } from './base-query.js';
import { ESQuery } from './es-query.js';
import { InfluxQuery } from './influx-query.js';
import { loadCatalog, type Catalogs } from './mix/catalog.js';
import { explainPlan } from './mix/explain.js';
import { planPipeline } from './mix/pushdown.js';
import { findNodes, findResources } from './mix/resources.js';
import { runPlan } from './mix/run.js';
import { checkUpsertTargets } from './mix/upsert.js';

export interface MixListArgs {
  region?: string;
}

export type MixMetaTarget = { kind: 'ready' } | { kind: 'resources'; keyword?: string } | { kind: 'nodes'; region?: string };

/** A validated pipeline request; `explain` returns its plan instead of running it. */
export type MixDataSearch = { kind: 'pipeline'; request: PipelineRequest; explain: boolean };

/** Queries that span every backend: each verb fans out to the ES and InfluxDB queries. */
export class MixQuery extends Query {
  readonly kind = 'mix' as const;

  /** The instances the caller can read, of every kind. */
  async list(args: MixListArgs = {}): Promise<InstanceStatus[]> {
    const [es, influx] = await Promise.all([new ESQuery(this.ctx).list(), new InfluxQuery(this.ctx).list()]);
    const all = [...es, ...influx];
    return args.region === undefined ? all : all.filter((i) => i.labels.region === args.region);
  }

  /** Readiness; the indices and measurements, or the nodes and servers, of the instances the caller can read. */
  async searchMeta(target: MixMetaTarget): Promise<unknown> {
    if (target.kind === 'resources') return findResources(readableInstances(this.ctx), target.keyword);
    if (target.kind === 'nodes') return findNodes(readableInstances(this.ctx), target.region);
    return this.ready();
  }

  /**
   * Every configured instance answers, or a 503. Readiness is about all of them, but the answer
   * names only those the caller can read (none for an anonymous probe with auth on).
   */
  private async ready(): Promise<InstanceStatus[]> {
    const all = await new MixQuery({ ...this.ctx, access: fullAccess }).list();
    const shown = all.filter((i) => canRead(this.ctx.access, i.kind, i.name));
    const down = all.filter((i) => !i.reachable);
    if (down.length > 0) {
      const named = shown.filter((i) => !i.reachable).map((i) => `${i.kind}/${i.name} (${i.error})`);
      const unnamed = down.length - named.length;
      const others = unnamed > 0 ? [`${unnamed} instance${unnamed > 1 ? 's' : ''} not named here (GET /mix/instances with a token names those it can read)`] : [];
      throw new AppError(Code.BACKEND_UNAVAILABLE, `not ready: ${[...named, ...others].join('; ')}`);
    }
    return shown;
  }

  /** Runs a pipeline (207 when an upsert could not write every row), or explains it. */
  async searchData({ request, explain }: MixDataSearch): Promise<unknown> {
    this.checkInstances(request);
    if (!explain) await checkUpsertTargets(this.ctx.backends, this.ctx.access, request.steps.filter(UpsertNode.is));
    const catalogs = request.options.pushdown ? await this.catalogs(request) : null;
    const plan = planPipeline(request, catalogs);
    if (explain) return explainPlan(plan);
    const result = await runPlan(this.ctx.backends, plan, this.ctx.level, this.ctx.budgets);
    const failed = (result.stats.upserts ?? []).filter((u) => u.failed > 0);
    if (failed.length === 0) return result;
    return Respond.partial(result, failed.map((u) => `${u.failed} of ${u.failed + u.written} rows not written to ${u.target}`).join('; '));
  }

  /** Every source and upsert target names a configured instance (404 otherwise), before any backend call. */
  private checkInstances(request: PipelineRequest): void {
    const { backends } = this.ctx;
    for (const spec of Object.values(request.sources)) {
      const source = sourceKind(spec);
      if (source.kind === 'es') backends.esInstance(source.spec.es, this.ctx.level);
      else backends.influxInstance(source.spec.influx, this.ctx.level);
    }
    for (const node of request.steps) {
      if (!UpsertNode.is(node)) continue;
      if (isEsTarget(node.target)) backends.esInstance(node.target.es, this.ctx.level);
      else backends.influxInstance(node.target.influx, this.ctx.level);
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
