import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileSelect, searchSpec } from '../../src/query/influx/search.js';
import {
  call,
  containing,
  duration,
  empty,
  fill,
  functions,
  ident,
  isDuration,
  isTimeExpression,
  join,
  fitsRegexLiteral,
  regexLiteralProblem,
  type Fill,
  type InfluxFunction,
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
        readsAs(influxql`SHOW MEASUREMENTS WITH MEASUREMENT =~ ${containing(substring)}`, 'SHOW MEASUREMENTS WITH MEASUREMENT =~ $r', {
          r: { regex: pattern },
        });
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
        select: fc.oneof(
          fc.array(name, { minLength: 1, maxLength: 3 }),
          fc.dictionary(name, fc.oneof(name, fc.record({ mean: name }), fc.record({ percentile: fc.tuple(name, fc.integer({ min: 1, max: 99 })) })), {
            minKeys: 1,
            maxKeys: 3,
          }),
        ),
        where: fc.dictionary(
          name.filter((k) => k !== 'time'),
          fc.oneof(
            value,
            fc.record({ in: fc.array(value, { minLength: 1, maxLength: 3 }) }),
            fc.record({ regex: pattern }),
            fc.record({ not: fc.record({ eq: value }) }),
          ),
          { maxKeys: 3 },
        ),
        groupBy: fc.array(fc.oneof(name, fc.constant({ time: '5m' })), { maxLength: 3 }),
        limit: fc.integer({ min: 1, max: 1000 }),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(spec, name, (s, measurement) => {
        const parsed = searchSpec.parse(s);
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

  it.each(['now-1x', 'now-', "now-1h'; DROP", 'yesterday', '2009-02-30T00:00:00Z', '2009-11-10 23:00:00', '2009-11-10T23:00:00'])(
    'refuses the time %j',
    (input) => {
      expect(() => time(input)).toThrow(/not a time/);
    },
  );

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
    expect(() => userQuery("SELECT 'x", { admin: true })).toThrow(
      'body.q: InfluxQL syntax error: found x, expected identifier, string, number, bool at line 1, char 7',
    );
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

describe('InfluxQL emitter: the checks that keep text out of a statement', () => {
  it.each(['1h; DROP DATABASE x', '1h\nDROP DATABASE x', ' 1h', '1h ', 'x1h', '1h30', 'h', '1', '1.5h', '-1h', '1H', '1d;', ''])(
    'refuses the duration %j',
    (text) => {
      expect(() => duration(text)).toThrow(`${JSON.stringify(text)}: not a duration (e.g. 30s, 90m, 1h30m, 7d)`);
      expect(isDuration(text)).toBe(false);
    },
  );

  it.each(['1ns', '2u', '3µ', '4ms', '5s', '6m', '7h', '8d', '9w', '10h30m', '0s', '1h1h'])('accepts the duration %j as is', (text) => {
    expect(duration(text).text).toBe(text);
  });

  it('accepts INF only for a retention duration, and says so', () => {
    expect(duration('INF', { infinite: true }).text).toBe('INF');
    expect(() => duration('INF')).toThrow('"INF": not a duration (e.g. 30s, 90m, 1h30m, 7d)');
    expect(() => duration('inf', { infinite: true })).toThrow('"inf": not a duration (e.g. 30s, 90m, 1h30m, 7d, INF)');
    expect(duration('1d', { infinite: true }).text).toBe('1d');
  });

  it('refuses a time whose relative part is not a duration', () => {
    expect(isTimeExpression('now-1h; DROP DATABASE x')).toBe(false);
    expect(isTimeExpression('now - 1h')).toBe(true);
    expect(isTimeExpression('now()')).toBe(true);
    expect(isTimeExpression('now(')).toBe(false);
    expect(isTimeExpression('xnow')).toBe(false);
    expect(isTimeExpression('now-1h ')).toBe(false);
    expect(() => time('now-1h; DROP DATABASE x')).toThrow('"now-1h; DROP DATABASE x": not a time (RFC3339 such as 2009-11-10T23:00:00Z, now, or now-1h)');
    expect(time('now()+1h').text).toBe('now() + 1h');
    expect(time('now()  -  2d').text).toBe('now() - 2d');
  });

  it('calls only the listed functions', () => {
    expect(() => call('drop' as InfluxFunction, 'v')).toThrow(`"drop": not a supported function (${functions.join(', ')})`);
    expect(() => call('mean() FROM m; DROP DATABASE x; SELECT mean' as InfluxFunction, 'v')).toThrow(/not a supported function/);
    expect(() => call('toString' as InfluxFunction, 'v')).toThrow(/not a supported function/);
    for (const fn of functions) expect(call(fn, 'v').text).toBe(`${fn}("v")`);
    expect(call('percentile', 'v"', 99.5).text).toBe('percentile("v\\"", 99.5)');
    expect(call('moving_average', 'v', 3).text).toBe('moving_average("v", 3)');
    expect(call('derivative', 'v', '1m').text).toBe('derivative("v", 1m)');
    expect(() => call('derivative', 'v', '1m) FROM m; DROP DATABASE x; --')).toThrow(/not a duration/);
  });

  it('fills only with a listed option or a number', () => {
    for (const option of ['null', 'none', 'previous', 'linear'] as const) expect(fill(option).text).toBe(`fill(${option})`);
    expect(fill(0).text).toBe('fill(0)');
    expect(fill(-1e21).text).toBe('fill(-1000000000000000000000.0)');
    expect(() => fill('none) FROM m; DROP DATABASE x; --' as Fill)).toThrow('"none) FROM m; DROP DATABASE x; --": not a fill option');
    expect(() => fill(NaN)).toThrow('NaN: not a finite number');
  });

  it('interpolates into a statement, and joins, only fragments made here', () => {
    const forged = { text: 'DROP DATABASE x' } as unknown as InfluxQL;
    expect(() => join([ident('a'), forged], influxql`, `)).toThrow('only InfluxQL fragments may be interpolated into a statement');
    expect(() => join([ident('a'), ident('b')], forged)).toThrow('only InfluxQL fragments may be interpolated into a statement');
    expect(() => join([], forged)).toThrow('only InfluxQL fragments may be interpolated into a statement');
    expect(join([ident('a'), ident('b'), integer(3)], influxql` AND `).text).toBe('"a" AND "b" AND 3');
    expect(join([], influxql`, `).text).toBe('');
    // A fragment is frozen: its text cannot be swapped after it was checked.
    const made = ident('a');
    expect(() => {
      (made as unknown as { text: string }).text = 'DROP DATABASE x';
    }).toThrow(TypeError);
    expect(influxql`SELECT ${made} FROM ${ident('m')} LIMIT ${integer(1)}`.text).toBe('SELECT "a" FROM "m" LIMIT 1');
    expect(influxql`${empty}`.text).toBe('');
  });

  it('refuses a template called as a plain function, even with a fragment', () => {
    const call = influxql as unknown as (strings: readonly string[], ...parts: InfluxQL[]) => InfluxQL;
    expect(() => call(['SELECT * FROM m; DROP DATABASE x'])).toThrow('influxql is a template tag');
    expect(() => call(Object.assign(['a', 'b'], { raw: 'a' }), ident('x'))).toThrow('influxql is a template tag');
  });

  it('escapes backslashes, quotes and newlines in identifiers and strings', () => {
    expect(ident('a\\b"c\'d\ne').text).toBe('"a\\\\b\\"c\'d\\ne"');
    expect(str('a\\b"c\'d\ne').text).toBe("'a\\\\b\"c\\'d\\ne'");
    expect(() => ident('a\rb')).toThrow('"a\\rb": InfluxQL cannot express a carriage return or NUL character');
    expect(() => str('\0')).toThrow('"\\u0000": InfluxQL cannot express a carriage return or NUL character');
  });

  it('writes a regex with its slashes escaped, refusing what would end it early', () => {
    expect(regex('a/b\\/c').text).toBe('/a\\/b\\\\/c/');
    expect(regexLiteralProblem('a\\')).toBe('a regex cannot end with a backslash (write \\x{5c})');
    expect(regexLiteralProblem('a\rb')).toBe('a regex cannot hold a raw newline, carriage return or NUL (write \\n)');
    expect(regexLiteralProblem('a\0b')).toBe('a regex cannot hold a raw newline, carriage return or NUL (write \\n)');
    expect(regexLiteralProblem('a\\\\b')).toBeUndefined();
    expect([fitsRegexLiteral('a\\'), fitsRegexLiteral('a\rb'), fitsRegexLiteral('a/b')]).toEqual([false, false, true]);
    expect(() => regex('a\\')).toThrow('"a\\\\": a regex cannot end with a backslash (write \\x{5c})');
    expect(literalPattern('a.b\\\u007f\u001f é')).toBe('a\\.b\\x{5c}\\x{7f}\\x{1f} é');
    expect(literalPattern('.+*?()|[]{}^$')).toBe('\\.\\+\\*\\?\\(\\)\\|\\[\\]\\{\\}\\^\\$');
  });

  it('writes integers and small or huge numbers in plain decimals', () => {
    expect(integer(-42).text).toBe('-42');
    expect(() => integer(NaN)).toThrow('NaN: not a safe integer');
    expect(number(1e-7).text).toBe('0.0000001');
    expect(number(-1.5e-7).text).toBe('-0.00000015');
    expect(number(1.5e21).text).toBe('1500000000000000000000.0');
    expect(number(-(2 ** 53)).text).toBe('-9007199254740992.0');
    expect(number(1.25).text).toBe('1.25');
    expect(number(-0).text).toBe('0');
    expect(() => number(-Infinity)).toThrow('-Infinity: not a finite number');
  });

  it('reads RFC3339 with a fraction and an offset, refusing impossible dates', () => {
    expect(rfc3339Nanos('2009-11-10T23:00:00.5Z')).toBe(1257894000500000000n);
    expect(rfc3339Nanos('2009-11-10T18:00:00-05:00')).toBe(1257894000000000000n);
    expect(rfc3339Nanos('2009-02-29T00:00:00Z')).toBeUndefined();
    expect(rfc3339Nanos('2008-02-29T00:00:00Z')).toBe(1204243200000000000n);
    expect(rfc3339Nanos('2009-03-31T00:00:00Z')).toBe(1238457600000000000n);
    expect(rfc3339Nanos('2009-11-10T25:00:00Z')).toBeUndefined();
    expect(rfc3339Nanos('2009-11-10T23:00:00.1234567890Z')).toBeUndefined();
    expect(rfc3339Nanos('x2009-11-10T23:00:00Z')).toBeUndefined();
    expect(rfc3339Nanos('2009-11-10T23:00:00Zx')).toBeUndefined();
  });
});

describe('raw queries: messages and limits', () => {
  it('names a long refused statement by the start of its canonical text', () => {
    const name = 'x'.repeat(100);
    expect(() => userQuery(`DROP DATABASE ${name}`, { admin: false, where: 'q' })).toThrow(
      `q: statement 1 (DropDatabaseStatement: DROP DATABASE ${'x'.repeat(66)}...) is not a read; without admin mode ("admin": true) only SELECT without INTO, EXPLAIN of one and SHOW of databases, measurements, series, tag keys, tag values, field keys, retention policies and continuous queries run`,
    );
    const exactly80 = `DROP DATABASE ${'x'.repeat(66)}`;
    expect(() => userQuery(exactly80, { admin: false })).toThrow(`(DropDatabaseStatement: ${exactly80}) is not a read`);
  });

  it('refuses only what is longer than 64 KiB', () => {
    const at = (length: number) => `SELECT v FROM m WHERE t = '${'x'.repeat(length - "SELECT v FROM m WHERE t = ''".length)}'`;
    expect(userQuery(at(64 * 1024), { admin: false }).text).toHaveLength(64 * 1024);
    expect(() => selectInto(at(64 * 1024 + 1), 'body.query')).toThrow('body.query: longer than 65536 characters');
  });

  it('lets a single read through with single, and admin statements with admin mode', () => {
    expect(userQuery('SHOW DATABASES', { admin: false, single: true }).text).toBe('SHOW DATABASES');
    expect(userQuery('SELECT v INTO x FROM m; DROP DATABASE y', { admin: true }).text).toBe('SELECT v INTO x FROM m; DROP DATABASE y');
    expect(() => userQuery('DROP DATABASE x; SHOW DATABASES', { admin: true, single: true })).toThrow('body.q: expected one statement, found 2');
  });

  it('names what it found when a continuous query is not one SELECT ... INTO', () => {
    expect(() => selectInto(';', 'q')).toThrow('q: must be exactly one SELECT ... INTO statement (found none)');
    expect(() => selectInto('SHOW DATABASES; SELECT v INTO x FROM m', 'q')).toThrow(
      'q: must be exactly one SELECT ... INTO statement (found ShowDatabasesStatement: SHOW DATABASES; SelectStatement with INTO: SELECT v INTO x FROM m)',
    );
    expect(() => selectInto('EXPLAIN SELECT v INTO x FROM m', 'q')).toThrow('(found ExplainStatement with INTO: EXPLAIN SELECT v INTO x FROM m)');
    expect(() => selectInto('SELECT v FROM m', 'q')).toThrow('(found SelectStatement: SELECT v FROM m)');
  });

  it('reports text the parser refuses as an InfluxQL syntax error naming where', () => {
    expect(() => selectInto("SELECT v INTO x FROM m WHERE h = 'a", 'q')).toThrow(/^q: InfluxQL syntax error: /);
  });
});
