import { Sql, sql } from '../libs/sql.js';
import { asBoolean, asNumber, freshName, asText, asTime, intervalOf, jsonOf, kindOf, textOf, timeOutput, typed, type Kind, type Typed } from './kinds.js';

export const arithmetic = ['add', 'sub', 'mul', 'div', 'mod'] as const;
export const comparisons = ['eq', 'ne', 'gt', 'gte', 'lt', 'lte'] as const;
type Arithmetic = (typeof arithmetic)[number];
type Comparison = (typeof comparisons)[number];
export type Literal = string | number | boolean | null;

/** An expression as the request writes it (a JSON string is a column; {"lit": "x"} a string). */
export type ExpressionInput =
  | Literal
  | { lit: Literal }
  | { [op in Arithmetic | Comparison]?: readonly [ExpressionInput, ExpressionInput] }
  | { [op in 'and' | 'or' | 'coalesce' | 'concat']?: readonly ExpressionInput[] }
  | { [op in 'not' | 'lower' | 'upper' | 'time']?: ExpressionInput }
  | { round: ExpressionInput | readonly [ExpressionInput, number] }
  | { timeBucket: readonly [ExpressionInput, string] };

/** An expression as plain data. */
export type Expression =
  | { readonly op: 'column'; readonly name: string }
  | { readonly op: 'literal'; readonly value: Literal }
  | { readonly op: Arithmetic | Comparison; readonly args: readonly [Expression, Expression] }
  | { readonly op: 'and' | 'or' | 'coalesce' | 'concat'; readonly args: readonly Expression[] }
  | { readonly op: 'not' | 'lower' | 'upper' | 'time'; readonly args: readonly [Expression] }
  | { readonly op: 'round'; readonly args: readonly [Expression]; readonly digits: number }
  | { readonly op: 'timeBucket'; readonly args: readonly [Expression]; readonly every: string };

/**
 * New columns from expressions over the columns as they are before the step: a name that exists
 * is replaced at its position, new names are appended in order. The kinds and their conversions
 * are those of values.ts. Arithmetic takes numbers (anything else gives null) and gives a DOUBLE;
 * div and mod by 0, and a result that is not finite, give null; mod has the dividend's sign.
 * Comparisons compare two values of one kind (texts by code point, times in time order) and are
 * null when either is null, an array or an object; values of different kinds are not eq (ne is
 * true) and not ordered (null). and/or/not are SQL's three-valued logic over booleans (another
 * kind counts as null). coalesce is the first non-null value, read as the kind of its first
 * argument of known kind (a literal or an operation); with columns only, a JSON value. concat
 * joins the text of each value (values.ts textOf), nulls skipped. lower/upper change texts;
 * round rounds half away from zero, to `digits` decimals (negative: tens, hundreds...). time
 * reads a time (values.ts asTime); timeBucket is the start of its bucket, aligned to the Unix
 * epoch in UTC. A time comes out as TIMESTAMP WITH TIME ZONE.
 */
export interface DeriveNode {
  readonly kind: 'DeriveNode';
  readonly columns: readonly (readonly [name: string, expression: Expression])[];
}

export const DeriveNode = {
  /** Takes expressions the schema has checked (shapes, depth, durations, digits). */
  create: (columns: Readonly<Record<string, ExpressionInput>>): DeriveNode =>
    Object.freeze({
      kind: 'DeriveNode',
      columns: Object.freeze(Object.entries(columns).map(([name, input]) => Object.freeze([name, expressionOf(input)] as const))),
    }),
  is: (node: { kind: string }): node is DeriveNode => node.kind === 'DeriveNode',
};

const unary = ['not', 'lower', 'upper', 'time'] as const;
const variadic = ['and', 'or', 'coalesce', 'concat'] as const;

function expressionOf(input: ExpressionInput): Expression {
  if (typeof input === 'string') return { op: 'column', name: input };
  if (input === null || typeof input !== 'object') return { op: 'literal', value: input };
  const [op, value] = Object.entries(input).find(([, v]) => v !== undefined)! as [string, unknown];
  if (op === 'lit') return { op: 'literal', value: value as Literal };
  if (op === 'round') {
    const [of, digits] = Array.isArray(value) ? (value as [ExpressionInput, number]) : [value as ExpressionInput, 0];
    return { op, args: [expressionOf(of)], digits };
  }
  if (op === 'timeBucket') {
    const [of, every] = value as [ExpressionInput, string];
    return { op, args: [expressionOf(of)], every };
  }
  if ((unary as readonly string[]).includes(op)) return { op: op as (typeof unary)[number], args: [expressionOf(value as ExpressionInput)] };
  const args = (value as ExpressionInput[]).map(expressionOf);
  if ((variadic as readonly string[]).includes(op)) return { op: op as (typeof variadic)[number], args };
  return { op: op as Arithmetic | Comparison, args: args as [Expression, Expression] };
}

