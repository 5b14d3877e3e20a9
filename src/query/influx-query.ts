import type { InfluxConnection } from '../libs/influx-client.js';
import { Query, type InstanceStatus } from './base-query.js';

export type InfluxMetaTarget = { kind: 'server'; instance: string };

export class InfluxQuery extends Query {
  readonly kind = 'influx' as const;

  /** Every configured server with reachability and version (from /ping), checked concurrently. */
  override async list(): Promise<InstanceStatus[]> {
    return Promise.all([...this.ctx.backends.influx.values()].map((conn) => this.status(conn)));
  }

  override async searchMeta(target: InfluxMetaTarget): Promise<unknown> {
    const conn = this.ctx.backends.influxInstance(target.instance);
    const started = performance.now();
    const { version } = await conn.ping();
    return { instance: conn.name, url: conn.url, version, pingMs: Math.round((performance.now() - started) * 10) / 10 };
  }

  private async status(conn: InfluxConnection): Promise<InstanceStatus> {
    const base = { kind: 'influx' as const, name: conn.name, url: conn.url, labels: conn.config.labels };
    try {
      const { version } = await conn.ping();
      return { ...base, reachable: true, version };
    } catch (err) {
      return { ...base, reachable: false, error: (err as Error).message };
    }
  }
}
