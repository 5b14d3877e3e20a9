import { describe, expect, it } from 'vitest';
import { checkDeletableIndex, checkIndexName, indexNameProblem } from '../../src/query/es/index-name.js';

describe('index names follow Elasticsearch rules', () => {
  it.each([
    ['twitter', null],
    ['logs-2024.01.01', null],
    ['.hidden-index', null],
    ['a_b+c-d', null],
    ['é-ünïcode', null],
    ['x'.repeat(255), null],
    ['', 'must not be empty'],
    ['.', 'must not be "." or ".."'],
    ['..', 'must not be "." or ".."'],
    ['Twitter', 'must be lowercase'],
    ['back\\slash', 'must not contain "\\"'],
    ['a/b', 'must not contain "/"'],
    ['a*', 'must not contain "*"'],
    ['a?', 'must not contain "?"'],
    ['a"b', 'must not contain """'],
    ['a<b', 'must not contain "<"'],
    ['a>b', 'must not contain ">"'],
    ['a|b', 'must not contain "|"'],
    ['a,b', 'must not contain ","'],
    ['a#b', 'must not contain "#"'],
    ['a b', 'must not contain a space'],
    ['remote:index', 'must not contain ":"'],
    ['-a', 'must not start with "-", "_" or "+"'],
    ['_a', 'must not start with "-", "_" or "+"'],
    ['+a', 'must not start with "-", "_" or "+"'],
    ['_all', 'must not start with "-", "_" or "+"'],
    ['x'.repeat(256), 'must be at most 255 bytes'],
    ['é'.repeat(128), 'must be at most 255 bytes'],
  ])('%j -> %s', (name, problem) => {
    expect(indexNameProblem(name)).toBe(problem);
  });

  it.each([
    ['logs-*', null],
    ['*', null],
    ['Logs-*', 'must be lowercase'],
    ['a,b*', 'must not contain ","'],
    ['a?*', 'must not contain "?"'],
  ])('pattern %j -> %s', (pattern, problem) => {
    expect(indexNameProblem(pattern, { pattern: true })).toBe(problem);
  });

  it('throws a 400 naming the parameter and the name', () => {
    expect(() => checkIndexName('Bad', 'body.index')).toThrow('body.index: invalid index name "Bad": must be lowercase');
    expect(checkIndexName('good')).toBe('good');
    expect(() => checkIndexName('a b')).toThrow(/^params\.index: invalid index name "a b": must not contain a space$/);
    expect(() => checkIndexName('Bad*', 'body.name', { pattern: true, kind: 'template' })).toThrow(
      /^body\.name: invalid template name "Bad\*": must be lowercase$/,
    );
  });

  it.each(['_all', '*', 'logs-*', 'a,b', 'a?'])('refuses to delete %j as several indices', (name) => {
    expect(() => checkDeletableIndex(name)).toThrow(`params.index: refusing to delete "${name}": name exactly one index (no _all, wildcards or comma lists)`);
  });

  it('lets delete through the normal rules for one name', () => {
    expect(checkDeletableIndex('twitter')).toBe('twitter');
    expect(() => checkDeletableIndex('Twitter')).toThrow(/must be lowercase/);
  });
});
