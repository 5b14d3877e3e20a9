import { Sql, sql } from '../libs/sql.js';
import { overBudget } from '../query/mix/limits.js';
import type { Literal } from './derive.js';
import { asTime, freshName, intervalOf, timeOutput, typed } from './kinds.js';

export type FillWith = 'previous' | { value: Literal } | null;

export interface FillArgs {
  /** The time column: bucket starts on the grid. */
  time: string;
  /** The grid's step, a duration ("5m"). */
  every: string;
  by?: readonly string[];
  with?: Readonly<Record<string, FillWith>>;
  /** The grid's first and last times (RFC3339); by default the smallest and largest of the rows. */
  from?: string;
  to?: string;
}

/**
 * Completes a time grid: for each group of `by` and each time from `from` to `to` in steps of
 * `every`, a row with no row of that group and time is added, its `by` and time columns set,
 * each `with` column "previous" (the group's last non-null value at an earlier time), a value,
 * or null; every other column null. Existing rows are kept as they are (also those off the
 * grid); the time column comes out as a time (values.ts asTime); rows come out ordered by the
 * `by` columns, then time (nulls last). A value takes the column's type as DuckDB unifies them.
 */
export interface FillNode {
  readonly kind: 'FillNode';
  readonly time: string;
  readonly every: string;
  readonly by: readonly string[];
  readonly with: Readonly<Record<string, FillWith>>;
  readonly from?: string;
  readonly to?: string;
  readonly at: string;
}

export const FillNode = {
  /** Takes arguments the schema has checked (durations, times, distinct columns). */
  create: (args: FillArgs, at = 'fill'): FillNode =>
    Object.freeze({
      kind: 'FillNode',
      time: args.time,
      every: args.every,
      by: Object.freeze([...(args.by ?? [])]),
      with: Object.freeze({ ...args.with }),
      ...(args.from !== undefined && { from: args.from }),
      ...(args.to !== undefined && { to: args.to }),
      at,
    }),
  is: (node: { kind: string }): node is FillNode => node.kind === 'FillNode',
};

/** The columns a fill reads. */
export const fillColumns = (node: FillNode): string[] => [node.time, ...node.by, ...Object.keys(node.with)];

type Input = { table: Sql; columns: readonly string[] };

// The queries' own table names, quoted apart from any name an engine gives its tables.
const [rowsTable, boundsTable] = [Sql.code('"__fill rows"'), Sql.code('"__fill bounds"')];

/** The parts both queries share: the rows with their time, and the grid's bounds. */
function grid(node: FillNode, input: Input) {
  const t = Sql.ident(freshName('__fill time', input.columns));
  const bound = (text: string | undefined, byDefault: 'first' | 'last') =>
    text === undefined ? Sql.code(byDefault) : asTime(typed(sql`CAST(${Sql.value(text)} AS VARCHAR)`, 'text'));
  const time = input.columns.includes(node.time) ? asTime(typed(Sql.ident(node.time), 'any')) : Sql.code('CAST(NULL AS TIMESTAMP)');
  // A by column no row has is null in every row: one group.
  const absent = node.by.filter((c) => !input.columns.includes(c)).map((c) => sql`, NULL AS ${Sql.ident(c)}`);
  const rows = sql`SELECT *${Sql.join(absent, '')}, ${time} AS ${t} FROM ${input.table}`;
  // One row, with rows or without.
  const bounds = sql`SELECT ${bound(node.from, 'first')} AS lo, ${bound(node.to, 'last')} AS hi FROM (SELECT min(${t}) AS first, max(${t}) AS last FROM ${rowsTable})`;
  const groups = node.by.length === 0 ? Sql.code('SELECT 1') : sql`SELECT DISTINCT ${Sql.join(node.by.map((c) => Sql.ident(c)))} FROM ${rowsTable}`;
  return { t, rows, bounds, groups, every: intervalOf(node.every) };
}

/** One row: the groups and the grid times per group (0 when the rows have no time), for checkFillGrid. */
export function fillGridSql(node: FillNode, input: Input): Sql {
  const { rows, bounds, groups, every } = grid(node, input);
  const slots = sql`coalesce(CAST(floor((epoch_us(hi) - epoch_us(lo)) / epoch_us(${every})) AS BIGINT) + 1, 0)`;
  return sql`WITH ${rowsTable} AS (${rows}), ${boundsTable} AS (${bounds}) SELECT (SELECT count(*) FROM (${groups})) AS groups, (SELECT greatest(${slots}, 0) FROM ${boundsTable}) AS slots`;
}

/** Refuses (413) a grid over the maxRows budget, before it is built: run fillGridSql first. */
export function checkFillGrid(node: FillNode, size: { groups: number; slots: number }, maxRows: number): void {
  const cells = size.groups * size.slots;
  if (cells > maxRows)
    throw overBudget(
      node.at,
      `a grid of ${size.groups} groups × ${size.slots} times`,
      'maxRows',
      maxRows,
      'a larger every, a shorter from-to or fewer by columns',
    );
}

/** The step as a SELECT over its input (after checkFillGrid). */
export function fillSql(node: FillNode, input: Input): Sql {
  const { t, rows, bounds, groups, every } = grid(node, input);
  const [added, order] = ['__fill added', '__fill order'].map((name) => Sql.ident(freshName(name, input.columns))) as [Sql, Sql];
  const byColumns = node.by.map((c) => Sql.ident(c));
  const sameGroup = node.by.map((c) => sql`g.${Sql.ident(c)} IS NOT DISTINCT FROM r.${Sql.ident(c)}`);
  const cells = sql`SELECT g.*, unnest(generate_series(lo, hi, ${every})) AS ${t} FROM (${groups}) AS g, ${boundsTable}`;
  const missing = sql`SELECT * FROM (${cells}) AS g WHERE NOT EXISTS (SELECT 1 FROM ${rowsTable} AS r WHERE ${Sql.join([...sameGroup, sql`r.${t} = g.${t}`], ' AND ')})`;
  const addedColumns = input.columns.map((c) => {
    const fill = node.with[c];
    if (node.by.includes(c)) return Sql.ident(c);
    // The time column is the grid time, set in the output.
    if (c === node.time) return sql`NULL AS ${Sql.ident(c)}`;
    if (fill !== undefined && fill !== null && fill !== 'previous') return sql`${Sql.value(fill.value)} AS ${Sql.ident(c)}`;
    return sql`NULL AS ${Sql.ident(c)}`;
  });
  const all = sql`SELECT *, false AS ${added}, row_number() OVER () AS ${order} FROM ${rowsTable} UNION ALL BY NAME SELECT ${Sql.join([...addedColumns, t])}, true AS ${added}, 0 AS ${order} FROM (${missing})`;
  const window = sql`(${byColumns.length > 0 ? sql`PARTITION BY ${Sql.join(byColumns)} ` : Sql.code('')}ORDER BY ${t}, ${order} ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)`;
  const output = input.columns.map((c) => {
    const column = Sql.ident(c);
    if (c === node.time) return sql`${timeOutput(t)} AS ${column}`;
    if (node.with[c] === 'previous') return sql`CASE WHEN ${added} THEN last_value(${column} IGNORE NULLS) OVER ${window} ELSE ${column} END AS ${column}`;
    return column;
  });
  const orderBy = [...byColumns.map((c) => sql`${c} NULLS LAST`), sql`${t} NULLS LAST`, order];
  return sql`WITH ${rowsTable} AS (${rows}), ${boundsTable} AS (${bounds}) SELECT ${Sql.join(output)} FROM (${all}) ORDER BY ${Sql.join(orderBy)}`;
}
