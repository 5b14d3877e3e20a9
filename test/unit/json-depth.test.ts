import { describe, expect, it } from 'vitest';
import { checkJsonDepth, jsonTooDeep, maxJsonDepth } from '../../src/libs/json-depth.js';
import { refusal } from './refusal.js';

/** `{k1: {k2: … {k<depth-1>: leaf}}}`: the innermost container sits at `depth`, the root at 1. */
const chain = (depth: number, leaf: object = {}, key = (level: number) => `k${level}`): object => {
  let v: object = leaf;
  for (let level = depth - 1; level >= 1; level--) v = { [key(level)]: v };
  return v;
};

describe('checkJsonDepth', () => {
  it('lets scalars, null and values up to the limit through', () => {
    for (const value of [null, undefined, 0, 'deep', true]) expect(() => checkJsonDepth(value, 'body')).not.toThrow();
    expect(() => checkJsonDepth(chain(maxJsonDepth), 'body')).not.toThrow();
    // Scalars, null included, are no level of their own, even in the deepest container.
    expect(() => checkJsonDepth(chain(maxJsonDepth, { a: null, b: 'text', c: 1 }), 'body')).not.toThrow();
    expect(() => checkJsonDepth(chain(maxJsonDepth, [null, 'text', 1]), 'body')).not.toThrow();
    expect(() => checkJsonDepth(['text', { a: 'text' }], 'body')).not.toThrow();
  });

  it('names the first container past the limit, counting objects and arrays alike', () => {
    expect(refusal(() => checkJsonDepth(chain(maxJsonDepth + 1), 'body'))).toMatch(
      /^body\.k1\.k2\.k3\..* … .*\.k398\.k399\.k400: JSON nests deeper than the limit of 400 levels$/,
    );
    // The leaf is the 401st container however deep it is itself.
    expect(refusal(() => checkJsonDepth(chain(maxJsonDepth + 1, chain(50)), 'body'))).toMatch(/\.k399\.k400: JSON/);
    const arrays = (depth: number): unknown => (depth === 1 ? [] : [0, arrays(depth - 1)]);
    expect(() => checkJsonDepth(arrays(maxJsonDepth), 'q')).not.toThrow();
    expect(refusal(() => checkJsonDepth(arrays(maxJsonDepth + 1), 'q'))).toMatch(/^q\[1\]\[1\]\[1\].* … .*\[1\]\[1\]: JSON/);
    expect(refusal(() => checkJsonDepth({ a: [1, { b: chain(maxJsonDepth - 2) }] }, 'line 2'))).toMatch(/^line 2\.a\[1\]\.b\.k1\.k2.*\.k397: JSON/);
  });

  it('finds a too deep branch beside shallow ones, wherever it stands', () => {
    const deep = chain(maxJsonDepth);
    expect(refusal(() => checkJsonDepth({ first: {}, deep, last: [1] }, 'body'))).toMatch(/^body\.deep\.k1\.k2.*\.k399: JSON/);
    expect(refusal(() => checkJsonDepth([[], 'x', deep, null], 'body'))).toMatch(/^body\[2\]\.k1.*\.k399: JSON/);
    expect(() => checkJsonDepth({ a: chain(maxJsonDepth - 1), b: [chain(maxJsonDepth - 2)], c: null }, 'body')).not.toThrow();
    // Scalars beside the deep branch are passed over, whichever comes first.
    const deepest = (leaf: object) => chain(maxJsonDepth, leaf);
    expect(refusal(() => checkJsonDepth(deepest({ deep: {}, n: null, s: 'text' }), 'body'))).toMatch(/\.k399\.deep: JSON/);
    expect(refusal(() => checkJsonDepth(deepest(['text', {}, null]), 'body'))).toMatch(/\.k399\[1\]: JSON/);
    expect(refusal(() => checkJsonDepth(deepest([{}, 'text']), 'body'))).toMatch(/\.k399\[0\]: JSON/);
  });
});

describe('the too-deep message', () => {
  it('keeps a path up to 160 characters and shortens a longer one to its ends', () => {
    const path = (n: number) => Array.from({ length: n }, (_, i) => String.fromCharCode(97 + (i % 26))).join('');
    expect(jsonTooDeep(path(160)).message).toBe(`${path(160)}: JSON nests deeper than the limit of 400 levels`);
    const long = path(161);
    expect(jsonTooDeep(long).message).toBe(`${long.slice(0, 60)} … ${long.slice(-90)}: JSON nests deeper than the limit of 400 levels`);
  });
});
