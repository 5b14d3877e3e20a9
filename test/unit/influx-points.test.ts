import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkLineProtocol } from '../../src/query/influx/line-protocol.js';
import { jsonPointsToLines, nameProblem, precisions, type Precision } from '../../src/query/influx/points.js';

/** The line protocol of JSON points, or the 400/413 message. */
function lines(body: unknown, precision: Precision = 'ns'): string {
  try {
    return jsonPointsToLines(body, precision).lines;
  } catch (err) {
    return (err as Error).message;
  }
}

describe('JSON points: serialization', () => {
  it('writes each kind of field, escapes names and orders fields by key', () => {
    const point = {
      measurement: 'm x',
      tags: { 'a,b': 'c=d' },
      fields: { f: 1.5, b: true, s: 'q"x', i: { int: '9223372036854775807' }, tf: { float: 2 }, ts: { string: 'y' }, tb: { bool: false }, n: { int: -3 } },
      time: 5,
    };
    expect(jsonPointsToLines(point, 's')).toEqual({
      lines: 'm\\ x,a\\,b=c\\=d b=T,f=1.5,i=9223372036854775807i,n=-3i,s="q\\"x",tb=F,tf=2,ts="y" 5000000000',
      count: 1,
    });
  });

  it('writes times in nanoseconds: RFC3339, digits in the precision of the request, none when absent', () => {
    const at = (time: unknown, precision: Precision = 'ns') =>
      lines({ measurement: 'm', fields: { v: 1 }, ...(time === undefined ? {} : { time }) }, precision);
    expect(at(undefined)).toBe('m v=1');
    expect(at('2009-11-10T23:00:00.5Z', 'h')).toBe('m v=1 1257894000500000000');
    expect(at('2009-11-11T00:00:00+01:00', 's')).toBe('m v=1 1257894000000000000');
    expect(at('7', 's')).toBe('m v=1 7000000000');
    expect(at('-7', 'ms')).toBe('m v=1 -7000000');
    const scale: Record<Precision, string> = { ns: '1', u: '1000', ms: '1000000', s: '1000000000', m: '60000000000', h: '3600000000000' };
    for (const precision of precisions) expect(at(1, precision)).toBe(`m v=1 ${scale[precision]}`);
  });

  it("refuses an integer time outside InfluxDB's range, at its exact edges", () => {
    const at = (time: unknown, precision: Precision = 'ns') => lines({ measurement: 'm', fields: { v: 1 }, time }, precision);
    expect(at('9223372036854775806')).toBe('m v=1 9223372036854775806');
    expect(at('-9223372036854775806')).toBe('m v=1 -9223372036854775806');
    expect(at('9223372036854775807')).toBe("body.time: outside InfluxDB's time range (precision ns)");
    expect(at('-9223372036854775807')).toBe("body.time: outside InfluxDB's time range (precision ns)");
    expect(at(2562047, 'h')).toBe('m v=1 9223369200000000000');
    expect(
      lines(
        [
          { measurement: 'm', fields: { v: 1 } },
          { measurement: 'm', fields: { v: 1 }, time: 2562048 },
        ],
        'h',
      ),
    ).toBe("body[1].time: outside InfluxDB's time range (precision h)");
  });

  it('counts the points of an array and refuses an empty one or more than 50 000 (413)', () => {
    expect(
      jsonPointsToLines(
        [
          { measurement: 'm', fields: { v: 1 } },
          { measurement: 'n', fields: { v: 2 } },
        ],
        'ns',
      ),
    ).toEqual({ lines: 'm v=1\nn v=2', count: 2 });
    expect(lines([])).toBe('body: no points to write');
    const many = Array.from({ length: 50_001 }, () => ({ measurement: 'm', fields: { v: 1 } }));
    expect(() => jsonPointsToLines(many, 'ns')).toThrow(
      expect.objectContaining({ status: 413, message: '50001 points in one write; the limit is 50000: split the batch into several requests' }),
    );
    expect(jsonPointsToLines(many.slice(1), 'ns').count).toBe(50_000);
  });
});