/** The expression in the request's own language (for explain). */
export function expressionInput(e: Expression): ExpressionInput {
  switch (e.op) {
    case 'column':
      return e.name;
    case 'literal':
      return typeof e.value === 'string' ? { lit: e.value } : e.value;
    case 'round':
      return { round: [expressionInput(e.args[0]), e.digits] };
    case 'timeBucket':
      return { timeBucket: [expressionInput(e.args[0]), e.every] };
    default:
      return { [e.op]: (unary as readonly string[]).includes(e.op) ? expressionInput(e.args[0]) : e.args.map(expressionInput) };
  }
}

/** The columns an expression reads. */
export function expressionColumns(e: Expression): string[] {
  if (e.op === 'column') return [e.name];
  if (e.op === 'literal') return [];
  return e.args.flatMap(expressionColumns);
}

const literalType = { number: 'DOUBLE', string: 'VARCHAR', boolean: 'BOOLEAN' } as const;
const literalKind = { number: 'number', string: 'text', boolean: 'boolean' } as const;
const operator = { add: '+', sub: '-', mul: '*', div: '/', mod: '%', eq: '=', ne: '<>', gt: '>', gte: '>=', lt: '<', lte: '<=' } as const;

/** The input's columns, and the lambda parameter that names a value once (a name no column has). */
interface Scope {
  readonly columns: ReadonlySet<string>;
  readonly param: Sql;
}

/**
 * `body(value)` with the value computed once: a CASE that names a compound value twice would
 * copy its SQL, doubling it at every level of nesting.
 */
const once = (value: Typed, scope: Scope, body: (value: Typed) => Sql) =>
  value.literal ? body(value) : sql`list_transform([${value.sql}], lambda ${scope.param}: ${body(typed(scope.param, value.kind))})[1]`;
const known = (kind: Kind): kind is 'number' | 'text' | 'boolean' | 'time' => kind === 'number' || kind === 'text' || kind === 'boolean' || kind === 'time';

function compile(e: Expression, scope: Scope): Typed {
  switch (e.op) {
    case 'column':
      // A column no row has is null, as a missing field is everywhere in a pipeline.
      return scope.columns.has(e.name) ? typed(Sql.ident(e.name), 'any') : typed(Sql.code('NULL'), 'null');
    case 'literal': {
      const { value } = e;
      if (value === null) return typed(Sql.code('NULL'), 'null');
      const type = typeof value as 'number' | 'string' | 'boolean';
      return { ...typed(sql`CAST(${Sql.value(value)} AS ${Sql.code(literalType[type])})`, literalKind[type]), literal: true };
    }
    case 'add':
    case 'sub':
    case 'mul':
    case 'div':
    case 'mod': {
      const [a, b] = e.args.map((arg) => asNumber(compile(arg, scope))) as [Sql, Sql];
      const result = sql`(${a} ${Sql.code(operator[e.op])} ${e.op === 'div' || e.op === 'mod' ? sql`NULLIF(${b}, 0)` : b})`;
      // A one-element list names the result once: a CASE would copy it, doubling the SQL at every level.
      return typed(sql`list_filter([${result}], lambda ${scope.param}: isfinite(${scope.param}))[1]`, 'number');
    }
    case 'eq':
    case 'ne':
    case 'gt':
    case 'gte':
    case 'lt':
    case 'lte':
      return typed(comparison(e.op, compile(e.args[0], scope), compile(e.args[1], scope), scope), 'boolean');
    case 'and':
    case 'or':
      return typed(
        sql`(${Sql.join(
          e.args.map((arg) => asBoolean(compile(arg, scope))),
          e.op === 'and' ? ' AND ' : ' OR ',
        )})`,
        'boolean',
      );
    case 'not':
      return typed(sql`(NOT ${asBoolean(compile(e.args[0], scope))})`, 'boolean');
    case 'coalesce':
      return coalesce(e.args.map((arg) => compile(arg, scope)));
    case 'concat':
      return typed(sql`concat(${Sql.join(e.args.map((arg) => textOf(compile(arg, scope))))})`, 'text');
    case 'lower':
    case 'upper':
      return typed(sql`${Sql.code(e.op)}(${asText(compile(e.args[0], scope))})`, 'text');
    case 'round':
      return typed(sql`round(${asNumber(compile(e.args[0], scope))}, CAST(${Sql.value(e.digits)} AS INTEGER))`, 'number');
    case 'time':
      return typed(timeOf(compile(e.args[0], scope), scope), 'time');
    case 'timeBucket':
      return typed(sql`time_bucket(${intervalOf(e.every)}, ${timeOf(compile(e.args[0], scope), scope)}, TIMESTAMP '1970-01-01 00:00:00')`, 'time');
  }
}

