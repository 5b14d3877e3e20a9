import { RE2JS, RE2JSException } from 're2js';

/** The longest pattern a filter takes, in characters. */
export const maxPatternLength = 1_000;
/**
 * The most RE2 instructions a pattern may compile to: one counted repeat of up to 1000 and some
 * more. Matching is linear in the text, but the cost per character grows with the program
 * (re2js: ~0.2 s per 100 000 characters at this size, 15 s at 2 000, which (a{1,1000})+ reaches).
 */
export const maxProgramSize = 1_200;

/** A user's pattern, compiled once: RE2 syntax and semantics, matched in time linear in the text. */
export interface Pattern {
  /** Whether a match is found anywhere in the text: RE2's unanchored search, as InfluxDB's `=~`. */
  test(text: string): boolean;
  /** Whether it names a capture group ((?P<name>...) or (?<name>...)). */
  readonly hasNamedGroups: boolean;
  /** Its RE2 instructions: what a match may cost per character of text. */
  readonly programSize: number;
}

type Compiled = { pattern: Pattern; problem?: undefined } | { pattern?: undefined; problem: string };

function compiled(source: string): Compiled {
  if (source.length > maxPatternLength) return { problem: `a regex is at most ${maxPatternLength} characters` };
  let re: RE2JS;
  try {
    re = RE2JS.compile(source);
  } catch (err) {
    if (!(err instanceof RE2JSException)) throw err;
    return { problem: `${err.message} (RE2 syntax: no backreferences or lookarounds, repeat counts up to 1000)` };
  }
  const programSize = re.programSize();
  if (programSize > maxProgramSize) {
    return { problem: `the regex compiles to ${programSize} RE2 instructions, more than ${maxProgramSize}; use fewer or smaller counted repeats` };
  }
  return { pattern: { test: (text) => re.test(text), hasNamedGroups: Object.keys(re.namedGroups()).length > 0, programSize } };
}

/** Why RE2 refuses the pattern (with RE2's own reason), or undefined. */
export function patternProblem(source: string): string | undefined {
  return compiled(source).problem;
}

/** Compiles a pattern that patternProblem accepted; throws with the reason otherwise. */
export function compilePattern(source: string): Pattern {
  const { pattern, problem } = compiled(source);
  if (problem !== undefined) throw new Error(`${JSON.stringify(source)}: ${problem}`);
  return pattern;
}

/** Literal text a pattern matches, and whether it must start or end the matched value. */
export interface Literal {
  text: string;
  atStart: boolean;
  atEnd: boolean;
}

// In RE2, a backslash before ASCII punctuation is that character; other characters here are themselves.
const literalBody = /^(?:[^\\.+*?()|[\]{}^$]|\\[!-/:-@[-`{-~])*$/u;

/**
 * The pattern as literal text, or undefined when it is anything else: characters other than
 * RE2's metacharacters, punctuation escaped with a backslash, optionally between ^ and $
 * (which, without the m flag, RE2 reads as the start and end of the text).
 */
export function literalOf(source: string): Literal | undefined {
  const atStart = source.startsWith('^');
  let body = atStart ? source.slice(1) : source;
  // A trailing $ is an anchor unless an odd number of backslashes escapes it.
  const trailingBackslashes = body.endsWith('$') ? /\\*$/.exec(body.slice(0, -1))![0].length : 0;
  const atEnd = body.endsWith('$') && trailingBackslashes % 2 === 0;
  if (atEnd) body = body.slice(0, -1);
  if (!literalBody.test(body)) return undefined;
  return { text: body.replace(/\\(.)/gu, '$1'), atStart, atEnd };
}
