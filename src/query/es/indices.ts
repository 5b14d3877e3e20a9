import type { estypes } from '@elastic/elasticsearch';
import type { EsConnection } from '../../libs/es-client.js';
import { Code } from '../../libs/code.js';
import { errors, isAppError } from '../../libs/errors.js';
import { Respond } from '../../libs/respond.js';

export type IndexBody = { settings?: object; mappings?: object; aliases?: object };
export type AliasAction = string | { alias: string; filter?: object; routing?: string; is_write_index?: boolean };
export type IndexChanges = {
  mappings?: { properties?: Record<string, unknown> } & Record<string, unknown>;
  settings?: object;
  aliases?: { add?: AliasAction[]; remove?: string[] };
};
export type IndexAction = 'open' | 'close' | 'refresh';

// Every cat column is optional in estypes because `h` picks them; these are the ones it always asks for.
type CatIndex = estypes.CatIndicesIndicesRecord & Required<Pick<estypes.CatIndicesIndicesRecord, 'index' | 'uuid' | 'status' | 'pri' | 'rep'>>;

const catColumns = 'index,uuid,health,status,pri,rep,docs.count,store.size';
const toNumber = (v: string | null | undefined) => (v === null || v === undefined ? null : Number(v));
const indexPath = (index: string) => `/${encodeURIComponent(index)}`;

function summary(row: CatIndex) {
  return {
    index: row.index,
    uuid: row.uuid,
    health: row.health,
    status: row.status,
    docs: toNumber(row['docs.count']),
    sizeBytes: toNumber(row['store.size']),
    primaries: Number(row.pri),
    replicas: Number(row.rep),
  };
}

/** Indices whose name matches `pattern` (every index without one); a pattern matching nothing gives []. */
export async function listIndices(conn: EsConnection, pattern?: string) {
  try {
    const { body } = await conn.request<CatIndex[]>({
      method: 'GET',
      path: pattern ? `/_cat/indices/${encodeURIComponent(pattern)}` : '/_cat/indices',
      querystring: { format: 'json', bytes: 'b', h: catColumns, s: 'index' },
    });
    return body.map(summary);
  } catch (err) {
    // A name without wildcards is a 404 when missing. (Not ignore_unavailable: OpenSearch 2.19 then stalls for 30 s.)
    if (isAppError(err) && err.code === Code.NOT_FOUND) return [];
    throw err;
  }
}

/** Settings, mappings and aliases of one index with its health, doc count and size. */
export async function getIndex(conn: EsConnection, index: string) {
  const [meta, cat] = await Promise.all([
    conn.request<estypes.IndicesGetResponse>({ method: 'GET', path: indexPath(index) }),
    conn.request<CatIndex[]>({ method: 'GET', path: `/_cat/indices/${encodeURIComponent(index)}`, querystring: { format: 'json', bytes: 'b', h: catColumns } }),
  ]);
  const names = Object.keys(meta.body);
  // An alias may stand for several indices; this route describes exactly one.
  if (names.length !== 1) throw errors.validation('params.index', `"${index}" names ${names.length} indices (${names.join(', ')}); name one`);
  const row = cat.body.find((r) => r.index === names[0]);
  const detail = meta.body[names[0]!]!;
  return { ...(row ? summary(row) : { index: names[0]! }), settings: detail.settings, mappings: detail.mappings, aliases: detail.aliases };
}

export async function createIndex(conn: EsConnection, index: string, body: IndexBody) {
  const res = await conn.request<estypes.IndicesCreateResponse>({ method: 'PUT', path: indexPath(index), body });
  return Respond.created({ index, acknowledged: res.body.acknowledged, shardsAcknowledged: res.body.shards_acknowledged });
}

/** Fields of `wanted` that `current` already maps (objects are walked: a new sub-field is a new field). */
export function remappedFields(current: Record<string, unknown>, wanted: Record<string, unknown>, prefix = ''): string[] {
  return Object.entries(wanted).flatMap(([name, def]) => {
    const existing = current[name] as { properties?: Record<string, unknown> } | undefined;
    if (!existing) return [];
    const sub = (def as { properties?: Record<string, unknown> }).properties;
    if (existing.properties && sub) return remappedFields(existing.properties, sub, `${prefix}${name}.`);
    return [`${prefix}${name}`];
  });
}

async function addFields(conn: EsConnection, index: string, mappings: NonNullable<IndexChanges['mappings']>) {
  const { body } = await conn.request<estypes.IndicesGetMappingResponse>({
    method: 'GET',
    path: `${indexPath(index)}/_mapping`,
  });
  const current = Object.values(body)[0]?.mappings.properties ?? {};
  const remapped = remappedFields(current, mappings.properties ?? {});
  if (remapped.length) {
    throw errors.validation('body.mappings', `only new fields can be added; already mapped in "${index}": ${remapped.join(', ')}`);
  }
  await conn.request({ method: 'PUT', path: `${indexPath(index)}/_mapping`, body: mappings });
}

const aliasActions = (index: string, changes: NonNullable<IndexChanges['aliases']>) => [
  ...(changes.add ?? []).map((a) => ({ add: { index, ...(typeof a === 'string' ? { alias: a } : a) } })),
  ...(changes.remove ?? []).map((alias) => ({ remove: { index, alias } })),
];

/** New mapping fields, dynamic settings and alias changes, applied in that order. */
export async function updateIndex(conn: EsConnection, index: string, changes: IndexChanges) {
  const updated: string[] = [];
  if (changes.mappings) {
    await addFields(conn, index, changes.mappings);
    updated.push('mappings');
  }
  if (changes.settings) {
    await conn.request({ method: 'PUT', path: `${indexPath(index)}/_settings`, body: changes.settings });
    updated.push('settings');
  }
  if (changes.aliases) {
    await conn.request({ method: 'POST', path: '/_aliases', body: { actions: aliasActions(index, changes.aliases) } });
    updated.push('aliases');
  }
  return { index, updated };
}

export async function deleteIndex(conn: EsConnection, index: string) {
  const { body } = await conn.request<estypes.IndicesDeleteResponse>({ method: 'DELETE', path: indexPath(index) });
  return { index, acknowledged: body.acknowledged };
}

/** _open, _close or _refresh; acknowledged is false when a shard did not take part. */
export async function runIndexAction(conn: EsConnection, index: string, action: IndexAction) {
  // _open and _close acknowledge; _refresh reports its shards instead.
  const { body } = await conn.request<Partial<estypes.AcknowledgedResponseBase> & estypes.ShardsOperationResponseBase>({
    method: 'POST',
    path: `${indexPath(index)}/_${action}`,
  });
  return { index, action, acknowledged: body.acknowledged ?? body._shards?.failed === 0 };
}
