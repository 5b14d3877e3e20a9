import { describe, expect, it } from 'vitest';
import { compilePattern, literalOf, maxPatternLength, maxProgramSize, patternProblem } from '../../src/libs/regex.js';

// The limits and the Pattern a filter or the pushdown reads, on small patterns (regex.test.ts has the ReDoS corpus).
describe('the limits of a pattern', () => {
  it('takes a pattern of exactly the most characters and refuses one more', () => {
    expect(maxPatternLength).toBe(1_000);
    expect(patternProblem('a'.repeat(maxPatternLength))).toBeUndefined();
    expect(compilePattern('a'.repeat(maxPatternLength)).test(`x${'a'.repeat(maxPatternLength)}`)).toBe(true);
    expect(patternProblem('a'.repeat(maxPatternLength + 1))).toBe('a regex is at most 1000 characters');
  });

  it('takes a program of exactly the most instructions and refuses one more, naming its size', () => {
    expect(maxProgramSize).toBe(1_200);
    expect(compilePattern('x{1000}y{198}').programSize).toBe(1_200);
    expect(patternProblem('x{1000}y{198}')).toBeUndefined();
    expect(patternProblem('x{1000}y{199}')).toBe('the regex compiles to 1201 RE2 instructions, more than 1200; use fewer or smaller counted repeats');
  });

  it('refuses with RE2 reason, and compilePattern throws it after the quoted pattern', () => {
    const problem = 'error parsing regexp: missing closing ): `web-(` (RE2 syntax: no backreferences or lookarounds, repeat counts up to 1000)';
    expect(patternProblem('web-(')).toBe(problem);
    expect(() => compilePattern('web-(')).toThrow(new Error(`"web-(": ${problem}`));
    expect(() => compilePattern('a'.repeat(1_001))).toThrow(`"${'a'.repeat(1_001)}": a regex is at most 1000 characters`);
  });
});

describe('what is not a pattern', () => {
  it('throws rather than reporting it as a problem of the pattern: only RE2 refusals are', () => {
    expect(() => patternProblem(5 as unknown as string)).toThrow(TypeError);
    expect(() => compilePattern(5 as unknown as string)).toThrow(TypeError);
  });
});

describe('a compiled pattern', () => {
  it('finds a match anywhere in the text, unanchored unless the pattern anchors it', () => {
    const web = compilePattern('web-\\d+');
    expect(['web-1', 'a web-12 b', 'web-', 'WEB-1', ''].map((t) => web.test(t))).toEqual([true, true, false, false, false]);
    const anchored = compilePattern('^web$');
    expect(['web', 'web ', ' web'].map((t) => anchored.test(t))).toEqual([true, false, false]);
  });

  it('tells whether it names a capture group, in either syntax', () => {
    expect(compilePattern('(?P<host>web)').hasNamedGroups).toBe(true);
    expect(compilePattern('(?<host>web)-\\d').hasNamedGroups).toBe(true);
    expect(compilePattern('(web)-(\\d)').hasNamedGroups).toBe(false);
    expect(compilePattern('web').hasNamedGroups).toBe(false);
  });

  it('gives its program size, which grows with counted repeats', () => {
    expect(compilePattern('a').programSize).toBe(3);
    expect(compilePattern('x{1000}').programSize).toBe(1_002);
  });
});

describe('literalOf, on the anchors and escapes', () => {
  it('reads ^ only at the start and $ only at the end, unescaped', () => {
    expect(literalOf('^')).toEqual({ text: '', atStart: true, atEnd: false });
    expect(literalOf('$')).toEqual({ text: '', atStart: false, atEnd: true });
    expect(literalOf('^$')).toEqual({ text: '', atStart: true, atEnd: true });
    expect(literalOf('a^')).toBeUndefined();
    expect(literalOf('$a')).toBeUndefined();
    expect(literalOf('\\^a')).toEqual({ text: '^a', atStart: false, atEnd: false });
    expect(literalOf('a\\\\\\$')).toEqual({ text: 'a\\$', atStart: false, atEnd: false });
    expect(literalOf('a\\\\\\\\$')).toEqual({ text: 'a\\\\', atStart: false, atEnd: true });
    expect(literalOf('\\$')).toEqual({ text: '$', atStart: false, atEnd: false });
  });

  it('takes a backslash before punctuation only, and each metacharacter only escaped', () => {
    for (const c of '!"#%&\',-/:;<=>@_`~') expect(literalOf(c), c).toEqual({ text: c, atStart: false, atEnd: false });
    for (const c of '.+*?()|[]{}^$\\') {
      expect(literalOf(`\\${c}`), c).toEqual({ text: c, atStart: false, atEnd: false });
      if (c !== '^' && c !== '$') expect(literalOf(`a${c}b`), c).toBeUndefined();
    }
    for (const escape of ['\\a', '\\n', '\\0', '\\é', '\\ ', 'a\\']) expect(literalOf(escape), escape).toBeUndefined();
  });

  it('keeps every escaped character, not only the first', () => {
    expect(literalOf('a\\.b\\.c\\-d')).toEqual({ text: 'a.b.c-d', atStart: false, atEnd: false });
    expect(literalOf('x\n😀y')).toEqual({ text: 'x\n😀y', atStart: false, atEnd: false });
  });
});
