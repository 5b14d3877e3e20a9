import { EmbeddedActionsParser, EOF, type IRecognitionException, type IToken, type TokenType } from 'chevrotain';
import { errors } from '../libs/errors.js';
import {
  allTokens,
  And,
  Assign,
  Colon,
  Comma,
  Duration,
  Eq,
  False,
  From,
  Gt,
  Gte,
  keyword as k,
  LBrace,
  LBracket,
  LParen,
  Lt,
  Lte,
  Minus,
  Name,
  Ne,
  Not,
  Null,
  Num,
  Options,
  Or,
  Percent,
  Pipe,
  pipelineLexer,
  Plus,
  Quoted,
  RBrace,
  RBracket,
  RParen,
  Slash,
  Star,
  Str,
  True,
} from './pipeline-text-tokens.js';

/**
 * The pipeline's text form: a pipe language that compiles to the JSON body of POST /mix/query,
 * which is then validated and planned exactly as a JSON body is. The compiler only spells JSON;
 * every rule about what a pipeline may say stays in the schema (pipeline.ts).
 */

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/** The deepest the text may nest brackets, (, [ and {: the parser recurses once or more per level. */
export const maxTextDepth = 100;

/** A problem at a token of the text, rendered with its line, column and a caret. */
class TextProblem extends Error {
  constructor(
    readonly token: IToken,
    message: string,
  ) {
    super(message);
  }
}

interface Named {
  readonly text: string;
  readonly token: IToken;
}

// Objects are built from entries: a key may be "__proto__", and o[key] = v would set a prototype.
function objectOf(entries: readonly (readonly [Named, Json])[], what: string): JsonObject {
  const seen = new Set<string>();
  for (const [key] of entries) {
    if (seen.has(key.text)) throw new TextProblem(key.token, `${what} "${key.text}" is written twice`);
    seen.add(key.text);
  }
  return Object.fromEntries(entries.map(([key, value]) => [key.text, value]));
}

const isObject = (value: Json | undefined): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

const filterGroups = new Set(['and', 'or', 'not']);

/**
 * The members of a filter written `a, b, c` make one JSON filter object: each member brings its
 * keys (a field's conditions, "and", "or" or "not"); a field's conditions from several members merge.
 */
