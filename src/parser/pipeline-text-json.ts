import type { IToken } from 'chevrotain';

// How the pieces of the pipeline's text become the JSON of the body: objects, filters, calls, heads.

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

/** A problem at a token of the text, rendered with its line, column and a caret. */
export class TextProblem extends Error {
  constructor(
    readonly token: IToken,
    message: string,
  ) {
    super(message);
  }
}

export interface Named {
  readonly text: string;
  readonly token: IToken;
}

// Objects are built from entries: a key may be "__proto__", and o[key] = v would set a prototype.
export function objectOf(entries: readonly (readonly [Named, Json])[], what: string): JsonObject {
  const seen = new Set<string>();
  for (const [key] of entries) {
    if (seen.has(key.text)) throw new TextProblem(key.token, `${what} "${key.text}" is written twice`);
    seen.add(key.text);
  }
  return Object.fromEntries(entries.map(([key, value]) => [key.text, value]));
}

export const isObject = (value: Json | undefined): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

const filterGroups = new Set(['and', 'or', 'not']);

/**
 * The members of a filter written `a, b, c` make one JSON filter object: each member brings its
 * keys (a field's conditions, "and", "or" or "not"); a field's conditions from several members merge.
 */
export function mergeFilter(members: readonly (readonly [IToken, JsonObject])[]): JsonObject {
  const entries: [string, Json][] = [];
  for (const [token, member] of members) {
    for (const [key, value] of Object.entries(member)) {
      const at = entries.findIndex(([k]) => k === key);
      if (at < 0) {
        entries.push([key, value]);
        continue;
      }
      const before = entries[at]![1];
      if (filterGroups.has(key) || !isObject(before) || !isObject(value)) {
        throw new TextProblem(
          token,
          `this filter already has ${filterGroups.has(key) ? `an "${key}" group` : `a condition on "${key}"`}: join the two with and`,
        );
      }
      const twice = Object.keys(value).find((op) => Object.hasOwn(before, op));
      if (twice !== undefined) throw new TextProblem(token, `"${key}" already has a "${twice}" condition in this filter: join the two with and`);
      entries[at] = [key, { ...before, ...value }];
    }
  }
  return Object.fromEntries(entries);
}

export const binary = {
  '+': 'add',
  '-': 'sub',
  '*': 'mul',
  '/': 'div',
  '%': 'mod',
  '==': 'eq',
  '!=': 'ne',
  '>': 'gt',
  '>=': 'gte',
  '<': 'lt',
  '<=': 'lte',
} as const;
export type Operator = keyof typeof binary;

// The functions of derive, by how their arguments are written in JSON.
const listFunctions = new Set(['coalesce', 'concat']);
const oneArgument = new Set(['lower', 'upper', 'time', 'lit']);
export const functionNames = [...listFunctions, ...oneArgument, 'round', 'timeBucket'];

export type Argument = { duration: string; token: IToken } | { expr: Json; token: IToken };

/** {name: ...} of a function call, as the derive step's JSON writes it. */
export function call(name: Named, args: readonly Argument[]): Json {
  const fn = name.text;
  const arity = (n: number | readonly number[]) => {
    const counts = typeof n === 'number' ? [n] : n;
    if (!counts.includes(args.length))
      throw new TextProblem(name.token, `${fn} takes ${counts.join(' or ')} argument${counts.at(-1) === 1 ? '' : 's'}, not ${args.length}`);
  };
  const expr = (arg: Argument): Json => {
    if ('duration' in arg) throw new TextProblem(arg.token, `a duration is only the second argument of timeBucket(time, 5m)`);
    return arg.expr;
  };
  if (listFunctions.has(fn)) return { [fn]: args.map(expr) };
  if (fn === 'lit') {
    arity(1);
    const value = expr(args[0]!);
    // lit("text") is the text itself; lit(5) keeps a number written as a literal object.
    return isObject(value) && Object.hasOwn(value, 'lit') ? value : { lit: value };
  }
  if (oneArgument.has(fn)) {
    arity(1);
    return { [fn]: expr(args[0]!) };
  }
  if (fn === 'round') {
    arity([1, 2]);
    return { round: args.length === 1 ? expr(args[0]!) : args.map(expr) };
  }
  if (fn === 'timeBucket') {
    arity(2);
    const every = args[1]!;
    return { timeBucket: [expr(args[0]!), 'duration' in every ? every.duration : expr(every)] };
  }
  throw new TextProblem(name.token, `unknown function "${fn}" (functions: ${functionNames.join(', ')})`);
}

/** The head of a source or an upsert target: es:INSTANCE/INDEX or influx:INSTANCE/DB/MEASUREMENT. */
export function targetOf(kind: Named, segments: readonly Named[], what: 'source' | 'target'): JsonObject {
  const texts = segments.map((s) => s.text);
  if (kind.text === 'es') {
    if (texts.length !== 2) throw new TextProblem(kind.token, `an Elasticsearch ${what} is es:INSTANCE/INDEX`);
    return { es: texts[0]!, index: texts[1]! };
  }
  if (kind.text === 'influx') {
    if (texts.length > 3 || (what === 'target' && texts.length < 3)) {
      throw new TextProblem(
        kind.token,
        what === 'source' ? 'an InfluxDB source is influx:INSTANCE[/DB[/MEASUREMENT]]' : 'an InfluxDB target is influx:INSTANCE/DB/MEASUREMENT',
      );
    }
    const [influx, db, measurement] = texts;
    return { influx: influx!, ...(db !== undefined && { db }), ...(measurement !== undefined && { measurement }) };
  }
  throw new TextProblem(kind.token, `expected es or influx, found "${kind.text}"`);
}

/** Adds clauses to a head, refusing a clause that repeats a key. */
export function withClauses(head: JsonObject, clauses: readonly (readonly [Named, Json])[], what: string): JsonObject {
  for (const [key] of clauses) if (Object.hasOwn(head, key.text)) throw new TextProblem(key.token, `${what} "${key.text}" is written twice`);
  return { ...head, ...objectOf(clauses, what) };
}

export const named = (token: IToken): Named => ({ text: token.image, token });
