import type { estypes } from '@elastic/elasticsearch';
import type { EsConnection } from '../../libs/es-client.js';
import { Respond } from '../../libs/respond.js';
import type { BulkOperation } from './bulk-body.js';
import type { Refresh } from './documents.js';

export type BulkWrite = { index: string; operations: BulkOperation[]; refresh?: Refresh };

/** Sends every operation in one _bulk call and reports each item; 207 when some failed. */
export async function bulk(conn: EsConnection, w: BulkWrite) {
  const lines = w.operations.flatMap((op) => (op.source === undefined ? [{ [op.action]: op.meta }] : [{ [op.action]: op.meta }, op.source]));
  const { body } = await conn.request<estypes.BulkResponse>({
    method: 'POST',
    path: `/${encodeURIComponent(w.index)}/_bulk`,
    querystring: w.refresh ? { refresh: w.refresh } : undefined,
    bulkBody: lines,
  });
  const items = body.items.map((entry, position) => {
    const [action, r] = Object.entries(entry)[0]!;
    return r.error
      ? { position, action, id: r._id, status: r.status, error: { type: r.error.type, reason: r.error.reason } }
      : { position, action, id: r._id, status: r.status, result: r.result, version: r._version };
  });
  const failed = items.filter((item) => 'error' in item).length;
  const data = { index: w.index, took: body.took, total: items.length, failed, items };
  return failed ? Respond.partial(data, `${failed} of ${items.length} items failed`) : data;
}
