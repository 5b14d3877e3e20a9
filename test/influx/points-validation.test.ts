import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkLineProtocol } from '../../src/query/influx/line-protocol.js';
import { parseSeriesKey } from '../../src/query/influx/measurements.js';
import { jsonPointsToLines, nameProblem } from '../../src/query/influx/points.js';

// Pure checks of the two point validators against each other; the server tests are points-write.test.ts.
const text = fc.string({ unit: fc.constantFrom(...`ab ,="'\\\n\t#é☃=`.split('')), minLength: 1, maxLength: 12 });
const name = text.filter((n) => nameProblem(n) === undefined && n !== 'time');
const measurement = name.filter((m) => !m.startsWith('#'));
const fieldValue = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.string(),
  fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }).map((n) => ({ int: String(n) })),
);
const point = fc.record({
  measurement,
  tags: fc.dictionary(name, name, { maxKeys: 3 }),
  fields: fc.dictionary(name, fieldValue, { minKeys: 1, maxKeys: 3 }),
  time: fc.option(fc.integer({ min: 0, max: 2 ** 42 }), { nil: undefined }),
});

describe('JSON points and line protocol', () => {
  it('every valid JSON point serializes to line protocol that the line checker accepts, one point per point', () => {
    fc.assert(
      fc.property(fc.array(point, { minLength: 1, maxLength: 5 }), (points) => {
        const { lines, count } = jsonPointsToLines(points, 'ms');
        expect(count).toBe(points.length);
        expect(checkLineProtocol(lines, 'ns')).toBe(points.length);
      }),
      { numRuns: 1000 },
    );
  });

  it("reads back a series key's measurement and tags", () => {
    fc.assert(
      fc.property(measurement, fc.dictionary(name, name, { maxKeys: 3 }), (m, tags) => {
        const { lines } = jsonPointsToLines({ measurement: m, tags, fields: { v: 1 } }, 'ns');
        const key = lines.slice(0, lines.search(/(?<!\\) (?=v=)/));
        expect(parseSeriesKey(key)).toEqual({ key, measurement: m, tags });
      }),
      { numRuns: 1000 },
    );
  });

  it('names a bad point by its index, and a bad line by its number', () => {
    expect(() =>
      jsonPointsToLines(
        [
          { measurement: 'm', fields: { v: 1 } },
          { measurement: 'm', fields: { v: 'x', w: [] } },
        ],
        'ns',
      ),
    ).toThrow(/^body\[1\]\.fields\.w: /);
    expect(() => jsonPointsToLines({ measurement: 'm', tags: { 'a,b\\': 'x' }, fields: { v: 1 } }, 'ns')).toThrow(/^body\.tags\.a,b\\: a backslash/);
    expect(() => checkLineProtocol('m v=1\nm s="multi\nline"\nm v=x', 'ns')).toThrow(/^body line 4: field "v"/);
  });
});
