import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isAppError } from '../../src/libs/errors.js';
import { parseMixQuery } from '../../src/parser/pipeline.js';

// A refinement that reads an object's members runs only once they have their types: any JSON in
// any place of the new shapes is a 400 naming the field, never a crash (Schemathesis found one).
const anyJson = fc.jsonValue({ maxDepth: 2 });
const source = { es: 'x', index: 'logs' };

const bodies = [
  fc.record({ groupBy: anyJson, metrics: anyJson }).map((aggregate) => ({ sources: { a: { ...source, aggregate } } })),
  anyJson.map((time) => ({ sources: { a: { ...source, time } } })),
  fc.record({ field: anyJson, gte: anyJson, gt: anyJson }).map((time) => ({ sources: { a: { ...source, time } } })),
  fc
    .record({ time: anyJson, every: anyJson, by: anyJson, with: anyJson, from: anyJson, to: anyJson })
    .map((fill) => ({ sources: { a: source }, pipeline: [{ fill }] })),
  fc.dictionary(fc.string({ maxLength: 3 }), anyJson, { maxKeys: 2 }).map((derive) => ({ sources: { a: source }, pipeline: [{ derive }] })),
  fc
    .record({ on: anyJson, asof: anyJson, how: anyJson })
    .map((join) => ({ sources: { a: source, b: source }, pipeline: [{ join: { left: 'a', right: 'b', ...join } }] })),
];

describe('the pipeline schema on broken shapes of its new fields', () => {
  it('answers a 400 naming a field under body, or accepts; it never throws anything else', () => {
    fc.assert(
      fc.property(fc.oneof(...bodies), (body) => {
        try {
          parseMixQuery(body);
        } catch (err) {
          expect(isAppError(err), String(err)).toBe(true);
          expect((err as Error).message).toMatch(/^body\./);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('refuses the body Schemathesis sent, which crashed the metrics check, naming each field', () => {
    const body = { sources: { a: { ...source, aggregate: { groupBy: {}, metrics: null } } } };
    expect(() => parseMixQuery(body)).toThrow(
      'body.sources.a.aggregate.groupBy: expected at least one group, e.g. {"host": {"terms": "host.name"}}; body.sources.a.aggregate.metrics: Invalid input: expected record, received null',
    );
  });
});
