import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { paramsExtern } from '../../src/query/influx2/flux.js';
import { fluxString, taskOption } from '../../src/query/influx2/tasks.js';

/** Reads a Flux string literal back the way Flux's scanner does for these escapes: the reference for fluxString. */
function unquote(literal: string): string {
  expect(literal.startsWith('"') && literal.endsWith('"')).toBe(true);
  let out = '';
  for (let i = 1; i < literal.length - 1; i++) {
    const c = literal[i]!;
    if (c === '"') throw new Error(`unescaped quote at ${i}`);
    if (c === '$' && literal[i + 1] === '{') throw new Error(`interpolation at ${i}`);
    if (c === '\\') out += literal[++i]!;
    else out += c;
  }
  return out;
}

describe('the task option the gateway writes', () => {
  it('quotes any name as one string literal: no quote ends it, no ${ interpolates', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: fc.constantFrom('"', '\\', '$', '{', '}', 'a') }), fc.string({ unit: 'grapheme' })),
        (name) => unquote(fluxString(name)) === name,
      ),
    );
  });

  it('takes every or cron, and the offset', () => {
    expect(taskOption({ name: 'a "b" ${c}', schedule: { every: '1h', offset: '5m' } })).toBe('option task = {name: "a \\"b\\" \\${c}", every: 1h, offset: 5m}');
    expect(taskOption({ name: 'n', schedule: { cron: '0 * * * *' } })).toBe('option task = {name: "n", cron: "0 * * * *"}');
  });
});

describe('Flux parameters', () => {
  it('are typed literal nodes of `option params`, never text', () => {
    const extern = paramsExtern({ s: '"${x}', n: 3, f: 1.5, b: false });
    expect(extern.body[0]!.assignment.init.properties.map((p) => [p.key.name, p.value])).toEqual([
      ['s', { type: 'StringLiteral', value: '"${x}' }],
      ['n', { type: 'IntegerLiteral', value: '3' }],
      ['f', { type: 'FloatLiteral', value: 1.5 }],
      ['b', { type: 'BooleanLiteral', value: false }],
    ]);
  });
});
