import { errors } from '../libs/errors.js';
import { parseInfluxQL, type ParsedStatement } from './influxql-parser.js';

/**
 * The one place InfluxQL text is made. A statement is written as a template,
 * influxql`SHOW TAG KEYS FROM ${ident(measurement)}`, whose holes accept only fragments
 * made here: identifiers, string literals, regexes, durations, numbers and times, each
 * quoted, escaped or validated. No other module concatenates InfluxQL.
 */
declare const brand: unique symbol;
export interface InfluxQL {
  readonly [brand]: true;
  readonly text: string;
}

const made = new WeakSet<object>();
function fragment(text: string): InfluxQL {
  const f = { text } as InfluxQL;
  made.add(f);
  return Object.freeze(f);
}

function assertMade(part: InfluxQL): void {
  if (!made.has(part)) throw new TypeError('only InfluxQL fragments may be interpolated into a statement');
}

/** A statement from literal template text and fragments; anything else in a hole is refused. */
export function influxql(strings: TemplateStringsArray, ...parts: InfluxQL[]): InfluxQL {
  if (!Array.isArray(strings.raw)) throw new TypeError('influxql is a template tag');
  parts.forEach(assertMade);
  return fragment(parts.reduce((text, part, i) => text + part.text + strings[i + 1]!, strings[0]!));
}

export const empty = fragment('');

/** Fragments separated by a fixed separator such as influxql`, ` or influxql` AND `. */
export function join(parts: readonly InfluxQL[], separator: InfluxQL): InfluxQL {
  [...parts, separator].forEach(assertMade);
  return fragment(parts.map((part) => part.text).join(separator.text));
}

// InfluxDB reads \r as a newline and NUL as the end of the query; neither can be escaped.
export const quotable = (value: string) => !/[\r\0]/.test(value);
export const unquotableReason = 'InfluxQL cannot express a carriage return or NUL character';

function quote(value: string, q: '"' | "'"): string {
  if (!quotable(value)) throw errors.validation(JSON.stringify(value), unquotableReason);
  return (
    q +
    value
      .replace(/\\/g, '\\\\')
      .replace(q === '"' ? /"/g : /'/g, `\\${q}`)
      .replace(/\n/g, '\\n') +
    q
  );
}

/** A double-quoted identifier: database, retention policy, measurement, tag or field. */
export const ident = (name: string): InfluxQL => fragment(quote(name, '"'));

/** "db"."rp"."measurement" (the default retention policy when rp is absent). */
export function qualified(database: string | undefined, retentionPolicy: string | undefined, measurement: string): InfluxQL {
  if (database === undefined) return retentionPolicy === undefined ? ident(measurement) : influxql`${ident(retentionPolicy)}.${ident(measurement)}`;
  return influxql`${ident(database)}.${retentionPolicy === undefined ? empty : ident(retentionPolicy)}.${ident(measurement)}`;
}

/** A single-quoted string literal. */
export const str = (value: string): InfluxQL => fragment(quote(value, "'"));

/**
 * A regex literal from a user's RE2 pattern. InfluxDB's scanner turns `\/` into `/` and keeps
 * every other backslash, so escaping each `/` gives back the pattern exactly, provided it has
 * no newline and does not end with a backslash (which would escape the closing `/`).
 */
export function regex(pattern: string): InfluxQL {
  const problem = regexLiteralProblem(pattern);
  if (problem) throw errors.validation(JSON.stringify(pattern), problem);
  return fragment(`/${pattern.replace(/\//g, '\\/')}/`);
}

/**
 * Why a regex literal cannot carry `pattern` unchanged, as a message for refusing it, or
 * undefined. Only the literal's limits: whether RE2 reads the pattern is libs/regex's patternProblem.
 */
export function regexLiteralProblem(pattern: string): string | undefined {
  if (/[\n\r\0]/.test(pattern)) return 'a regex cannot hold a raw newline, carriage return or NUL (write \\n)';
  if (pattern.endsWith('\\')) return 'a regex cannot end with a backslash (write \\x{5c})';
  return undefined;
}

/** Whether a regex literal carries `pattern` unchanged: for callers that do something else rather than refuse it. */
export const fitsRegexLiteral = (pattern: string): boolean => regexLiteralProblem(pattern) === undefined;

/** A regex matching every name that contains `substring`, each character taken literally. */
export function containing(substring: string): InfluxQL {
  return regex(literalPattern(substring));
}

/** An RE2 pattern for the literal text: punctuation escaped, backslash and control characters as \x{..}. */
export function literalPattern(text: string): string {
  return Array.from(text, (c) => {
    const code = c.codePointAt(0)!;
    if (code < 0x20 || code === 0x7f || c === '\\') return `\\x{${code.toString(16)}}`;
    return /[.+*?()|[\]{}^$]/.test(c) ? `\\${c}` : c;
  }).join('');
}

export const durationPattern = /^(\d+(ns|u|µ|ms|s|m|h|d|w))+$/;

export const isDuration = (text: string) => durationPattern.test(text);

/** A duration literal such as 90m or 1h30m; INF only where `infinite` allows it (retention). */
export function duration(text: string, { infinite = false } = {}): InfluxQL {
  if (infinite && text === 'INF') return fragment('INF');
  if (!isDuration(text)) throw errors.validation(JSON.stringify(text), `not a duration (e.g. 30s, 90m, 1h30m, 7d${infinite ? ', INF' : ''})`);
  return fragment(text);
}

/** An integer literal: a safe integer, never pasted from text. */
export function integer(n: number): InfluxQL {
  if (!Number.isSafeInteger(n)) throw errors.validation(String(n), 'not a safe integer');
  return fragment(String(n));
}

/**
 * A number literal in plain decimal notation (InfluxQL has no exponent: 1e3 would read as a duration).
 * An integral value beyond the safe integers gets a decimal point: InfluxDB refuses 1e308's 309 digits
 * as an integer, but reads them with ".0" as the float.
 */
export function number(n: number): InfluxQL {
  if (!Number.isFinite(n)) throw errors.validation(String(n), 'not a finite number');
  return fragment(Number.isInteger(n) && !Number.isSafeInteger(n) ? `${decimal(n)}.0` : decimal(n));
}

// String(n) writes an exponent only from 1e21 up and below 1e-6, always with one digit before the point.
function decimal(n: number): string {
  const [mantissa, exp] = String(Math.abs(n)).split('e') as [string, string | undefined];
  const sign = n < 0 ? '-' : '';
  if (exp === undefined) return sign + mantissa;
  const digits = mantissa.replace('.', '');
  const e = Number(exp);
  return e < 0 ? `${sign}0.${'0'.repeat(-e - 1)}${digits}` : sign + digits + '0'.repeat(e + 1 - digits.length);
}

export const rfc3339 = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}:\d{2}:\d{2})(?:\.(\d{1,9}))?(Z|[+-]\d{2}:\d{2})$/;

