import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compilePattern, literalOf, maxPatternLength, maxProgramSize, patternProblem } from '../../src/libs/regex.js';
import { FilterNode } from '../../src/operator/filter.js';
import { filter } from '../reference/filter.js';
import { issueExamples, redosCorpus } from '../redos-corpus.js';
import { stepRefusal } from './refusal.js';

const corpus = redosCorpus();

// The corpus filtered over texts of up to 100 000 characters runs in test/regex-redos.test.ts (integration: ~9 s).
describe('the ReDoS corpus, filtered in memory', () => {
  it('holds every shape over every class, with the examples of the issue', () => {
    expect(corpus).toHaveLength(378);
    expect(corpus.map((c) => c.pattern)).toEqual(expect.arrayContaining(issueExamples));
    for (const { pattern } of corpus) expect(patternProblem(pattern), pattern).toBeUndefined();
  });
});

describe('patterns RE2 refuses', () => {
  const refused: [string, RegExp][] = [
    ['(a)\\1', /invalid escape sequence: `\\1`/],
    ['(?P<x>a)\\k<x>', /invalid escape sequence/],
    ['(?=a)', /invalid or unsupported Perl syntax: `\(\?=`/],
    ['(?!a)b', /invalid or unsupported Perl syntax: `\(\?!`/],
    ['(?<=a)b', /invalid named capture/],
    ['(?<!a)b', /invalid named capture/],
    ['a{1001}', /invalid repeat count: `\{1001\}`/],
    ['a{2,1001}', /invalid repeat count/],
    ['((a{10}){10}){11}', /invalid repeat count/],
    ['web-(', /missing closing \)/],
    ['[a-', /missing closing \]/],
    ['*a', /missing argument to repetition operator/],
    ['a**', /invalid nested repetition operator/],
    ['\\Z', /invalid escape sequence/],
    ['\\C', /invalid escape sequence/],
    ['(?P<n>a)(?P<n>b)', /duplicate capture group name/],
    ['(?i', /invalid or unsupported Perl syntax: `\(\?i`/],
  ];
  it('names RE2 reason for backreferences, lookarounds, repeat counts over 1000 and bad syntax', () => {
    for (const [pattern, reason] of refused) {
      const problem = patternProblem(pattern);
      expect(problem, pattern).toMatch(reason);
      expect(problem, pattern).toMatch(/^error parsing regexp: .*\(RE2 syntax: no backreferences or lookarounds, repeat counts up to 1000\)$/);
      expect(stepRefusal({ filter: { host: { regex: pattern } } })).toBe(`body.pipeline.0.filter.host.regex: ${problem}`);
    }
  });

  it('refuses any repeat count over 1000, and patterns longer than the limit or compiling to too large a program', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1001, max: 10_000_000 }), fc.constantFrom('a', '.', '(?:ab)', '\\pL'), (n, atom) => {
        expect(patternProblem(`${atom}{${n}}`)).toMatch(/invalid repeat count/);
      }),
    );
    expect(patternProblem('a'.repeat(maxPatternLength))).toBeUndefined();
    expect(patternProblem('a'.repeat(maxPatternLength + 1))).toBe(`a regex is at most ${maxPatternLength} characters`);
    expect(patternProblem('x{1000}')).toBeUndefined();
    for (const big of ['(a{1,1000})+', 'x{600}y{600}', '(?:\\pL{0,40}){0,25}']) {
      expect(patternProblem(big), big).toMatch(new RegExp(`^the regex compiles to \\d+ RE2 instructions, more than ${maxProgramSize}`));
    }
  });

  it('accepts the nested quantifiers the old shape check refused: RE2 runs them in linear time', () => {
    for (const pattern of ['^(\\w+)*$', '(a+)+', '(a*)*', '((ab)*c)+', '(?:x+y)*', '(a+){2,}']) expect(patternProblem(pattern), pattern).toBeUndefined();
  });
});

describe('RE2 semantics, where JavaScript RegExp reads the pattern differently', () => {
  const matches = (pattern: string, text: string) => filter([{ v: text }], FilterNode.create({ v: { regex: pattern } })).length === 1;

  it('reads Unicode classes, flags, \\z, \\Q...\\E, POSIX classes and code points as RE2 does', () => {
    const cases: [string, string, boolean][] = [
      ['^\\pL+$', 'été', true], // JavaScript without u: "p" then "L"
      ['\\pL', 'pL1', true],
      ['^\\pL$', '1', false],
      ['\\p{Greek}', 'λ', true],
      ['(?i)^web', 'WEB-01', true], // JavaScript: a syntax error
      ['(?i)K', '\u212a', true], // the Kelvin sign folds to k
      ['a\\z', 'xa', true],
      ['a\\z', 'az', false], // JavaScript: \z is "z", so "az" matches
      ['\\Qa.b\\E', 'a.b', true],
      ['\\Qa.b\\E', 'axb', false],
      ['^[[:alpha:]]+$', 'abc', true], // JavaScript: a class of "[:alph" then "]+"
      ['^.$', '😀', true], // JavaScript without u: two code units
      ['^\\x{1F600}$', '😀', true],
      ['(?s)a.b', 'a\nb', true],
      ['a.b', 'a\nb', false],
      ['a$', 'a\n', false],
      ['(?m)a$', 'a\nb', true],
      ['(?U)a+', 'aaa', true],
      ['\\bweb\\b', 'a web b', true],
    ];
    for (const [pattern, text, expected] of cases) expect(matches(pattern, text), `${pattern} on ${JSON.stringify(text)}`).toBe(expected);
  });

  it('refuses a backreference JavaScript would run', () => {
    expect(() => new RegExp('(a)\\1')).not.toThrow();
    expect(stepRefusal({ filter: { v: { regex: '(a)\\1' } } })).toMatch(/invalid escape sequence/);
  });
});

