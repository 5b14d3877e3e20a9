import { errors } from '../libs/errors.js';
import type { TableRef } from '../libs/duckdb.js';
import { Sql, sql } from '../libs/sql.js';
import { allColumns, columnOf, orderTerms } from './values.js';

export type SortOrder = 'asc' | 'desc';

export interface SortKey {
  readonly field: string;
  readonly order: SortOrder;
}

/**
 * Orders rows by one or more fields. Stable (equal rows keep their order); null and missing
 * values come last in both orders. A column of one type orders by its values (strings by code
 * point); a column of mixed types (JSON) by booleans < numbers < strings < arrays/objects, each
 * by value, arrays/objects by their JSON text.
 */
export interface SortNode {
  readonly kind: 'SortNode';
  readonly keys: readonly SortKey[];
}

export const SortNode = {
  /** Takes the request's form, [{field: "asc" | "desc"}, ...]: at least one key (the schema says so), one field each. */
  create: (keys: readonly Readonly<Record<string, SortOrder>>[], at = 'sort'): SortNode => {
    const parsed = keys.map((key, i) => {
      const entries = Object.entries(key);
      if (entries.length !== 1) throw errors.validation(`${at}.${i}`, 'expected one field per sort key, e.g. {"cpu": "desc"}');
      const [field, order] = entries[0]!;
      return Object.freeze({ field, order });
    });
    return Object.freeze({ kind: 'SortNode', keys: Object.freeze(parsed) });
  },
  is: (node: { kind: string }): node is SortNode => node.kind === 'SortNode',
};

export function sortSql(node: SortNode, input: TableRef): Sql {
  const terms = node.keys.flatMap(({ field, order }) => {
    const column = columnOf(input, field);
    const direction = Sql.code(order === 'asc' ? 'ASC' : 'DESC');
    return [sql`(${column.expr} IS NULL)`, ...orderTerms(column).map((term) => sql`${term} ${direction}`)];
  });
  // The row number last: equal rows keep their order.
  return sql`SELECT ${allColumns(input)} FROM ${input.table} ORDER BY ${Sql.join([...terms, input.ordinal])}`;
}
