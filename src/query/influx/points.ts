import { escape, Point } from '@influxdata/influxdb-client';
import { z } from 'zod';
import { Code } from '../../libs/code.js';
import { AppError, errors } from '../../libs/errors.js';
import { rfc3339, rfc3339Nanos } from '../influxql.js';

/** Points accepted in one write; more get a 413 asking to split the batch. */
export const MAX_POINTS_PER_WRITE = 50_000;

export const precisions = ['ns', 'u', 'ms', 's', 'm', 'h'] as const;
export type Precision = (typeof precisions)[number];

const nanosPer: Record<Precision, bigint> = { ns: 1n, u: 1_000n, ms: 1_000_000n, s: 1_000_000_000n, m: 60_000_000_000n, h: 3_600_000_000_000n };

// InfluxDB's valid time range (models.MinNanoTime / MaxNanoTime).
const minNanos = -9_223_372_036_854_775_806n;
const maxNanos = 9_223_372_036_854_775_806n;

/** Nanoseconds of an integer time in `precision`, or undefined outside InfluxDB's range. */
export function timeNanos(value: bigint, precision: Precision): bigint | undefined {
  const ns = value * nanosPer[precision];
  return ns < minNanos || ns > maxNanos ? undefined : ns;
}

export const int64 = (value: bigint) => value >= -(2n ** 63n) && value < 2n ** 63n;

/**
 * Line protocol cannot carry these faithfully: a control character, or a backslash that ends
 * a name or stands before a comma, space, `=` or `"` (InfluxDB unescapes those). Checked for every
 * measurement, tag key, tag value and field key.
 */
