import { durationMs } from '../libs/duration.js';
import { timeText } from '../libs/duckdb.js';
import { Sql, sql } from '../libs/sql.js';

/**
 * How a value of a pipeline table becomes a number, a text, a boolean or a time in DuckDB SQL,
 * whatever the column's type: the steps are compiled knowing only column names. A loaded column
 * is VARCHAR, a number type, BOOLEAN, TIMESTAMP(TZ) or JSON (mixed types: each value's JSON).
 *
 * The kinds: number (any number type, a JSON number), text (VARCHAR, a JSON string), boolean,
 * time (TIMESTAMP WITH TIME ZONE, TIMESTAMP read as UTC), other (a JSON array or object); a SQL
 * NULL and a JSON null are null. A value read as another kind is null: "12" is no number, true
 * is no number, 1 is no text. Times are carried as TIMESTAMP in UTC, so that no step depends on
 * the instance's TimeZone setting, and come out as TIMESTAMP WITH TIME ZONE (see timeOutput).
 */
export type Kind = 'number' | 'text' | 'boolean' | 'time' | 'json' | 'any' | 'null';

/** A SQL expression and what its type is known to be: `any` is a column of unknown type, `json` a JSON value. */
export interface Typed {
  readonly sql: Sql;
  readonly kind: Kind;
  /** A literal: small, so naming it twice copies little. */
  readonly literal?: true;
}

export const typed = (sqlText: Sql, kind: Kind): Typed => ({ sql: sqlText, kind });

const nullOf = {
  number: Sql.code('CAST(NULL AS DOUBLE)'),
  text: Sql.code('CAST(NULL AS VARCHAR)'),
  boolean: Sql.code('CAST(NULL AS BOOLEAN)'),
  time: Sql.code('CAST(NULL AS TIMESTAMP)'),
};

// DuckDB's typeof() names; DECIMAL(p,s) is matched by prefix.
const numberTypes = Sql.code("('TINYINT','SMALLINT','INTEGER','BIGINT','HUGEINT','UTINYINT','USMALLINT','UINTEGER','UBIGINT','UHUGEINT','FLOAT','DOUBLE')");
const jsonNumberTypes = Sql.code("('BIGINT','UBIGINT','DOUBLE','HUGEINT')");

// Every branch goes through VARCHAR: the binder binds all branches of a CASE for the column's
// actual type, and a cast to VARCHAR binds for every type (only the matching branch runs).
const text = (x: Sql) => sql`CAST(${x} AS VARCHAR)`;
const isNumberType = (x: Sql) => sql`(typeof(${x}) IN ${numberTypes} OR typeof(${x}) LIKE 'DECIMAL%')`;
const jsonType = (x: Sql) => sql`json_type(${text(x)})`;

/** The value as a DOUBLE, or null when it is no number. */
export function asNumber({ sql: x, kind }: Typed): Sql {
  switch (kind) {
    case 'number':
      return x;
    case 'any':
      return sql`CASE WHEN ${isNumberType(x)} THEN TRY_CAST(${text(x)} AS DOUBLE) WHEN typeof(${x}) = 'JSON' THEN ${asNumber(typed(x, 'json'))} END`;
    case 'json':
      return sql`CASE WHEN ${jsonType(x)} IN ${jsonNumberTypes} THEN TRY_CAST(${text(x)} AS DOUBLE) END`;
    default:
      return nullOf.number;
  }
}

/** The value as a VARCHAR when it is a text, else null. */
export function asText({ sql: x, kind }: Typed): Sql {
  switch (kind) {
    case 'text':
      return x;
    case 'any':
      return sql`CASE WHEN typeof(${x}) = 'VARCHAR' THEN ${text(x)} WHEN typeof(${x}) = 'JSON' THEN ${asText(typed(x, 'json'))} END`;
    case 'json':
      return sql`CASE WHEN ${jsonType(x)} = 'VARCHAR' THEN json_extract_string(${text(x)}, '$') END`;
    default:
      return nullOf.text;
  }
}