// Patterns both engines read alike: literals, classes, ., groups, alternation, greedy and lazy quantifiers, anchors.
const { pattern: safePattern } = fc.letrec<{ pattern: string; term: string; concat: string }>((tie) => ({
  term: fc.oneof(
    { depthSize: 'small', maxDepth: 2 },
    fc.constantFrom('a', 'b', 'x', '.', '[ab]', '[^a]', '\\d', '\\w', '\\s'),
    tie('pattern').map((p) => `(${p})`),
    tie('pattern').map((p) => `(?:${p})`),
  ),
  concat: fc
    .array(fc.tuple(tie('term'), fc.constantFrom('', '', '*', '+', '?', '{1,3}', '{2}', '*?', '+?', '{0,2}')), { minLength: 1, maxLength: 3 })
    .map((parts) => parts.map(([t, q]) => t + q).join('')),
  pattern: fc.array(tie('concat'), { minLength: 1, maxLength: 2 }).map((alts) => alts.join('|')),
}));
const anchored = fc.tuple(fc.boolean(), safePattern, fc.boolean()).map(([start, p, end]) => `${start ? '^' : ''}(?:${p})${end ? '$' : ''}`);

describe('agreement with JavaScript on patterns both read alike', () => {
  it('finds a match in the same short texts', () => {
    fc.assert(
      fc.property(anyText(10), anchored, (text, pattern) => {
        fc.pre(patternProblem(pattern) === undefined);
        expect(compilePattern(pattern).test(text), pattern).toBe(new RegExp(pattern).test(text));
      }),
      { numRuns: 500 },
    );
  });
});

function anyText(maxLength: number) {
  return fc.array(fc.constantFrom('a', 'b', 'x', '1', ' ', '\n', '_'), { maxLength }).map((cs) => cs.join(''));
}

const punctuation = /[!-/:-@[-`{-~]/g;
const escaped = (text: string) => text.replace(punctuation, '\\$&');

describe('literalOf', () => {
  it('reads literal text with escaped punctuation, between optional anchors', () => {
    expect(literalOf('web-01')).toEqual({ text: 'web-01', atStart: false, atEnd: false });
    expect(literalOf('^a\\.b\\*c$')).toEqual({ text: 'a.b*c', atStart: true, atEnd: true });
    expect(literalOf('^日本')).toEqual({ text: '日本', atStart: true, atEnd: false });
    expect(literalOf('a\\$')).toEqual({ text: 'a$', atStart: false, atEnd: false });
    expect(literalOf('a\\\\$')).toEqual({ text: 'a\\', atStart: false, atEnd: true });
    expect(literalOf('')).toEqual({ text: '', atStart: false, atEnd: false });
    for (const pattern of ['a.b', 'a|b', '(?i)a', 'a+', '[a]', '\\d', '\\x41', '\\Qa\\E', 'a$b', '^^a', '\\pL', 'a{2}', 'a\\$$$']) {
      expect(literalOf(pattern), pattern).toBeUndefined();
    }
  });

  it('gives back any text escaped as an RE2 literal', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 20 }), fc.boolean(), fc.boolean(), (text, atStart, atEnd) => {
        expect(literalOf(`${atStart ? '^' : ''}${escaped(text)}${atEnd ? '$' : ''}`)).toEqual({ text, atStart, atEnd });
      }),
    );
  });

  it('means what RE2 means: contains, starts with, ends with or equals the text', () => {
    const alphabet = fc.constantFrom('a', 'b', '.', '*', '?', '\\', '$', '^', '-', 'é', '😀');
    const pattern = fc
      .array(fc.constantFrom('a', 'b', '\\.', '.', '*', '\\*', '\\?', '\\\\', '\\$', '$', '^', '-', 'é', '😀'), { maxLength: 6 })
      .map((p) => p.join(''));
    fc.assert(
      fc.property(
        pattern,
        fc.array(alphabet, { maxLength: 8 }).map((t) => t.join('')),
        (source, noise) => {
          const literal = literalOf(source);
          if (literal === undefined || patternProblem(source) !== undefined) return;
          const re = compilePattern(source);
          for (const text of [noise, literal.text, noise + literal.text, literal.text + noise, noise + literal.text + noise]) {
            const expected =
              literal.atStart && literal.atEnd
                ? text === literal.text
                : literal.atStart
                  ? text.startsWith(literal.text)
                  : literal.atEnd
                    ? text.endsWith(literal.text)
                    : text.includes(literal.text);
            expect(re.test(text), `${source} on ${JSON.stringify(text)}`).toBe(expected);
          }
        },
      ),
      { numRuns: 2_000 },
    );
  });
});
