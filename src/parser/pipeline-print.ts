import { durationText, nameText } from './pipeline-text-tokens.js';
import { isObject, type Json, type JsonObject } from './pipeline-text-json.js';

/**
 * Prints a POST /mix/query JSON body in the pipeline's text form, so that the text compiles
 * back to the same JSON. Where the text has no spelling for a shape (an "and" of one filter, a
 * limit object without offset, an invalid step), that part is printed as a JSON literal, which
 * the text accepts wherever a step, filter member, expression or source may be.
 */

const isString = (value: Json | undefined): value is string => typeof value === 'string';
const isStrings = (value: Json | undefined): value is string[] => Array.isArray(value) && value.every(isString);
const json = (value: Json) => JSON.stringify(value);
const names = (list: readonly string[]) => list.map(nameText).join(', ');
/** The object has only these keys, each holding what its test accepts (absent keys pass as undefined). */
const shaped = (value: JsonObject, shape: Record<string, (v: Json | undefined) => boolean>) =>
  Object.keys(value).every((key) => Object.hasOwn(shape, key)) && Object.entries(shape).every(([key, test]) => test(value[key]));
const optional =
  (test: (v: Json) => boolean) =>
  (v: Json | undefined): boolean =>
    v === undefined || test(v);
const nonEmptyStrings = (v: Json | undefined) => isStrings(v) && v.length > 0;
const isDuration = (v: Json | undefined) => isString(v) && durationText.test(v);

// Filters: members joined by "," make one object; and, or, not make groups.

/** A filter member's text, and whether it can stand as an operand of and/or/not as it is. */
type Member = [string, 'unary' | 'group'];

function filterMembers(filter: JsonObject): Member[] {
  return Object.entries(filter).flatMap(([key, value]): Member[] => {
    if ((key === 'and' || key === 'or') && Array.isArray(value) && value.length >= 2 && value.every(isObject)) {
      return [[value.map((part) => (key === 'or' ? orOperandText(part) : filterUnaryText(part))).join(` ${key} `), 'group']];
    }
    if (key === 'not' && isObject(value)) return [[`not ${filterUnaryText(value)}`, 'unary']];
    if (key === 'and' || key === 'or' || key === 'not' || !isObject(value) || Object.keys(value).length === 0) return [[json({ [key]: value }), 'unary']];
    return Object.entries(value).map(([op, operand]): Member => [conditionText(key, op, operand), 'unary']);
  });
}

function filterText(filter: JsonObject): string {
  const members = filterMembers(filter);
  return members.length > 0 ? members.map(([text]) => text).join(', ') : '{}';
}

const conditionOperators: Record<string, string> = { eq: '==', ne: '!=', gt: '>', gte: '>=', lt: '<', lte: '<=' };
const conditionWords = new Set(['in', 'nin', 'contains', 'prefix', 'regex']);

function conditionText(field: string, op: string, operand: Json): string {
  if (op === 'exists' && operand === true) return `${nameText(field)} exists`;
  if (op === 'exists' && operand === false) return `${nameText(field)} exists false`;
  const written = conditionOperators[op] ?? (conditionWords.has(op) ? op : undefined);
  if (written === undefined) return json({ [field]: { [op]: operand } });
  return `${nameText(field)} ${written} ${json(operand)}`;
}

// An "and" inside an "or" needs no parentheses.
const orOperandText = (part: JsonObject) =>
  Object.keys(part).length === 1 && Array.isArray(part.and) && part.and.length >= 2 ? filterText(part) : filterUnaryText(part);

function filterUnaryText(part: JsonObject): string {
  const members = filterMembers(part);
  if (members.length === 0) return '{}';
  return members.length === 1 && members[0]![1] === 'unary' ? members[0]![0] : `(${filterText(part)})`;
}

// Derive expressions, by precedence: or 1, and 2, not 3, comparisons 4, + - 5, * / % 6, atoms 7.

const arithmetic: Record<string, [string, number]> = { add: ['+', 5], sub: ['-', 5], mul: ['*', 6], div: ['/', 6], mod: ['%', 6] };
const comparisons: Record<string, string> = conditionOperators;