/** The value as a BOOLEAN when it is one, else null. */
export function asBoolean({ sql: x, kind }: Typed): Sql {
  switch (kind) {
    case 'boolean':
      return x;
    case 'any':
      return sql`CASE WHEN typeof(${x}) = 'BOOLEAN' THEN ${text(x)} = 'true' WHEN typeof(${x}) = 'JSON' THEN ${asBoolean(typed(x, 'json'))} END`;
    case 'json':
      return sql`CASE WHEN ${jsonType(x)} = 'BOOLEAN' THEN ${text(x)} = 'true' END`;
    default:
      return nullOf.boolean;
  }
}

// RFC3339, with a space for T, lower-case t and z, no offset (UTC) or no time of day (midnight UTC):
// DuckDB's own cast would also take other forms (a 6-digit year, a time zone name).
const date = String.raw`\d{4}-\d\d-\d\d`;
const timeOfDay = String.raw`[T ]\d\d:\d\d(:\d\d(\.\d+)?)?`;
const withOffset = Sql.code(`'(?i)${date}${timeOfDay}(Z|[+-]\\d\\d(:?\\d\\d)?)'`);
const withoutOffset = Sql.code(`'(?i)${date}(${timeOfDay})?'`);
// Epoch milliseconds within JavaScript's Date range; the fraction of a millisecond is dropped.
const maxEpochMs = Sql.code('8.64e15');
// Through epoch microseconds: exact, and an order of magnitude faster than timezone('UTC', ...) (ICU).
const utc = (timestamptz: Sql) => sql`make_timestamp(epoch_us(${timestamptz}))`;

/**
 * The value as a time (TIMESTAMP in UTC), or null: an RFC3339 text (any offset, fractions of a
 * second; without an offset, UTC), a number of epoch milliseconds, or a time.
 */
export function asTime(value: Typed): Sql {
  const { sql: x, kind } = value;
  switch (kind) {
    case 'time':
      return x;
    case 'text': {
      const upper = sql`upper(${x})`;
      return sql`CASE WHEN regexp_full_match(${x}, ${withOffset}) THEN ${utc(sql`TRY_CAST(${upper} AS TIMESTAMPTZ)`)} WHEN regexp_full_match(${x}, ${withoutOffset}) THEN TRY_CAST(${upper} AS TIMESTAMP) END`;
    }
    case 'number':
      return sql`CASE WHEN abs(${x}) <= ${maxEpochMs} THEN make_timestamp(CAST(floor(${x}) AS BIGINT) * 1000) END`;
    case 'any':
      return sql`CASE typeof(${x}) WHEN 'TIMESTAMP WITH TIME ZONE' THEN ${utc(sql`CAST(${text(x)} AS TIMESTAMPTZ)`)} WHEN 'TIMESTAMP' THEN CAST(${text(x)} AS TIMESTAMP) ELSE coalesce(${asTime(typed(asText(value), 'text'))}, ${asTime(typed(asNumber(value), 'number'))}) END`;
    case 'json':
      return sql`coalesce(${asTime(typed(asText(value), 'text'))}, ${asTime(typed(asNumber(value), 'number'))})`;
    default:
      return nullOf.time;
  }
}

