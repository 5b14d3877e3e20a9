import { errors } from '../../libs/errors.js';
import type { InfluxConnection } from '../../libs/influx-client.js';

/** 501 on an InfluxDB 1.x server, naming what it has instead (`instead`, with its route). */
export async function requireV2(conn: InfluxConnection, what: string, instead: string): Promise<void> {
  if ((await conn.generation()) === 1) throw errors.notSupported(`${what} on influx/${conn.name}: it is InfluxDB 1.x; use ${instead}`);
}
