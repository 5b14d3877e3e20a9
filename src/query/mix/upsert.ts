import type { Access } from '../../libs/access.js';
import { Code } from '../../libs/code.js';
import type { Level } from '../../config/settings.js';
import type { Backends } from '../../libs/db.js';
import { isAppError } from '../../libs/errors.js';
import { Respond } from '../../libs/respond.js';
import { fieldReader, type Row, type Rows } from '../../libs/rows.js';
import { bulk } from '../es/bulk.js';
import type { BulkOperation } from '../es/bulk-body.js';
import { checkDocumentWrite } from '../es/index-creation.js';
import { jsonPointsToLines, MAX_POINTS_PER_WRITE, type JsonPoint } from '../influx/points.js';
import { writeToServer } from '../influx-query.js';
import { limits } from './limits.js';

/** Writes the current rows to an Elasticsearch index (document id from a column). */
export interface EsUpsertTarget {
  es: string;
  index: string;
  id: string;
}

/** Writes the current rows as points of an InfluxDB measurement. */
export interface InfluxUpsertTarget {
  influx: string;
  db: string;
  measurement: string;
  tags: readonly string[];
  fields: readonly string[];
  /** The time column (RFC3339, or epoch milliseconds); without it InfluxDB stamps the points. */
  time?: string;
}

export type UpsertTarget = EsUpsertTarget | InfluxUpsertTarget;

export const isEsTarget = (target: Readonly<UpsertTarget>): target is Readonly<EsUpsertTarget> => 'es' in target;

/** What one upsert step wrote: counts of rows, and why some were not written (row = position in the step's rows). */
export interface UpsertReport {
  step: number;
  target: string;
  written: number;
  failed: number;
  errors: { rows: string; reason: string }[];
}

class Report {
  written = 0;
  failed = 0;
  readonly errors: UpsertReport['errors'] = [];
  fail(rows: string, reason: string, count = 1) {
    this.failed += count;
    if (this.errors.length < limits.reportedFailures) this.errors.push({ rows, reason });
  }
  done(step: number, target: string): UpsertReport {
    return { step, target, written: this.written, failed: this.failed, errors: this.errors };
  }
}

const batches = <T>(items: T[], size: number) =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => ({ from: i * size, items: items.slice(i * size, (i + 1) * size) }));

type BulkData = { items: { position: number; error?: { type: string; reason: string } }[] };

/** Each row indexed (created or replaced) under the id in its id column, in _bulk calls. */
async function toEs(backends: Backends, t: Readonly<EsUpsertTarget>, rows: Rows, report: Report, level: Level): Promise<void> {
  const conn = backends.esInstance(t.es, level);
  const idOf = fieldReader(t.id);
  const operations: BulkOperation[] = [];
  const positions: number[] = [];
  rows.forEach((row, i) => {
    const id = idOf(row);
    if ((typeof id !== 'string' && typeof id !== 'number') || id === '') report.fail(String(i), `no document id in column "${t.id}" (a string or a number)`);
    else {
      operations.push({ action: 'index', meta: { _id: String(id) }, source: row });
      positions.push(i);
    }
  });
  const all = batches(operations, limits.esBulkSize);
  for (const [b, { from, items }] of all.entries()) {
    // One refresh at the end makes every batch searchable when the pipeline answers.
    const result = await bulk(conn, { index: t.index, operations: items, ...(b === all.length - 1 && { refresh: 'wait_for' as const }) });
    const data = (result instanceof Respond ? result.data : result) as BulkData;
    for (const item of data.items) {
      if (item.error) report.fail(String(positions[from + item.position]), `${item.error.type}: ${item.error.reason}`);
      else report.written++;
    }
  }
}

/** A row as a JSON point: null tags and fields are left out; numbers are written as floats. */
function pointOf(row: Row, t: Readonly<InfluxUpsertTarget>): JsonPoint | string {
  const tags: Record<string, string> = {};
  for (const tag of t.tags) {
    const value = fieldReader(tag)(row);
    if (value === null || value === undefined || value === '') continue;
    if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean')
      return `tag "${tag}" holds ${Array.isArray(value) ? 'an array' : 'an object'}`;
    tags[tag] = String(value);
  }
  const fields: Record<string, number | string | boolean> = {};
  for (const field of t.fields) {
    const value = fieldReader(field)(row);
    if (value === null || value === undefined) continue;
    if (typeof value === 'object') return `field "${field}" holds ${Array.isArray(value) ? 'an array' : 'an object'}`;
    fields[field] = value as number | string | boolean;
  }
  if (Object.keys(fields).length === 0) return `no field value (${t.fields.map((f) => `"${f}"`).join(', ')} are all null)`;
  const time = t.time === undefined ? undefined : fieldReader(t.time)(row);
  return { measurement: t.measurement, tags, fields, ...(time !== null && time !== undefined && { time: time as string | number }) };
}

/** Each row as a point (tags, fields, time from its columns), written in /write calls. */
async function toInflux(backends: Backends, t: Readonly<InfluxUpsertTarget>, rows: Rows, report: Report, level: Level): Promise<void> {
  const conn = backends.influxInstance(t.influx, level);
  const lines: string[] = [];
  const positions: number[] = [];
  rows.forEach((row, i) => {
    const point = pointOf(row, t);
    if (typeof point === 'string') return report.fail(String(i), point);
    try {
      // Validates like POST .../points: names, values, the time (RFC3339 or epoch milliseconds).
      lines.push(jsonPointsToLines(point, 'ms').lines);
      positions.push(i);
    } catch (err) {
      if (!isAppError(err)) throw err;
      report.fail(String(i), err.message.replace(/^body\.?/, ''));
    }
  });
  for (const { from, items } of batches(lines, MAX_POINTS_PER_WRITE)) {
    const span = `${positions[from]}..${positions[from + items.length - 1]}`;
    try {
      const result = await writeToServer(conn, { database: t.db, precision: 'ns', lines: items.join('\n'), count: items.length });
      const data = (result instanceof Respond ? result.data : result) as { written: number; dropped?: number; reason?: string };
      report.written += data.written;
      // InfluxDB says how many points of a write it dropped, not which.
      if (data.dropped) report.fail(span, `${data.dropped} of these points dropped: ${data.reason}`, data.dropped);
    } catch (err) {
      if (!isAppError(err) || (err.code !== Code.VALIDATION && err.code !== Code.CONFLICT)) throw err;
      report.fail(span, err.message, items.length);
    }
  }
}

/**
 * Before the pipeline fetches anything: every Elasticsearch upsert target may be written by the
 * caller, creating its index if missing (see checkDocumentWrite). InfluxDB creates no database
 * on a write, and a new measurement is what writing points means.
 */
export async function checkUpsertTargets(backends: Backends, access: Access, targets: readonly Readonly<UpsertTarget>[]): Promise<void> {
  for (const target of targets) {
    if (isEsTarget(target)) await checkDocumentWrite(backends.esInstance(target.es, 'write'), target.index, access.levelOn('es', target.es), true);
  }
}

/** Writes the rows to the step's target with the credential of `level`; rows that cannot be written are counted and reported, not fatal. */
export async function upsertRows(backends: Backends, t: Readonly<UpsertTarget>, step: number, rows: Rows, level: Level): Promise<UpsertReport> {
  const report = new Report();
  if (isEsTarget(t)) {
    await toEs(backends, t, rows, report, level);
    return report.done(step, `es/${t.es}/${t.index}`);
  }
  await toInflux(backends, t, rows, report, level);
  return report.done(step, `influx/${t.influx}/${t.db}/${t.measurement}`);
}
