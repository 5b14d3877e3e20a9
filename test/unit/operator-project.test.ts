import { describe, expect, it } from 'vitest';
import { ProjectNode } from '../../src/operator/project.js';
import { project } from '../reference/project.js';
import { stepRefusal } from './refusal.js';

const rows = [
  { host: 'a', cpu: 1, os: 'linux' },
  { host: 'b', mem: 2 },
];

describe('project', () => {
  it('keeps the listed columns in their order, null where a row lacks one', () => {
    expect(project(rows, ProjectNode.create({ keep: ['cpu', 'host', 'disk'] }))).toEqual([
      { cpu: 1, host: 'a', disk: null },
      { cpu: null, host: 'b', disk: null },
    ]);
    expect(Object.keys(project(rows, ProjectNode.create({ keep: ['cpu', 'host'] }))[0]!)).toEqual(['cpu', 'host']);
  });

  it('renames kept columns, or every column in place without keep', () => {
    expect(project(rows, ProjectNode.create({ keep: ['host', 'cpu'], rename: { host: 'hostname' } }))).toEqual([
      { hostname: 'a', cpu: 1 },
      { hostname: 'b', cpu: null },
    ]);
    const renamed = project(rows, ProjectNode.create({ rename: { cpu: 'usage' } }));
    expect(renamed).toEqual([
      { host: 'a', usage: 1, os: 'linux', mem: null },
      { host: 'b', usage: null, os: null, mem: 2 },
    ]);
    expect(Object.keys(renamed[0]!)).toEqual(['host', 'usage', 'os', 'mem']);
  });

  it('refuses renames it cannot do, naming them', () => {
    expect(() => ProjectNode.create({}, 'p')).toThrow('p: expected keep, rename or both');
    expect(() => ProjectNode.create({ keep: ['a'], rename: { b: 'c' } }, 'p')).toThrow('p.rename.b: "b" is not kept; add it to keep');
    expect(() => ProjectNode.create({ keep: ['a', 'b'], rename: { a: 'b' } }, 'p')).toThrow('p.rename.a: two columns would be named "b"');
    expect(() => project(rows, ProjectNode.create({ rename: { cpu: 'os' } }, 'p'))).toThrow('p.rename.cpu: two columns would be named "os"');
    expect(() => ProjectNode.create({ keep: ['a', 'a'] }, 'p')).toThrow('p.keep: two columns would be named "a"');
  });
});

describe('ProjectNode', () => {
  it('is a frozen node of what to keep and rename, keep null when every column is kept', () => {
    const node = ProjectNode.create({ keep: ['a', 'b'], rename: { a: 'x' } }, 'p');
    expect(node).toEqual({ kind: 'ProjectNode', keep: ['a', 'b'], rename: { a: 'x' }, at: 'p' });
    expect(Object.isFrozen(node) && Object.isFrozen(node.keep) && Object.isFrozen(node.rename)).toBe(true);
    expect(ProjectNode.create({ rename: { a: 'x' } })).toEqual({ kind: 'ProjectNode', keep: null, rename: { a: 'x' }, at: 'project' });
    expect(ProjectNode.create({ keep: ['a'] }).rename).toEqual({});
    expect(ProjectNode.is(node) && !ProjectNode.is({ kind: 'SortNode' })).toBe(true);
  });

  it('refuses an empty keep, and two columns of one name however they come to it', () => {
    expect(stepRefusal({ project: { keep: ['a', 'b'], rename: { b: 'a' } } })).toBe('body.pipeline.0.project.rename.b: two columns would be named "a"');
    expect(stepRefusal({ project: { keep: [] } })).toBe('body.pipeline.0.project.keep: Too small: expected array to have >=1 items');
    expect(() => ProjectNode.create({ keep: ['a', 'b'], rename: { b: 'a' } }, 'p')).toThrow('p.rename.b: two columns would be named "a"');
    expect(() => ProjectNode.create({ keep: ['a', 'b'], rename: { a: 'c', b: 'c' } }, 'p')).toThrow('p.rename.b: two columns would be named "c"');
    expect(() => project([{ a: 1, b: 2 }], ProjectNode.create({ rename: { b: 'a' } }, 'p'))).toThrow('p.rename.b: two columns would be named "a"');
    expect(project([{ a: 1, b: 2 }], ProjectNode.create({ rename: { a: 'b', b: 'a' } }))).toEqual([{ b: 1, a: 2 }]);
  });

  it('keeps a column named like an Object.prototype member only when a row has it', () => {
    expect(project([{ constructor: 1 }, {}], ProjectNode.create({ keep: ['constructor', 'toString'] }))).toEqual([
      { constructor: 1, toString: null },
      { constructor: null, toString: null },
    ]);
  });
});
