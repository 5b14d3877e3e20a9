// The naive reference of the filter step (src/operator/filter.ts runs it on DuckDB): rows in, rows out, in JavaScript.
import { compilePattern } from '../../src/libs/regex.js';
import type { ConditionName, FieldConditions, FilterNode, Predicate, Scalar } from '../../src/operator/filter.js';
import { inSlices, runNow, type Sliced } from './cooperative.js';
import { compareText, isNull } from './order.js';
import { fieldReader, type Row, type Rows } from '../../src/libs/rows.js';

type Test = (row: Row) => boolean;

function compile(p: Predicate): Test {
  switch (p.op) {
    case 'and': {
      const tests = p.of.map(compile);
      return (row) => {
        for (const test of tests) if (!test(row)) return false;
        return true;
      };
    }
    case 'or': {
      const tests = p.of.map(compile);
      return (row) => {
        for (const test of tests) if (test(row)) return true;
        return false;
      };
    }
    case 'not': {
      const test = compile(p.of);
      return (row) => !test(row);
    }
    default:
      return compileCondition(p.op, fieldReader(p.field), p.value);
  }
}

function compileCondition(op: ConditionName, read: (row: Row) => unknown, value: FieldConditions[ConditionName]): Test {
  switch (op) {
    case 'eq':
      return (row) => read(row) === value;
    case 'ne':
      return (row) => {
        const x = read(row);
        return !isNull(x) && x !== value;
      };
    case 'gt':
    case 'gte':
    case 'lt':
    case 'lte':
      return compileRange(op, read, value as number | string);
    case 'in':
    case 'nin': {
      const set = new Set<unknown>(value as readonly Scalar[]);
      if (op === 'in') return (row) => set.has(read(row));
      return (row) => {
        const x = read(row);
        return !isNull(x) && !set.has(x);
      };
    }
    case 'exists':
      return (row) => !isNull(read(row)) === value;
    case 'contains':
      return (row) => {
        const x = read(row);
        if (typeof x === 'string') return typeof value === 'string' && x.includes(value);
        return Array.isArray(x) && x.includes(value);
      };
    case 'prefix':
      return (row) => {
        const x = read(row);
        return typeof x === 'string' && x.startsWith(value as string);
      };
    case 'regex': {
      const pattern = compilePattern(value as string);
      return (row) => {
        const x = read(row);
        return typeof x === 'string' && pattern.test(x);
      };
    }
  }
}

// Strings by code point, as DuckDB compares them (UTF-8 bytes).
const compare = (x: number | string, y: number | string) =>
  typeof x === 'number' ? (x < (y as number) ? -1 : x > (y as number) ? 1 : 0) : compareText(x, y as string);

function compileRange(op: 'gt' | 'gte' | 'lt' | 'lte', read: (row: Row) => unknown, bound: number | string): Test {
  const type = typeof bound;
  const holds = {
    gt: (x: number | string) => compare(x, bound) > 0,
    gte: (x: number | string) => compare(x, bound) >= 0,
    lt: (x: number | string) => compare(x, bound) < 0,
    lte: (x: number | string) => compare(x, bound) <= 0,
  }[op];
  return (row) => {
    const x = read(row);
    return typeof x === type && holds(x as number | string);
  };
}

/** Keeps the rows the node's predicate accepts, compiled once. */
export function* filterSlices(rows: Rows, node: FilterNode): Sliced<Row[]> {
  const test = compile(node.where);
  const out: Row[] = [];
  yield* inSlices(rows.length, (from, to) => {
    for (let i = from; i < to; i++) if (test(rows[i]!)) out.push(rows[i]!);
  });
  return out;
}

export const filter = (rows: Rows, node: FilterNode): Row[] => runNow(filterSlices(rows, node));