// Reading a text as a time names it four times: a compound text is named once.
const timeOf = (value: Typed, scope: Scope) => (value.kind === 'text' ? once(value, scope, asTime) : asTime(value));

function comparison(op: Comparison, a: Typed, b: Typed, scope: Scope): Sql {
  const compare = (x: Sql, y: Sql) => sql`${x} ${Sql.code(operator[op])} ${y}`;
  const otherKinds = Sql.code(op === 'eq' ? 'false' : op === 'ne' ? 'true' : 'NULL');
  if (known(a.kind) && known(b.kind)) {
    return a.kind === b.kind ? sql`(${compare(a.sql, b.sql)})` : sql`CASE WHEN ${a.sql} IS NULL OR ${b.sql} IS NULL THEN NULL ELSE ${otherKinds} END`;
  }
  // A side of known kind has its kind as a constant (the CASE folds); the other is a column or a JSON value.
  const decide = (x: Typed, y: Typed) => {
    const kinds = [x, y].map((side) =>
      known(side.kind) ? { kind: Sql.code(`'${side.kind}'`), isNull: sql`${side.sql} IS NULL` } : { kind: kindOf(side), isNull: sql`${kindOf(side)} IS NULL` },
    );
    const [kx, ky] = kinds.map((k) => k.kind) as [Sql, Sql];
    return sql`CASE WHEN ${kinds[0]!.isNull} OR ${kinds[1]!.isNull} OR ${kx} = 'other' OR ${ky} = 'other' THEN NULL WHEN ${kx} <> ${ky} THEN ${otherKinds} WHEN ${kx} = 'number' THEN ${compare(asNumber(x), asNumber(y))} WHEN ${kx} = 'text' THEN ${compare(asText(x), asText(y))} WHEN ${kx} = 'boolean' THEN ${compare(asBoolean(x), asBoolean(y))} ELSE ${compare(asTime(x), asTime(y))} END`;
  };
  if (known(a.kind)) return once(a, scope, (x) => decide(x, b));
  if (known(b.kind)) return once(b, scope, (y) => decide(a, y));
  return decide(a, b);
}

const as = { number: asNumber, text: asText, boolean: asBoolean, time: asTime } as const;

function coalesce(args: readonly Typed[]): Typed {
  const kind = args.map((a) => a.kind).find(known);
  if (kind === undefined) return typed(sql`coalesce(${Sql.join(args.map(jsonOf))})`, 'json');
  return typed(sql`coalesce(${Sql.join(args.map(as[kind]))})`, kind);
}

/** The SQL of a derived column: a time as TIMESTAMP WITH TIME ZONE, a column as it is. */
function output(value: Typed): Sql {
  return value.kind === 'time' ? timeOutput(value.sql) : value.sql;
}

/** The step as a SELECT over its input: replaced columns in place, new ones appended. */
export function deriveSql(node: DeriveNode, input: { table: Sql; columns: readonly string[] }): Sql {
  const known = new Set(input.columns);
  const scope = { columns: known, param: Sql.ident(freshName('__value', input.columns)) };
  const derived = new Map(node.columns.map(([name, e]) => [name, output(compile(e, scope))]));
  const select = input.columns.map((name) => sql`${derived.get(name) ?? Sql.ident(name)} AS ${Sql.ident(name)}`);
  for (const [name, value] of derived) if (!known.has(name)) select.push(sql`${value} AS ${Sql.ident(name)}`);
  return sql`SELECT ${Sql.join(select)} FROM ${input.table}`;
}
