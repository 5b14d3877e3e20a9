import { errors } from '../../libs/errors.js';
import { durationPattern } from '../influxql.js';

// How the 1.x notions of the API map onto InfluxDB 2.x: pure, no server involved.

const unitSeconds: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86_400, w: 604_800 };

/** `30d`, `1h30m` or `INF` as a bucket's retention seconds (0: keep forever); `field` names the culprit of a 400. */
export function durationSeconds(text: string, field: string): number {
  if (text.toUpperCase() === 'INF') return 0;
  if (!durationPattern.test(text)) throw errors.validation(field, `not a duration (e.g. 1h, 90m, 7d or INF): ${JSON.stringify(text)}`);
  let seconds = 0;
  for (const [, amount, unit] of text.matchAll(/(\d+)(ns|u|µ|ms|s|m|h|d|w)/g)) {
    const per = unitSeconds[unit!];
    // A bucket's retention is counted in whole seconds: a sub-second part cannot be kept.
    if (per === undefined) throw errors.validation(field, `InfluxDB 2.x counts retention in whole seconds: ${JSON.stringify(text)}`);
    seconds += Number(amount) * per;
  }
  return seconds;
}

/** Retention seconds as InfluxDB 1.x shows a duration (`168h0m0s`); 0, kept forever, is `INF`. */
export const durationText = (seconds: number): string => (seconds === 0 ? 'INF' : goDuration(seconds));

/** Seconds as Go prints a duration, as InfluxDB 1.x shows a shard duration: `24h0m0s`, `0s`. */
export function goDuration(seconds: number): string {
  if (seconds === 0) return '0s';
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  return `${hours}h${minutes}m${seconds % 60}s`;
}

/** The bucket a retention policy gets: InfluxDB's own v1-migration name `db/rp`. */
export const retentionPolicyBucket = (database: string, retentionPolicy: string) => `${database}/${retentionPolicy}`;

/** The database a bucket stands for: `db` for `db` and for a retention policy's `db/rp`. */
export const databaseOfBucket = (bucket: string) => bucket.split('/')[0]!;

/** The retention policy name a database's own bucket is mapped under. */
export const defaultRetentionPolicy = 'autogen';

/** InfluxDB 2.x keeps one copy of each point: a replication other than 1 cannot be honoured. */
export function requireSingleReplica(replication: number | undefined, field: string): void {
  if (replication !== undefined && replication !== 1) throw errors.validation(field, 'InfluxDB 2.x keeps one copy of each point: give 1 or leave it out');
}
