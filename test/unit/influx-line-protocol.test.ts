import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkLineProtocol } from '../../src/query/influx/line-protocol.js';
import type { Precision } from '../../src/query/influx/points.js';

/** The checker's answer: the number of points, or the 400 message naming the line. */
function check(body: string, precision: Precision = 'ns'): number | string {
  try {
    return checkLineProtocol(body, precision);
  } catch (err) {
    return (err as Error).message;
  }
}

describe('line protocol checker: what it accepts', () => {
  it.each([
    ['m v=1', 1],
    ['m,host=a,region=b v=1,w=2i,s="x",b=true 1257894000000000000', 1],
    ['m v=1\nm v=2\n\nm v=3\n', 3],
    ['# a comment\n  # an indented comment\n\t\nm v=1', 1],
    [' \t m v=1', 1],
    ['m v=1 -5', 1],
    ['m\\ x,t\\,k=a\\ b\\=c v=1', 1],
    ['m,tim\\e=1 v=1', 1],
    ['m v=1\n# a comment at the end', 1],
    ['m s="a \\"quoted\\" string, with = and \\\\"', 1],
    ['m s="two\nlines" 1\nm v=2', 2],
  ])('%j has %i point(s)', (body, count) => {
    expect(check(body)).toBe(count);
  });

  it.each(['1', '-1.5', '+.5', '1.', '1e10', '1E-3', '.5e+2', '-0'])('reads %s as a float', (value) => {
    expect(check(`m v=${value}`)).toBe(1);
  });

  it.each(['3i', '-3i', '+3i', '9223372036854775807i', '-9223372036854775808i'])('reads %s as an integer', (value) => {
    expect(check(`m v=${value}`)).toBe(1);
  });

  it.each(['t', 'T', 'true', 'True', 'TRUE', 'f', 'F', 'false', 'False', 'FALSE'])('reads %s as a boolean', (value) => {
    expect(check(`m v=${value}`)).toBe(1);
  });

  it("reads a timestamp in the precision of the request, up to the edge of InfluxDB's time range", () => {
    expect(check('m v=1 9223372036854775806')).toBe(1);
    expect(check('m v=1 -9223372036854775806')).toBe(1);
    expect(check('m v=1 9223372036', 's')).toBe(1);
    expect(check('m v=1 2562047', 'h')).toBe(1);
  });
});

describe('line protocol checker: what it refuses, naming the line', () => {
  it.each([
    ['', 'body: no points to write'],
    ['\n  \n# only a comment\n', 'body: no points to write'],
    ['m', 'body line 1: expected a space before the fields (" "), found the end'],
    ['m,t=1', 'body line 1: expected a space before the fields (" "), found the end'],
    ['m\tv=1', 'body line 1: expected a space before the fields (" "), found the end'],
    [',t=1 v=1', 'body line 1: missing measurement'],
    ['m\\', 'body line 1: measurement ends with a backslash'],
    ['m,t v=1', 'body line 1: expected tag "t" ("="), found " "'],
    ['m,a\\ b v=1', 'body line 1: expected tag "a b" ("="), found " "'],
    ['m,a\\,b v=1', 'body line 1: expected tag "a,b" ("="), found " "'],
    ['m,a\\=b v=1', 'body line 1: expected tag "a=b" ("="), found " "'],
    ['m,a\\b v=1', 'body line 1: expected tag "a\\b" ("="), found " "'],
    ['m,=a v=1', 'body line 1: missing tag key'],
    ['m,t= v=1', 'body line 1: missing tag "t" value'],
    ['m,t=a\\', 'body line 1: tag "t" value ends with a backslash'],
    ['m,t=a=b v=1', 'body line 1: tag "t" value has an unescaped = (write \\=)'],
    ['m,time=1 v=1', 'body line 1: tag key "time" is reserved'],
    ['m time=1', 'body line 1: field key "time" is reserved'],
    ['m  v=1', 'body line 1: missing field key'],
    ['m v=1,', 'body line 1: missing field key'],
    ['m v', 'body line 1: expected field "v" ("="), found the end'],
    ['m v=', 'body line 1: field "v": "" is not a float, an integer (3i), a boolean or a "string"'],
    ['m v="a"x', 'body line 1: unexpected "x" after the point'],
    ['m v=1 123 ', 'body line 1: timestamp "123 " is not an integer'],
    ['m v=1  123', 'body line 1: timestamp " 123" is not an integer'],
    ['m v=1 ', 'body line 1: timestamp "" is not an integer'],
    ['m v=1 1.5', 'body line 1: timestamp "1.5" is not an integer'],
    ['m v=1 12345678901234567890', 'body line 1: timestamp "12345678901234567890" is not an integer'],
    ['m v=1 9223372036854775807', "body line 1: timestamp 9223372036854775807 is outside InfluxDB's time range (precision ns)"],
    ['m v=1 -9223372036854775807', "body line 1: timestamp -9223372036854775807 is outside InfluxDB's time range (precision ns)"],
    ['m s="abc', 'body line 1: field "s": unterminated string'],
    ['m s="abc\\"', 'body line 1: field "s": unterminated string'],
  ])('%j: %s', (body, message) => {
    expect(check(body)).toBe(message);
  });

  it.each([
    ['1e400', 'body line 1: field "v": 1e400 is out of the float range'],
    ['9223372036854775808i', 'body line 1: field "v": 9223372036854775808i is out of the int64 range'],
    ['-9223372036854775809i', 'body line 1: field "v": -9223372036854775809i is out of the int64 range'],
    ['3u', 'body line 1: field "v": unsigned integers (3u) are not supported by InfluxDB 1.x; write 3i'],
    ['-3u', 'body line 1: field "v": unsigned integers (-3u) are not supported by InfluxDB 1.x; write -3i'],
    ['12u', 'body line 1: field "v": unsigned integers (12u) are not supported by InfluxDB 1.x; write 12i'],
    ['x3u', 'body line 1: field "v": "x3u" is not a float, an integer (3i), a boolean or a "string"'],
    ['3ux', 'body line 1: field "v": "3ux" is not a float, an integer (3i), a boolean or a "string"'],
  ])('refuses the field value %s', (value, message) => {
    expect(check(`m v=${value}`)).toBe(message);
  });

  it.each(['1.2.3', 'e5', '1e', '--1', '1x', 'x1', '3.5i', 'i', '3iu', 'tRUE', 'yes', 'truex', 'xtrue'])('refuses %j as a field value', (value) => {
    expect(check(`m v=${value}`)).toMatch(/^body line 1: (field "v": .* is not a float|timestamp )/);
  });

  it('checks the timestamp range in the precision of the request', () => {
    expect(check('m v=1 9223372037', 's')).toBe("body line 1: timestamp 9223372037 is outside InfluxDB's time range (precision s)");
    expect(check('m v=1 2562048', 'h')).toBe("body line 1: timestamp 2562048 is outside InfluxDB's time range (precision h)");
  });

  it('counts lines across blank lines, comments and multi-line strings', () => {
    expect(check('\n# c\n\nm v=x')).toBe('body line 4: field "v": "x" is not a float, an integer (3i), a boolean or a "string"');
    expect(check('m s="a\nb\nc" 1\nm v=x')).toBe('body line 4: field "v": "x" is not a float, an integer (3i), a boolean or a "string"');
    expect(check('m v=1\nm s="never\nclosed')).toBe('body line 2: field "s": unterminated string');
    expect(check('m v=1\nm v=2 x\nm v=3')).toBe('body line 2: timestamp "x" is not an integer');
  });
});