/** Nanoseconds since the epoch of an RFC3339 time such as 2009-11-10T23:00:00.5Z; undefined if it is not one. */
export function rfc3339Nanos(text: string): bigint | undefined {
  const m = rfc3339.exec(text);
  if (!m) return undefined;
  const [, year, month, day, clock, fraction = '', zone] = m as unknown as [string, string, string, string, string, string | undefined, string];
  // Date.parse takes 2009-02-30 for March 2; the calendar check refuses it.
  if (new Date(Date.UTC(Number(year), Number(month) - 1, Number(day))).getUTCDate() !== Number(day)) return undefined;
  const ms = Date.parse(`${year}-${month}-${day}T${clock}${zone}`);
  return Number.isNaN(ms) ? undefined : BigInt(ms) * 1_000_000n + BigInt(fraction.padEnd(9, '0'));
}

const relative = /^now(?:\(\))?(?:\s*([+-])\s*(\S+))?$/;

/** Whether `time(text)` accepts it: RFC3339, now, now-1h, now()+30m. */
export const isTimeExpression = (text: string) => {
  const m = relative.exec(text);
  return m ? m[2] === undefined || isDuration(m[2]) : rfc3339Nanos(text) !== undefined;
};

/** A point in time: `now()`, `now() - 1h` (duration validated) or an RFC3339 string literal. */
export function time(text: string): InfluxQL {
  if (!isTimeExpression(text)) throw errors.validation(JSON.stringify(text), 'not a time (RFC3339 such as 2009-11-10T23:00:00Z, now, or now-1h)');
  const m = relative.exec(text);
  if (!m) return str(text);
  if (m[2] === undefined) return fragment('now()');
  return m[1] === '-' ? influxql`now() - ${duration(m[2])}` : influxql`now() + ${duration(m[2])}`;
}

/** InfluxQL functions the structured queries may call. */
export const functions = [
  'count',
  'distinct',
  'integral',
  'mean',
  'median',
  'mode',
  'spread',
  'stddev',
  'sum',
  'first',
  'last',
  'max',
  'min',
  'percentile',
  'sample',
  'top',
  'bottom',
  'derivative',
  'non_negative_derivative',
  'difference',
  'moving_average',
  'cumulative_sum',
  'elapsed',
] as const;
export type InfluxFunction = (typeof functions)[number];

