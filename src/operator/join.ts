import { errors } from '../libs/errors.js';
import { inSlices, runNow, type Sliced } from './cooperative.js';
import { columnsOf, compileRowBuilder, fieldReader, type OutputColumn, type Row, type RowBuilder, type Rows } from '../libs/rows.js';

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
 * Keys match when every pair is strictly equal (string "1" is not number 1, as in SQL) and is a
 * string, number or boolean: null, missing, NaN, array and object keys never match, but their rows
 * still appear in outer joins. Output order: left rows in order, each followed by its matches in
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

type Key = string | number | boolean;
type KeyReader = (row: Row) => Key | undefined;

/** The hash key of a row: its key fields' values, or undefined when they cannot match. */
function keyReader(fields: readonly string[]): KeyReader {
  const reads = fields.map(fieldReader);
  // NaN is not equal to itself, so it matches nothing (a Map would match it with NaN).
  const matchable = (v: unknown): v is Key => typeof v === 'string' || (typeof v === 'number' && !Number.isNaN(v)) || typeof v === 'boolean';
  if (reads.length === 1) {
    const read = reads[0]!;
    return (row) => {
      const value = read(row);
      return matchable(value) ? value : undefined;
    };
  }
  return (row) => {
    const values = reads.map((read) => read(row));
    // Quoted strings keep "1" apart from 1 and ["a,b"] apart from ["a", "b"]; String() keeps
    // Infinity and -Infinity apart (JSON would write both as null) and 0 with -0, as === does.
    return values.every(matchable) ? values.map((v) => (typeof v === 'string' ? JSON.stringify(v) : String(v))).join(',') : undefined;
  };
}

/** Chains each key's rows in ascending order: start.get(key) -> next[i] -> ... -> -1. */
function* hashRows(rows: Rows, key: KeyReader): Sliced<{ start: Map<Key, number>; next: Int32Array }> {
  const start = new Map<Key, number>();
  const next = new Int32Array(rows.length);
  const last = rows.length - 1;
  // Walking backwards, prepending keeps each chain in row order.
  yield* inSlices(rows.length, (from, to) => {
    for (let i = last - from; i > last - to; i--) {
      const k = key(rows[i]!);
      if (k === undefined) continue;
      next[i] = start.get(k) ?? -1;
      start.set(k, i);
    }
  });
  return { start, next };
}

interface Sides {
  left: Rows;
  right: Rows;
  leftKey: KeyReader;
  rightKey: KeyReader;
  build: RowBuilder;
  keepLeft: boolean;
  keepRight: boolean;
}

/** Right side hashed: each left row in order, followed by its matches. */
function* probeWithLeft({ left, right, leftKey, rightKey, build, keepLeft, keepRight }: Sides): Sliced<Row[]> {
  const { start, next } = yield* hashRows(right, rightKey);
  const matched = new Uint8Array(keepRight ? right.length : 0);
  const out: Row[] = [];
  yield* inSlices(left.length, (from, to) => {
    for (let i = from; i < to; i++) {
      const row = left[i]!;
      const k = leftKey(row);
      let j = k === undefined ? -1 : (start.get(k) ?? -1);
      if (j === -1 && keepLeft) out.push(build(row, null));
      for (; j !== -1; j = next[j]!) {
        out.push(build(row, right[j]!));
        if (keepRight) matched[j] = 1;
      }
    }
  });
  if (keepRight) for (let j = 0; j < right.length; j++) if (matched[j] === 0) out.push(build(null, right[j]!));
  return out;
}

/**
 * Left side hashed: the right rows are read in order (the big side, so cache-friendly) and each
 * pair is written to the slot that left order gives it, counted in a first pass.
 */
