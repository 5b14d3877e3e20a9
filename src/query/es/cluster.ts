import type { estypes } from '@elastic/elasticsearch';
import type { EsConnection } from '../../libs/es-client.js';
import type { InstanceStatus } from '../base-query.js';
import { capabilitiesOf, clusterFacts } from './capabilities.js';

/** Reachability and server version of one cluster; a failure is reported, not thrown. */
export async function instanceStatus(conn: EsConnection): Promise<InstanceStatus> {
  const base = { kind: 'es' as const, name: conn.name, url: conn.url, flavor: conn.flavor, labels: conn.config.labels };
  try {
    const { body } = await conn.request<estypes.InfoResponse>({ method: 'GET', path: '/' });
    return { ...base, reachable: true, version: body.version.number };
  } catch (err) {
    return { ...base, reachable: false, error: (err as Error).message };
  }
}

/** Who the cluster is, its health, and what it can do: asked on every call, since a restart can change any of it. */
export async function clusterInfo(conn: EsConnection) {
  const root = conn.request<estypes.InfoResponse>({ method: 'GET', path: '/' });
  const [info, health, facts] = await Promise.all([
    root,
    conn.request<estypes.ClusterHealthResponse>({ method: 'GET', path: '/_cluster/health' }),
    clusterFacts(
      conn,
      root.then((r) => r.body.version.number),
    ),
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
    capabilities: capabilitiesOf(facts),
  };
}

const percent = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 1000) / 10 : null);

/** Every node with its roles, address, version, heap and disk use. */
export async function nodes(conn: EsConnection) {
  const [info, stats] = await Promise.all([
    conn.request<estypes.NodesInfoResponse>({ method: 'GET', path: '/_nodes/_all/none' }),
    conn.request<estypes.NodesStatsResponse>({ method: 'GET', path: '/_nodes/stats/jvm,fs' }),
  ]);
  return {
    instance: conn.name,
    clusterName: info.body.cluster_name,
    nodes: Object.entries(info.body.nodes).map(([id, n]) => {
      const mem = stats.body.nodes[id]?.jvm?.mem;
      const fs = stats.body.nodes[id]?.fs?.total;
      const diskTotal = fs?.total_in_bytes ?? 0;
      const diskUsed = diskTotal - (fs?.available_in_bytes ?? 0);
      return {
        id,
        name: n.name,
        ip: n.ip,
        host: n.host,
        version: n.version,
        roles: n.roles,
        heap: { usedBytes: mem?.heap_used_in_bytes ?? null, maxBytes: mem?.heap_max_in_bytes ?? null, usedPercent: mem?.heap_used_percent ?? null },
        disk: { totalBytes: fs ? diskTotal : null, usedBytes: fs ? diskUsed : null, usedPercent: fs ? percent(diskUsed, diskTotal) : null },
      };
    }),
  };
}

/** Every alias with the index it points at. */
export async function aliases(conn: EsConnection) {
  const { body } = await conn.request<estypes.IndicesGetAliasResponse>({ method: 'GET', path: '/_alias' });
  return Object.entries(body)
    .flatMap(([index, { aliases: byName }]) =>
      Object.entries(byName).map(([alias, meta]) => ({
        alias,
        index,
        ...(meta.filter !== undefined && { filter: meta.filter }),
        ...(meta.index_routing !== undefined && { indexRouting: meta.index_routing }),
        ...(meta.search_routing !== undefined && { searchRouting: meta.search_routing }),
        ...(meta.is_write_index !== undefined && { isWriteIndex: meta.is_write_index }),
      })),
    )
    .sort((a, b) => a.alias.localeCompare(b.alias) || a.index.localeCompare(b.index));
}