export function nameProblem(name: string): string | undefined {
  if (name === '') return 'must not be empty';
  // eslint-disable-next-line no-control-regex -- control characters are what this refuses
  if (/[\u0000-\u001f\u007f]/.test(name)) return 'must not contain control characters (newline, tab, ...)';
  if (/\\($|[, ="])/.test(name)) return 'a backslash must not end it or stand before a comma, space, = or "';
  return undefined;
}

const name = z.string().superRefine((text, ctx) => {
  const problem = nameProblem(text);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});
const key = name.refine((k) => k !== 'time', 'time is reserved for the timestamp');

// Only a value that passed the union reaches BigInt, which throws on any other string ("12a").
const intValue = z
  .union([z.number().int(), z.string().regex(/^-?\d{1,19}$/, 'must be a whole number or a string of digits')])
  .refine((v) => int64(BigInt(v)), { message: 'out of the int64 range', when: (payload) => payload.issues.length === 0 });
const typedField = z.union([
  z.strictObject({ int: intValue }),
  z.strictObject({ float: z.number() }),
  z.strictObject({ string: z.string() }),
  z.strictObject({ bool: z.boolean() }),
]);
const fieldValue = z.union([z.number(), z.boolean(), z.string(), typedField], {
  error: (issue) =>
    typeof issue.input === 'number'
      ? 'must be a finite number'
      : 'must be a number (written as a float), a boolean, a string, or typed: {"int": 3}, {"float": 1}, {"string": "x"}, {"bool": true} (an int is a whole number within int64, or a string of digits)',
});

const timeProblem = 'must be RFC3339 (2009-11-10T23:00:00Z) or an integer';
const timeText = (t: string) => rfc3339Nanos(t) !== undefined || /^-?\d{1,19}$/.test(t);

export const pointSchema = z
  .strictObject({
    measurement: name.refine((m) => !m.startsWith('#'), 'must not start with # (line protocol reads the line as a comment)').describe('The measurement'),
    tags: z.record(key, name).optional().describe('Tag keys and values (strings)'),
    fields: z
      .record(key, fieldValue)
      .refine((fields) => Object.keys(fields).length > 0, 'needs at least one field')
      .describe('Field values: a JSON number is written as a float, a boolean as a boolean, a string as a string; {"int": 3} writes an integer'),
    time: z
      .union(
        [
          z
            .string()
            .refine(timeText, timeProblem)
            .meta({ pattern: `^(?:-?\\d{1,19}|${rfc3339.source.slice(1, -1)})$` }),
          z.number().int(),
        ],
        { error: timeProblem },
      )
      .optional()
      .describe('RFC3339, or an integer (number, or string of digits) in the `precision` of the request; the server time when absent'),
  })
  .meta({
    example: {
      measurement: 'cpu_load',
      tags: { host: 'server01', region: 'us-west' },
      fields: { value: 0.64, cores: { int: 8 } },
      time: '2009-11-10T23:00:00Z',
    },
  });

export type JsonPoint = z.infer<typeof pointSchema>;
type FieldValue = z.infer<typeof fieldValue>;

export function tooManyPoints(count: number): AppError {
  return new AppError(Code.PAYLOAD_TOO_LARGE, `${count} points in one write; the limit is ${MAX_POINTS_PER_WRITE}: split the batch into several requests`);
}

/** Validates every JSON point (a 400 names its index and field) and serializes them as line protocol with ns times. */
export function jsonPointsToLines(body: unknown, precision: Precision): { lines: string; count: number } {
  const single = !Array.isArray(body);
  const items = single ? [body] : (body as unknown[]);
  if (items.length === 0) throw errors.validation('body', 'no points to write');
  if (items.length > MAX_POINTS_PER_WRITE) throw tooManyPoints(items.length);
  const names = new Set<string>();
  const lines = items.map((item, i) => {
    const where = single ? 'body' : `body[${i}]`;
    return isCommonPoint(item, names) ? commonPointLine(item, precision, where) : checkedPointLine(item, precision, where);
  });
  return { lines: lines.join('\n'), count: lines.length };
}

/** A point's line once pointSchema has checked it: its first problem is a 400 naming the field. */
export function checkedPointLine(item: unknown, precision: Precision, where: string): string {
  const parsed = pointSchema.safeParse(item);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const message = issue.code === 'invalid_key' ? (issue.issues[0]?.message ?? issue.message) : issue.message;
    throw errors.validation([where, ...issue.path.map(String)].join('.'), message);
  }
  return pointLine(parsed.data, precision, where);
}

const pointLine = (p: JsonPoint, precision: Precision, where: string) => toPoint(p, precision, where).toLineProtocol()!;

/**
 * What toPoint(p).toLineProtocol() writes for a point of the common shape, without building a
 * Point (a third of a JSON write's time): keys in the same order, escaped by the same library.
 */
function commonPointLine(p: CommonPoint, precision: Precision, where: string): string {
  let line = escape.measurement(p.measurement);
  if (p.tags) for (const k of Object.keys(p.tags).sort()) line += `,${escape.tag(k)}=${escape.tag(p.tags[k]!)}`;
  let separator = ' ';
  for (const k of Object.keys(p.fields).sort()) {
    const v = p.fields[k]!;
    line += `${separator}${escape.tag(k)}=${typeof v === 'number' ? String(v) : typeof v === 'boolean' ? (v ? 'T' : 'F') : escape.quoted(v)}`;
    separator = ',';
  }
  return p.time === undefined ? line : `${line} ${nanosOf(p.time, precision, where)}`;
}

type CommonPoint = Omit<JsonPoint, 'fields'> & { fields: Record<string, number | boolean | string> };

const pointKeys = new Set(['measurement', 'tags', 'fields', 'time']);
const plainObject = (v: unknown): v is Record<string, unknown> => {
  if (typeof v !== 'object' || v === null) return false;
  const prototype: unknown = Object.getPrototypeOf(v);
  return prototype === Object.prototype || prototype === null;
};

/**
 * The common shape of a point, checked without zod (zod costs most of a JSON write): plain
 * numbers, booleans and strings as fields, an integer or RFC3339 time. It only says yes to what
 * pointSchema accepts as is; anything else (typed fields, any mistake) goes through pointSchema,
 * whose message names the field. `names` holds the names already found good in this write.
 */
export function isCommonPoint(item: unknown, names: Set<string> = new Set()): item is CommonPoint {
  if (!plainObject(item)) return false;
  for (const k in item) if (!pointKeys.has(k)) return false;
  const { measurement, tags, fields, time } = item;
  if (typeof measurement !== 'string' || measurement.startsWith('#') || !goodName(measurement, names)) return false;
  if (tags !== undefined) {
    if (!plainObject(tags)) return false;
    for (const k in tags) {
      const v = tags[k];
      if (!goodKey(k, names) || typeof v !== 'string' || !goodName(v, names)) return false;
    }
  }
  if (!plainObject(fields)) return false;
  let count = 0;
  for (const k in fields) {
    const v = fields[k];
    if (!goodKey(k, names) || !(typeof v === 'number' ? Number.isFinite(v) : typeof v === 'boolean' || typeof v === 'string')) return false;
    count++;
  }
  if (count === 0) return false;
  return time === undefined || (typeof time === 'number' ? Number.isSafeInteger(time) : typeof time === 'string' && timeText(time));
}

function goodName(name: string, names: Set<string>): boolean {
  if (names.has(name)) return true;
  if (nameProblem(name) !== undefined) return false;
  names.add(name);
  return true;
}

// __proto__ is left to pointSchema: a record built from it would not keep that key.
const goodKey = (k: string, names: Set<string>) => k !== 'time' && k !== '__proto__' && goodName(k, names);

function toPoint(p: JsonPoint, precision: Precision, where: string): Point {
  const point = new Point(p.measurement);
  for (const [k, v] of Object.entries(p.tags ?? {})) point.tag(k, v);
  for (const [k, v] of Object.entries(p.fields)) addField(point, k, v);
  return point.timestamp(p.time === undefined ? '' : nanosOf(p.time, precision, where));
}

/** A point's time as nanoseconds; outside InfluxDB's range, a 400. */
function nanosOf(time: string | number, precision: Precision, where: string): string {
  const ns = typeof time === 'string' && !/^-?\d+$/.test(time) ? rfc3339Nanos(time) : timeNanos(BigInt(time), precision);
  if (ns === undefined) throw errors.validation(`${where}.time`, `outside InfluxDB's time range (precision ${precision})`);
  return String(ns);
}

function addField(point: Point, key: string, value: FieldValue): void {
  if (typeof value === 'number') point.floatField(key, value);
  else if (typeof value === 'boolean') point.booleanField(key, value);
  else if (typeof value === 'string') point.stringField(key, value);
  else if ('int' in value)
    point.fields[key] = `${BigInt(value.int)}i`; // Point.intField would round beyond 2^53
  else if ('float' in value) point.floatField(key, value.float);
  else if ('string' in value) point.stringField(key, value.string);
  else point.booleanField(key, value.bool);
}