/** The expression's text and its precedence (how loosely it binds). */
function expression(e: Json): [string, number] {
  if (isString(e)) return [nameText(e), 7];
  if (!isObject(e)) return [json(e), 7];
  const entries = Object.entries(e);
  const literal: [string, number] = [json(e), 7];
  if (entries.length !== 1) return literal;
  const [fn, arg] = entries[0]!;
  const pair = Array.isArray(arg) && arg.length === 2 ? arg : undefined;
  if (fn in arithmetic && pair) {
    const [op, level] = arithmetic[fn]!;
    return [`${operand(pair[0]!, level)} ${op} ${operand(pair[1]!, level + 1)}`, level];
  }
  if (fn in comparisons && pair) return [`${operand(pair[0]!, 5)} ${comparisons[fn]} ${operand(pair[1]!, 5)}`, 4];
  if ((fn === 'and' || fn === 'or') && Array.isArray(arg) && arg.length >= 2) {
    const level = fn === 'or' ? 1 : 2;
    return [arg.map((part) => operand(part, level + 1)).join(` ${fn} `), level];
  }
  if (fn === 'not' && !Array.isArray(arg)) return [`not ${operand(arg, 3)}`, 3];
  if (fn === 'lit') {
    if (isString(arg)) return [json(arg), 7];
    return Array.isArray(arg) || isObject(arg) ? literal : [`lit(${json(arg)})`, 7];
  }
  if ((fn === 'coalesce' || fn === 'concat') && Array.isArray(arg)) return [`${fn}(${arg.map((a) => operand(a, 1)).join(', ')})`, 7];
  if ((fn === 'lower' || fn === 'upper' || fn === 'time') && !Array.isArray(arg)) return [`${fn}(${operand(arg, 1)})`, 7];
  if (fn === 'round' && !Array.isArray(arg)) return [`round(${operand(arg, 1)})`, 7];
  if (fn === 'round' && pair) return [`round(${operand(pair[0]!, 1)}, ${operand(pair[1]!, 1)})`, 7];
  if (fn === 'timeBucket' && pair && isDuration(pair[1])) return [`timeBucket(${operand(pair[0]!, 1)}, ${pair[1] as string})`, 7];
  return literal;
}

/** The expression, in parentheses when it binds more loosely than its place needs. */
function operand(e: Json, level: number): string {
  const [text, own] = expression(e);
  return own < level ? `(${text})` : text;
}

// Steps: each prints its readable form when that form says exactly its JSON, else its JSON.

function joinText(join: JsonObject): string | undefined {
  const pairs = (v: Json | undefined) => v === undefined || (isObject(v) && Object.keys(v).length > 0 && Object.values(v).every(isString));
  const asofShape = {
    left: isString,
    right: isString,
    direction: optional((v) => v === 'backward' || v === 'forward'),
    within: optional(isDuration),
  };
  const ok = shaped(join, {
    left: optional(isString),
    right: isString,
    on: pairs,
    how: optional(isString),
    prefix: optional(isString),
    suffix: optional(isString),
    asof: optional((v) => isObject(v) && shaped(v, asofShape)),
  });
  if (!ok) return undefined;
  const on = join.on as Record<string, string> | undefined;
  const asof = join.asof as Record<string, string> | undefined;
  return [
    'join',
    join.left !== undefined && `${nameText(join.left as string)} with`,
    nameText(join.right as string),
    join.how !== undefined && `how ${nameText(join.how as string)}`,
    on &&
      `on ${Object.entries(on)
        .map(([l, r]) => `${nameText(l)} = ${nameText(r)}`)
        .join(', ')}`,
    asof && `asof ${nameText(asof.left!)} = ${nameText(asof.right!)}`,
    asof?.direction,
    asof?.within !== undefined && `within ${asof.within}`,
    join.prefix !== undefined && `prefix ${json(join.prefix)}`,
    join.suffix !== undefined && `suffix ${json(join.suffix)}`,
  ]
    .filter((part) => typeof part === 'string')
    .join(' ');
}

