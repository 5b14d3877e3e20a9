import type { estypes } from '@elastic/elasticsearch';
import type { EsConnection } from '../../libs/es-client.js';
import { Respond } from '../../libs/respond.js';

/** `wait_for` blocks until the next refresh makes the write searchable; `true` forces one. */
export type Refresh = 'true' | 'false' | 'wait_for';

export type DocWrite = { index: string; id?: string; doc: object; op?: 'index' | 'create'; refresh?: Refresh };
export type DocUpdate = { index: string; id: string; doc: object; upsert?: boolean; refresh?: Refresh };
export type DocRef = { index: string; id: string; refresh?: Refresh };

const docPath = (index: string, endpoint: '_doc' | '_update', id?: string) =>
  `/${encodeURIComponent(index)}/${endpoint}${id === undefined ? '' : `/${encodeURIComponent(id)}`}`;

const written = (r: estypes.WriteResponseBase) => ({
  index: r._index,
  id: r._id,
  version: r._version,
  result: r.result,
  seqNo: r._seq_no,
  primaryTerm: r._primary_term,
});

const refreshQuery = (refresh?: Refresh) => (refresh ? { refresh } : undefined);

/** Stores a document: a new id without `id`, else create-or-replace (`op: create` refuses an existing one). */
export async function writeDoc(conn: EsConnection, w: DocWrite) {
  const { body } = await conn.request<estypes.WriteResponseBase>({
    method: w.id === undefined ? 'POST' : 'PUT',
    path: docPath(w.index, '_doc', w.id),
    querystring: { ...refreshQuery(w.refresh), ...(w.op && { op_type: w.op }) },
    body: w.doc,
  });
  return body.result === 'created' ? Respond.created(written(body)) : written(body);
}

export async function getDoc(conn: EsConnection, ref: DocRef) {
  const { body } = await conn.request<estypes.GetResponse<object>>({ method: 'GET', path: docPath(ref.index, '_doc', ref.id) });
  return { index: body._index, id: body._id, version: body._version, seqNo: body._seq_no, primaryTerm: body._primary_term, source: body._source };
}

/** Merges `doc` into the stored document; with `upsert` a missing one is created from it. */
export async function updateDoc(conn: EsConnection, u: DocUpdate) {
  const { body } = await conn.request<estypes.WriteResponseBase>({
    method: 'POST',
    path: docPath(u.index, '_update', u.id),
    querystring: refreshQuery(u.refresh),
    body: { doc: u.doc, ...(u.upsert && { doc_as_upsert: true }) },
  });
  return body.result === 'created' ? Respond.created(written(body)) : written(body);
}

export async function deleteDoc(conn: EsConnection, ref: DocRef) {
  const { body } = await conn.request<estypes.WriteResponseBase>({
    method: 'DELETE',
    path: docPath(ref.index, '_doc', ref.id),
    querystring: refreshQuery(ref.refresh),
  });
  return written(body);
}
