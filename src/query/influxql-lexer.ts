/**
 * A lexer for InfluxQL that mirrors InfluxDB's own scanner (influxql/scanner.go), so that
 * raw queries can be split into statements and classified before they are sent.
 *
 * Safety rests on one rule: this lexer never hides text (in a string, identifier, comment
 * or regex) that InfluxDB would read as code. Where InfluxDB's reading depends on its parser
 * (a `/` is a regex or a division), the lexer picks the reading that hides nothing.
 */

export type TokenKind = 'word' | 'ident' | 'string' | 'number' | 'param' | 'regex' | 'punct';

export interface Token {
  kind: TokenKind;
  /** The token's source text. */
  text: string;
  start: number;
  end: number;
}

export interface Statement {
  /** The statement's source text, from its first token to its last (no `;`). */
  text: string;
  start: number;
  tokens: Token[];
  /** Its first word, upper-cased ('' when it does not start with a word). */
  keyword: string;
  /** SELECT without INTO, SHOW, EXPLAIN of such a SELECT. */
  read: boolean;
  /** SELECT ... INTO (or EXPLAIN of one). */
  into: boolean;
}

/** The query cannot be lexed; InfluxDB would refuse it too. */
export class InfluxQLSyntaxError extends Error {
  override name = 'InfluxQLSyntaxError';
  constructor(
    reason: string,
    readonly offset: number,
  ) {
    super(`${reason} at offset ${offset}`);
  }
}

// InfluxDB's reserved words (influxql/token.go): none of them ends an expression, except TRUE and FALSE.
const keywords = new Set(
  ('ALL ALTER ANALYZE ANY AS ASC BEGIN BY CARDINALITY CREATE CONTINUOUS DATABASE DATABASES DEFAULT DELETE DESC ' +
    'DESTINATIONS DIAGNOSTICS DISTINCT DROP DURATION END EVERY EXACT EXPLAIN FIELD FOR FROM GRANT GRANTS GROUP GROUPS ' +
    'INF INSERT INTO KEY KEYS KILL LIMIT MEASUREMENT MEASUREMENTS NAME OFFSET ON ORDER PASSWORD POLICY POLICIES ' +
    'PRIVILEGES QUERIES QUERY READ REPLICATION RESAMPLE RETENTION REVOKE SELECT SERIES SET SHOW SHARD SHARDS SLIMIT ' +
    'SOFFSET STATS SUBSCRIPTION SUBSCRIPTIONS TAG TO USER USERS VALUES WHERE WITH WRITE AND OR IN').split(' '),
);

const twoCharPunct = new Set(['=~', '!~', '!=', '<=', '>=', '<>', '::']);

const isLetter = (c: string | undefined) => c !== undefined && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
const isIdentChar = (c: string | undefined) => isLetter(c) || isDigit(c) || c === '_';
// InfluxDB's reader turns \r into \n.
const isNewline = (c: string | undefined) => c === '\n' || c === '\r';
const isSpace = (c: string | undefined) => c === ' ' || c === '\t' || isNewline(c);

/** Whether a token ends an expression: only after one can InfluxDB read `/` as a division. */
function endsExpression(token: Token, before: Token | undefined): boolean {
  // TRUE and FALSE are not in the keyword set; after `::` even a keyword is a type ("t"::tag / 2).
  if (token.kind === 'word') return !keywords.has(token.text.toUpperCase()) || before?.text === '::';
  // `*` may be a wildcard (`SELECT * / 2` parses); π is a number in newer servers.
  if (token.kind === 'punct') return token.text === ')' || token.text === '*' || token.text === 'π';
  return true;
}

