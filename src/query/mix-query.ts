import { canRead, fullAccess } from '../libs/access.js';
import { Code } from '../libs/code.js';
import { AppError } from '../libs/errors.js';
import { dispatch, Query, readableInstances, type Handlers, type InstanceStatus, type QueryContext } from './base-query.js';
import { ESQuery } from './es-query.js';
import { InfluxQuery } from './influx-query.js';
import { findNodes, findResources } from './mix/resources.js';

export interface MixListArgs {
  region?: string;
}

/** Readiness, or the resources or nodes of every readable instance. */
export type MixMetaTarget = { kind: 'ready' } | { kind: 'resources'; keyword?: string } | { kind: 'nodes'; region?: string };

const metaSearches = {
  ready: (ctx) => ready(ctx),
  resources: (ctx, target) => findResources(readableInstances(ctx), target.keyword),
  nodes: (ctx, target) => findNodes(readableInstances(ctx), target.region),
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

  /** Readiness; the indices and measurements, or the nodes and servers, of the instances the caller can read. */
  searchMeta(target: MixMetaTarget): Promise<unknown> {
    return dispatch(metaSearches, this.ctx, target);
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