/** The kind of a value as SQL text ('number', 'text', 'boolean', 'time', 'other'), NULL for null. */
export function kindOf({ sql: x, kind }: Typed): Sql {
  switch (kind) {
    case 'any':
      return sql`CASE WHEN ${x} IS NULL THEN NULL WHEN ${isNumberType(x)} THEN 'number' WHEN typeof(${x}) = 'VARCHAR' THEN 'text' WHEN typeof(${x}) = 'BOOLEAN' THEN 'boolean' WHEN typeof(${x}) IN ('TIMESTAMP', 'TIMESTAMP WITH TIME ZONE') THEN 'time' WHEN typeof(${x}) = 'JSON' THEN ${kindOf(typed(x, 'json'))} ELSE 'other' END`;
    case 'json':
      return sql`CASE ${jsonType(x)} WHEN 'NULL' THEN NULL WHEN 'VARCHAR' THEN 'text' WHEN 'BOOLEAN' THEN 'boolean' WHEN 'BIGINT' THEN 'number' WHEN 'UBIGINT' THEN 'number' WHEN 'DOUBLE' THEN 'number' WHEN 'HUGEINT' THEN 'number' ELSE 'other' END`;
    case 'null':
      return Sql.code('CAST(NULL AS VARCHAR)');
    default:
      return sql`CASE WHEN ${x} IS NULL THEN NULL ELSE ${Sql.code(`'${kind}'`)} END`;
  }
}

/** A time (TIMESTAMP in UTC) as the TIMESTAMP WITH TIME ZONE a step outputs. */
export const timeOutput = (time: Sql) => sql`make_timestamptz(epoch_us(${time}))`;

/**
 * The text of a value, for concat: a text as is; a number as DuckDB writes a DOUBLE, without
 * a trailing ".0" (2.0 is "2", 1e20 is "1e+20"); true/false; a time as timeText; an array or object
 * as its JSON; null stays null.
 */
export function textOf(value: Typed): Sql {
  const { sql: x, kind } = value;
  // Names the number once (a compound one is not copied); + 0.0 makes -0 a 0.
  const numberText = sql`regexp_replace(CAST(${asNumber(value)} + 0.0 AS VARCHAR), '\\.0$', '')`;
  switch (kind) {
    case 'text':
      return x;
    case 'number':
      return numberText;
    case 'boolean':
      return text(x);
    case 'time':
      return timeText(x);
    case 'null':
      return nullOf.text;
    default:
      return sql`CASE ${kindOf(value)} WHEN 'number' THEN ${numberText} WHEN 'text' THEN ${asText(value)} WHEN 'boolean' THEN CAST(${asBoolean(value)} AS VARCHAR) WHEN 'time' THEN ${timeText(asTime(value))} WHEN 'other' THEN ${text(x)} END`;
  }
}

/** The value as JSON, for a column of mixed kinds: a time as its timeText. */
export function jsonOf(value: Typed): Sql {
  switch (value.kind) {
    case 'json':
      return value.sql;
    case 'time':
      return sql`to_json(${timeText(value.sql)})`;
    case 'any':
      return sql`CASE WHEN ${kindOf(value)} = 'time' THEN to_json(${timeText(asTime(value))}) ELSE CAST(to_json(${value.sql}) AS JSON) END`;
    default:
      return sql`to_json(${value.sql})`;
  }
}

/**
 * A join key: equal for equal values of one kind (1 and 1.0 are equal, 0 and -0 too, "1" and 1
 * are not); null for null, arrays and objects, which never match.
 */
export function keyOf(value: Typed): Sql {
  return sql`CASE ${kindOf(value)} WHEN 'number' THEN 'n' || CAST(${asNumber(value)} + 0.0 AS VARCHAR) WHEN 'text' THEN 's' || ${asText(value)} WHEN 'boolean' THEN 'b' || CAST(${asBoolean(value)} AS VARCHAR) WHEN 'time' THEN 't' || ${timeText(asTime(value))} END`;
}

/** A duration the schema accepted (libs/duration.ts) as a DuckDB INTERVAL, its length bound as a value. */
export const intervalOf = (duration: string) => sql`to_microseconds(CAST(${Sql.value(durationMs(duration)! * 1000)} AS BIGINT))`;

/** A name for a helper column that none of `taken` has. */
export function freshName(base: string, taken: readonly string[]): string {
  let name = base;
  for (let i = 1; taken.includes(name); i++) name = `${base}${i}`;
  return name;
}
