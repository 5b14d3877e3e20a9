import { compilePattern } from '../libs/regex.js';
import { inSlices, runNow, type Sliced } from './cooperative.js';
import { fieldReader, isNull, type Row, type Rows } from '../libs/rows.js';

export type Scalar = string | number | boolean;

/** The conditions on one field; several in one object must all hold. */
export interface FieldConditions {
  eq?: Scalar;
  ne?: Scalar;
  gt?: number | string;
  gte?: number | string;
  lt?: number | string;
  lte?: number | string;
  in?: readonly Scalar[];
  nin?: readonly Scalar[];
  exists?: boolean;
  contains?: Scalar;
  prefix?: string;
  regex?: string;
}

/** A filter as the request writes it: {field: conditions, ...} (all must hold) plus and/or/not. */
export interface FilterInput {
  and?: readonly FilterInput[];
  or?: readonly FilterInput[];
  not?: FilterInput;
  [field: string]: FieldConditions | FilterInput | readonly FilterInput[] | undefined;
}

export const conditionNames = ['eq', 'ne', 'gt', 'gte', 'lt', 'lte', 'in', 'nin', 'exists', 'contains', 'prefix', 'regex'] as const;
export type ConditionName = (typeof conditionNames)[number];

/** The filter as a tree of plain-data predicates. */
export type Predicate =
  | { readonly op: 'and' | 'or'; readonly of: readonly Predicate[] }
  | { readonly op: 'not'; readonly of: Predicate }
  | { readonly op: ConditionName; readonly field: string; readonly value: FieldConditions[ConditionName] };

/**
 * Keeps the rows for which the predicate holds. Two-valued logic: a comparison with a null or
 * missing field is false (so `ne` and `nin` need a value) and `not` is its exact negation.
 * Values compare strictly ("1" is not 1); gt/gte/lt/lte compare numbers with numbers and
 * strings with strings (UTF-16 order, so ISO times work); `contains` is a substring of a string
 * or an element of an array; `regex` is an RE2 pattern found anywhere in a string (libs/regex.ts).
 */
export interface FilterNode {
  readonly kind: 'FilterNode';
  readonly where: Predicate;
}

export const FilterNode = {
  /** Takes a filter the schema has checked: known conditions, valid patterns, no empty object or and/or list. */
  create: (where: FilterInput): FilterNode => Object.freeze({ kind: 'FilterNode', where: predicateOf(where) }),
  is: (node: { kind: string }): node is FilterNode => node.kind === 'FilterNode',
};

function predicateOf(input: FilterInput): Predicate {
  const parts: Predicate[] = [];
  for (const [key, value] of Object.entries(input)) {
    if (value === undefined) continue;
    if (key === 'and' || key === 'or') {
      const list = value as readonly FilterInput[];
      parts.push({ op: key, of: list.map(predicateOf) });
    } else if (key === 'not') {
      parts.push({ op: 'not', of: predicateOf(value as FilterInput) });
    } else {
      parts.push(...conditionsOf(key, value as FieldConditions));
    }
  }
  return parts.length === 1 ? parts[0]! : { op: 'and', of: parts };
}

function conditionsOf(field: string, conditions: FieldConditions): Predicate[] {
  const parts: Predicate[] = [];
  for (const [name, value] of Object.entries(conditions) as [string, unknown][]) {
    if (value !== undefined) parts.push({ op: name as ConditionName, field, value: value as Scalar | readonly Scalar[] });
  }
  return parts;
}

/** The fields a predicate reads. */
export function predicateFields(p: Predicate): string[] {
  if ('field' in p) return [p.field];
  return p.op === 'not' ? predicateFields(p.of) : p.of.flatMap(predicateFields);
}

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

function compileRange(op: 'gt' | 'gte' | 'lt' | 'lte', read: (row: Row) => unknown, bound: number | string): Test {
  const type = typeof bound;
  const holds = {
    gt: (x: number | string) => x > bound,
    gte: (x: number | string) => x >= bound,
    lt: (x: number | string) => x < bound,
    lte: (x: number | string) => x <= bound,
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
