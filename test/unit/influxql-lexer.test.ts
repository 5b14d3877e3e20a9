import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InfluxQLSyntaxError, lex, splitStatements } from '../../src/query/influxql-lexer.js';

const kinds = (q: string) => splitStatements(q).map((s) => (s.read ? `read:${s.keyword}` : `write:${s.keyword}`));

describe('InfluxQL lexer: statements and their kind', () => {
  it.each([
    ['SHOW DATABASES', ['read:SHOW']],
    ['select * from cpu; show measurements', ['read:SELECT', 'read:SHOW']],
    ['SELECT mean(v) INTO "x" FROM m GROUP BY time(1h)', ['write:SELECT']],
    ['select v into x from m', ['write:SELECT']],
    ['SELECT * FROM (SELECT v INTO x FROM m)', ['write:SELECT']],
    ['EXPLAIN SELECT * FROM m', ['read:EXPLAIN']],
    ['EXPLAIN ANALYZE SELECT * FROM m', ['read:EXPLAIN']],
    ['EXPLAIN SELECT v INTO x FROM m', ['write:EXPLAIN']],
    ['CREATE DATABASE x', ['write:CREATE']],
    ['DROP MEASUREMENT m', ['write:DROP']],
    ['DELETE FROM m WHERE time < now()', ['write:DELETE']],
    ['ALTER RETENTION POLICY r ON d DURATION 1d', ['write:ALTER']],
    ['GRANT ALL TO u', ['write:GRANT']],
    ['REVOKE ALL FROM u', ['write:REVOKE']],
    ['KILL QUERY 1', ['write:KILL']],
    ['SET PASSWORD FOR u = \'x\'', ['write:SET']],
    ['"SELECT" * FROM m', ['write:']],
    [';;SHOW DATABASES;;', ['read:SHOW']],
    ['/* a comment */ SHOW DATABASES', ['read:SHOW']],
    ['-- a comment\nSHOW DATABASES', ['read:SHOW']],
  ])('%s', (q, expected) => {
    expect(kinds(q)).toEqual(expected);
  });

  it('does not split on ; inside strings, identifiers, regexes and comments', () => {
    expect(kinds(`SELECT * FROM "a;DROP DATABASE x" WHERE t = 'b;DROP DATABASE y' AND u =~ /c;DROP DATABASE z/ -- ;DROP\n`)).toEqual(['read:SELECT']);
    expect(kinds(`SELECT * FROM /a;DROP DATABASE b/`)).toEqual(['read:SELECT']);
    expect(kinds(`SELECT * FROM m WHERE t =~ /x\\/;DROP DATABASE b/`)).toEqual(['read:SELECT']);
    expect(kinds(`SELECT v FROM m /* ; DROP DATABASE x; */`)).toEqual(['read:SELECT']);
    expect(kinds(`SELECT 'it\\'s; DROP' FROM m`)).toEqual(['read:SELECT']);
  });

  // InfluxDB reads each as several statements; test/influx/injection.test.ts runs six of them on the real server.
  it.each([
    ['a carriage return ends a -- comment', 'SELECT v FROM m -- c\r; DROP DATABASE x'],
    ['a number eats a trailing dot, so / after it divides', 'SELECT v FROM m WHERE v > 1./2; DROP DATABASE x; SELECT v FROM m WHERE v > 1/2'],
    ['a wildcard may be divided', 'SELECT * / 1 FROM m; DROP DATABASE x; SELECT v /1 FROM m'],
    ['a regex may be divided', 'SELECT v FROM m WHERE t =~ /a/ / 2; DROP DATABASE x; SELECT v /1 FROM m'],
    ['a bound parameter may be divided', 'SELECT v FROM m WHERE v > $p /2; DROP DATABASE x; SELECT v /1 FROM m'],
    ['true may be divided', 'SELECT v FROM m WHERE true /2; DROP DATABASE x; SELECT v /1 FROM m'],
    ['a cast to a keyword type may be divided', 'SELECT v FROM m WHERE "t"::tag /2 > 0; DROP DATABASE x; SELECT v /1 FROM m'],
    ['a cast to field may be divided', 'SELECT v FROM m WHERE "t"::FIELD /2 > 0; DROP DATABASE x; SELECT v /1 FROM m'],
  ])('sees the hidden statement when %s', (_why, q) => {
    expect(kinds(q)).toContain('write:DROP');
  });

  it('refuses a NUL character: InfluxDB ends a -- comment there and reads on', () => {
    expect(() => splitStatements('SELECT v FROM m -- c \0; DROP DATABASE x')).toThrow(InfluxQLSyntaxError);
  });

  it.each([
    ["SELECT 'abc", /unterminated string/],
    ['SELECT "abc', /unterminated quoted identifier/],
    ["SELECT 'a\nb'", /unterminated string/],
    ["SELECT 'a\\tb'", /bad escape/],
    ['SELECT * FROM m WHERE a =~ /abc', /unterminated regex/],
    ['SELECT * FROM m /* abc', /unterminated \/\* comment/],
  ])('reports %j as a syntax error', (q, message) => {
    expect(() => splitStatements(q)).toThrow(message);
  });

  it('gives each statement its own source text', () => {
    const [a, b] = splitStatements("  SELECT 'x;y' FROM m ;\n SHOW DATABASES -- end");
    expect(a!.text).toBe("SELECT 'x;y' FROM m");
    expect(b!.text).toBe('SHOW DATABASES');
  });

  it('lexes the token kinds InfluxDB has', () => {
    expect(lex(`SELECT "a"."b", 'c', 1.5, 10m, $p FROM /re/ WHERE x =~ /y/`).map((t) => t.kind)).toEqual([
      'word', 'ident', 'punct', 'ident', 'punct', 'string', 'punct', 'number', 'punct', 'number', 'punct', 'param', 'word', 'regex', 'word', 'word', 'punct', 'regex',
    ]);
  });
});

