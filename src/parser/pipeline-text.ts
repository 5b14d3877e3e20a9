import { EOF, type IRecognitionException, type IToken, type TokenType } from 'chevrotain';
import { z } from 'zod';
import { AppError } from '../libs/errors.js';
import { Code } from '../libs/code.js';
import { strict, zodMessage } from './pipeline.js';
import { pipelineParser as parser } from './pipeline-text-grammar.js';
import { TextProblem, type JsonObject } from './pipeline-text-json.js';
import { LBrace, LBracket, LParen, pipelineLexer, RBrace, RBracket, RParen } from './pipeline-text-tokens.js';

/**
 * The pipeline's text form: a pipe language that compiles to the JSON body of POST /mix/query,
 * which is then validated and planned exactly as a JSON body is. The compiler only spells JSON;
 * every rule about what a pipeline may say stays in the schema (pipeline.ts).
 */

/** The deepest the text may nest brackets, (, [ and {: the parser recurses once or more per level. */
export const maxTextDepth = 100;

const labelOf = (type: TokenType) => (type === EOF ? 'the end of the text' : (type.LABEL ?? type.name));

/** What could come at tokens[at], from the grammar: the tokens it allows there, and the end when the text may stop. */
function expected(tokens: readonly IToken[], at: number): string {
  const prefix = tokens.slice(0, at);
  const labels = [...new Set(parser.computeContentAssist('program', prefix).map((path) => labelOf(path.nextTokenType)))];
  parser.input = prefix;
  try {
    parser.program();
    if (parser.errors.length === 0) labels.push(labelOf(EOF));
  } catch (err) {
    // A problem of meaning: the text before the error is grammatical, so it may end there.
    if (!(err instanceof TextProblem)) throw err;
    labels.push(labelOf(EOF));
  }
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
    throw textError(at, located(text, lexError.line!, lexError.column!, reason));
  }
  const tokens = lexed.tokens;
  const deep = checkDepth(tokens);
  if (deep) throw textError(at, located(text, deep.startLine!, deep.startColumn!, `brackets nest deeper than ${maxTextDepth} levels`));
  parser.input = tokens;
  let body: JsonObject;
  try {
    body = parser.program();
  } catch (err) {
    if (!(err instanceof TextProblem)) throw err;
    throw textError(at, located(text, err.token.startLine!, err.token.startColumn!, err.message));
  }
  const error = parser.errors[0];
  if (error) throw textError(at, syntaxMessage(text, tokens, error));
  return body;
}

const textError = (at: string, message: string) => new AppError(Code.VALIDATION, `${at}: ${message}`);

export const pipelineTextExample = [
  'from logs = es:default/`logs-*` query {"term": {"level": "error"}} fields ["@timestamp", "host.name"]',
  'from cpu = influx:default/telegraf/cpu select ["time", "host", "usage_user"] where {"time": {"gte": "now-1h"}}',
  '| join logs with cpu on `host.name` = host asof `@timestamp` = time backward within 5m',
  '| where usage_user > 80',
  '| stats count() as errors, avg(usage_user) as cpu by `host.name`',
  '| sort errors desc',
  '| limit 10',
].join('\n');

/** The JSON body that carries the text: {"text": ..., "options"?: ...}; options given here override the text's. */
export const textRequest = strict('field', {
  text: z.string().describe('The pipeline in its text form'),
  options: z.record(z.string(), z.unknown()).optional().describe('As options of the JSON form; they override an options line of the text'),
}).meta({ example: { text: pipelineTextExample, options: { pushdown: false } } });

/**
 * The JSON body of a POST /mix/query that was sent as text: the whole body as text/plain, or
 * {"text": ...}. Any other body is the JSON form already and is returned as it is.
 */
export function pipelineBodyOf(body: unknown): unknown {
  if (typeof body === 'string') return pipelineFromText(body);
  if (typeof body !== 'object' || body === null || Array.isArray(body) || !Object.hasOwn(body, 'text')) return body;
  const parsed = textRequest.safeParse(body);
  if (!parsed.success) throw new AppError(Code.VALIDATION, zodMessage(parsed.error));
  const { text, options } = parsed.data;
  const compiled = pipelineFromText(text);
  if (options === undefined) return compiled;
  return { ...compiled, options: { ...(compiled.options as JsonObject | undefined), ...options } };
}
