import type { EsConnection } from '../libs/es-client.js';
import { Query, type InstanceStatus } from './base-query.js';

export type EsMetaTarget = { kind: 'cluster'; instance: string } | { kind: 'nodes'; instance: string };

interface EsInfo {
  name: string;
  cluster_name: string;
  cluster_uuid: string;
  version: { number: string; distribution?: string; build_flavor?: string };
}

interface EsNodesInfo {
  cluster_name: string;
  nodes: Record<string, { name: string; ip: string; host: string; version: string; roles: string[] }>;
}

export class ESQuery extends Query {
  readonly kind = 'es' as const;

  /** Every configured cluster with reachability and server version, checked concurrently. */
  override async list(): Promise<InstanceStatus[]> {
    return Promise.all([...this.ctx.backends.es.values()].map((conn) => this.status(conn)));
  }

  override async searchMeta(target: EsMetaTarget): Promise<unknown> {
    const conn = this.ctx.backends.esInstance(target.instance);
    return target.kind === 'cluster' ? this.cluster(conn) : this.nodes(conn);
  }

  private async status(conn: EsConnection): Promise<InstanceStatus> {
    const base = { kind: 'es' as const, name: conn.name, url: conn.url, flavor: conn.flavor, labels: conn.config.labels };
    try {
      const { body } = await conn.request<EsInfo>({ method: 'GET', path: '/' });
      return { ...base, reachable: true, version: body.version.number };
    } catch (err) {
      return { ...base, reachable: false, error: (err as Error).message };
    }
  }

  private async cluster(conn: EsConnection) {
    const [info, health] = await Promise.all([
      conn.request<EsInfo>({ method: 'GET', path: '/' }),
      conn.request<Record<string, unknown>>({ method: 'GET', path: '/_cluster/health' }),
    ]);
    return {
      instance: conn.name,
      flavor: conn.flavor,
      url: conn.url,
      name: info.body.name,
      clusterName: info.body.cluster_name,
      clusterUuid: info.body.cluster_uuid,
      version: info.body.version.number,
      health: health.body,
    };
  }

  private async nodes(conn: EsConnection) {
    const { body } = await conn.request<EsNodesInfo>({ method: 'GET', path: '/_nodes/_all/none' });
    return {
      instance: conn.name,
      clusterName: body.cluster_name,
      nodes: Object.entries(body.nodes).map(([id, n]) => ({ id, name: n.name, ip: n.ip, host: n.host, version: n.version, roles: n.roles })),
    };
  }
}
