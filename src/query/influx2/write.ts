import type { WritePrecisionType } from '@influxdata/influxdb-client';
import { errors } from '../../libs/errors.js';
import type { InfluxConnection } from '../../libs/influx-client.js';
import type { Precision } from '../influx/points.js';
import { reportedWrite, type PointsWrite } from '../influx/write.js';
import { mappingsOf } from './buckets.js';

/** /api/v2/write's precisions; minutes and hours, which 1.x also takes, it does not. */
function v2Precision(precision: Precision): WritePrecisionType {
  if (precision === 'm' || precision === 'h') throw errors.validation('precision', 'InfluxDB 2.x takes ns, u, ms or s');
  return precision === 'u' ? 'us' : precision;
}

/** The bucket a write lands in: the database's mapping for the retention policy, or its default one. */
async function bucketOf(conn: InfluxConnection, w: PointsWrite): Promise<string> {
  const mappings = await mappingsOf(conn, w.database);
  if (mappings.length === 0) throw errors.databaseNotFound(conn.name, w.database);
  const mapping = mappings.find((m) => (w.retentionPolicy === undefined ? m.default : m.retention_policy === w.retentionPolicy));
  if (!mapping) throw errors.notFound(`retention policy "${w.retentionPolicy ?? '(default)'}" in influx/${conn.name}/${w.database}`);
  return mapping.bucketID;
}

/** One /api/v2/write call through the client's WriteApi; partial writes reported as on 1.x. */
export async function writePoints(conn: InfluxConnection, w: PointsWrite) {
  const precision = v2Precision(w.precision);
  const bucketID = await bucketOf(conn, w);
  return reportedWrite(conn, w, () =>
    conn.callV2(async ({ influx, org }) => {
      const lines = w.lines.split('\n');
      // A request/response route: the body is one batch sent once when the route flushes (no timer, no size split),
      // and a failure goes to the answer (no retry after it, nor the client's console log) — the caller retries.
      const writeApi = influx.getWriteApi(org, bucketID, precision, {
        batchSize: lines.length + 1,
        maxBatchBytes: Infinity,
        flushInterval: 0,
        maxRetries: 0,
        writeFailed: (error) => Promise.reject(error),
      });
      writeApi.writeRecords(lines);
      try {
        await writeApi.flush();
      } finally {
        await writeApi.close();
      }
    }),
  );
}