function statsText(aggregate: JsonObject): string | undefined {
  // The metric's kind is written as a function name: bare.
  const metricOk = (m: Json) =>
    isObject(m) && Object.keys(m).length === 1 && isString(Object.values(m)[0]) && nameText(Object.keys(m)[0]!) === Object.keys(m)[0];
  const ok = shaped(aggregate, {
    groupBy: optional(nonEmptyStrings),
    metrics: optional((v) => isObject(v) && Object.keys(v).length > 0 && Object.values(v).every(metricOk)),
  });
  if (!ok) return undefined;
  const metrics = Object.entries((aggregate.metrics ?? {}) as Record<string, Record<string, string>>).map(([name, metric]) => {
    const [kind, field] = Object.entries(metric)[0]!;
    return `${kind}(${field === '*' ? '' : nameText(field)}) as ${nameText(name)}`;
  });
  const groupBy = aggregate.groupBy as string[] | undefined;
  return ['stats', metrics.join(', '), groupBy && `by ${names(groupBy)}`].filter((part) => part).join(' ');
}

function sortText(sort: Json): string | undefined {
  const keyOk = (k: Json) => isObject(k) && Object.keys(k).length === 1 && (Object.values(k)[0] === 'asc' || Object.values(k)[0] === 'desc');
  if (!Array.isArray(sort) || sort.length === 0 || !sort.every(keyOk)) return undefined;
  return `sort ${(sort as Record<string, string>[])
    .map((k) =>
      Object.entries(k)[0]!
        .map((part, i) => (i === 0 ? nameText(part) : part))
        .join(' '),
    )
    .join(', ')}`;
}

function limitText(limit: Json): string | undefined {
  if (typeof limit === 'number') return `limit ${json(limit)}`;
  if (isObject(limit) && shaped(limit, { count: (v) => typeof v === 'number', offset: (v) => typeof v === 'number' })) {
    return `limit ${json(limit.count!)} offset ${json(limit.offset!)}`;
  }
  return undefined;
}

function selectText(project: JsonObject): string | undefined {
  const ok = shaped(project, {
    keep: optional((v) => nonEmptyStrings(v) && new Set(v as string[]).size === (v as string[]).length),
    rename: optional((v) => isObject(v) && Object.keys(v).length > 0 && Object.values(v).every(isString)),
  });
  if (!ok) return undefined;
  const keep = project.keep as string[] | undefined;
  const rename = (project.rename ?? {}) as Record<string, string>;
  if (keep === undefined) return ['select *', ...Object.entries(rename).map(([from, to]) => `${nameText(from)} as ${nameText(to)}`)].join(', ');
  if (!Object.keys(rename).every((from) => keep.includes(from))) return undefined;
  return `select ${keep.map((field) => (Object.hasOwn(rename, field) ? `${nameText(field)} as ${nameText(rename[field]!)}` : nameText(field))).join(', ')}`;
}

function fillText(fill: JsonObject): string | undefined {
  const withOk = (v: Json) =>
    v === 'previous' || v === null || (isObject(v) && shaped(v, { value: (x) => x !== undefined && x !== null && !Array.isArray(x) && !isObject(x) }));
  const ok = shaped(fill, {
    time: isString,
    every: isDuration,
    by: optional(nonEmptyStrings),
    with: optional((v) => isObject(v) && Object.keys(v).length > 0 && Object.values(v).every(withOk)),
    from: optional(isString),
    to: optional(isString),
  });
  if (!ok) return undefined;
  const fills = Object.entries((fill.with ?? {}) as Record<string, Json>).map(
    ([column, how]) => `${nameText(column)} = ${how === 'previous' ? 'previous' : how === null ? 'null' : json((how as JsonObject).value!)}`,
  );
  return [
    `fill ${nameText(fill.time as string)} every ${fill.every as string}`,
    fill.by !== undefined && `by ${names(fill.by as string[])}`,
    fills.length > 0 && `with ${fills.join(', ')}`,
    fill.from !== undefined && `from ${json(fill.from)}`,
    fill.to !== undefined && `to ${json(fill.to)}`,
  ]
    .filter((part) => typeof part === 'string')
    .join(' ');
}

const segment = (text: string) => nameText(text);

