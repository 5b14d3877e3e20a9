import type { Level } from '../../config/settings.js';
import type { Backends } from '../../libs/db.js';
import { esAccepts, type EsTarget, type InfluxKey } from './catalog.js';
import { literalPattern } from '../influxql.js';
import type { Where } from '../influx/search.js';
import { limits, type SourceBudget } from './limits.js';
import type { RowSink } from '../../libs/rows.js';
import { fetchRows, type Fetch, type Fetched } from './sources.js';

/** A join whose right source is fetched only for the keys its left rows hold (when they are few). */
export interface SemiJoin {
  /** The join's position in the request's pipeline. */
  step: number;
  left: string;
  right: string;
  by: { kind: 'es'; target: EsTarget } | { kind: 'influx'; key: InfluxKey };
}

/** A source as planned, as far as a semi-join reads it. */
export interface SemiJoinedSource {
  fetch: Fetch;
  semiJoin?: SemiJoin;
}

export type Comparisons = Record<string, unknown>;
/** Conditions by key, all of which must hold: the structured `where` of an InfluxDB query, without time. */
export type KeyConditions = Record<string, Comparisons>;

/** Adds conditions; undefined when a key already has the same comparison (the where cannot say both). */
export function mergeWhere(where: Where | undefined, add: KeyConditions): Where | undefined {
  const out: Record<string, unknown> = { ...where };
  for (const [key, comparisons] of Object.entries(add)) {
    const existing = out[key];
    if (existing === undefined) {
      out[key] = comparisons;
      continue;
    }
    const present = typeof existing === 'object' && existing !== null ? (existing as Comparisons) : { eq: existing };
    if (Object.keys(comparisons).some((op) => op in present)) return undefined;
    out[key] = { ...present, ...comparisons };
  }
  return out as Where;
}

export interface SemiJoined extends Fetched {
  /** Distinct left keys; above the limit the right source was read whole. */
  keys: number;
  restricted: boolean;
}

/** A regex matching exactly these strings: InfluxDB matches a tag regex against its index, where a long OR list is slow. */
export const anyOfPattern = (keys: readonly string[]) => `^(?:${keys.map(literalPattern).join('|')})$`;

/** The source's request restricted to some key values: an Elasticsearch terms filter, an InfluxQL regex. */
function restricted(fetch: Fetch, by: SemiJoin['by'], keys: unknown[]): Fetch {
  if (fetch.kind === 'es' && by.kind === 'es') return { ...fetch, query: { bool: { must: [fetch.query], filter: [{ terms: { [by.target.field]: keys } }] } } };
  if (fetch.kind === 'influx' && by.kind === 'influx') {
    return { ...fetch, spec: { ...fetch.spec, where: mergeWhere(fetch.spec.where, { [by.key.key]: { regex: anyOfPattern(keys as string[]) } }) } };
  }
  throw new Error(`semi-join: a ${by.kind} key on a ${fetch.kind} source`);
}

/**
 * The keys to restrict the right source to: those a right row of the field's type can hold
 * (a tag or a long holds no string "1"); null when some key could match a row that the query
 * cannot find (a string longer than a keyword's ignore_above is not indexed).
 */
export function restrictingKeys(by: SemiJoin['by'], keys: readonly unknown[]): unknown[] | null {
  if (by.kind === 'influx') return keys.filter((k) => typeof k === 'string');
  const { target } = by;
  if (target.accepts === 'string' && keys.some((k) => typeof k === 'string' && !esAccepts(target, k))) return null;
  return keys.filter((k) => esAccepts(target, k));
}

const chunks = <T>(items: T[], size: number) => Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));

/**
 * Fetches a join's right source for the keys of the left rows only (their distinct strings, numbers
 * and booleans, in row order): one terms filter for
 * Elasticsearch, regexes of a bounded number of keys for InfluxDB. With more distinct keys than
 * the limit, or keys the query could miss, the source is read whole, as without pushdown.
 */
export async function fetchForKeys(
  backends: Backends,
  name: string,
  planned: SemiJoinedSource,
  keys: readonly unknown[],
  level: Level,
  budget: SourceBudget,
  sink: RowSink,
): Promise<SemiJoined> {
  const { by } = planned.semiJoin!;
  const usable = keys.length > limits.semiJoinMaxKeys ? null : restrictingKeys(by, keys);
  if (!usable) return { ...(await fetchRows(backends, name, planned.fetch, level, budget, sink)), keys: keys.length, restricted: false };
  const size = by.kind === 'es' ? limits.semiJoinMaxKeys : limits.influxKeysPerQuery;
  const parts: Fetched[] = [];
  for (const chunk of chunks(usable, size)) {
    parts.push(await fetchRows(backends, name, restricted(planned.fetch, by, chunk), level, budget, sink));
  }
  const queries = parts.map((p) => p.query);
  return {
    query: queries.length === 1 ? queries[0] : queries,
    requests: parts.reduce((n, p) => n + p.requests, 0),
    keys: keys.length,
    restricted: true,
  };
}
