import { Code } from '../../libs/code.js';
import type { Backends } from '../../libs/db.js';
import type { EsConnection } from '../../libs/es-client.js';
import { isAppError } from '../../libs/errors.js';
import type { InfluxConnection } from '../../libs/influx-client.js';
import { bucketColumns, type EsAggregate } from './es-aggregate.js';
import { sourceKind, type EsSource, type InfluxSource, type SourceSpec } from './sources.js';
import { describeMeasurement } from '../influx/measurements.js';

/** Whether a source's rows can hold a column. */
export type Presence = 'yes' | 'no' | 'maybe';

/** The field a term-level query tests for a column, and the JSON values it compares exactly. */
export interface EsTarget {
  field: string;
  accepts: 'string' | 'integer' | 'number' | 'boolean';
  /** Longer strings are not indexed (a keyword's ignore_above); null when every string is. */
  ignoreAbove: number | null;
}

/** The InfluxDB key a WHERE tests for a column, and the JSON values it holds. */
export interface InfluxKey {
  key: string;
  accepts: 'string' | 'number' | 'boolean';
}

/**
 * What the planner knows of a source before fetching it: which columns its rows can have, and
 * how a column can be restricted in its query. `restrictable` is false when the query takes a
 * first few matches (size, limit, offset): a condition added to it would change which ones.
 */
export type SourceCatalog =
  | { kind: 'es'; restrictable: boolean; presence: (column: string) => Presence; target: (column: string) => EsTarget | undefined }
  | { kind: 'influx'; restrictable: boolean; presence: (column: string) => Presence; key: (column: string) => InfluxKey | undefined }
  | { kind: 'influxql'; restrictable: false; presence: (column: string) => Presence };

export type Catalogs = Readonly<Record<string, SourceCatalog>>;

/** A mapped Elasticsearch property, as GET <index>/_mapping shows it. */
export interface EsProperty {
  type?: string;
  properties?: Record<string, EsProperty>;
  fields?: Record<string, EsProperty>;
  ignore_above?: number;
  normalizer?: string;
  index?: boolean;
  enabled?: boolean;
  dynamic?: boolean | string;
}
export type EsMappings = { dynamic?: boolean | string; properties?: Record<string, EsProperty> };

const integerTypes = new Set(['long', 'integer', 'short', 'byte']);
// Dynamic "false" and "runtime" keep unmapped fields in _source; "strict" refuses them.
const keepsUnmapped = (dynamic: boolean | string | undefined) => dynamic === false || dynamic === 'false' || dynamic === 'runtime';

function targetOf(path: string, p: EsProperty): EsTarget | undefined {
  if (p.index === false) return undefined;
  if (p.type === 'keyword' && p.normalizer === undefined) return { field: path, accepts: 'string', ignoreAbove: p.ignore_above ?? null };
  if (p.type === 'text') {
    const sub = Object.entries(p.fields ?? {}).find(([, f]) => f.type === 'keyword' && f.normalizer === undefined && f.index !== false);
    return sub && { field: `${path}.${sub[0]}`, accepts: 'string', ignoreAbove: sub[1].ignore_above ?? null };
  }
  if (integerTypes.has(p.type ?? '')) return { field: path, accepts: 'integer', ignoreAbove: null };
  if (p.type === 'double') return { field: path, accepts: 'number', ignoreAbove: null };
  if (p.type === 'boolean') return { field: path, accepts: 'boolean', ignoreAbove: null };
  return undefined;
}

/**
 * The columns of an Elasticsearch source (its _source flattened to dotted names) as its
 * index mappings describe them; every index of a pattern must agree on a field for it to be
 * searchable. Objects, nested fields and unmapped parts (dynamic false, enabled false) are
 * "maybe" and never restricted.
 */
export function esCatalog(spec: EsSource, mappings: readonly EsMappings[]): SourceCatalog {
  const leaves = new Map<string, EsTarget | undefined | 'conflict'>();
  // Objects hold null or [] sometimes (a column then); under open prefixes unmapped fields may be kept.
  const objects = new Set<string>();
  const openPrefixes = new Set<string>();
  const walk = (properties: Record<string, EsProperty>, prefix: string) => {
    for (const [name, p] of Object.entries(properties)) {
      const path = prefix + name;
      if (p.type === 'alias') continue;
      if (p.properties !== undefined || p.type === 'object' || p.type === 'nested' || p.enabled === false) {
        objects.add(path);
        // A nested field holding one object flattens to dotted columns the mapping does not list.
        if (p.enabled === false || p.type === 'nested' || keepsUnmapped(p.dynamic)) openPrefixes.add(`${path}.`);
        if (p.type !== 'nested' && p.properties) walk(p.properties, `${path}.`);
        continue;
      }
      const target = targetOf(path, p);
      const agrees = !leaves.has(path) || JSON.stringify(leaves.get(path)) === JSON.stringify(target);
      leaves.set(path, agrees ? target : 'conflict');
    }
  };
  for (const m of mappings) {
    if (keepsUnmapped(m.dynamic)) openPrefixes.add('');
    walk(m.properties ?? {}, '');
  }
  const mapped = (column: string): Presence => {
    if (leaves.has(column)) return 'yes';
    if (objects.has(column) || [...openPrefixes].some((prefix) => column.startsWith(prefix))) return 'maybe';
    return 'no';
  };
  const declared = spec.fields?.some((f) => f.includes('*')) ? undefined : spec.fields;
  return {
    kind: 'es',
    restrictable: spec.size === undefined,
    presence: (column) => (declared && !declared.some((f) => column === f || column.startsWith(`${f}.`)) ? 'no' : mapped(column)),
    target: (column) => {
      const target = leaves.get(column);
      return target === 'conflict' ? undefined : target;
    },
  };
}