function mergeFilter(members: readonly (readonly [IToken, JsonObject])[]): JsonObject {
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

const binary = { '+': 'add', '-': 'sub', '*': 'mul', '/': 'div', '%': 'mod', '==': 'eq', '!=': 'ne', '>': 'gt', '>=': 'gte', '<': 'lt', '<=': 'lte' } as const;
type Operator = keyof typeof binary;

// The functions of derive, by how their arguments are written in JSON.
const listFunctions = new Set(['coalesce', 'concat']);
const oneArgument = new Set(['lower', 'upper', 'time', 'lit']);
export const functionNames = [...listFunctions, ...oneArgument, 'round', 'timeBucket'];

type Argument = { duration: string; token: IToken } | { expr: Json; token: IToken };

/** {name: ...} of a function call, as the derive step's JSON writes it. */
function call(name: Named, args: readonly Argument[]): Json {
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
function targetOf(kind: Named, segments: readonly Named[], what: 'source' | 'target'): JsonObject {
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
function withClauses(head: JsonObject, clauses: readonly (readonly [Named, Json])[], what: string): JsonObject {
  for (const [key] of clauses) if (Object.hasOwn(head, key.text)) throw new TextProblem(key.token, `${what} "${key.text}" is written twice`);
  return { ...head, ...objectOf(clauses, what) };
}

const conditionTokens: [TokenType, string][] = [
  [Eq, 'eq'],
  [Ne, 'ne'],
  [Gt, 'gt'],
  [Gte, 'gte'],
  [Lt, 'lt'],
  [Lte, 'lte'],
  [k.in!, 'in'],
  [k.nin!, 'nin'],
  [k.contains!, 'contains'],
  [k.prefix!, 'prefix'],
  [k.regex!, 'regex'],
];

class PipelineParser extends EmbeddedActionsParser {
  constructor() {
    super(allTokens, { maxLookahead: 3 });
    this.performSelfAnalysis();
  }

  // Names and JSON values.

  public name = this.RULE('name', (): Named => {
    return this.OR([
      { ALT: () => named(this.CONSUME(Name)) },
      {
        ALT: () => {
          const token = this.CONSUME(Quoted);
          return this.ACTION(() => ({ text: token.image.slice(1, -1).replaceAll('``', '`'), token }));
        },
      },
    ]);
  });

  private names = this.RULE('names', (): Named[] => {
    const list: Named[] = [];
    this.AT_LEAST_ONE_SEP({ SEP: Comma, DEF: () => list.push(this.SUBRULE(this.name)) });
    return list;
  });

  private string = this.RULE('string', (): Named => {
    const token = this.CONSUME(Str);
    return this.ACTION(() => ({ text: JSON.parse(token.image) as string, token }));
  });

  private number = this.RULE('number', (): number => {
    const minus = this.OPTION(() => this.CONSUME(Minus));
    const token = this.CONSUME(Num);
    return this.ACTION(() => (minus ? -Number(token.image) : Number(token.image)));
  });

  public json = this.RULE('json', (): Json => {
    return this.OR([
      { ALT: () => this.SUBRULE(this.jsonObject) },
      { ALT: () => this.SUBRULE(this.jsonArray) },
      { ALT: () => this.SUBRULE(this.string).text },
      { ALT: () => this.SUBRULE(this.number) },
      { ALT: () => this.SUBRULE(this.literal) },
    ]);
  });

  private literal = this.RULE('literal', (): boolean | null => {
    return this.OR([{ ALT: () => (this.CONSUME(True), true) }, { ALT: () => (this.CONSUME(False), false) }, { ALT: () => (this.CONSUME(Null), null) }]);
  });

  private jsonObject = this.RULE('jsonObject', (): JsonObject => {
    const entries: [Named, Json][] = [];
    this.CONSUME(LBrace);
    this.MANY_SEP({
      SEP: Comma,
      DEF: () => {
        const key = this.SUBRULE(this.string);
        this.CONSUME(Colon);
        entries.push([key, this.SUBRULE(this.json)]);
      },
    });
    this.CONSUME(RBrace);
    return this.ACTION(() => objectOf(entries, 'the key'));
  });

  private jsonArray = this.RULE('jsonArray', (): Json[] => {
    const items: Json[] = [];
    this.CONSUME(LBracket);
    this.MANY_SEP({ SEP: Comma, DEF: () => items.push(this.SUBRULE(this.json)) });
    this.CONSUME(RBracket);
    return items;
  });

  // The program: sources (and options), then steps after "|".

  public program = this.RULE('program', (): JsonObject => {
    const sources: [Named, Json][] = [];
    const options: [IToken, JsonObject][] = [];
    this.AT_LEAST_ONE(() =>
      this.OR([
        { ALT: () => sources.push(this.SUBRULE(this.source)) },
        {
          ALT: () => {
            const token = this.CONSUME(Options);
            const clauses = this.SUBRULE(this.clauses);
            options.push([token, this.ACTION(() => objectOf(clauses, 'the option'))]);
          },
        },
      ]),
    );
    const pipeline: Json[] = [];
    this.MANY(() => {
      this.CONSUME(Pipe);
      pipeline.push(this.SUBRULE(this.step));
    });
    return this.ACTION(() => {
      if (options.length > 1) throw new TextProblem(options[1]![0], 'options are written once');
      if (sources.length === 0) throw new TextProblem(options[0]![0], 'name a source first: from NAME = es:INSTANCE/INDEX');
      return { sources: objectOf(sources, 'the source'), pipeline, ...(options.length === 1 && { options: options[0]![1] }) };
    });
  });

  private source = this.RULE('source', (): [Named, Json] => {
    this.CONSUME(From);
    const name = this.SUBRULE(this.name);
    this.CONSUME(Assign);
    const spec = this.OR([
      { ALT: () => this.SUBRULE(this.jsonObject) },
      {
        ALT: () => {
          const target = this.SUBRULE(this.target);
          const clauses = this.SUBRULE(this.clauses);
          return this.ACTION(() => withClauses(targetOf(target.kind, target.segments, 'source'), clauses, 'the source field'));
        },
      },
    ]);
    return [name, spec];
  });

  private target = this.RULE('target', (): { kind: Named; segments: Named[] } => {
    const kind = this.SUBRULE(this.name);
    this.CONSUME(Colon);
    const segments: Named[] = [];
    this.AT_LEAST_ONE_SEP({ SEP: Slash, DEF: () => segments.push(this.SUBRULE(this.segment)) });
    return { kind, segments };
  });

  private segment = this.RULE('segment', (): Named => {
    return this.OR([{ ALT: () => this.SUBRULE(this.name) }, { ALT: () => this.SUBRULE(this.string) }]);
  });

  /** `key value ...`: a source's or the options' fields, each value written in JSON. */
  private clauses = this.RULE('clauses', (): [Named, Json][] => {
    const list: [Named, Json][] = [];
    this.MANY(() => {
      const key = named(this.CONSUME(Name));
      list.push([key, this.SUBRULE(this.json)]);
    });
    return list;
  });

  private step = this.RULE('step', (): JsonObject => {
    return this.OR([
      { ALT: () => ({ join: this.SUBRULE(this.join) }) },
      { ALT: () => (this.CONSUME(k.where!), { filter: this.SUBRULE(this.filter) }) },
      { ALT: () => ({ derive: this.SUBRULE(this.derive) }) },
      { ALT: () => ({ aggregate: this.SUBRULE(this.stats) }) },
      { ALT: () => ({ sort: this.SUBRULE(this.sort) }) },
      { ALT: () => ({ limit: this.SUBRULE(this.limit) }) },
      { ALT: () => ({ project: this.SUBRULE(this.select) }) },
      { ALT: () => ({ fill: this.SUBRULE(this.fill) }) },
      { ALT: () => ({ upsert: this.SUBRULE(this.into) }) },
    ]);
  });

  // join [LEFT with] RIGHT [how KIND] [on a = b, ...] [asof a = b [backward|forward] [within 5m]] [prefix "p"] [suffix "s"]
  private join = this.RULE('join', (): JsonObject => {
    this.CONSUME(k.join!);
    return this.OR([
      { ALT: () => this.SUBRULE(this.jsonObject) },
      {
        ALT: () => {
          const first = this.SUBRULE(this.name);
          const second = this.OPTION(() => (this.CONSUME(k.with!), this.SUBRULE2(this.name)));
          const how = this.OPTION2(() => (this.CONSUME(k.how!), this.SUBRULE3(this.name)));
          const on = this.OPTION3(() => {
            this.CONSUME(k.on!);
            const pairs: [Named, Json][] = [];
            this.AT_LEAST_ONE_SEP({ SEP: Comma, DEF: () => pairs.push(this.SUBRULE(this.pair)) });
            return pairs;
          });
          const asof = this.OPTION4(() => this.SUBRULE(this.asof));
          const prefix = this.OPTION5(() => (this.CONSUME(k.prefix!), this.SUBRULE(this.string)));
          const suffix = this.OPTION6(() => (this.CONSUME(k.suffix!), this.SUBRULE2(this.string)));
          return this.ACTION(() => ({
            ...(second !== undefined && { left: first.text }),
            right: (second ?? first).text,
            ...(on !== undefined && { on: objectOf(on, 'the left field') }),
            ...(how !== undefined && { how: how.text }),
            ...(prefix !== undefined && { prefix: prefix.text }),
            ...(suffix !== undefined && { suffix: suffix.text }),
            ...(asof !== undefined && { asof }),
          }));
        },
      },
    ]);
  });

  private pair = this.RULE('pair', (): [Named, Json] => {
    const left = this.SUBRULE(this.name);
    this.CONSUME(Assign);
    const right = this.SUBRULE2(this.name);
    return this.ACTION(() => [left, right.text]);
  });

  private asof = this.RULE('asof', (): JsonObject => {
    this.CONSUME(k.asof!);
    const pair = this.SUBRULE(this.pair);
    const direction = this.OPTION(() => this.OR([{ ALT: () => this.CONSUME(k.backward!) }, { ALT: () => this.CONSUME(k.forward!) }]));
    const within = this.OPTION2(() => (this.CONSUME(k.within!), this.CONSUME(Duration)));
    return this.ACTION(() => ({
      left: pair[0].text,
      right: pair[1],
      ...(direction !== undefined && { direction: direction.image }),
      ...(within !== undefined && { within: within.image }),
    }));
  });

  // where: members joined by "," make one filter object; and, or, not make groups.
  private filter = this.RULE('filter', (): JsonObject => {
    const members: [IToken, JsonObject][] = [];
    this.AT_LEAST_ONE_SEP({
      SEP: Comma,
      DEF: () => {
        const token = this.LA(1);
        members.push([token, this.SUBRULE(this.filterOr)]);
      },
    });
    return this.ACTION(() => mergeFilter(members));
  });

  private filterOr = this.RULE('filterOr', (): JsonObject => {
    const parts: JsonObject[] = [];
    this.AT_LEAST_ONE_SEP({ SEP: Or, DEF: () => parts.push(this.SUBRULE(this.filterAnd)) });
    return this.ACTION(() => (parts.length === 1 ? parts[0]! : { or: parts }));
  });

  private filterAnd = this.RULE('filterAnd', (): JsonObject => {
    const parts: JsonObject[] = [];
    this.AT_LEAST_ONE_SEP({ SEP: And, DEF: () => parts.push(this.SUBRULE(this.filterUnary)) });
    return this.ACTION(() => (parts.length === 1 ? parts[0]! : { and: parts }));
  });

  private filterUnary = this.RULE('filterUnary', (): JsonObject => {
    return this.OR([
      { ALT: () => (this.CONSUME(Not), { not: this.SUBRULE(this.filterUnary) }) },
      {
        ALT: () => {
          this.CONSUME(LParen);
          const inner = this.SUBRULE(this.filter);
          this.CONSUME(RParen);
          return inner;
        },
      },
      { ALT: () => this.SUBRULE(this.jsonObject) },
      { ALT: () => this.SUBRULE(this.condition) },
    ]);
  });

  private condition = this.RULE('condition', (): JsonObject => {
    const field = this.SUBRULE(this.name);
    const condition = this.OR([
      {
        ALT: () => {
          const op = this.OR2(conditionTokens.map(([token, kind]) => ({ ALT: () => (this.CONSUME(token), kind) })));
          return [op, this.SUBRULE(this.json)] as [string, Json];
        },
      },
      {
        ALT: () => {
          this.CONSUME(k.exists!);
          return ['exists', this.OPTION(() => this.SUBRULE(this.literal)) ?? true] as [string, Json];
        },
      },
    ]);
    return this.ACTION(() => Object.fromEntries([[field.text, Object.fromEntries([condition])]]));
  });

  // derive NAME = EXPR, ...
  private derive = this.RULE('derive', (): JsonObject => {
    this.CONSUME(k.derive!);
    return this.OR([
      { ALT: () => this.SUBRULE(this.jsonObject) },
      {
        ALT: () => {
          const columns: [Named, Json][] = [];
          this.AT_LEAST_ONE_SEP({
            SEP: Comma,
            DEF: () => {
              const column = this.SUBRULE(this.name);
              this.CONSUME(Assign);
              columns.push([column, this.SUBRULE(this.expr)]);
            },
          });
          return this.ACTION(() => objectOf(columns, 'the column'));
        },
      },
    ]);
  });

  /** One precedence level of left-associative operators, each a {op: [a, b]}; `first` and `next` parse the same operand. */
  private chain(first: () => Json, next: () => Json, operators: readonly TokenType[]): Json {
    let left = first();
    this.MANY(() => {
      const op = this.OR(operators.map((token) => ({ ALT: () => this.CONSUME(token) })));
      const right = next();
      left = this.ACTION(() => ({ [binary[op.image as Operator]]: [left, right] }));
    });
    return left;
  }

  private expr = this.RULE('expr', (): Json => {
    const parts: Json[] = [];
    this.AT_LEAST_ONE_SEP({ SEP: Or, DEF: () => parts.push(this.SUBRULE(this.exprAnd)) });
    return this.ACTION(() => (parts.length === 1 ? parts[0]! : { or: parts }));
  });

  private exprAnd = this.RULE('exprAnd', (): Json => {
    const parts: Json[] = [];
    this.AT_LEAST_ONE_SEP({ SEP: And, DEF: () => parts.push(this.SUBRULE(this.exprNot)) });
    return this.ACTION(() => (parts.length === 1 ? parts[0]! : { and: parts }));
  });

  private exprNot = this.RULE('exprNot', (): Json => {
    return this.OR([{ ALT: () => (this.CONSUME(Not), { not: this.SUBRULE(this.exprNot) }) }, { ALT: () => this.SUBRULE(this.exprCompare) }]);
  });

  // Comparisons do not chain: a == b == c is refused, (a == b) == c is written so.
  private exprCompare = this.RULE('exprCompare', (): Json => {
    const left = this.SUBRULE(this.exprSum);
    const right = this.OPTION(() => {
      const op = this.OR([Eq, Ne, Gte, Lte, Gt, Lt].map((token) => ({ ALT: () => this.CONSUME(token) })));
      return [op, this.SUBRULE2(this.exprSum)] as const;
    });
    return this.ACTION(() => (right === undefined ? left : { [binary[right[0].image as Operator]]: [left, right[1]] }));
  });

  private exprSum = this.RULE('exprSum', (): Json =>
    this.chain(
      () => this.SUBRULE(this.exprProduct),
      () => this.SUBRULE2(this.exprProduct),
      [Plus, Minus],
    ),
  );

  private exprProduct = this.RULE('exprProduct', (): Json =>
    this.chain(
      () => this.SUBRULE(this.exprAtom),
      () => this.SUBRULE2(this.exprAtom),
      [Star, Slash, Percent],
    ),
  );

  private exprAtom = this.RULE('exprAtom', (): Json => {
    return this.OR([
      { ALT: () => this.SUBRULE(this.number) },
      { ALT: () => ({ lit: this.SUBRULE(this.string).text }) },
      { ALT: () => this.SUBRULE(this.literal) },
      { ALT: () => this.SUBRULE(this.jsonObject) },
      {
        ALT: () => {
          this.CONSUME(LParen);
          const inner = this.SUBRULE(this.expr);
          this.CONSUME(RParen);
          return inner;
        },
      },
      {
        ALT: () => {
          const fn = named(this.CONSUME(Name));
          this.CONSUME2(LParen);
          const args: Argument[] = [];
          this.MANY_SEP({ SEP: Comma, DEF: () => args.push(this.SUBRULE(this.argument)) });
          this.CONSUME2(RParen);
          return this.ACTION(() => call(fn, args));
        },
      },
      { ALT: () => this.SUBRULE(this.name).text },
    ]);
  });

  private argument = this.RULE('argument', (): Argument => {
    const token = this.LA(1);
    return this.OR([{ ALT: () => ({ duration: this.CONSUME(Duration).image, token }) }, { ALT: () => ({ expr: this.SUBRULE(this.expr), token }) }]);
  });

  // stats KIND(FIELD) as NAME, ... [by FIELD, ...]
  private stats = this.RULE('stats', (): JsonObject => {
    this.CONSUME(k.stats!);
    return this.OR([
      { ALT: () => this.SUBRULE(this.jsonObject) },
      {
        ALT: () => {
          const metrics: [Named, Json][] = [];
          this.OPTION(() => this.AT_LEAST_ONE_SEP({ SEP: Comma, DEF: () => metrics.push(this.SUBRULE(this.metric)) }));
          const groupBy = this.OPTION2(() => (this.CONSUME(k.by!), this.SUBRULE(this.names)));
          return this.ACTION(() => ({
            ...(groupBy !== undefined && { groupBy: groupBy.map((g) => g.text) }),
            ...(metrics.length > 0 && { metrics: objectOf(metrics, 'the metric') }),
          }));
        },
      },
    ]);
  });

  private metric = this.RULE('metric', (): [Named, Json] => {
    const kind = named(this.CONSUME(Name));
    this.CONSUME(LParen);
    const field = this.OPTION(() => this.OR([{ ALT: () => this.CONSUME(Star).image }, { ALT: () => this.SUBRULE(this.name).text }]));
    this.CONSUME(RParen);
    this.CONSUME(k.as!);
    const name = this.SUBRULE2(this.name);
    return this.ACTION(() => [name, Object.fromEntries([[kind.text, field ?? '*']])]);
  });

  // sort FIELD [asc|desc], ...
  private sort = this.RULE('sort', (): Json => {
    this.CONSUME(k.sort!);
    return this.OR([
      { ALT: () => this.SUBRULE(this.jsonArray) },
      {
        ALT: () => {
          const keys: Json[] = [];
          this.AT_LEAST_ONE_SEP({
            SEP: Comma,
            DEF: () => {
              const field = this.SUBRULE(this.name);
              const order = this.OPTION(() => this.OR2([{ ALT: () => this.CONSUME(k.asc!) }, { ALT: () => this.CONSUME(k.desc!) }]));
              keys.push(this.ACTION(() => Object.fromEntries([[field.text, order?.image ?? 'asc']])));
            },
          });
          return keys;
        },
      },
    ]);
  });

  // limit COUNT [offset N]
  private limit = this.RULE('limit', (): Json => {
    this.CONSUME(k.limit!);
    return this.OR([
      { ALT: () => this.SUBRULE(this.jsonObject) },
      {
        ALT: () => {
          const count = this.SUBRULE(this.number);
          const offset = this.OPTION(() => (this.CONSUME(k.offset!), this.SUBRULE2(this.number)));
          return offset === undefined ? count : { count, offset };
        },
      },
    ]);
  });

  // select FIELD [as NEW], ... | select *, FIELD as NEW, ...
  private select = this.RULE('select', (): JsonObject => {
    this.CONSUME(k.select!);
    return this.OR([
      { ALT: () => this.SUBRULE(this.jsonObject) },
      {
        ALT: () => {
          const items: [Named, Named | undefined][] = [];
          const all = this.OR2([
            {
              ALT: () => {
                this.CONSUME(Star);
                this.MANY(() => (this.CONSUME(Comma), items.push(this.SUBRULE(this.selectItem))));
                return true;
              },
            },
            {
              ALT: () => {
                this.AT_LEAST_ONE_SEP({ SEP: Comma, DEF: () => items.push(this.SUBRULE2(this.selectItem)) });
                return false;
              },
            },
          ]);
          return this.ACTION(() => {
            const renames = items.filter(([, to]) => to !== undefined).map(([from, to]): [Named, Json] => [from, to!.text]);
            return {
              ...(!all && { keep: items.map(([field]) => field.text) }),
              ...(renames.length > 0 && { rename: objectOf(renames, 'the renamed column') }),
            };
          });
        },
      },
    ]);
  });

  private selectItem = this.RULE('selectItem', (): [Named, Named | undefined] => {
    const field = this.SUBRULE(this.name);
    return [field, this.OPTION(() => (this.CONSUME(k.as!), this.SUBRULE2(this.name)))];
  });

  // fill TIME every 5m [by FIELD, ...] [with FIELD = previous|null|VALUE, ...] [from "..."] [to "..."]
  private fill = this.RULE('fill', (): JsonObject => {
    this.CONSUME(k.fill!);
    return this.OR([
      { ALT: () => this.SUBRULE(this.jsonObject) },
      {
        ALT: () => {
          const time = this.SUBRULE(this.name);
          this.CONSUME(k.every!);
          const every = this.CONSUME(Duration);
          const by = this.OPTION(() => (this.CONSUME(k.by!), this.SUBRULE(this.names)));
          const fills = this.OPTION2(() => {
            this.CONSUME(k.with!);
            const list: [Named, Json][] = [];
            this.AT_LEAST_ONE_SEP({ SEP: Comma, DEF: () => list.push(this.SUBRULE(this.fillWith)) });
            return list;
          });
          const from = this.OPTION3(() => (this.CONSUME(From), this.SUBRULE(this.string)));
          const to = this.OPTION4(() => (this.CONSUME(k.to!), this.SUBRULE2(this.string)));
          return this.ACTION(() => ({
            time: time.text,
            every: every.image,
            ...(by !== undefined && { by: by.map((b) => b.text) }),
            ...(fills !== undefined && { with: objectOf(fills, 'the filled column') }),
            ...(from !== undefined && { from: from.text }),
            ...(to !== undefined && { to: to.text }),
          }));
        },
      },
    ]);
  });

  private fillWith = this.RULE('fillWith', (): [Named, Json] => {
    const column = this.SUBRULE(this.name);
    this.CONSUME(Assign);
    const how = this.OR([
      { ALT: () => (this.CONSUME(k.previous!), 'previous') },
      {
        ALT: () => {
          const value = this.SUBRULE(this.json);
          return value === null ? null : { value };
        },
      },
    ]);
    return [column, how];
  });

  // into es:INSTANCE/INDEX id FIELD | into influx:INSTANCE/DB/MEASUREMENT [tags ...] fields ... [time FIELD]
  private into = this.RULE('into', (): JsonObject => {
    this.CONSUME(k.into!);
    return this.OR([
      { ALT: () => this.SUBRULE(this.jsonObject) },
      {
        ALT: () => {
          const target = this.SUBRULE(this.target);
          const clauses: [Named, Named | Named[]][] = [];
          this.MANY(() =>
            this.OR2([
              {
                ALT: () => {
                  const key = named(this.OR3([{ ALT: () => this.CONSUME(k.id!) }, { ALT: () => this.CONSUME(k.time!) }]));
                  clauses.push([key, this.SUBRULE(this.name)]);
                },
              },
              {
                ALT: () => {
                  const key = named(this.OR4([{ ALT: () => this.CONSUME(k.tags!) }, { ALT: () => this.CONSUME(k.fields!) }]));
                  clauses.push([key, this.SUBRULE(this.names)]);
                },
              },
            ]),
          );
          return this.ACTION(() => {
            const head = targetOf(target.kind, target.segments, 'target');
            // Tags are a required list in JSON: none written is none.
            const tags: JsonObject = 'influx' in head && !clauses.some(([key]) => key.text === 'tags') ? { tags: [] } : {};
            const values = clauses.map(([key, value]): [Named, Json] => [key, Array.isArray(value) ? value.map((n) => n.text) : value.text]);
            return withClauses({ ...head, ...tags }, values, 'the target field');
          });
        },
      },
    ]);
  });
}

const named = (token: IToken): Named => ({ text: token.image, token });

const parser = new PipelineParser();

const labelOf = (type: TokenType) => (type === EOF ? 'the end of the text' : (type.LABEL ?? type.name));

/** What could come at tokens[at], from the grammar: the tokens it allows there, and the end when the text may stop. */
function expected(tokens: readonly IToken[], at: number): string {
  const prefix = tokens.slice(0, at);
  const labels = [...new Set(parser.computeContentAssist('program', prefix).map((path) => labelOf(path.nextTokenType)))];
  parser.input = prefix;
  parser.program();
  if (parser.errors.length === 0) labels.push(labelOf(EOF));
  if (labels.length <= 1) return labels.join('');
  return `${labels.slice(0, -1).join(', ')} or ${labels.at(-1)}`;
}

/** `line:column: message`, then the line and a caret under the column. */
function located(text: string, line: number, column: number, message: string): string {
  const source = text.split(/\r\n|\r|\n/)[line - 1] ?? '';
  // The caret's indent copies the line's tabs, so it lines up in a terminal.
  const indent = source.slice(0, column - 1).replace(/[^\t]/g, ' ');
  return `${line}:${column}: ${message}\n  | ${source}\n    ${indent}^`;
}

function endOf(text: string): { line: number; column: number } {
  const lines = text.split(/\r\n|\r|\n/);
  return { line: lines.length, column: lines.at(-1)!.length + 1 };
}

const found = (token: IToken) => (token.tokenType === EOF ? 'the end of the text' : JSON.stringify(token.image));

function syntaxMessage(text: string, tokens: readonly IToken[], error: IRecognitionException): string {
  const token = error.token;
  const at = token.tokenType === EOF ? tokens.length : tokens.indexOf(token);
  const where = token.tokenType === EOF ? endOf(text) : { line: token.startLine!, column: token.startColumn! };
  return located(text, where.line, where.column, `expected ${expected(tokens, at)}, found ${found(token)}`);
}

/** Refuses brackets nested deeper than maxTextDepth, before the parser recurses into them. */
function checkDepth(tokens: readonly IToken[]): IToken | undefined {
  let depth = 0;
  for (const token of tokens) {
    const type = token.tokenType;
    if (type === LParen || type === LBracket || type === LBrace) depth++;
    else if (type === RParen || type === RBracket || type === RBrace) depth--;
    if (depth > maxTextDepth) return token;
  }
  return undefined;
}

/**
 * Compiles the pipeline's text form into the JSON body of POST /mix/query ({sources, pipeline,
 * options?}), or refuses it with a 400 naming `at` (body.text), the line and column, and what
 * the grammar expected there.
 */
export function pipelineFromText(text: string, at = 'body.text'): JsonObject {
  const lexed = pipelineLexer.tokenize(text);
  const lexError = lexed.errors[0];
  if (lexError) {
    const char = text.slice(lexError.offset, lexError.offset + 1);
    const reason =
      char === '"'
        ? 'a string that does not end (or holds a raw control character: write \\n, \\t)'
        : char === '`'
          ? 'a `quoted name` that does not end'
          : `unexpected character ${JSON.stringify(char)}`;
    throw errors.validation(at, located(text, lexError.line!, lexError.column!, reason));
  }
  const tokens = lexed.tokens;
  const deep = checkDepth(tokens);
  if (deep) throw errors.validation(at, located(text, deep.startLine!, deep.startColumn!, `brackets nest deeper than ${maxTextDepth} levels`));
  parser.input = tokens;
  let body: JsonObject;
  try {
    body = parser.program();
  } catch (err) {
    if (!(err instanceof TextProblem)) throw err;
    throw errors.validation(at, located(text, err.token.startLine!, err.token.startColumn!, err.message));
  }
  const error = parser.errors[0];
  if (error) throw errors.validation(at, syntaxMessage(text, tokens, error));
  return body;
}
