import { errors } from '../libs/errors.js';
import { Sql, sql } from '../libs/sql.js';
import type { AsofArgs, JoinNode } from './join.js';
import { asTime, freshName, intervalOf, keyOf, typed } from './kinds.js';

type Table = { table: Sql; columns: readonly string[] };

/**
 * An as-of join (a join with `asof`): each left row gets the right row, among those of equal
 * `on` keys, whose time is the nearest at or before its own (backward) or at or after (forward);
 * a match farther than `within` counts as none. Times are read as values.ts asTime; a row
 * without a time matches nothing. Several right rows at the matched time: one of them. Left
 * rows keep their order; an inner join drops those without a match, a left join pads them
 * with nulls. Columns are named as in an equality join.
 */
export function asofJoinSql(node: JoinNode & { asof: AsofArgs }, left: Table, right: Table): Sql {
  const { asof } = node;
  const l = Sql.ident('l');
  const r = Sql.ident('r');
  const taken = [...left.columns, ...right.columns];
  const [order, leftTime, rightTime] = ['order', 'left time', 'right time'].map((name) => Sql.ident(freshName(`__asof ${name}`, taken))) as [Sql, Sql, Sql];
  const timeOf = (table: Table, column: string) =>
    table.columns.includes(column) ? asTime(typed(Sql.ident(column), 'any')) : Sql.code('CAST(NULL AS TIMESTAMP)');
  // Keys computed as columns of each side: ASOF compares plain columns much faster than expressions.
  const keys = node.on.map((_, i) => Sql.ident(freshName(`__asof key ${i}`, taken)));
  const keyColumns = (table: Table, side: 0 | 1) =>
    node.on.map((pair, i) => {
      const column = pair[side];
      const key = table.columns.includes(column) ? keyOf(typed(Sql.ident(column), 'any')) : Sql.code('CAST(NULL AS VARCHAR)');
      return sql`, ${key} AS ${keys[i]!}`;
    });

  const on = keys.map((key) => sql`${l}.${key} = ${r}.${key}`);
  on.push(asof.direction === 'backward' ? sql`${l}.${leftTime} >= ${r}.${rightTime}` : sql`${l}.${leftTime} <= ${r}.${rightTime}`);

  const near =
    asof.within === undefined ? Sql.code('true') : sql`abs(epoch_us(${l}.${leftTime}) - epoch_us(${r}.${rightTime})) <= epoch_us(${intervalOf(asof.within)})`;
  const columns = joinedColumns(left.columns, right.columns, node).map(({ name, side }) =>
    side === 'left' ? sql`${l}.${Sql.ident(name)}` : sql`CASE WHEN ${near} THEN ${r}.${Sql.ident(side.right)} END AS ${Sql.ident(name)}`,
  );
  const how = node.how === 'left' ? Sql.code('ASOF LEFT JOIN') : Sql.code('ASOF JOIN');
  const matched = node.how === 'left' ? Sql.code('') : sql` WHERE ${near}`;
  return sql`SELECT ${Sql.join(columns)} FROM (SELECT *, row_number() OVER () AS ${order}, ${timeOf(left, asof.left)} AS ${leftTime}${Sql.join(keyColumns(left, 0), '')} FROM ${left.table}) AS ${l} ${how} (SELECT *, ${timeOf(right, asof.right)} AS ${rightTime}${Sql.join(keyColumns(right, 1), '')} FROM ${right.table}) AS ${r} ON ${Sql.join(on, ' AND ')}${matched} ORDER BY ${l}.${order}`;
}

/**
 * The output columns of a join: every left column, then every right one, a right name the left
 * has taken getting the node's prefix and suffix; a key pair of one name is output once.
 */
function joinedColumns(leftColumns: readonly string[], rightColumns: readonly string[], node: JoinNode) {
  const leftNames = new Set(leftColumns);
  const shared = new Set(node.on.filter(([a, b]) => a === b && leftNames.has(a)).map(([a]) => a));
  const columns: { name: string; side: 'left' | { right: string } }[] = leftColumns.map((name) => ({ name, side: 'left' }));
  const names = new Set(leftColumns);
  for (const field of rightColumns) {
    if (shared.has(field)) continue;
    const name = leftNames.has(field) ? `${node.prefix}${field}${node.suffix}` : field;
    if (names.has(name)) throw errors.validation(node.at, `column "${field}" of "${node.right}" clashes with "${name}"; choose another prefix or suffix`);
    names.add(name);
    columns.push({ name, side: { right: field } });
  }
  return columns;
}
