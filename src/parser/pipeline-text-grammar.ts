import { EmbeddedActionsParser, type IOrAlt, type IToken, type TokenType } from 'chevrotain';
import {
  binary,
  call,
  mergeFilter,
  named,
  objectOf,
  targetOf,
  TextProblem,
  withClauses,
  type Argument,
  type Json,
  type JsonObject,
  type Named,
  type Operator,
} from './pipeline-text-json.js';
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

// The grammar of the pipeline's text form (README, "The pipeline as text"). Rules return the JSON
// they spell; anything that may refuse runs in ACTION, which chevrotain skips while it records the grammar.

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

export class PipelineParser extends EmbeddedActionsParser {
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

  // The alternatives are built once: JSON literals are most of a long text's tokens.
  private jsonAlternatives: IOrAlt<Json>[] = [
    { ALT: () => this.SUBRULE(this.jsonObject) },
    { ALT: () => this.SUBRULE(this.jsonArray) },
    { ALT: () => this.SUBRULE(this.string).text },
    { ALT: () => this.SUBRULE(this.number) },
    { ALT: () => this.SUBRULE(this.literal) },
  ];

  public json = this.RULE('json', (): Json => this.OR<Json>(this.jsonAlternatives));

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
    // Options may also close the text, after the steps.
    this.OPTION(() => {
      const token = this.CONSUME2(Options);
      const clauses = this.SUBRULE2(this.clauses);
      options.push([token, this.ACTION(() => objectOf(clauses, 'the option'))]);
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
    return this.OR<JsonObject>([
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
    return this.OR<Argument>([{ ALT: () => ({ duration: this.CONSUME(Duration).image, token }) }, { ALT: () => ({ expr: this.SUBRULE(this.expr), token }) }]);
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
    return this.OR<Json>([
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
    const how = this.OR<Json>([
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

/** The one parser: chevrotain parsers are built once and fed each text in turn. */
export const pipelineParser = new PipelineParser();
