// The order and null rules of the naive references (test/reference/*.ts), as the DuckDB engine applies them.
import { columnsOf, type Rows, type Table } from '../../src/libs/rows.js';

export const tableOf = (rows: Rows): Table => ({ columns: columnsOf(rows), rows });

/** SQL's NULL: a missing field and a JSON null are the same thing. */
export const isNull = (value: unknown): value is null | undefined => value === null || value === undefined;

/** Strings by code point: UTF-16 order differs only where a surrogate pair meets U+E000..U+FFFF. */
export function compareText(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.codePointAt(i)!;
    const y = b.codePointAt(i)!;
    if (x !== y) return x - y;
    if (x > 0xffff) i++;
  }
  return a.length - b.length;
}

const typeRank = (value: unknown): number => {
  switch (typeof value) {
    case 'boolean':
      return 0;
    case 'number':
      return 1;
    case 'string':
      return 2;
    default:
      return 3;
  }
};

/**
 * A total order over non-null values, shared by sort, min and max: booleans < numbers < strings <
 * arrays/objects; numbers numerically, strings by code point (as DuckDB's UTF-8 byte order),
 * arrays/objects by their JSON text.
 */
export function compareValues(a: unknown, b: unknown): number {
  // || 0: two equal infinities differ by NaN.
  if (typeof a === 'number' && typeof b === 'number') return a - b || 0;
  const ra = typeRank(a);
  const rb = typeRank(b);
  if (ra !== rb) return ra - rb;
  if (ra === 3) return compareText(JSON.stringify(a), JSON.stringify(b));
  if (ra === 2) return compareText(a as string, b as string);
  return a === b ? 0 : a ? 1 : -1;
}
