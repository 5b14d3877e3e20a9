import { errors } from '../libs/errors.js';
import { columnIdent, type TableRef, selectList } from '../libs/duckdb.js';
import { Sql, sql } from '../libs/sql.js';
import { asJson, columnOf, keyText, type Column } from './values.js';

export const joinKinds = ['inner', 'left', 'right', 'full'] as const;
export type JoinHow = (typeof joinKinds)[number];

/** The time match of an as-of join (its SQL: asof.ts). */
export interface AsofArgs {
  /** The left rows' time column. */
  left: string;
  /** The right source's time column. */
  right: string;
  direction: 'backward' | 'forward';
  /** A duration ("5m"): a match farther than this counts as none. */
  within?: string;
}

export interface JoinArgs {
  /** The source joined to the current rows. */
  right: string;
  /** Pairs of equal fields, {leftField: rightField}; none in an as-of join on time only. */
  on?: Readonly<Record<string, string>>;
  how?: JoinHow;
  /** Put around a right column's name that the left rows have too; neither given: suffix "_<right>". */
  prefix?: string;
  suffix?: string;
  /** An as-of join on time beside the equal fields (asof.ts). */
  asof?: AsofArgs;
}

/**
 * Joins the current rows (left) with a source's rows (right) on equal key fields.
 *
 * Keys match when every pair is strictly equal (string "1" is not number 1, even in a column of
 * mixed types) and is a string, number or boolean: null, missing, array and object keys never
 * match, but their rows still appear in outer joins. Output order: left rows in order, each followed by its matches in
 * right order (or once with nulls in left/full joins); then unmatched right rows in right order
 * (right/full joins). A key pair of the same name is output once, from whichever side has it.
 */
export interface JoinNode {
  readonly kind: 'JoinNode';
  readonly right: string;
  readonly on: readonly (readonly [left: string, right: string])[];
  readonly how: JoinHow;
  readonly prefix: string;
  readonly suffix: string;
  readonly asof?: Readonly<AsofArgs>;
  /** Where the join is in the request, for error messages. */
  readonly at: string;
}

export const JoinNode = {
  create: (args: JoinArgs, at = 'join'): JoinNode => {
    const on = Object.entries(args.on ?? {}).map((pair) => Object.freeze(pair));
    const renames = args.prefix !== undefined || args.suffix !== undefined;
    return Object.freeze({
      kind: 'JoinNode',
      right: args.right,
      on: Object.freeze(on),
      how: args.how ?? 'inner',
      prefix: args.prefix ?? '',
      suffix: args.suffix ?? (renames ? '' : `_${args.right}`),
      ...(args.asof && { asof: Object.freeze({ ...args.asof }) }),
      at,
    });
  },
  is: (node: { kind: string }): node is JoinNode => node.kind === 'JoinNode',
};

const left = Sql.code('l');
const right = Sql.code('r');

/** The output columns, each an expression over l and r: every left column, then every right one, renamed where names clash. */
function outputColumns(l: TableRef, r: TableRef, node: JoinNode): Sql[] {
  const leftNames = new Set(l.columns);
  const shared = new Set(node.on.filter(([a, b]) => a === b && leftNames.has(a)).map(([a]) => a));
  const items = l.columns.map((name) => {
    const mine = columnOf(l, name, left);
    if (!shared.has(name)) return sql`${mine.expr} AS ${columnIdent(name)}`;
    // A shared key is output once, from whichever side has it; as JSON when the sides' types differ.
    const theirs = columnOf(r, name, right);
    const [a, b] = mine.cls === theirs.cls ? [mine.expr, theirs.expr] : [asJson(mine), asJson(theirs)];
    return sql`coalesce(${a}, ${b}) AS ${columnIdent(name)}`;
  });
  const names = new Set(l.columns);
  for (const field of r.columns) {
    if (shared.has(field)) continue;
    const name = leftNames.has(field) ? `${node.prefix}${field}${node.suffix}` : field;
    if (names.has(name)) {
      throw errors.validation(node.at, `column "${field}" of "${node.right}" clashes with "${name}"; choose another prefix or suffix`);
    }
    names.add(name);
    items.push(sql`${columnOf(r, field, right).expr} AS ${columnIdent(name)}`);
  }
  return items;
}