describe('JSON points: validation names the point and the field', () => {
  it.each([
    [{ measurement: '', fields: { v: 1 } }, 'body.measurement: must not be empty'],
    [{ measurement: '#m', fields: { v: 1 } }, 'body.measurement: must not start with # (line protocol reads the line as a comment)'],
    [{ measurement: 'm', fields: {} }, 'body.fields: needs at least one field'],
    [{ measurement: 'm', fields: { time: 1 } }, 'body.fields.time: time is reserved for the timestamp'],
    [{ measurement: 'm', tags: { time: 'x' }, fields: { v: 1 } }, 'body.tags.time: time is reserved for the timestamp'],
    [{ measurement: 'm', tags: { 'a\\': 'x' }, fields: { v: 1 } }, 'body.tags.a\\: a backslash must not end it or stand before a comma, space, = or "'],
    [{ measurement: 'm', tags: { t: 'a\nb' }, fields: { v: 1 } }, 'body.tags.t: must not contain control characters (newline, tab, ...)'],
    [{ measurement: 'm', fields: { v: Infinity } }, 'body.fields.v: must be a finite number'],
    [
      { measurement: 'm', fields: { v: [] } },
      expect.stringMatching(/^body\.fields\.v: must be a number \(written as a float\), a boolean, a string, or typed/),
    ],
    [{ measurement: 'm', fields: { v: { int: 1.5 } } }, expect.stringMatching(/^body\.fields\.v: must be a number/)],
    // A string of other characters is a 400, not BigInt's SyntaxError.
    [{ measurement: 'm', fields: { v: { int: '12a' } } }, 'body.fields.v.int: must be a whole number or a string of digits'],
    [{ measurement: 'm', fields: { v: { int: '12345678901234567890' } } }, 'body.fields.v.int: must be a whole number or a string of digits'],
    [{ measurement: 'm', fields: { v: { int: '9223372036854775808' } } }, 'body.fields.v.int: out of the int64 range'],
    [{ measurement: 'm', fields: { v: { int: '-9223372036854775809' } } }, 'body.fields.v.int: out of the int64 range'],
    [{ measurement: 'm', fields: { v: 1 }, time: '2009-11-10' }, 'body.time: must be RFC3339 (2009-11-10T23:00:00Z) or an integer'],
    [{ measurement: 'm', fields: { v: 1 }, time: '12345678901234567890' }, 'body.time: must be RFC3339 (2009-11-10T23:00:00Z) or an integer'],
    [{ measurement: 'm', fields: { v: 1 }, time: 1.5 }, 'body.time: must be RFC3339 (2009-11-10T23:00:00Z) or an integer'],
    [{ measurement: 'm', fields: { v: 1 }, time: true }, 'body.time: must be RFC3339 (2009-11-10T23:00:00Z) or an integer'],
    [{ measurement: 'm', fields: { v: 1 }, extra: 1 }, expect.stringMatching(/^body: /)],
  ])('%j: %s', (point, message) => {
    expect(lines(point)).toEqual(message);
  });

  it('accepts the int64 extremes as integers', () => {
    expect(lines({ measurement: 'm', fields: { a: { int: '-9223372036854775808' }, b: { int: '9223372036854775807' } } })).toBe(
      'm a=-9223372036854775808i,b=9223372036854775807i',
    );
  });

  it('names the point by its index in an array', () => {
    expect(
      lines([
        { measurement: 'm', fields: { v: 1 } },
        { measurement: 'm', fields: { v: 'x', w: [] } },
      ]),
    ).toMatch(/^body\[1\]\.fields\.w: /);
  });
});

describe('names line protocol can carry', () => {
  it.each([
    ['', 'must not be empty'],
    ['a\tb', 'must not contain control characters (newline, tab, ...)'],
    ['\u001f', 'must not contain control characters (newline, tab, ...)'],
    ['\u007f', 'must not contain control characters (newline, tab, ...)'],
    ['\u0000', 'must not contain control characters (newline, tab, ...)'],
    ['a\\', 'a backslash must not end it or stand before a comma, space, = or "'],
    ['a\\,b', 'a backslash must not end it or stand before a comma, space, = or "'],
    ['a\\ b', 'a backslash must not end it or stand before a comma, space, = or "'],
    ['a\\=b', 'a backslash must not end it or stand before a comma, space, = or "'],
    ['a\\"b', 'a backslash must not end it or stand before a comma, space, = or "'],
    ['a\\b', undefined],
    ['a b,c=d"é\u0080', undefined],
  ])('%j: %s', (name, problem) => {
    expect(nameProblem(name)).toBe(problem);
  });

  it('every point of acceptable names serializes to lines the line checker counts one by one', () => {
    const text = fc.string({ unit: fc.constantFrom(...`ab ,="'\\\n\t#é☃`.split('')), minLength: 1, maxLength: 12 });
    const name = text.filter((n) => nameProblem(n) === undefined && n !== 'time');
    const point = fc.record({
      measurement: name.filter((m) => !m.startsWith('#')),
      tags: fc.dictionary(name, name, { maxKeys: 3 }),
      fields: fc.dictionary(name, fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.string()), { minKeys: 1, maxKeys: 3 }),
    });
    fc.assert(
      fc.property(fc.array(point, { minLength: 1, maxLength: 4 }), (points) => {
        const { lines: text, count } = jsonPointsToLines(points, 'ns');
        expect(count).toBe(points.length);
        expect(checkLineProtocol(text, 'ns')).toBe(points.length);
      }),
      { numRuns: 300 },
    );
  });
});
