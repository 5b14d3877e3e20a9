import type { TableRef } from '../libs/duckdb.js';
import { Sql, sql } from '../libs/sql.js';
import { allColumns } from './values.js';

/** Keeps `count` rows after skipping `offset` of them. */
export interface LimitNode {
  readonly kind: 'LimitNode';
  readonly count: number;
  readonly offset: number;
}

export const LimitNode = {
  /** count and offset are whole numbers >= 0 (the schema says so). */
  create: ({ count, offset = 0 }: { count: number; offset?: number }): LimitNode => {
    return Object.freeze({ kind: 'LimitNode', count, offset });
  },
  is: (node: { kind: string }): node is LimitNode => node.kind === 'LimitNode',
};

export const limitSql = (node: LimitNode, input: TableRef): Sql =>
  sql`SELECT ${allColumns(input)} FROM ${input.table} ORDER BY ${input.ordinal} LIMIT ${Sql.value(node.count)}::BIGINT OFFSET ${Sql.value(node.offset)}::BIGINT`;