describe('line protocol checker: the points limit', () => {
  it('accepts 50 000 points and refuses one more with a 413 counting the points, not the blank lines or comments', () => {
    const points = (n: number) => Array.from({ length: n }, (_, i) => `m v=${i}`).join('\n');
    expect(check(points(50_000))).toBe(50_000);
    const body = `# header\n\n   \n  # indented\n${points(50_001)}\n`;
    expect(() => checkLineProtocol(body, 'ns')).toThrow(
      expect.objectContaining({ status: 413, message: '50001 points in one write; the limit is 50000: split the batch into several requests' }),
    );
  });
});

describe('line protocol checker: the one-regex check of common lines', () => {
  const outcome = (body: string, precision: Precision, commonLines: boolean) => {
    try {
      return checkLineProtocol(body, precision, { commonLines });
    } catch (err) {
      return (err as Error).message;
    }
  };
  const piece = (units: string) => fc.string({ unit: fc.constantFrom(...units.split('')), minLength: 0, maxLength: 6 });
  // Names often plain, sometimes with what needs escaping or is refused; values of every kind, at and past their limits.
  const name = fc.oneof(piece('ab_.-:/'), piece('ab ,="\\#é'), fc.constantFrom('time', 'cpu', 'host'));
  const value = fc.oneof(
    fc.double().map(String),
    fc.integer().map(String),
    fc.bigInt({ min: -(2n ** 64n), max: 2n ** 64n }).map((n) => `${n}i`),
    fc.constantFrom(
      '1.',
      '.5',
      '-.5',
      '+1',
      '1e400',
      '1e-400',
      `${'9'.repeat(31)}`,
      `${'9'.repeat(19)}i`,
      '1u',
      't',
      'True',
      'tx',
      '"a b"',
      '"a\\"b"',
      '"x',
      '""',
    ),
    piece('0123456789.eEi-+'),
  );
  const time = fc.oneof(
    fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }).map(String),
    fc.constantFrom('9223372036854775806', '-9223372036854775806', '9223372036854775807', '', '1.5'),
  );
  const pairs = (k: fc.Arbitrary<string>, v: fc.Arbitrary<string>, min: number) =>
    fc.array(fc.tuple(k, v), { minLength: min, maxLength: 3 }).map((ps) => ps.map(([a, b]) => `${a}=${b}`).join(','));
  const line = fc
    .tuple(name, pairs(name, name, 0), pairs(name, value, 1), fc.option(time), fc.constantFrom('', ' ', '\r', '\t'))
    .map(([m, tags, fields, t, tail]) => `${m}${tags ? `,${tags}` : ''} ${fields}${t === null ? '' : ` ${t}`}${tail}`);
  const precision = fc.constantFrom<Precision>('ns', 'u', 'ms', 's', 'm', 'h');

  it('answers any body as the reader alone does: the same count, or the same 400 naming the same line', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(line, fc.constantFrom('', '# c', ' m v=1')), { minLength: 1, maxLength: 5 }), precision, (lines, p) => {
        const body = lines.join('\n');
        expect(outcome(body, p, true)).toEqual(outcome(body, p, false));
      }),
      { numRuns: 5000 },
    );
  });
});
