import { errors } from '../libs/errors.js';
import { columnIdent, type TableRef, selectList } from '../libs/duckdb.js';
import type { Sql } from '../libs/sql.js';
import { sql } from '../libs/sql.js';
import { columnOf } from './values.js';

export interface ProjectArgs {
  /** The columns to keep, in this order; without it every column is kept. */
  keep?: readonly string[];
  /** New names, {old: new}. */
  rename?: Readonly<Record<string, string>>;
}

/**
 * Keeps and renames columns. Every output row has exactly the output columns (null where a row
 * lacks one), so a kept column that no row has still appears.
 */
export interface ProjectNode {
  readonly kind: 'ProjectNode';
  readonly keep: readonly string[] | null;
  readonly rename: Readonly<Record<string, string>>;
  readonly at: string;
}

export const ProjectNode = {
  create: ({ keep, rename = {} }: ProjectArgs, at = 'project'): ProjectNode => {
    const renames = new Map(Object.entries(rename));
    if (keep === undefined && renames.size === 0) throw errors.validation(at, 'expected keep, rename or both');
    if (keep !== undefined) {
      for (const from of renames.keys()) {
        if (!keep.includes(from)) throw errors.validation(`${at}.rename.${from}`, `"${from}" is not kept; add it to keep`);
      }
      outputNames(keep, renames, at);
    }
    return Object.freeze({
      kind: 'ProjectNode',
      keep: keep === undefined ? null : Object.freeze([...keep]),
      rename: Object.freeze({ ...rename }),
      at,
    });
  },
  is: (node: { kind: string }): node is ProjectNode => node.kind === 'ProjectNode',
};

/** The output name of each column, refusing two columns of one name. */
export function outputNames(columns: readonly string[], renames: ReadonlyMap<string, string>, at: string): string[] {
  const named = new Map<string, string>();
  return columns.map((column) => {
    const name = renames.get(column) ?? column;
    const other = named.get(name);
    if (other !== undefined) {
      const renamed = [column, other].find((c) => renames.has(c));
      throw errors.validation(renamed === undefined ? `${at}.keep` : `${at}.rename.${renamed}`, `two columns would be named "${name}"`);
    }
    named.set(name, column);
    return name;
  });
}

export function projectSql(node: ProjectNode, input: TableRef): Sql {
  const columns = node.keep ?? input.columns;
  const names = outputNames(columns, new Map(Object.entries(node.rename)), node.at);
  const items = columns.map((field, i) => sql`${columnOf(input, field).expr} AS ${columnIdent(names[i]!)}`);
  return sql`SELECT ${selectList(items)} FROM ${input.table} ORDER BY ${input.ordinal}`;
}
