import { columnIdent, selectList, timeText, type ColumnClass, type TableRef } from '../libs/duckdb.js';
import { Sql, sql } from '../libs/sql.js';

/**
 * How the steps' SQL reads a value of a column, whatever the column's type: a JSON column (a
 * source column of mixed types) holds any JSON value, so a number, string or boolean is taken
 * from it only where the row holds one; elsewhere the other types read as NULL, so "1" is never 1.
 */
export type ScalarType = 'number' | 'string' | 'boolean';

/** Every column of the input, in order. */
export const allColumns = (input: TableRef): Sql => selectList(input.columns.map((c) => columnIdent(c)));

/** A column of the input as an expression, with its class. */
export interface Column {
  expr: Sql;
  cls: ColumnClass;
}

export const columnOf = (input: TableRef, name: string, qualifier?: Sql): Column => {
  const expr = qualifier === undefined ? columnIdent(name) : sql`${qualifier}.${columnIdent(name)}`;
  // A column the table lacks reads as NULL (missing fields are null).
  if (!input.classes.has(name)) return { expr: Sql.code('NULL::JSON'), cls: 'json' };
  return { expr, cls: input.classes.get(name)! };
};

const jsonNumber = Sql.code("('BIGINT', 'UBIGINT', 'DOUBLE', 'HUGEINT')");
const sqlTypes: Record<ScalarType, Sql> = { number: Sql.code('DOUBLE'), string: Sql.code('VARCHAR'), boolean: Sql.code('BOOLEAN') };

/** The column's value when it is of this scalar type, else NULL. */
export function scalar({ expr, cls }: Column, want: ScalarType): Sql {
  if (cls === 'json') {
    if (want === 'number') return sql`(CASE WHEN json_type(${expr}) IN ${jsonNumber} THEN ${expr}::DOUBLE END)`;
    if (want === 'string') return sql`(CASE WHEN json_type(${expr}) = 'VARCHAR' THEN ${expr} ->> '$' END)`;
    return sql`(CASE WHEN json_type(${expr}) = 'BOOLEAN' THEN ${expr}::BOOLEAN END)`;
  }
  if (cls === 'time' && want === 'string') return timeText(expr);
  return cls === want ? expr : sql`NULL::${sqlTypes[want]}`;
}

export const scalarOf = (value: unknown): ScalarType => (typeof value === 'number' ? 'number' : typeof value === 'boolean' ? 'boolean' : 'string');

/** booleans < numbers < strings < arrays/objects: the rank of a JSON value in the total order. */
const jsonRank = (expr: Sql) => sql`(CASE json_type(${expr}) WHEN 'BOOLEAN' THEN 0 WHEN 'VARCHAR' THEN 2 WHEN 'ARRAY' THEN 3 WHEN 'OBJECT' THEN 3 ELSE 1 END)`;

/**
 * The terms that order a column's non-null values: the column itself when typed; for a JSON
 * column the total order booleans < numbers < strings < arrays/objects, each by its value and
 * arrays/objects by their JSON text.
 */
export function orderTerms(column: Column): Sql[] {
  const { expr, cls } = column;
  if (cls !== 'json') return [expr];
  return [jsonRank(expr), scalar(column, 'boolean'), scalar(column, 'number'), scalar(column, 'string'), sql`${expr}::VARCHAR`];
}

/** The same terms as one STRUCT, for arg_min/arg_max. */
export const orderKey = (column: Column): Sql =>
  column.cls === 'json' ? sql`{${Sql.join(orderTerms(column).map((term, i) => sql`${Sql.code(`'k${i}'`)}: ${term}`))}}` : column.expr;

/** A column as JSON, for a column made of two of different types (a join's shared key). */
export const asJson = ({ expr, cls }: Column): Sql => (cls === 'json' ? expr : cls === 'time' ? sql`to_json(${timeText(expr)})` : sql`to_json(${expr})`);

/**
 * A value a join key matches on: its type tag and text, so that "1" is not 1; NULL (never equal)
 * for null, arrays and objects. -0 is written as 0, as it equals 0.
 */
export function keyText(column: Column): Sql {
  const number = (e: Sql) => sql`'n' || (${e} + 0.0)::VARCHAR`;
  const { expr, cls } = column;
  switch (cls) {
    case 'number':
      return number(sql`${expr}::DOUBLE`);
    case 'string':
      return sql`'s' || ${expr}`;
    case 'time':
      return sql`'s' || ${timeText(expr)}`;
    case 'boolean':
      return sql`'b' || ${expr}::VARCHAR`;
    case 'json':
      return sql`(CASE WHEN json_type(${expr}) IN ${jsonNumber} THEN ${number(sql`${expr}::DOUBLE`)} WHEN json_type(${expr}) = 'VARCHAR' THEN 's' || (${expr} ->> '$') WHEN json_type(${expr}) = 'BOOLEAN' THEN 'b' || ${expr}::VARCHAR END)`;
  }
}
