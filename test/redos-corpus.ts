/**
 * A generated ReDoS corpus: the shapes that make a backtracking engine take exponential (or
 * high polynomial) time (nested quantifiers, overlapping alternatives, large counted repeats),
 * each over several character classes, anchored and not, with the text each one means written
 * out as a plain linear predicate, and adversarial inputs: long runs of a matching character
 * followed by one that breaks the match at the very end.
 */

/** A character class: its RE2 atom, the characters it holds, one of them and one outside it. */
interface CharClass {
  atom: string;
  holds: (c: string) => boolean;
  filler: string;
  breaker: string;
}

const classes: CharClass[] = [
  { atom: 'a', holds: (c) => c === 'a', filler: 'a', breaker: '!' },
  { atom: '[ab]', holds: (c) => c === 'a' || c === 'b', filler: 'b', breaker: 'c' },
  { atom: '\\w', holds: (c) => /^[0-9A-Za-z_]$/.test(c), filler: 'w', breaker: '-' },
  // RE2's . is any character but \n, counted in code points: the filler is one outside the BMP.
  { atom: '.', holds: (c) => c !== '\n', filler: '😀', breaker: '\n' },
  { atom: '\\pL', holds: (c) => /^\p{L}$/u.test(c), filler: '日', breaker: '1' },
  { atom: '[^b]', holds: (c) => c !== 'b', filler: 'é', breaker: 'b' },
  { atom: '\\d', holds: (c) => /^[0-9]$/.test(c), filler: '7', breaker: 'x' },
];

/** A shape around a class C that matches exactly `min` to `max` characters of C. */
interface Shape {
  make: (c: string) => string;
  min: number;
  max: number;
}

const shapes: Shape[] = [
  { make: (c) => `(${c}+)+`, min: 1, max: Infinity },
  { make: (c) => `(${c}*)*`, min: 0, max: Infinity },
  { make: (c) => `(${c}+)*`, min: 0, max: Infinity },
  { make: (c) => `(?:${c}*)+`, min: 0, max: Infinity },
  { make: (c) => `((${c}+)+)+`, min: 1, max: Infinity },
  { make: (c) => `(${c}|${c})*`, min: 0, max: Infinity },
  { make: (c) => `(?:${c}|${c})*`, min: 0, max: Infinity },
  { make: (c) => `(?:${c}|${c})+`, min: 1, max: Infinity },
  { make: (c) => `(${c}|${c}${c})*`, min: 0, max: Infinity },
  { make: (c) => `(?:${c}${c}|${c})+`, min: 1, max: Infinity },
  { make: (c) => `(${c}+${c}+)+`, min: 2, max: Infinity },
  { make: (c) => `(?:${c}*${c}*)*`, min: 0, max: Infinity },
  { make: (c) => `(${c}+){2,30}`, min: 2, max: Infinity },
  { make: (c) => `(${c}{1,500})+`, min: 1, max: Infinity },
  { make: (c) => `(?:${c}{0,20}){0,20}`, min: 0, max: 400 },
  { make: (c) => `${c}?`.repeat(30) + `${c}{30}`, min: 30, max: 60 },
  { make: (c) => `${c}{1000}`, min: 1000, max: 1000 },
  { make: (c) => `(?:${c}|${c}?)*${c}*`, min: 0, max: Infinity },
];

const suffixes = ['', 'x'];

export interface RedosCase {
  pattern: string;
  /** Whether the pattern matches the text (found anywhere), computed without any regex engine. */
  expected: (text: string) => boolean;
  /** Adversarial texts for this case, each paired with nothing else: the caller picks lengths. */
  inputs: (n: number) => string[];
}

/** Whether `body` is `min` to `max` characters (code points) of the class. */
function run(body: string, cls: CharClass, min: number, max: number): boolean {
  let count = 0;
  for (const c of body) {
    if (!cls.holds(c)) return false;
    count++;
  }
  return count >= min && count <= max;
}

/**
 * Every case: anchored at both ends (the text is the repeat and the suffix), and, for shapes
 * that may match nothing, unanchored too (the text then matches when it contains the suffix).
 */
export function redosCorpus(): RedosCase[] {
  const cases: RedosCase[] = [];
  for (const cls of classes) {
    const inputs = (n: number) => {
      const repeat = cls.filler.repeat(n);
      return [repeat, repeat + cls.breaker, repeat + 'x', cls.breaker + repeat, repeat + 'x' + cls.breaker];
    };
    for (const shape of shapes) {
      const body = shape.make(cls.atom);
      for (const suffix of suffixes) {
        cases.push({
          pattern: `^${body}${suffix}$`,
          expected: (text) => text.endsWith(suffix) && run(text.slice(0, text.length - suffix.length), cls, shape.min, shape.max),
          inputs,
        });
        if (shape.min === 0) cases.push({ pattern: `${body}${suffix}`, expected: (text) => text.includes(suffix), inputs });
      }
    }
  }
  return cases;
}

/** The issue's examples, which passed the old shape check or blocked the event loop. */
export const issueExamples = ['^(a|a)*$', '^(?:.|.)*x$', '^(a+){2,30}$'];