/** One key pair as the values both sides compare: the columns themselves when of one type, else their typed key text. */
function keyPair(a: Column, b: Column): [Sql, Sql] {
  const plain = a.cls === b.cls && a.cls !== 'json';
  return plain ? [a.expr, b.expr] : [keyText(a), keyText(b)];
}

const keyPairs = (l: TableRef, r: TableRef, node: JoinNode, lq: Sql, rq: Sql) => node.on.map(([a, b]) => keyPair(columnOf(l, a, lq), columnOf(r, b, rq)));

const equal = (pairs: [Sql, Sql][]) =>
  pairs.length === 0
    ? Sql.code('true')
    : Sql.join(
        pairs.map(([a, b]) => sql`${a} = ${b}`),
        ' AND ',
      );

const joinKeyword = { inner: 'INNER', left: 'LEFT', right: 'RIGHT', full: 'FULL' } as const;

/** The join, in the order JoinNode describes: left rows in order with their matches in right order, then the unmatched right rows. */
export function joinSql(node: JoinNode, l: TableRef, r: TableRef): Sql {
  const on = equal(keyPairs(l, r, node, left, right));
  return sql`SELECT ${selectList(outputColumns(l, r, node))} FROM ${l.table} AS l ${Sql.code(joinKeyword[node.how])} JOIN ${r.table} AS r ON ${on} ORDER BY l.${l.ordinal} NULLS LAST, r.${r.ordinal} NULLS LAST`;
}

/**
 * How many rows the join would make, counted from the key groups of each side without building
 * it: pairs, plus the unmatched rows an outer join keeps. Columns: pairs, leftRows, rightRows,
 * leftMatched, rightMatched.
 */
export function joinSizeSql(node: JoinNode, l: TableRef, r: TableRef): Sql {
  const pairs = keyPairs(l, r, node, l.table, r.table);
  const keys = (side: 0 | 1) => pairs.map((p, i) => sql`${p[side]} AS ${Sql.code(`k${i}`)}`);
  const grouped = (table: Sql, side: 0 | 1) =>
    pairs.length === 0 ? sql`SELECT count(*) AS n FROM ${table}` : sql`SELECT ${Sql.join(keys(side))}, count(*) AS n FROM ${table} GROUP BY ALL`;
  const on = equal(pairs.map((_, i) => [Sql.code(`lk.k${i}`), Sql.code(`rk.k${i}`)]));
  return sql`WITH lk AS (${grouped(l.table, 0)}), rk AS (${grouped(r.table, 1)}), m AS (SELECT lk.n AS ln, rk.n AS rn FROM lk JOIN rk ON ${on})
SELECT (SELECT coalesce(sum(ln * rn), 0) FROM m) AS pairs, (SELECT coalesce(sum(ln), 0) FROM m) AS "leftMatched", (SELECT coalesce(sum(rn), 0) FROM m) AS "rightMatched",
  (SELECT count(*) FROM ${l.table}) AS "leftRows", (SELECT count(*) FROM ${r.table}) AS "rightRows"`;
}

/** The size from joinSizeSql's counts. */
export function joinSize(node: JoinNode, counts: Record<string, unknown>): number {
  const n = (name: string) => Number(counts[name]);
  const keepLeft = node.how === 'left' || node.how === 'full';
  const keepRight = node.how === 'right' || node.how === 'full';
  return n('pairs') + (keepLeft ? n('leftRows') - n('leftMatched') : 0) + (keepRight ? n('rightRows') - n('rightMatched') : 0);
}

/** The distinct values of a column a join can match (strings, numbers, booleans), in row order: a semi-join's keys. */
export function joinKeysSql(input: TableRef, field: string): Sql {
  const column = columnOf(input, field);
  const matchable =
    column.cls === 'json'
      ? sql`json_type(${column.expr}) IN ('BIGINT', 'UBIGINT', 'DOUBLE', 'HUGEINT', 'VARCHAR', 'BOOLEAN')`
      : sql`${column.expr} IS NOT NULL`;
  return sql`SELECT ${column.expr} AS ${columnIdent(field)} FROM ${input.table} WHERE ${matchable} GROUP BY ALL ORDER BY min(${input.ordinal})`;
}
