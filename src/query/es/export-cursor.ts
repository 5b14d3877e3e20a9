import type { estypes } from '@elastic/elasticsearch';
import { Code } from '../../libs/code.js';
import type { EsConnection, EsRequest } from '../../libs/es-client.js';
import { isAppError } from '../../libs/errors.js';
import { versionHas } from './capabilities.js';

export type ExportHit = estypes.SearchHit<object>;

/** Pages through every matching document, in a stable order, until a page comes back empty. */
export interface ExportCursor {
  readonly via: 'point-in-time' | 'scroll';
  next(): Promise<ExportHit[]>;
  close(): Promise<void>;
}

export type ExportSpec = { index: string; query?: object; fields?: string[]; pageSize: number };

const keepAlive = '1m';

// Elasticsearch answers an opened point in time with `id`, OpenSearch with `pit_id`.
type PitOpened = Partial<estypes.OpenPointInTimeResponse> & { pit_id?: string };

// The two flavors name the point-in-time endpoints differently.
const pitApis = {
  elasticsearch: {
    open: (index: string) => `/${encodeURIComponent(index)}/_pit`,
    idOf: (body: PitOpened) => body.id!,
    close: (id: string): EsRequest => ({ method: 'DELETE', path: '/_pit', body: { id } }),
  },
  opensearch: {
    open: (index: string) => `/${encodeURIComponent(index)}/_search/point_in_time`,
    idOf: (body: PitOpened) => body.pit_id!,
    close: (id: string): EsRequest => ({ method: 'DELETE', path: '/_search/point_in_time', body: { pit_id: [id] } }),
  },
};

const byShardDoc = [{ _shard_doc: 'asc' }];
// Unique, but read through _id field data on the heap: only where _shard_doc is missing.
const byId = [{ _id: 'asc' }];

/**
 * The tiebreaker of a point in time. Every Elasticsearch the 8.x client speaks to has _shard_doc;
 * OpenSearch has it from 3.3, so its version is asked (a credential that may not ask gets _id).
 */
async function tiebreaker(conn: EsConnection): Promise<object[]> {
  if (conn.flavor === 'elasticsearch') return byShardDoc;
  const version = await conn.request<estypes.InfoResponse>({ method: 'GET', path: '/' }).then(
    ({ body }) => body.version.number,
    () => null,
  );
  return version !== null && versionHas(conn.flavor, version, 'shardDocTiebreaker') ? byShardDoc : byId;
}

const sourceOf = (spec: ExportSpec) => spec.fields ?? true;

/** A point in time with search_after; null when the cluster has no point-in-time endpoint. */
async function pitCursor(conn: EsConnection, spec: ExportSpec): Promise<ExportCursor | null> {
  const api = pitApis[conn.flavor];
  const sorted = tiebreaker(conn);
  let id: string;
  try {
    const { body } = await conn.request<PitOpened>({ method: 'POST', path: api.open(spec.index), querystring: { keep_alive: keepAlive } });
    id = api.idOf(body);
  } catch (err) {
    if (isAppError(err) && err.code === Code.NOT_SUPPORTED) return null;
    throw err;
  }
  const sort = await sorted;
  let searchAfter: unknown[] | undefined;
  return {
    via: 'point-in-time',
    async next() {
      const { body } = await conn.request<estypes.SearchResponse<object>>({
        method: 'POST',
        path: '/_search',
        body: {
          size: spec.pageSize,
          query: spec.query,
          _source: sourceOf(spec),
          pit: { id, keep_alive: keepAlive },
          sort,
          track_total_hits: false,
          ...(searchAfter && { search_after: searchAfter }),
        },
      });
      // Elasticsearch may hand back a new id for the same point in time.
      id = body.pit_id ?? id;
      searchAfter = body.hits.hits.at(-1)?.sort ?? searchAfter;
      return body.hits.hits;
    },
    async close() {
      await conn.request(api.close(id));
    },
  };
}

/** A scroll in index order, for clusters without point in time. */
export function scrollCursor(conn: EsConnection, spec: ExportSpec): ExportCursor {
  let scrollId: string | undefined;
  return {
    via: 'scroll',
    async next() {
      const { body } = await conn.request<estypes.SearchResponse<object>>(
        scrollId === undefined
          ? {
              method: 'POST',
              path: `/${encodeURIComponent(spec.index)}/_search`,
              querystring: { scroll: keepAlive },
              body: { size: spec.pageSize, query: spec.query, _source: sourceOf(spec), sort: ['_doc'] },
            }
          : { method: 'POST', path: '/_search/scroll', body: { scroll: keepAlive, scroll_id: scrollId } },
      );
      scrollId = body._scroll_id ?? scrollId;
      return body.hits.hits;
    },
    async close() {
      if (scrollId !== undefined) await conn.request({ method: 'DELETE', path: '/_search/scroll', body: { scroll_id: [scrollId] } });
    },
  };
}

export async function openCursor(conn: EsConnection, spec: ExportSpec): Promise<ExportCursor> {
  return (await pitCursor(conn, spec)) ?? scrollCursor(conn, spec);
}