/** fn("field"[, n]) for a function from the list above. */
export function call(fn: InfluxFunction, field: string, arg?: number | string): InfluxQL {
  if (!(functions as readonly string[]).includes(fn)) throw errors.validation(JSON.stringify(fn), `not a supported function (${functions.join(', ')})`);
  const name = fragment(fn);
  if (arg === undefined) return influxql`${name}(${ident(field)})`;
  return influxql`${name}(${ident(field)}, ${typeof arg === 'number' ? number(arg) : duration(arg)})`;
}

export type Fill = 'null' | 'none' | 'previous' | 'linear' | number;

export function fill(value: Fill): InfluxQL {
  if (typeof value === 'number') return influxql`fill(${number(value)})`;
  if (!['null', 'none', 'previous', 'linear'].includes(value)) throw errors.validation(JSON.stringify(value), 'not a fill option');
  return fragment(`fill(${value})`);
}

/**
 * What runs without admin mode, by the type InfluxDB's parser gives each statement: SELECT without
 * INTO, EXPLAIN of one, and SHOW of the schema. Anything else, a type this list does not know
 * included, needs admin mode (SHOW DIAGNOSTICS/STATS/QUERIES reveal server paths and other users' queries).
 */
const readTypes: ReadonlySet<string> = new Set([
  'SelectStatement',
  'ExplainStatement',
  'ShowDatabasesStatement',
  'ShowMeasurementsStatement',
  'ShowMeasurementCardinalityStatement',
  'ShowSeriesStatement',
  'ShowSeriesCardinalityStatement',
  'ShowTagKeysStatement',
  'ShowTagKeyCardinalityStatement',
  'ShowTagValuesStatement',
  'ShowTagValuesCardinalityStatement',
  'ShowFieldKeysStatement',
  'ShowFieldKeyCardinalityStatement',
  'ShowRetentionPoliciesStatement',
  'ShowContinuousQueriesStatement',
]);

export const isRead = (s: ParsedStatement) => readTypes.has(s.type) && !s.into;

/** Parsing and printing a query costs more than linear time in its nesting: longer raw queries are refused. */
export const maxQueryLength = 64 * 1024;

/** The statements of a user's query as InfluxDB's parser reads them; text it refuses is a 400 naming `where`. */
function parsed(text: string, where: string, params?: Record<string, unknown>): { statements: ParsedStatement[]; text: string } {
  if (text.length > maxQueryLength) throw errors.validation(where, `longer than ${maxQueryLength} characters`);
  const result = parseInfluxQL(text, params);
  if ('error' in result) throw errors.validation(where, result.kind === 'syntax' ? `InfluxQL syntax error: ${result.error}` : result.error);
  return result;
}

// A statement in a message: its type, INTO if it has one, and the start of its canonical text.
const statementName = (s: ParsedStatement) => `${s.type}${s.into ? ' with INTO' : ''}: ${s.text.length > 80 ? `${s.text.slice(0, 80)}...` : s.text}`;

/**
 * A user's raw query as the canonical text of what InfluxDB's parser read, with `params` bound
 * to its $name placeholders: what is checked is what runs. Without admin mode every statement
 * must be a read (`isRead`); with `single`, the query is exactly one statement.
 */
export function userQuery(
  text: string,
  { admin, where = 'body.q', params, single = false }: { admin: boolean; where?: string; params?: Record<string, unknown>; single?: boolean },
): InfluxQL {
  const query = parsed(text, where, params);
  const { statements } = query;
  if (statements.length === 0) throw errors.validation(where, 'no statement');
  const refused = statements.findIndex((s) => !isRead(s));
  if (!admin && refused >= 0) {
    throw errors.validation(
      where,
      `statement ${refused + 1} (${statementName(statements[refused]!)}) is not a read; without admin mode ("admin": true) only SELECT without INTO, EXPLAIN of one and SHOW of databases, measurements, series, tag keys, tag values, field keys, retention policies and continuous queries run`,
    );
  }
  if (single && statements.length > 1) throw errors.validation(where, `expected one statement, found ${statements.length}`);
  return fragment(query.text);
}

/** A user's SELECT ... INTO (for a continuous query): exactly one statement, a SELECT with INTO, as its canonical text. */
export function selectInto(text: string, where: string): InfluxQL {
  const { statements } = parsed(text, where);
  if (statements.length !== 1 || statements[0]!.type !== 'SelectStatement' || !statements[0]!.into) {
    throw errors.validation(where, `must be exactly one SELECT ... INTO statement (found ${statements.map(statementName).join('; ') || 'none'})`);
  }
  return fragment(statements[0]!.text);
}
