import { Code } from '../libs/code.js';
import { AppError } from '../libs/errors.js';
import { Query, type InstanceStatus } from './base-query.js';
import { ESQuery } from './es-query.js';
import { InfluxQuery } from './influx-query.js';

export interface MixListArgs {
  region?: string;
}

export type MixMetaTarget = { kind: 'ready' };

/** Queries that span every backend: each verb fans out to the ES and InfluxDB queries. */
export class MixQuery extends Query {
  readonly kind = 'mix' as const;

  override async list(args: MixListArgs = {}): Promise<InstanceStatus[]> {
    const [es, influx] = await Promise.all([new ESQuery(this.ctx).list(), new InfluxQuery(this.ctx).list()]);
    const all = [...es, ...influx];
    return args.region === undefined ? all : all.filter((i) => i.labels.region === args.region);
  }

  /** Readiness: every configured instance answers, or a 503 naming those that do not. */
  override async searchMeta(_target: MixMetaTarget): Promise<InstanceStatus[]> {
    const all = await this.list();
    const down = all.filter((i) => !i.reachable);
    if (down.length > 0) {
      const names = down.map((i) => `${i.kind}/${i.name} (${i.error})`).join('; ');
      throw new AppError(Code.BACKEND_UNAVAILABLE, `not ready: ${names}`);
    }
    return all;
  }
}
