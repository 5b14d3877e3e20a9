import { errors } from '../../libs/errors.js';
import type { InfluxConnection } from '../../libs/influx-client.js';
import { ident, influxql, join } from '../influxql.js';
import { execute } from './execute.js';
import { describeMeasurement } from './measurements.js';
import { conditions, type Where } from './search.js';

export interface PointsDeletion {
  database: string;
  measurement: string;
  /** Inclusive start, RFC3339 or now-1h. */
  from?: string;
  /** Exclusive end. */
  to?: string;
  tags?: Omit<Where, 'time'>;
}

/** DELETE FROM "m" WHERE time and tag conditions (InfluxDB deletes by nothing else). */
export async function deletePoints(conn: InfluxConnection, d: PointsDeletion) {
  const where = conditions({ ...d.tags, time: { gte: d.from, lt: d.to } });
  if (where.length === 0) throw errors.validation('body', 'give from, to or tags (to delete every point, drop the measurement)');
  const statement = influxql`DELETE FROM ${ident(d.measurement)} WHERE ${join(where, influxql` AND `)}`;
  await describeMeasurement(conn, d.database, d.measurement);
  await execute(conn, statement, { db: d.database });
  return { database: d.database, measurement: d.measurement, statement: statement.text };
}
