import { Readable } from 'node:stream';
import type { EsConnection } from '../../libs/es-client.js';
import { openCursor, type ExportCursor, type ExportHit, type ExportSpec } from './export-cursor.js';

export type ExportRequest = Omit<ExportSpec, 'pageSize'>;

const pageSize = 1000;
// Below one page of NDJSON: the stream holds at most the page being sent, so memory stays flat.
const highWaterMark = 64 * 1024;

const ndjson = (hits: ExportHit[]) => hits.map((h) => `${JSON.stringify({ _index: h._index, _id: h._id, _source: h._source })}\n`).join('');

/** Yields one NDJSON page per pull; returning early (a destroyed stream) closes the cursor. */
async function* pages(cursor: ExportCursor, first: ExportHit[]): AsyncGenerator<string> {
  try {
    for (let hits = first; hits.length > 0; hits = hits.length < pageSize ? [] : await cursor.next()) {
      yield ndjson(hits);
    }
  } finally {
    // Best effort: an unclosed point in time or scroll expires after its keep-alive anyway.
    await cursor.close().catch(() => undefined);
  }
}

/**
 * Every matching document as an NDJSON stream that fetches the next page only when the consumer
 * pulls. The first page is fetched here, so a missing index or a bad query is still a plain error.
 */
export async function exportStream(conn: EsConnection, req: ExportRequest): Promise<Readable> {
  const open = await openCursor(conn, { ...req, pageSize });
  let first: ExportHit[];
  try {
    first = await open.next();
  } catch (err) {
    await open.close().catch(() => undefined);
    throw err;
  }
  return Readable.from(pages(open, first), { objectMode: false, highWaterMark });
}