/** Splits a query into tokens; comments and whitespace are dropped. */
export function lex(q: string): Token[] {
  const tokens: Token[] = [];
  // The last two tokens of the current statement: they decide how a `/` reads.
  let previous: Token | undefined;
  let beforePrevious: Token | undefined;
  const nul = q.indexOf('\0');
  if (nul >= 0) throw new InfluxQLSyntaxError('a NUL character (InfluxDB reads it as the end of the text, even inside a comment)', nul);
  let i = 0;
  const push = (kind: TokenKind, end: number) => {
    const token = { kind, text: q.slice(i, end), start: i, end };
    tokens.push(token);
    beforePrevious = token.text === ';' ? undefined : previous;
    previous = token.text === ';' ? undefined : token;
    i = end;
  };
  while (i < q.length) {
    const c = q[i]!;
    const next = q[i + 1];
    if (isSpace(c)) i++;
    else if (c === '-' && next === '-') i = lineEnd(q, i);
    else if (c === '/') {
      // Where InfluxDB's parser may expect a regex, take one; elsewhere `/` is a division or `/*` a comment.
      if (previous && !endsExpression(previous, beforePrevious)) push('regex', regexEnd(q, i));
      else if (next === '*') i = commentEnd(q, i);
      else push('punct', i + 1);
    }
    else if (c === "'") push('string', quotedEnd(q, i));
    else if (c === '"') push('ident', quotedEnd(q, i));
    else if (isLetter(c) || c === '_') push('word', wordEnd(q, i));
    else if (isDigit(c) || (c === '.' && isDigit(next))) push('number', numberEnd(q, i));
    else if (c === '$') push('param', next === '"' ? quotedEnd(q, i + 1) : wordEnd(q, i + 1));
    else if (twoCharPunct.has(c + (next ?? ''))) push('punct', i + 2);
    else push('punct', i + String.fromCodePoint(q.codePointAt(i)!).length);
  }
  return tokens;
}

function lineEnd(q: string, i: number): number {
  while (i < q.length && !isNewline(q[i])) i++;
  return i;
}

function commentEnd(q: string, i: number): number {
  const close = q.indexOf('*/', i + 2);
  if (close < 0) throw new InfluxQLSyntaxError('an unterminated /* comment', i);
  return close + 2;
}

function wordEnd(q: string, i: number): number {
  while (isIdentChar(q[i])) i++;
  return i;
}

/** '...' or "...": InfluxDB knows the escapes \n \\ \" \' and refuses a newline inside. */
function quotedEnd(q: string, start: number): number {
  const quote = q[start];
  let i = start + 1;
  for (;;) {
    const c = q[i];
    if (c === quote) return i + 1;
    if (c === undefined || isNewline(c)) throw new InfluxQLSyntaxError(`an unterminated ${quote === "'" ? 'string' : 'quoted identifier'}`, start);
    if (c === '\\') {
      if (!['n', '\\', '"', "'"].includes(q[i + 1] ?? '')) throw new InfluxQLSyntaxError(`a bad escape \\${q[i + 1] ?? ''}`, i);
      i += 2;
    } else i++;
  }
}

/** /.../: only \/ is an escape; any other backslash stands for itself (and does not pair). */
function regexEnd(q: string, start: number): number {
  let i = start + 1;
  for (;;) {
    const c = q[i];
    if (c === '/') return i + 1;
    if (c === undefined || isNewline(c)) throw new InfluxQLSyntaxError('an unterminated regex', start);
    i += c === '\\' && q[i + 1] === '/' ? 2 : 1;
  }
}

/** As scanNumber: digits, then either `.` and digits, or a duration's letters and digits. */
function numberEnd(q: string, i: number): number {
  while (isDigit(q[i])) i++;
  if (q[i] === '.') {
    i++;
    while (isDigit(q[i])) i++;
    return i;
  }
  if (isLetter(q[i]) || q[i] === 'µ') {
    while (isLetter(q[i]) || q[i] === 'µ') i++;
    while (isLetter(q[i]) || q[i] === 'µ' || isDigit(q[i])) i++;
  }
  return i;
}

/** The statements of a query, separated by `;` (empty ones skipped, as InfluxDB does). */
export function splitStatements(q: string): Statement[] {
  const statements: Statement[] = [];
  let current: Token[] = [];
  const close = () => {
    if (current.length > 0) statements.push(classify(q, current));
    current = [];
  };
  for (const token of lex(q)) {
    if (token.kind === 'punct' && token.text === ';') close();
    else current.push(token);
  }
  close();
  return statements;
}

function classify(q: string, tokens: Token[]): Statement {
  const words = tokens.map((t) => (t.kind === 'word' ? t.text.toUpperCase() : ''));
  const [keyword = '', second, third] = words;
  const into = words.includes('INTO');
  const explained = second === 'ANALYZE' ? third : second;
  const read = (keyword === 'SELECT' && !into) || keyword === 'SHOW' || (keyword === 'EXPLAIN' && explained === 'SELECT' && !into);
  const start = tokens[0]!.start;
  return { text: q.slice(start, tokens.at(-1)!.end), start, tokens, keyword, read, into };
}