function intoText(upsert: JsonObject): string | undefined {
  if (shaped(upsert, { es: isString, index: isString, id: isString })) {
    return `into es:${segment(upsert.es as string)}/${segment(upsert.index as string)} id ${nameText(upsert.id as string)}`;
  }
  const influxShape = { influx: isString, db: isString, measurement: isString, tags: isStrings, fields: nonEmptyStrings, time: optional(isString) };
  if (!shaped(upsert, influxShape)) return undefined;
  const tags = upsert.tags as string[];
  return [
    `into influx:${[upsert.influx, upsert.db, upsert.measurement].map((s) => segment(s as string)).join('/')}`,
    tags.length > 0 && `tags ${names(tags)}`,
    `fields ${names(upsert.fields as string[])}`,
    upsert.time !== undefined && `time ${nameText(upsert.time as string)}`,
  ]
    .filter((part) => typeof part === 'string')
    .join(' ');
}

function deriveText(derive: JsonObject): string | undefined {
  const columns = Object.entries(derive);
  if (columns.length === 0) return undefined;
  return `derive ${columns.map(([column, e]) => `${nameText(column)} = ${operand(e, 1)}`).join(', ')}`;
}

const stepWords: Record<string, [string, (arg: never) => string | undefined]> = {
  join: ['join', joinText],
  filter: ['where', (filter: JsonObject) => `where ${filterText(filter)}`],
  derive: ['derive', deriveText],
  aggregate: ['stats', statsText],
  sort: ['sort', sortText],
  limit: ['limit', limitText],
  project: ['select', selectText],
  fill: ['fill', fillText],
  upsert: ['into', intoText],
};

function stepText(step: Json): string {
  const entries = isObject(step) ? Object.entries(step) : [];
  const [kind, arg] = entries[0] ?? [];
  if (entries.length !== 1 || kind === undefined || !Object.hasOwn(stepWords, kind)) throw new Error(`no text for the step ${json(step)}`);
  const [word, print] = stepWords[kind]!;
  const objectArgument = kind === 'sort' ? Array.isArray(arg) : kind === 'limit' ? isObject(arg) || typeof arg === 'number' : isObject(arg);
  const readable = objectArgument ? print(arg as never) : undefined;
  return readable ?? `${word} ${json(arg!)}`;
}

// Sources and options: a head, then `field value` clauses in JSON.

const clauses = (spec: JsonObject, head: readonly string[]) =>
  Object.entries(spec)
    .filter(([key]) => !head.includes(key))
    .map(([key, value]) => ` ${key} ${json(value)}`)
    .join('');

function sourceText(spec: Json): string {
  if (!isObject(spec)) return json(spec);
  const clausesOk = (head: readonly string[]) => Object.keys(spec).every((key) => head.includes(key) || nameText(key) === key);
  if (isString(spec.es) && isString(spec.index) && clausesOk(['es', 'index'])) {
    return `es:${segment(spec.es)}/${segment(spec.index)}${clauses(spec, ['es', 'index'])}`;
  }
  if (isString(spec.influx)) {
    const head = ['influx', 'db', 'measurement'].filter((key) => spec[key] !== undefined);
    const positional = head.every((key) => isString(spec[key])) && (spec.measurement === undefined || spec.db !== undefined);
    if (positional && clausesOk(head)) return `influx:${head.map((key) => segment(spec[key] as string)).join('/')}${clauses(spec, head)}`;
  }
  return json(spec);
}

/** The text form of a POST /mix/query JSON body: the sources, the options, then one line per step. */
export function pipelineToText(request: object): string {
  // Plain JSON data (a parsed or validated body): undefined members are absent ones.
  const body = JSON.parse(JSON.stringify(request)) as JsonObject;
  const sources = Object.entries(isObject(body.sources) ? body.sources : {}).map(([name, spec]) => `from ${nameText(name)} = ${sourceText(spec)}`);
  const options = isObject(body.options) ? [`options${clauses(body.options, [])}`] : [];
  const steps = (Array.isArray(body.pipeline) ? body.pipeline : []).map((step) => `| ${stepText(step)}`);
  return [...sources, ...options, ...steps].join('\n');
}
