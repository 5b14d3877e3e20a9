import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileSelect, searchSpec, type SearchSpec } from '../../src/query/influx/search.js';
import {
  containing,
  duration,
  ident,
  influxql,
  integer,
  literalPattern,
  number,
  qualified,
  isRead,
  userQuery,
  regex,
  rfc3339Nanos,
  selectInto,
  str,
  time,
  type InfluxQL,
} from '../../src/query/influxql.js';
import { parseInfluxQL } from '../../src/query/influxql-parser.js';

/**
 * How InfluxDB's parser reads a statement the emitter wrote, compared with how it reads a reference
 * whose value is bound as a parameter (the parser puts a bound value into its token as is): the same
 * canonical text means the emitted literal reads back as exactly the value. Either both parse or neither.
 */
function readsAs(emitted: InfluxQL, reference: string, params: Record<string, unknown>) {
  const ours = parseInfluxQL(emitted.text);
  const theirs = parseInfluxQL(reference, params);
  if ('error' in theirs) {
    expect('error' in ours, `${emitted.text}: ${JSON.stringify(theirs)}`).toBe(true);
    return;
  }
  expect(ours).toEqual(theirs);
  expect(theirs.statements).toHaveLength(1);
  expect(isRead(theirs.statements[0]!)).toBe(true);
}

/** The one statement InfluxDB's parser reads in `q`. */
function onlyStatement(q: string) {
  const parsed = parseInfluxQL(q);
  if ('error' in parsed) throw new Error(`${q}: ${parsed.error}`);
  expect(parsed.statements).toHaveLength(1);
  return parsed.statements[0]!;
}

/** An RE2 pattern from literalPattern as a JS RegExp (\x{..} is \u{..} there). */
const asRegExp = (pattern: string) => new RegExp(pattern.replace(/\\x\{([0-9a-f]+)\}/g, '\\u{$1}'), 'u');

const anyText = fc.string({ unit: 'binary', maxLength: 40 });
const quotableText = anyText.filter((s) => !/[\r\0]/.test(s));
const tricky = fc.string({ unit: fc.constantFrom(...`a"'\\/\n\r\t;-*.$()[]{}|^+?#= é☃`.split('')), maxLength: 30 });
const quotableTricky = tricky.filter((s) => !/[\r\0]/.test(s));

