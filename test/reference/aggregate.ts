// The naive reference of the aggregate step (src/operator/aggregate.ts runs it on DuckDB): rows in, rows out, in JavaScript.
import type { AggregateNode, Metric, MetricKind } from '../../src/operator/aggregate.js';
import { inSlices, runNow, type Sliced } from './cooperative.js';
import { compareValues, isNull } from './order.js';
import { fieldReader, type Row, type Rows } from '../../src/libs/rows.js';
import { compileRowBuilder } from './row-builder.js';

/** Per-group state of one metric: a slot opened per new group, fed rows, read at the end. */
interface Accumulator {
  open(): void;
  add(group: number, row: Row): void;
  result(group: number): unknown;
}

const percentiles: Partial<Record<MetricKind, number>> = { p50: 0.5, p90: 0.9, p95: 0.95, p99: 0.99 };

function accumulator({ kind, field }: Metric): Accumulator {
  const read = fieldReader(field);
  const slots: unknown[] = [];
  const counts: number[] = [];
  const sums: number[] = [];
  switch (kind) {
    case 'count':
      if (field === '*') {
        return { open: () => counts.push(0), add: (g) => counts[g]!++, result: (g) => counts[g] };
      }
      return {
        open: () => counts.push(0),
        add: (g, row) => {
          if (!isNull(read(row))) counts[g]!++;
        },
        result: (g) => counts[g],
      };
    case 'sum':
    case 'avg':
      return {
        open: () => {
          counts.push(0);
          sums.push(0);
        },
        add: (g, row) => {
          const x = read(row);
          if (typeof x === 'number') {
            sums[g]! += x;
            counts[g]!++;
          }
        },
        result: (g) => (counts[g] === 0 ? null : kind === 'sum' ? sums[g] : sums[g]! / counts[g]!),
      };
    case 'min':
    case 'max': {
      const sign = kind === 'min' ? 1 : -1;
      return {
        open: () => slots.push(null),
        add: (g, row) => {
          const x = read(row);
          if (isNull(x)) return;
          const best = slots[g];
          if (best === null || sign * compareValues(x, best) < 0) slots[g] = x;
        },
        result: (g) => slots[g],
      };
    }
    case 'first':
    case 'last':
      return {
        open: () => slots.push(null),
        add: (g, row) => {
          const x = read(row);
          if (!isNull(x) && (kind === 'last' || slots[g] === null)) slots[g] = x;
        },
        result: (g) => slots[g],
      };
    case 'distinct': {
      // Arrays and objects count by their JSON text, kept apart from strings.
      const sets: { values: Set<unknown>; texts: Set<string> }[] = [];
      return {
        open: () => sets.push({ values: new Set(), texts: new Set() }),
        add: (g, row) => {
          const x = read(row);
          if (isNull(x)) return;
          if (typeof x === 'object') sets[g]!.texts.add(JSON.stringify(x));
          else sets[g]!.values.add(x);
        },
        result: (g) => sets[g]!.values.size + sets[g]!.texts.size,
      };
    }
    default: {
      const p = percentiles[kind]!;
      const values: number[][] = [];
      return {
        open: () => values.push([]),
        add: (g, row) => {
          const x = read(row);
          if (typeof x === 'number') values[g]!.push(x);
        },
        result: (g) => percentile(values[g]!, p),
      };
    }
  }
}

/** Linear interpolation between the closest ranks (numpy's default, Excel's PERCENTILE.INC). */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = Float64Array.from(values).sort();
  const rank = p * (sorted.length - 1);
  const lo = Math.floor(rank);
  const hi = Math.ceil(rank);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (rank - lo);
}

/** Maps a row to its group's index, opening a group (and recording its key row) when new. */
function grouper(fields: readonly string[], onOpen: (keys: unknown[]) => void): (row: Row) => number {
  const reads = fields.map(fieldReader);
  let groups = 0;
  const open = (keys: unknown[]) => {
    onOpen(keys);
    return groups++;
  };
  if (reads.length === 0) {
    open([]);
    return () => 0;
  }
  // Scalars key a Map directly; arrays, objects and several fields go by JSON text.
  const byValue = new Map<unknown, number>();
  const byText = new Map<string, number>();
  if (reads.length === 1) {
    const read = reads[0]!;
    return (row) => {
      const value = read(row) ?? null;
      if (value === null || typeof value !== 'object') {
        const g = byValue.get(value);
        if (g !== undefined) return g;
        const opened = open([value]);
        byValue.set(value, opened);
        return opened;
      }
      const text = JSON.stringify([value]);
      const g = byText.get(text);
      if (g !== undefined) return g;
      const opened = open([value]);
      byText.set(text, opened);
      return opened;
    };
  }
  return (row) => {
    const values = reads.map((read) => read(row) ?? null);
    const text = JSON.stringify(values);
    const g = byText.get(text);
    if (g !== undefined) return g;
    const opened = open(values);
    byText.set(text, opened);
    return opened;
  };
}

/** Groups and measures the rows in one pass; see AggregateNode for the semantics. */
export function* aggregateSlices(rows: Rows, node: AggregateNode): Sliced<Row[]> {
  const accumulators = node.metrics.map(accumulator);
  const keys: unknown[][] = [];
  const groupOf = grouper(node.groupBy, (values) => {
    keys.push(values);
    for (const acc of accumulators) acc.open();
  });
  yield* inSlices(rows.length, (from, to) => {
    for (let i = from; i < to; i++) {
      const row = rows[i]!;
      const g = groupOf(row);
      for (const acc of accumulators) acc.add(g, row);
    }
  });
  // Built by rows.ts, where a groupBy field or metric named "__proto__" is a column, not the row's prototype.
  const names = [...node.groupBy, ...node.metrics.map((m) => m.name)];
  const build = compileRowBuilder(names.map((name, i) => ({ name, reads: [{ side: 'a', field: String(i) }] })));
  return keys.map((values, g) => build({ ...[...values, ...accumulators.map((acc) => acc.result(g))] }, null));
}

export const aggregate = (rows: Rows, node: AggregateNode): Row[] => runNow(aggregateSlices(rows, node));
