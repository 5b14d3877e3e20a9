import { Code } from '../../libs/code.js';
import { AppError } from '../../libs/errors.js';
import { PartialWriteError, type InfluxConnection } from '../../libs/influx-client.js';
import { Respond } from '../../libs/respond.js';
import type { Precision } from './points.js';

/** Validated line protocol (the parser checked or built every line) and how many points it holds. */
export interface PointsWrite {
  database: string;
  retentionPolicy?: string;
  precision: Precision;
  lines: string;
  count: number;
}

/** One /write call (InfluxDB 1.x). */
export function writePoints(conn: InfluxConnection, w: PointsWrite) {
  return reportedWrite(conn, w, () => conn.write(w.lines, { db: w.database, rp: w.retentionPolicy, precision: w.precision }));
}

/**
 * A write sent by `send`. InfluxDB's "partial write" is never hidden: some points dropped is a 207
 * saying how many and why; all of them dropped is an error (409 for a field type conflict).
 */
export async function reportedWrite(conn: InfluxConnection, w: PointsWrite, send: () => Promise<void>) {
  const target = { database: w.database, ...(w.retentionPolicy === undefined ? {} : { retentionPolicy: w.retentionPolicy }) };
  try {
    await send();
  } catch (err) {
    if (!(err instanceof PartialWriteError) || !err.dropped) throw err;
    if (err.dropped >= w.count) {
      const code = /field type conflict/.test(err.reason) ? Code.CONFLICT : Code.VALIDATION;
      throw new AppError(code, `influx/${conn.name}: none of the ${w.count} points was written: ${err.reason}`, { cause: err });
    }
    const data = { ...target, written: w.count - err.dropped, dropped: err.dropped, reason: err.reason };
    return Respond.partial(data, `${err.dropped} of ${w.count} points dropped by influx/${conn.name}: ${err.reason}`);
  }
  return { ...target, written: w.count };
}
