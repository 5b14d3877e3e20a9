import { createToken, Lexer, type TokenType } from 'chevrotain';

// The words of the pipeline's text form. Most keywords are soft: they are names too (a column
// may be called "time" or "by"), since the grammar never expects both at one place. The reserved
// ones start a declaration, join conditions or are literals: such a column is written `in backticks`.

/** A name written bare: letters, digits and "_", dotted parts allowed (host.name). */
export const bareName = /^[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z0-9_]+)*$/;
/** A duration as the steps take it (5m, 90s, 1h30m). */
export const durationText = /^(?:[0-9]+(?:ns|us|µs|u|ms|s|m|h|d|w))+$/;

export const Name = createToken({ name: 'Name', pattern: /[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z0-9_]+)*/, label: 'a name' });

const soft = (word: string) => createToken({ name: `Word_${word}`, pattern: new RegExp(word), longer_alt: Name, categories: [Name], label: `"${word}"` });
const reserved = (word: string) => createToken({ name: `Reserved_${word}`, pattern: new RegExp(word), longer_alt: Name, label: `"${word}"` });
const mark = (name: string, text: string) => createToken({ name, pattern: text, label: `"${text}"` });

export const reservedWords = ['from', 'options', 'and', 'or', 'not', 'true', 'false', 'null'] as const;
export const [From, Options, And, Or, Not, True, False, Null] = reservedWords.map(reserved) as [
  TokenType,
  TokenType,
  TokenType,
  TokenType,
  TokenType,
  TokenType,
  TokenType,
  TokenType,
];

export const keyword = Object.fromEntries(
  [
    ...['join', 'with', 'how', 'on', 'asof', 'backward', 'forward', 'within', 'prefix', 'suffix'],
    ...['where', 'in', 'nin', 'exists', 'contains', 'regex'],
    ...['derive', 'stats', 'by', 'as', 'sort', 'asc', 'desc', 'limit', 'offset', 'select'],
    ...['fill', 'every', 'previous', 'to', 'into', 'id', 'tags', 'fields', 'time'],
  ].map((word) => [word, soft(word)]),
) as Record<string, TokenType>;

export const Quoted = createToken({ name: 'Quoted', pattern: /`(?:[^`]|``)+`/, line_breaks: true, label: 'a `quoted name`' });
export const Str = createToken({
  name: 'Str',
  // JSON's strings: no raw control character (U+0000 to U+001F).
  // eslint-disable-next-line no-control-regex -- the range is the point
  pattern: /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/,
  label: 'a "string"',
});
export const Duration = createToken({
  name: 'Duration',
  pattern: /(?:[0-9]+(?:ns|us|µs|u|ms|s|m|h|d|w))+(?![A-Za-z0-9_])/,
  label: 'a duration (5m)',
});
export const Num = createToken({ name: 'Num', pattern: /(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/, label: 'a number' });

export const Pipe = mark('Pipe', '|');
export const Comma = mark('Comma', ',');
export const Colon = mark('Colon', ':');
export const Slash = mark('Slash', '/');
export const LParen = mark('LParen', '(');
export const RParen = mark('RParen', ')');
export const LBracket = mark('LBracket', '[');
export const RBracket = mark('RBracket', ']');
export const LBrace = mark('LBrace', '{');
export const RBrace = mark('RBrace', '}');
export const Eq = mark('Eq', '==');
export const Ne = mark('Ne', '!=');
export const Gte = mark('Gte', '>=');
export const Lte = mark('Lte', '<=');
export const Gt = mark('Gt', '>');
export const Lt = mark('Lt', '<');
export const Assign = mark('Assign', '=');
export const Plus = mark('Plus', '+');
export const Minus = mark('Minus', '-');
export const Star = mark('Star', '*');
export const Percent = mark('Percent', '%');

const WhiteSpace = createToken({ name: 'WhiteSpace', pattern: /\s+/, group: Lexer.SKIPPED, line_breaks: true });
const Comment = createToken({ name: 'Comment', pattern: /#[^\n\r]*/, group: Lexer.SKIPPED });

export const allTokens: TokenType[] = [
  WhiteSpace,
  Comment,
  Quoted,
  Str,
  Duration,
  Num,
  // The longest word first: "asof" is not "as" followed by "of".
  ...[From, Options, And, Or, Not, True, False, Null, ...Object.values(keyword)].sort((a, b) => b.LABEL!.length - a.LABEL!.length),
  Name,
  ...[Pipe, Comma, Colon, Slash, LParen, RParen, LBracket, RBracket, LBrace, RBrace],
  ...[Eq, Ne, Gte, Lte, Gt, Lt, Assign, Plus, Minus, Star, Percent],
];

export const pipelineLexer = new Lexer(allTokens, { ensureOptimizations: true, positionTracking: 'full' });

/** A name as the text writes it: bare when it can be, else `in backticks` (a backtick doubled). */
export const nameText = (name: string): string =>
  bareName.test(name) && !(reservedWords as readonly string[]).includes(name) ? name : `\`${name.replaceAll('`', '``')}\``;