/**
 * The columns of an aggregated Elasticsearch source: its groups and metrics, exactly. Nothing is
 * pushed into it nor semi-joined: a condition on a metric cannot go into the query, and one on a
 * group could but stays in memory, where it is exact without a proof of equivalence.
 */
export function bucketCatalog(aggregate: EsAggregate): SourceCatalog {
  const columns = new Set(bucketColumns(aggregate));
  return { kind: 'es', restrictable: false, presence: (column) => (columns.has(column) ? 'yes' : 'no'), target: () => undefined };
}

type FieldType = 'float' | 'integer' | 'string' | 'boolean';
const accepts: Record<FieldType, InfluxKey['accepts']> = { float: 'number', integer: 'number', string: 'string', boolean: 'boolean' };

/** Whether a structured InfluxDB query aggregates: its rows are no longer points. */
export const aggregates = (spec: InfluxSource) =>
  (spec.select !== undefined && !Array.isArray(spec.select) && Object.values(spec.select).some((c) => typeof c !== 'string')) ||
  (spec.groupBy ?? []).some((g) => typeof g !== 'string');

/**
 * The columns of a structured InfluxDB source: time, its select (or every tag and field for
 * `*`) and its groupBy tags. A WHERE can test a column that is a raw tag or field under its
 * name or alias; in an aggregating query, only a groupBy tag.
 */
export function influxCatalog(spec: InfluxSource, keys: { tags: readonly string[]; fields: readonly { name: string; type: string }[] }): SourceCatalog {
  const tags = new Set(keys.tags);
  const fieldTypes = new Map<string, FieldType | 'conflict'>();
  for (const { name, type } of keys.fields) fieldTypes.set(name, fieldTypes.has(name) ? 'conflict' : (type as FieldType));
  const groupTags = (spec.groupBy ?? []).filter((g): g is string => typeof g === 'string');
  const select = spec.select;
  const aliases = select === undefined || Array.isArray(select) ? undefined : select;
  const selected = select === undefined ? [...tags, ...fieldTypes.keys()] : Array.isArray(select) ? select : Object.keys(select);
  const columns = new Set(['time', ...selected, ...groupTags]);
  const kindOf = (key: string): InfluxKey | undefined => {
    const type = fieldTypes.get(key);
    if (tags.has(key)) return type === undefined ? { key, accepts: 'string' } : undefined;
    return type === undefined || type === 'conflict' ? undefined : { key, accepts: accepts[type] };
  };
  const aggregating = aggregates(spec);
  return {
    kind: 'influx',
    restrictable: spec.limit === undefined && spec.offset === undefined,
    presence: (column) => (columns.has(column) ? 'yes' : 'no'),
    key: (column) => {
      if (column === 'time' || !columns.has(column)) return undefined;
      const alias = aliases?.[column];
      if (groupTags.includes(column) && alias === undefined) return tags.has(column) ? kindOf(column) : undefined;
      if (aggregating) return undefined;
      return kindOf(typeof alias === 'string' ? alias : column);
    },
  };
}

const opaque: SourceCatalog = { kind: 'influxql', restrictable: false, presence: () => 'maybe' };

async function esMappings(conn: EsConnection, index: string): Promise<EsMappings[]> {
  const { body } = await conn.request<Record<string, { mappings: EsMappings }>>({ method: 'GET', path: `/${encodeURIComponent(index)}/_mapping` });
  return Object.values(body).map((i) => i.mappings);
}

async function influxKeys(conn: InfluxConnection, spec: InfluxSource) {
  try {
    return await describeMeasurement(conn, spec.db, spec.measurement);
  } catch (err) {
    // A measurement without points has no columns; its query will find nothing either.
    if (isAppError(err) && err.code === Code.NOT_FOUND) return { tagKeys: [], fieldKeys: [] };
    throw err;
  }
}

/** Reads what the planner needs of one source (an index's mappings, a measurement's keys), with the read credential. */
export async function loadCatalog(backends: Backends, spec: SourceSpec): Promise<SourceCatalog> {
  const source = sourceKind(spec);
  switch (source.kind) {
    case 'es':
      if (source.spec.aggregate) return bucketCatalog(source.spec.aggregate);
      return esCatalog(source.spec, await esMappings(backends.esInstance(source.spec.es, 'read'), source.spec.index));
    case 'influx': {
      const { tagKeys, fieldKeys } = await influxKeys(backends.influxInstance(source.spec.influx, 'read'), source.spec);
      return influxCatalog(source.spec, { tags: tagKeys, fields: fieldKeys });
    }
    case 'influxql':
    case 'flux':
      return opaque;
  }
}

/**
 * Whether a term-level query on the target finds every document whose _source holds `value`. A
 * keyword holds a whole number or a boolean as its text ("80", "true"), which the query matches;
 * a string longer than its ignore_above is not indexed.
 */
export function esAccepts(target: EsTarget, value: unknown): boolean {
  switch (target.accepts) {
    case 'string':
      if (typeof value === 'boolean' || Number.isSafeInteger(value)) return true;
      return typeof value === 'string' && (target.ignoreAbove === null || value.length <= target.ignoreAbove);
    case 'integer':
      return Number.isSafeInteger(value);
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'boolean':
      return typeof value === 'boolean';
  }
}
