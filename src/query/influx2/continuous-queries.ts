import { errors } from '../../libs/errors.js';
import type { InfluxConnection } from '../../libs/influx-client.js';

/** InfluxDB 2.x has no continuous queries: its tasks run Flux on a schedule instead. */
export function continuousQueriesNotSupported(conn: InfluxConnection): Promise<never> {
  return Promise.reject(
    errors.notSupported(
      `continuous queries on influx/${conn.name}: InfluxDB 2.x has none; use its tasks (/influx/${conn.name}/tasks) to run Flux on a schedule`,
    ),
  );
}
