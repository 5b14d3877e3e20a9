import type { EsInstanceConfig } from '../../config/settings.js';
import type { EsConnection } from '../../libs/es-client.js';
import { errors } from '../../libs/errors.js';

export type Flavor = EsInstanceConfig['flavor'];

/**
 * What a cluster runs: its flavor (as configured), the lowest version among its nodes, the modules
 * and plugins every node has (names and class names), and whether its security is enabled.
 */
export interface ClusterFacts {
  flavor: Flavor;
  version: string;
  components: string[];
  securityEnabled: boolean;
}

/**
 * A feature the gateway's routes depend on, per flavor: the first version that has it, the module
 * that provides it (matched on every node's module and plugin names), or false where it never exists.
 */
type Need = { since: string; before?: string; module?: RegExp; security?: true };
type Requirement = Record<Flavor, Need | false>;

const everyVersion = { since: '0.0' };
const reindexModule = /reindex/i;

const requirements = {
  pointInTime: { elasticsearch: { since: '7.10' }, opensearch: { since: '2.4' } },
  shardDocTiebreaker: { elasticsearch: { since: '7.12' }, opensearch: { since: '3.3' } },
  searchAfter: { elasticsearch: { since: '5.0' }, opensearch: everyVersion },
  compositeAggregations: { elasticsearch: { since: '6.1' }, opensearch: everyVersion },
  composableTemplates: { elasticsearch: { since: '7.8' }, opensearch: everyVersion },
  deleteByQuery: { elasticsearch: { since: '5.0', module: reindexModule }, opensearch: { ...everyVersion, module: reindexModule } },
  updateByQuery: { elasticsearch: { since: '5.0', module: reindexModule }, opensearch: { ...everyVersion, module: reindexModule } },
  scripts: { elasticsearch: { since: '5.0', module: /painless/i }, opensearch: { ...everyVersion, module: /painless/i } },
  dataStreams: { elasticsearch: { since: '7.9', module: /data-?streams/i }, opensearch: everyVersion },
  apiKeys: { elasticsearch: { since: '6.7', security: true }, opensearch: false },
  // The gateway's 8.x client sends compatible-with=8 media types, which Elasticsearch 8 and 9 read.
  compatibleWith8: { elasticsearch: { since: '8.0', before: '10.0' }, opensearch: false },
} satisfies Record<string, Requirement>;

export type Capability = keyof typeof requirements;
export type Capabilities = Record<Capability, boolean> & { pointInTimeApi: '_pit' | '_search/point_in_time' | null };

/** What a capability's absence leaves the caller: what to use instead, through the gateway where it can. */
const instead: Partial<Record<Capability, (instance: string) => string>> = {
  deleteByQuery: (instance) =>
    `_delete_by_query on es/${instance}: the cluster lacks the reindex module that provides it; ` +
    `delete the matching documents by id instead: read their ids with GET /es/${instance}/indices/{index}/_export, ` +
    `then send delete actions to POST /es/${instance}/indices/{index}/docs/_bulk`,
};

/** Major, minor and patch of a version string such as 8.19.21, 3.9.0 or 9.1.0-SNAPSHOT. */
const parts = (version: string) => (version.match(/\d+/g) ?? []).slice(0, 3).map(Number);

/** a < b: -1, a = b: 0, a > b: 1, on major, minor, patch (missing parts are 0). */
export function compareVersions(a: string, b: string): number {
  const [x, y] = [parts(a), parts(b)];
  for (let i = 0; i < 3; i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return Math.sign(d);
  }
  return 0;
}

/** Whether a flavor at a version can have the capability at all, before asking what is installed. */
export function versionHas(flavor: Flavor, version: string, capability: Capability): boolean {
  const need: Need | false = requirements[capability][flavor];
  if (!need) return false;
  return compareVersions(version, need.since) >= 0 && (need.before === undefined || compareVersions(version, need.before) < 0);
}

/** Every capability of a cluster: its version allows it, and the module or security it needs is there. */
export function capabilitiesOf(facts: ClusterFacts): Capabilities {
  const has = (capability: Capability) => {
    const need: Need | false = requirements[capability][facts.flavor];
    if (!need || !versionHas(facts.flavor, facts.version, capability)) return false;
    const module = need.module;
    if (module && !facts.components.some((c) => module.test(c))) return false;
    return need.security !== true || facts.securityEnabled;
  };
  const names = Object.keys(requirements) as Capability[];
  const flags = Object.fromEntries(names.map((c) => [c, has(c)])) as Record<Capability, boolean>;
  const pointInTimeApi = facts.flavor === 'elasticsearch' ? '_pit' : '_search/point_in_time';
  const { pointInTime, ...others } = flags;
  return { pointInTime, pointInTimeApi: pointInTime ? pointInTimeApi : null, ...others };
}

/** The 501 for a route whose capability the instance's cluster lacks, naming what to use instead. */
export function unsupported(instance: string, capability: Capability) {
  const advice = instead[capability];
  return errors.notSupported(advice ? advice(instance) : `${capability} on es/${instance}`);
}

type NodeComponents = { version?: string; modules?: { name?: string; classname?: string }[]; plugins?: { name?: string; classname?: string }[] };

const componentNames = (node: NodeComponents) => [...(node.modules ?? []), ...(node.plugins ?? [])].flatMap((c) => [c.name ?? '', c.classname ?? '']);

/** The cluster's lowest node version and the modules and plugins every node has. */
async function nodeComponents(conn: EsConnection): Promise<{ version?: string; components: string[] }> {
  const { body } = await conn.request<{ nodes?: Record<string, NodeComponents> }>({
    method: 'GET',
    path: '/_nodes/plugins',
    querystring: { filter_path: 'nodes.*.version,nodes.*.modules.name,nodes.*.modules.classname,nodes.*.plugins.name,nodes.*.plugins.classname' },
  });
  const nodes = Object.values(body.nodes ?? {});
  const versions = nodes.flatMap((n) => (n.version ? [n.version] : [])).sort(compareVersions);
  const [first = [], ...others] = nodes.map(componentNames);
  // During a rolling restart a module may be on some nodes only: the cluster has what all of them have.
  return { version: versions[0], components: first.filter((name) => others.every((names) => names.includes(name))) };
}

// Only the part read here; a cluster whose license hides a feature leaves it out.
type XpackFeatures = { features?: { security?: { enabled?: boolean } } };

/** Elasticsearch's security (what API keys need); a cluster without X-Pack has no _xpack endpoint and so no security. */
async function securityEnabled(conn: EsConnection): Promise<boolean> {
  if (conn.flavor !== 'elasticsearch') return false;
  try {
    const { body } = await conn.request<XpackFeatures>({ method: 'GET', path: '/_xpack', querystring: { categories: 'features' } });
    return body.features?.security?.enabled === true;
  } catch {
    return false;
  }
}

/**
 * The facts about a cluster, asked fresh on each call (a restart may have changed its version or its
 * modules), alongside the GET / that gives the version of a cluster whose nodes do not say theirs.
 */
export async function clusterFacts(conn: EsConnection, root: Promise<string>): Promise<ClusterFacts> {
  const [nodes, security, rootVersion] = await Promise.all([nodeComponents(conn), securityEnabled(conn), root]);
  return { flavor: conn.flavor, version: nodes.version ?? rootVersion, components: nodes.components, securityEnabled: security };
}
