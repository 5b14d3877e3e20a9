import type { estypes } from '@elastic/elasticsearch';
import { Code } from '../../libs/code.js';
import type { EsConnection } from '../../libs/es-client.js';
import { isAppError } from '../../libs/errors.js';
import { unsupported } from './capabilities.js';

/** A query DSL search body; size + from are checked against the result window by the parser. */
export type SearchBody = Record<string, unknown>;
export type DeleteByQuery = { index: string; query: object; refresh?: boolean; conflicts?: 'abort' | 'proceed' };

// total is a bare count only under rest_total_hits_as_int, which the gateway never sends.
type EsHits = Omit<estypes.SearchHitsMetadata<object>, 'total'> & { total?: estypes.SearchTotalHits };
type EsSearchResponse = Omit<estypes.SearchResponse<object>, 'hits'> & { hits: EsHits };

const searchPath = (index: string, endpoint: string) => `/${encodeURIComponent(index)}/${endpoint}`;

const hitOf = (h: estypes.SearchHit<object>) => ({
  index: h._index,
  id: h._id,
  score: h._score,
  source: h._source,
  ...(h.sort && { sort: h.sort }),
  ...(h.highlight && { highlight: h.highlight }),
  ...(h.fields && { fields: h.fields }),
});

export async function search(conn: EsConnection, index: string, body: SearchBody) {
  const { body: res } = await conn.request<EsSearchResponse>({ method: 'POST', path: searchPath(index, '_search'), body });
  return {
    took: res.took,
    timedOut: res.timed_out,
    total: res.hits.total ?? null,
    maxScore: res.hits.max_score,
    hits: res.hits.hits.map(hitOf),
    ...(res.aggregations && { aggregations: res.aggregations }),
  };
}

export async function count(conn: EsConnection, index: string, query?: object) {
  const { body } = await conn.request<estypes.CountResponse>({ method: 'POST', path: searchPath(index, '_count'), body: query && { query } });
  return { index, count: body.count };
}

/** Needs the reindex module; a cluster without it gets a 501 that says so and what to use instead. */
export async function deleteByQuery(conn: EsConnection, d: DeleteByQuery) {
  try {
    const { body } = await conn.request<estypes.DeleteByQueryResponse>({
      method: 'POST',
      path: searchPath(d.index, '_delete_by_query'),
      querystring: { ...(d.refresh !== undefined && { refresh: d.refresh }), ...(d.conflicts && { conflicts: d.conflicts }) },
      body: { query: d.query },
    });
    return { index: d.index, took: body.took, total: body.total, deleted: body.deleted, versionConflicts: body.version_conflicts, failures: body.failures };
  } catch (err) {
    if (isAppError(err) && err.code === Code.NOT_SUPPORTED) {
      throw unsupported(conn.name, 'deleteByQuery');
    }
    throw err;
  }
}