describe('InfluxQL lexer: properties', () => {
  it('never fails with anything but a syntax error, whatever the input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (q) => {
        try {
          splitStatements(q);
        } catch (err) {
          expect(err).toBeInstanceOf(InfluxQLSyntaxError);
        }
      }),
      { numRuns: 3000 },
    );
  });

  // Characters that matter to the lexer, so that random queries hit its corners.
  const tricky = fc.string({ unit: fc.constantFrom(...`abSELECTINTODROPshow 019.*/\\-;'"\n\r$=~()`.split('')), maxLength: 60 });

  it('drops nothing but whitespace and comments between tokens, which come in order', () => {
    fc.assert(
      fc.property(tricky, (q) => {
        let tokens;
        try {
          tokens = lex(q);
        } catch {
          return;
        }
        let at = 0;
        for (const t of [...tokens, { start: q.length, end: q.length, text: '' }]) {
          expect(t.start).toBeGreaterThanOrEqual(at);
          expect(q.slice(at, t.start)).toMatch(/^([ \t\n\r]|--[^\n\r]*|\/\*[\s\S]*?\*\/)*$/);
          expect(q.slice(t.start, t.end)).toBe(t.text);
          at = t.end;
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('a statement appended after ; is always seen, whatever came before it', () => {
    const safePrefix = fc.constantFrom('SELECT * FROM m', "SHOW TAG VALUES WITH KEY = \"k\"", 'SELECT v FROM m WHERE t =~ /x/', 'SHOW DATABASES');
    fc.assert(
      fc.property(safePrefix, fc.constantFrom('DROP DATABASE x', 'CREATE DATABASE y', 'DELETE FROM m', 'SELECT v INTO z FROM m'), (prefix, evil) => {
        const statements = splitStatements(`${prefix}; ${evil}`);
        expect(statements.some((s) => !s.read)).toBe(true);
      }),
    );
  });

  it('is stable: re-lexing a statement text gives the same tokens', () => {
    fc.assert(
      fc.property(tricky, (q) => {
        let statements;
        try {
          statements = splitStatements(q);
        } catch {
          return;
        }
        for (const s of statements) {
          expect(lex(s.text).map((t) => t.text)).toEqual(s.tokens.map((t) => t.text));
        }
      }),
      { numRuns: 3000 },
    );
  });
});
