import { errors } from '../../libs/errors.js';
import type { InfluxConnection } from '../../libs/influx-client.js';
import { containing, empty, ident, influxql, integer } from '../influxql.js';
import { execute, firstColumn, requireDatabase } from './execute.js';

/** Measurement names, optionally only those containing `match` (taken literally). */
export async function listMeasurements(conn: InfluxConnection, database: string, match?: string): Promise<string[]> {
  await requireDatabase(conn, database);
  const filter = match === undefined ? empty : influxql` WITH MEASUREMENT =~ ${containing(match)}`;
  return firstColumn((await execute(conn, influxql`SHOW MEASUREMENTS${filter}`, { db: database }))[0]);
}

export interface MeasurementSchema {
  database: string;
  name: string;
  tagKeys: string[];
  fieldKeys: { name: string; type: string }[];
}

/** Tag keys and typed field keys; a measurement without fields does not exist. */
export async function describeMeasurement(conn: InfluxConnection, database: string, name: string): Promise<MeasurementSchema> {
  // With two statements InfluxDB answers a missing database with "not executed" only.
  await requireDatabase(conn, database);
  const [tags, fields] = await execute(conn, influxql`SHOW TAG KEYS FROM ${ident(name)}; SHOW FIELD KEYS FROM ${ident(name)}`, { db: database });
  const fieldKeys = (fields?.series ?? []).flatMap((s) => (s.values ?? []).map(([key, type]) => ({ name: String(key), type: String(type) })));
  if (fieldKeys.length === 0) throw measurementNotFound(conn, database, name);
  return { database, name, tagKeys: firstColumn(tags), fieldKeys };
}

export async function dropMeasurement(conn: InfluxConnection, database: string, name: string) {
  await describeMeasurement(conn, database, name);
  await execute(conn, influxql`DROP MEASUREMENT ${ident(name)}`, { db: database });
  return { database, measurement: name, dropped: true };
}

/** The values of one tag key; 404 when the measurement or the tag key does not exist. */
export async function tagValues(conn: InfluxConnection, database: string, measurement: string, key: string): Promise<string[]> {
  const { tagKeys } = await describeMeasurement(conn, database, measurement);
  if (!tagKeys.includes(key)) throw errors.notFound(`tag key "${key}" of measurement "${measurement}" in influx/${conn.name}/${database}`);
  const [result] = await execute(conn, influxql`SHOW TAG VALUES FROM ${ident(measurement)} WITH KEY = ${ident(key)}`, { db: database });
  return (result?.series ?? []).flatMap((s) => (s.values ?? []).map((row) => String(row[1])));
}

export interface SeriesKey {
  key: string;
  measurement: string;
  tags: Record<string, string>;
}

export async function listSeries(conn: InfluxConnection, database: string, measurement?: string, limit?: number): Promise<SeriesKey[]> {
  const from = measurement === undefined ? empty : influxql` FROM ${ident(measurement)}`;
  const bound = limit === undefined ? empty : influxql` LIMIT ${integer(limit)}`;
  const [result] = await execute(conn, influxql`SHOW SERIES${from}${bound}`, { db: database });
  return firstColumn(result).map(parseSeriesKey);
}

/** `cpu,host=a\ b,region=eu` -> measurement and tags, unescaped as InfluxDB escapes series keys. */
export function parseSeriesKey(key: string): SeriesKey {
  const [measurement = '', ...tags] = splitUnescaped(key, ',');
  return {
    key,
    measurement: unescape(measurement),
    tags: Object.fromEntries(
      tags.map((tag) => {
        const [k = '', ...v] = splitUnescaped(tag, '=');
        return [unescape(k), unescape(v.join('='))];
      }),
    ),
  };
}

/** Splits at each `separator` that no backslash escapes; a backslash pairs with the next character. */
function splitUnescaped(text: string, separator: string): string[] {
  const parts = [''];
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\\' && i + 1 < text.length) parts[parts.length - 1] += c + text[++i];
    else if (c === separator) parts.push('');
    else parts[parts.length - 1] += c;
  }
  return parts;
}

const unescape = (text: string) => text.replace(/\\([,= ])/g, '$1');

export const measurementNotFound = (conn: InfluxConnection, database: string, name: string) =>
  errors.notFound(`measurement "${name}" in influx/${conn.name}/${database}`);