describe('InfluxQL emitter: properties', () => {
  it('an identifier reads back as exactly the name, in one read statement', () => {
    fc.assert(
      fc.property(fc.oneof(quotableText, quotableTricky), (name) => {
        readsAs(influxql`SHOW TAG KEYS FROM ${ident(name)}`, 'SHOW TAG KEYS FROM $n', { n: { identifier: name } });
      }),
      { numRuns: 2000 },
    );
  });

  it('a string literal reads back as exactly the value', () => {
    fc.assert(
      fc.property(fc.oneof(quotableText, quotableTricky), (value) => {
        readsAs(influxql`SELECT * FROM "m" WHERE "t" = ${str(value)}`, 'SELECT * FROM "m" WHERE "t" = $v', { v: value });
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses carriage returns and NUL, which InfluxQL cannot express', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom('\r', '\0'), anyText, (a, bad, b) => {
        expect(() => ident(a + bad + b)).toThrow(/cannot express/);
        expect(() => str(a + bad + b)).toThrow(/cannot express/);
      }),
    );
  });

  it('a user regex reads back as exactly the pattern', () => {
    const pattern = fc.oneof(quotableText, quotableTricky).filter((p) => !/[\n\r\0]/.test(p) && !p.endsWith('\\'));
    fc.assert(
      fc.property(pattern, (p) => {
        readsAs(influxql`SHOW MEASUREMENTS WITH MEASUREMENT =~ ${regex(p)}`, 'SHOW MEASUREMENTS WITH MEASUREMENT =~ $r', { r: { regex: p } });
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses a regex that would escape its closing slash or hold a newline', () => {
    expect(() => regex('abc\\')).toThrow(/end with a backslash/);
    expect(() => regex('a\\\\')).toThrow(/end with a backslash/);
    expect(() => regex('a\nb')).toThrow(/newline/);
  });

  it('a substring regex matches exactly the names that contain the substring', () => {
    const text = fc.oneof(anyText, tricky);
    fc.assert(
      fc.property(text, text, text, fc.boolean(), (substring, before, after, embed) => {
        const candidate = embed ? before + substring + after : before;
        const pattern = literalPattern(substring);
        readsAs(influxql`SHOW MEASUREMENTS WITH MEASUREMENT =~ ${containing(substring)}`, 'SHOW MEASUREMENTS WITH MEASUREMENT =~ $r', { r: { regex: pattern } });
        expect(asRegExp(pattern).test(candidate)).toBe(candidate.includes(substring));
      }),
      { numRuns: 3000 },
    );
  });

  it('accepts exactly the strict durations and emits them unchanged', () => {
    const unit = fc.constantFrom('ns', 'u', 'µ', 'ms', 's', 'm', 'h', 'd', 'w');
    const valid = fc.array(fc.tuple(fc.nat(100000), unit), { minLength: 1, maxLength: 3 }).map((parts) => parts.map(([n, u]) => `${n}${u}`).join(''));
    fc.assert(
      fc.property(valid, (d) => {
        expect(duration(d).text).toBe(d);
      }),
    );
    fc.assert(
      fc.property(fc.oneof(anyText, tricky), (d) => {
        const ok = /^(\d+(ns|u|µ|ms|s|m|h|d|w))+$/.test(d);
        if (ok) expect(duration(d).text).toBe(d);
        else expect(() => duration(d)).toThrow(/not a duration/);
      }),
      { numRuns: 2000 },
    );
    expect(duration('INF', { infinite: true }).text).toBe('INF');
    expect(() => duration('INF')).toThrow();
  });

  it("writes every finite number in plain decimal notation that InfluxDB's parser reads back exactly", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        const text = number(n).text;
        expect(text).toMatch(/^-?\d+(\.\d+)?$/);
        expect(Number(text)).toBe(n === 0 ? 0 : n);
        const read = onlyStatement(`SELECT v FROM m WHERE v > ${text}`).text.replace('SELECT v FROM m WHERE v > ', '');
        expect(Number(read)).toBe(n === 0 ? 0 : n);
      }),
      { numRuns: 3000 },
    );
    // An integer literal beyond int64 is refused; these must read as floats.
    for (const n of [1e308, -1e308, 2 ** 53, 2 ** 63, 1e21, Number.MAX_VALUE]) {
      expect(number(n).text).toMatch(/\.0$/);
      expect(Number(onlyStatement(`SELECT v FROM m WHERE v > ${number(n).text}`).text.split('> ')[1])).toBe(n);
    }
    expect(number(2 ** 53 - 1).text).toBe('9007199254740991');
    expect(() => number(Infinity)).toThrow();
    expect(() => integer(1.5)).toThrow();
    expect(() => integer(2 ** 60)).toThrow();
  });

  it('compiles any structured query, whatever its names and values, to exactly one read SELECT', () => {
    const name = quotableTricky.filter((s) => s.length > 0);
    const value = fc.oneof(quotableTricky, fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean());
    const pattern = quotableTricky.filter((p) => !/[\n\r\0]/.test(p) && !p.endsWith('\\'));
    const spec = fc.record(
      {
        select: fc.oneof(fc.array(name, { minLength: 1, maxLength: 3 }), fc.dictionary(name, fc.oneof(name, fc.record({ mean: name }), fc.record({ percentile: fc.tuple(name, fc.integer({ min: 1, max: 99 })) })), { minKeys: 1, maxKeys: 3 })),
        where: fc.dictionary(
          name.filter((k) => k !== 'time'),
          fc.oneof(value, fc.record({ in: fc.array(value, { minLength: 1, maxLength: 3 }) }), fc.record({ regex: pattern }), fc.record({ not: fc.record({ eq: value }) })),
          { maxKeys: 3 },
        ),
        groupBy: fc.array(fc.oneof(name, fc.constant({ time: '5m' })), { maxLength: 3 }),
        limit: fc.integer({ min: 1, max: 1000 }),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(spec, name, (s, measurement) => {
        const parsed = searchSpec.parse(s) as SearchSpec;
        const statement = compileSelect(parsed, ident(measurement));
        const read = parseInfluxQL(statement.text);
        // A pattern RE2 refuses is InfluxDB's to refuse; the statement around it is still one SELECT.
        if ('error' in read) {
          expect(read.error).toMatch(/^error parsing regexp/);
          return;
        }
        expect(read.statements).toMatchObject([{ type: 'SelectStatement', into: false }]);
        const into = compileSelect(parsed, ident(measurement), ident('target'));
        expect(onlyStatement(into.text)).toMatchObject({ type: 'SelectStatement', into: true });
      }),
      { numRuns: 1000 },
    );
  });
});

