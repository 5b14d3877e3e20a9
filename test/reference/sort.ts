// The naive reference of the sort step (src/operator/sort.ts runs it on DuckDB): rows in, rows out, in JavaScript.
import type { SortNode } from '../../src/operator/sort.js';
import { inSlices, runNow, sliceRows, type Sliced } from './cooperative.js';
import { compareValues, isNull } from './order.js';
import { fieldReader, type Row, type Rows } from '../../src/libs/rows.js';

export function* sortSlices(rows: Rows, node: SortNode): Sliced<Row[]> {
  // Each key is read once per row, not once per comparison.
  const columns = node.keys.map(({ field }) => rows.map(fieldReader(field)));
  const signs = node.keys.map(({ order }) => (order === 'asc' ? 1 : -1));
  const compare = (i: number, j: number) => {
    for (let k = 0; k < columns.length; k++) {
      const a = columns[k]![i];
      const b = columns[k]![j];
      if (a === b) continue;
      if (isNull(a) || isNull(b)) {
        if (isNull(a) && isNull(b)) continue;
        return isNull(a) ? 1 : -1;
      }
      const c = compareValues(a, b);
      if (c !== 0) return signs[k]! * c;
    }
    return i - j;
  };
  // A merge sort whose runs are sorted natively a slice each, then merged pairwise, pausing
  // every slice of output: one native sort of 100 000 rows would hold the event loop ~150 ms.
  const n = rows.length;
  let from = Int32Array.from({ length: n }, (_, i) => i);
  let to = new Int32Array(n);
  yield* inSlices(n, (lo, hi) => void from.subarray(lo, hi).sort(compare));
  for (let width = sliceRows; width < n; width *= 2) {
    let written = 0;
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(lo + width, n);
      const hi = Math.min(lo + 2 * width, n);
      let i = lo;
      let j = mid;
      for (let k = lo; k < hi; k++) {
        // compare() ends on the positions, so equal rows keep their order.
        to[k] = j >= hi || (i < mid && compare(from[i]!, from[j]!) < 0) ? from[i++]! : from[j++]!;
        if (++written % sliceRows === 0) yield;
      }
    }
    [from, to] = [to, from];
  }
  return Array.from(from, (i) => rows[i]!);
}

export const sort = (rows: Rows, node: SortNode): Row[] => runNow(sortSlices(rows, node));
