import type { TableRef } from '../libs/duckdb.js';
import { Sql, sql } from '../libs/sql.js';
import { allColumns, columnOf, scalar, scalarOf, type Column } from './values.js';

export type Scalar = string | number | boolean;

/** The conditions on one field; several in one object must all hold. */
export interface FieldConditions {
  eq?: Scalar;
  ne?: Scalar;
  gt?: number | string;
  gte?: number | string;
  lt?: number | string;
  lte?: number | string;
  in?: readonly Scalar[];
  nin?: readonly Scalar[];
  exists?: boolean;
  contains?: Scalar;
  prefix?: string;
  regex?: string;
}

/** A filter as the request writes it: {field: conditions, ...} (all must hold) plus and/or/not. */
export interface FilterInput {
  and?: readonly FilterInput[];
  or?: readonly FilterInput[];
  not?: FilterInput;
  [field: string]: FieldConditions | FilterInput | readonly FilterInput[] | undefined;
}

export const conditionNames = ['eq', 'ne', 'gt', 'gte', 'lt', 'lte', 'in', 'nin', 'exists', 'contains', 'prefix', 'regex'] as const;
export type ConditionName = (typeof conditionNames)[number];

/** The filter as a tree of plain-data predicates. */
export type Predicate =
  | { readonly op: 'and' | 'or'; readonly of: readonly Predicate[] }
  | { readonly op: 'not'; readonly of: Predicate }
  | { readonly op: ConditionName; readonly field: string; readonly value: FieldConditions[ConditionName] };

/**
 * Keeps the rows for which the predicate holds. Two-valued logic: a comparison with a null or
 * missing field is false (so `ne` and `nin` need a value) and `not` is its exact negation.
 * Values compare strictly ("1" is not 1); gt/gte/lt/lte compare numbers with numbers and
 * strings with strings (UTF-16 order, so ISO times work); `contains` is a substring of a string
 * or an element of an array; `regex` is an RE2 pattern found anywhere in a string (libs/regex.ts
 * validates it with the RE2 grammar; DuckDB's regexp_matches runs RE2). Strings compare by code
 * point (DuckDB compares UTF-8 bytes), which differs from UTF-16 order only past U+FFFF.
 */
export interface FilterNode {
  readonly kind: 'FilterNode';
  readonly where: Predicate;
}

export const FilterNode = {
  /** Takes a filter the schema has checked: known conditions, valid patterns, no empty object or and/or list. */
  create: (where: FilterInput): FilterNode => Object.freeze({ kind: 'FilterNode', where: predicateOf(where) }),
  is: (node: { kind: string }): node is FilterNode => node.kind === 'FilterNode',
};

function predicateOf(input: FilterInput): Predicate {
  const parts: Predicate[] = [];
  for (const [key, value] of Object.entries(input)) {
    if (value === undefined) continue;
    if (key === 'and' || key === 'or') {
      const list = value as readonly FilterInput[];
      parts.push({ op: key, of: list.map(predicateOf) });
    } else if (key === 'not') {
      parts.push({ op: 'not', of: predicateOf(value as FilterInput) });
    } else {
      parts.push(...conditionsOf(key, value as FieldConditions));
    }
  }
  return parts.length === 1 ? parts[0]! : { op: 'and', of: parts };
}

function conditionsOf(field: string, conditions: FieldConditions): Predicate[] {
  const parts: Predicate[] = [];
  for (const [name, value] of Object.entries(conditions) as [string, unknown][]) {
    if (value !== undefined) parts.push({ op: name as ConditionName, field, value: value as Scalar | readonly Scalar[] });
  }
  return parts;
}

/** The fields a predicate reads. */
export function predicateFields(p: Predicate): string[] {
  if ('field' in p) return [p.field];
  return p.op === 'not' ? predicateFields(p.of) : p.of.flatMap(predicateFields);
}

/** Whether the predicate holds for a row whose every field is null (pushdown asks: could an outer join's added rows pass?). */
export function holdsOnNulls(p: Predicate): boolean {
  switch (p.op) {
    case 'and':
      return p.of.every(holdsOnNulls);
    case 'or':
      return p.of.some(holdsOnNulls);
    case 'not':
      return !holdsOnNulls(p.of);
    case 'exists':
      return p.value === false;
    default:
      return false;
  }
}

/** The rows of the input the predicate accepts, in order. */
export function filterSql(node: FilterNode, input: TableRef): Sql {
  return sql`SELECT ${allColumns(input)} FROM ${input.table} WHERE ${condition(node.where, input)} ORDER BY ${input.ordinal}`;
}

/** The predicate as a condition that is never NULL: each comparison is false on NULL, so NOT negates exactly. */
export function condition(p: Predicate, input: TableRef): Sql {
  switch (p.op) {
    case 'and':
    case 'or':
      return sql`(${Sql.join(
        p.of.map((q) => condition(q, input)),
        p.op === 'and' ? ' AND ' : ' OR ',
      )})`;
    case 'not':
      return sql`(NOT ${condition(p.of, input)})`;
    default:
      return sql`coalesce(${comparison(p.op, columnOf(input, p.field), p.value)}, false)`;
  }
}

const ranges = { gt: '>', gte: '>=', lt: '<', lte: '<=' } as const;

/** Whether the column holds one of the values (each compared with the column's values of its type). */
function isIn(column: Column, values: readonly Scalar[]): Sql {
  const types = [...new Set(values.map(scalarOf))];
  if (types.length === 0) return Sql.code('false');
  return sql`(${Sql.join(
    types.map((t) => sql`${scalar(column, t)} IN (${Sql.join(values.filter((v) => scalarOf(v) === t).map((v) => Sql.value(v)))})`),
    ' OR ',
  )})`;
}

/** Whether the column holds an array with this element (of the same type). */
function arrayHolds(column: Column, value: Scalar): Sql {
  if (column.cls !== 'json') return Sql.code('false');
  const element = scalar({ expr: Sql.code('e'), cls: 'json' }, scalarOf(value));
  return sql`(json_type(${column.expr}) = 'ARRAY' AND list_contains(list_transform(json_extract(${column.expr}, '$[*]')::JSON[], lambda e: ${element}), ${Sql.value(value)}))`;
}

function comparison(op: ConditionName, column: Column, value: FieldConditions[ConditionName]): Sql {
  switch (op) {
    case 'eq':
      return sql`${scalar(column, scalarOf(value))} = ${Sql.value(value)}`;
    case 'ne':
      return sql`${column.expr} IS NOT NULL AND NOT coalesce(${scalar(column, scalarOf(value))} = ${Sql.value(value)}, false)`;
    case 'gt':
    case 'gte':
    case 'lt':
    case 'lte':
      return sql`${scalar(column, scalarOf(value))} ${Sql.code(ranges[op])} ${Sql.value(value)}`;
    case 'in':
      return isIn(column, value as readonly Scalar[]);
    case 'nin':
      return sql`${column.expr} IS NOT NULL AND NOT coalesce(${isIn(column, value as readonly Scalar[])}, false)`;
    case 'exists':
      return sql`${column.expr} IS ${Sql.code(value === true ? 'NOT NULL' : 'NULL')}`;
    case 'contains':
      if (typeof value !== 'string') return arrayHolds(column, value as Scalar);
      return sql`(contains(${scalar(column, 'string')}, ${Sql.value(value)}) OR ${arrayHolds(column, value)})`;
    case 'prefix':
      return sql`starts_with(${scalar(column, 'string')}, ${Sql.value(value)})`;
    case 'regex':
      return sql`regexp_matches(${scalar(column, 'string')}, ${Sql.value(value)})`;
  }
}