describe('InfluxQL emitter: fragments', () => {
  it('builds statements from fragments only', () => {
    expect(influxql`SHOW TAG KEYS FROM ${ident('cpu "load"')}`.text).toBe('SHOW TAG KEYS FROM "cpu \\"load\\""');
    expect(() => influxql`SHOW TAG KEYS FROM ${'cpu; DROP DATABASE x' as unknown as InfluxQL}`).toThrow(/only InfluxQL fragments/);
    expect(() => influxql`${{ text: 'DROP DATABASE x' } as unknown as InfluxQL}`).toThrow(/only InfluxQL fragments/);
    expect(() => (influxql as unknown as (s: string[]) => InfluxQL)(['DROP DATABASE x'])).toThrow(/template tag/);
  });

  it('qualifies measurements with database and retention policy', () => {
    expect(qualified(undefined, undefined, 'm').text).toBe('"m"');
    expect(qualified(undefined, 'rp', 'm').text).toBe('"rp"."m"');
    expect(qualified('db', undefined, 'm').text).toBe('"db".."m"');
    expect(qualified('db', 'rp', 'm').text).toBe('"db"."rp"."m"');
  });

  it.each([
    ['now', 'now()'],
    ['now()', 'now()'],
    ['now-1h', 'now() - 1h'],
    ['now() - 30m', 'now() - 30m'],
    ['now+1d', 'now() + 1d'],
    ['2009-11-10T23:00:00Z', "'2009-11-10T23:00:00Z'"],
    ['2009-11-10T23:00:00.123456789+01:00', "'2009-11-10T23:00:00.123456789+01:00'"],
  ])('time(%j) is %s', (input, output) => {
    expect(time(input).text).toBe(output);
  });

  it.each(['now-1x', 'now-', "now-1h'; DROP", 'yesterday', '2009-02-30T00:00:00Z', '2009-11-10 23:00:00', '2009-11-10T23:00:00'])('refuses the time %j', (input) => {
    expect(() => time(input)).toThrow(/not a time/);
  });

  it('reads RFC3339 to the nanosecond', () => {
    expect(rfc3339Nanos('2009-11-10T23:00:00Z')).toBe(1257894000000000000n);
    expect(rfc3339Nanos('2009-11-10T23:00:00.000000001Z')).toBe(1257894000000000001n);
    expect(rfc3339Nanos('2009-11-11T00:00:00+01:00')).toBe(1257894000000000000n);
    expect(rfc3339Nanos('2009-11-10')).toBeUndefined();
  });
});

describe('raw queries and SELECT ... INTO', () => {
  it('lets reads through as their canonical text and refuses the rest unless admin mode is asked for', () => {
    expect(userQuery('show databases;select * from "m"', { admin: false }).text).toBe('SHOW DATABASES; SELECT * FROM m');
    expect(() => userQuery('SELECT * FROM m; DROP DATABASE x', { admin: false })).toThrow(
      /^body.q: statement 2 \(DropDatabaseStatement: DROP DATABASE x\) is not a read; without admin mode/,
    );
    expect(() => userQuery('SELECT v INTO x FROM m', { admin: false })).toThrow(/statement 1 \(SelectStatement with INTO: SELECT v INTO x FROM m\)/);
    expect(userQuery('DROP DATABASE x', { admin: true }).text).toBe('DROP DATABASE x');
    expect(() => userQuery(' ; -- nothing', { admin: true })).toThrow(/no statement/);
    expect(() => userQuery("SELECT 'x", { admin: true })).toThrow('body.q: InfluxQL syntax error: found x, expected identifier, string, number, bool at line 1, char 7');
    expect(() => userQuery('SHOW DATABASES; SHOW DATABASES', { admin: false, single: true, where: 'q' })).toThrow(/^q: expected one statement, found 2$/);
  });

  it('binds parameters in the parse, so InfluxDB gets their values as literals', () => {
    expect(userQuery('SELECT v FROM m WHERE h = $h AND v > $v', { admin: false, params: { h: "a'; DROP DATABASE x", v: 1.5 } }).text).toBe(
      "SELECT v FROM m WHERE h = 'a\\'; DROP DATABASE x' AND v > 1.5",
    );
    expect(() => userQuery('SELECT v FROM m WHERE h = $h', { admin: false })).toThrow(/^body.q: InfluxQL syntax error: missing parameter: h$/);
  });

  it('accepts exactly one SELECT with INTO for a continuous query', () => {
    expect(selectInto(' SELECT mean(v) INTO x FROM m GROUP BY time(1h) ; ', 'body.query').text).toBe('SELECT mean(v) INTO x FROM m GROUP BY time(1h)');
    for (const bad of ['SELECT v FROM m', 'SELECT v INTO x FROM m; DROP DATABASE d', 'DROP DATABASE d', 'SHOW DATABASES']) {
      expect(() => selectInto(bad, 'body.query')).toThrow(/body.query: must be exactly one SELECT \.\.\. INTO/);
    }
    expect(() => selectInto('SELECT v INTO x FROM m END; DROP DATABASE d; --', 'body.query')).toThrow(/body.query: InfluxQL syntax error/);
  });

  it('emits fragments that the parser reads as one statement', () => {
    expect(onlyStatement(`SHOW TAG KEYS FROM ${ident('a"b').text}`).text).toBe('SHOW TAG KEYS FROM "a\\"b"');
    expect(onlyStatement(`SHOW MEASUREMENTS WITH MEASUREMENT =~ ${containing('a/b\\c').text}`).type).toBe('ShowMeasurementsStatement');
  });
});