function* probeWithRight({ left, right, leftKey, rightKey, build, keepLeft, keepRight }: Sides): Sliced<Row[]> {
  const { start, next } = yield* hashRows(left, leftKey);
  const firstMatch = new Int32Array(right.length);
  const matches = new Int32Array(left.length);
  yield* inSlices(right.length, (from, to) => {
    for (let j = from; j < to; j++) {
      const k = rightKey(right[j]!);
      firstMatch[j] = k === undefined ? -1 : (start.get(k) ?? -1);
      for (let i = firstMatch[j]!; i !== -1; i = next[i]!) matches[i]!++;
    }
  });
  const slot = new Int32Array(left.length);
  let rows = 0;
  for (let i = 0; i < left.length; i++) {
    slot[i] = rows;
    rows += matches[i] || (keepLeft ? 1 : 0);
  }
  const out = new Array<Row>(rows);
  yield* inSlices(right.length, (from, to) => {
    for (let j = from; j < to; j++) {
      for (let i = firstMatch[j]!; i !== -1; i = next[i]!) out[slot[i]!++] = build(left[i]!, right[j]!);
    }
  });
  if (keepLeft) for (let i = 0; i < left.length; i++) if (matches[i] === 0) out[slot[i]!] = build(left[i]!, null);
  if (keepRight) for (let j = 0; j < right.length; j++) if (firstMatch[j] === -1) out.push(build(null, right[j]!));
  return out;
}

/** The output columns: every left column, then every right one, renamed where names clash. */
function outputColumns(left: Rows, right: Rows, node: JoinNode): OutputColumn[] {
  const leftColumns = columnsOf(left);
  const leftNames = new Set(leftColumns);
  const shared = new Set(node.on.filter(([l, r]) => l === r && leftNames.has(l)).map(([l]) => l));
  const columns: OutputColumn[] = leftColumns.map((name) => ({
    name,
    reads: shared.has(name)
      ? [
          { side: 'a', field: name },
          { side: 'b', field: name },
        ]
      : [{ side: 'a', field: name }],
  }));
  const names = new Set(leftColumns);
  for (const field of columnsOf(right)) {
    if (shared.has(field)) continue;
    const name = leftNames.has(field) ? `${node.prefix}${field}${node.suffix}` : field;
    if (names.has(name)) {
      throw errors.validation(node.at, `column "${field}" of "${node.right}" clashes with "${name}"; choose another prefix or suffix`);
    }
    names.add(name);
    columns.push({ name, reads: [{ side: 'b', field }] });
  }
  return columns;
}

/** Hash join, built on the smaller side; the output does not depend on which side that is. */
export function joinSlices(left: Rows, right: Rows, node: JoinNode): Sliced<Row[]> {
  const sides: Sides = {
    left,
    right,
    leftKey: keyReader(node.on.map(([l]) => l)),
    rightKey: keyReader(node.on.map(([, r]) => r)),
    build: compileRowBuilder(outputColumns(left, right, node)),
    keepLeft: node.how === 'left' || node.how === 'full',
    keepRight: node.how === 'right' || node.how === 'full',
  };
  return right.length <= left.length ? probeWithLeft(sides) : probeWithRight(sides);
}

export const join = (left: Rows, right: Rows, node: JoinNode): Row[] => runNow(joinSlices(left, right, node));

/** How many rows join() would make, counted in one pass over each side without building them. */
export function joinSize(left: Rows, right: Rows, node: JoinNode): number {
  const leftKey = keyReader(node.on.map(([l]) => l));
  const rightKey = keyReader(node.on.map(([, r]) => r));
  const counts = new Map<Key, number>();
  let unkeyedRight = 0;
  for (const row of right) {
    const k = rightKey(row);
    if (k === undefined) unkeyedRight++;
    else counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const keepLeft = node.how === 'left' || node.how === 'full';
  const keepRight = node.how === 'right' || node.how === 'full';
  const matched = new Set<Key>();
  let size = 0;
  for (const row of left) {
    const k = leftKey(row);
    const n = k === undefined ? 0 : (counts.get(k) ?? 0);
    size += n || (keepLeft ? 1 : 0);
    if (n > 0 && keepRight) matched.add(k!);
  }
  if (keepRight) {
    size += unkeyedRight;
    for (const [k, n] of counts) if (!matched.has(k)) size += n;
  }
  return size;
}
