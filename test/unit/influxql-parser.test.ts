import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isRead, userQuery } from '../../src/query/influxql.js';
import { parseInfluxQL, type Parsed } from '../../src/query/influxql-parser.js';

/** Each statement as `read:Type` or `admin:Type`, or the parser's error. */
function kinds(q: string, params?: Record<string, unknown>): string[] | string {
  const parsed = parseInfluxQL(q, params);
  if ('error' in parsed) return `${parsed.kind}: ${parsed.error}`;
  return parsed.statements.map((s) => `${isRead(s) ? 'read' : 'admin'}:${s.type}`);
}

const statementsOf = (parsed: Parsed) => {
  if ('error' in parsed) throw new Error(parsed.error);
  return parsed.statements;
};

describe("InfluxDB's parser: statements and their kind", () => {
  it.each([
    ['SHOW DATABASES', ['read:ShowDatabasesStatement']],
    ['select * from cpu; show measurements', ['read:SelectStatement', 'read:ShowMeasurementsStatement']],
    ['SELECT mean(v) INTO "x" FROM m GROUP BY time(1h)', ['admin:SelectStatement']],
    ['select v into x from m', ['admin:SelectStatement']],
    ['SELECT * FROM (SELECT v INTO x FROM m)', ['admin:SelectStatement']],
    ['EXPLAIN SELECT * FROM m', ['read:ExplainStatement']],
    ['EXPLAIN ANALYZE SELECT * FROM m', ['read:ExplainStatement']],
    ['EXPLAIN SELECT v INTO x FROM m', ['admin:ExplainStatement']],
    ['SHOW MEASUREMENT CARDINALITY', ['read:ShowMeasurementCardinalityStatement']],
    ['SHOW SERIES EXACT CARDINALITY', ['read:ShowSeriesCardinalityStatement']],
    ['SHOW TAG KEYS FROM m', ['read:ShowTagKeysStatement']],
    ['SHOW TAG KEY CARDINALITY', ['read:ShowTagKeyCardinalityStatement']],
    ['SHOW TAG VALUES WITH KEY = "k"', ['read:ShowTagValuesStatement']],
    ['SHOW TAG VALUES CARDINALITY WITH KEY = "k"', ['read:ShowTagValuesCardinalityStatement']],
    ['SHOW FIELD KEYS', ['read:ShowFieldKeysStatement']],
    ['SHOW FIELD KEY CARDINALITY', ['read:ShowFieldKeyCardinalityStatement']],
    ['SHOW RETENTION POLICIES ON d', ['read:ShowRetentionPoliciesStatement']],
    ['SHOW CONTINUOUS QUERIES', ['read:ShowContinuousQueriesStatement']],
    ['SHOW SERIES', ['read:ShowSeriesStatement']],
    // Server internals and other users' queries and rights: admin mode only.
    ['SHOW DIAGNOSTICS', ['admin:ShowDiagnosticsStatement']],
    ['SHOW STATS', ['admin:ShowStatsStatement']],
    ['SHOW QUERIES', ['admin:ShowQueriesStatement']],
    ['SHOW USERS', ['admin:ShowUsersStatement']],
    ['SHOW GRANTS FOR u', ['admin:ShowGrantsForUserStatement']],
    ['SHOW SHARDS', ['admin:ShowShardsStatement']],
    ['SHOW SHARD GROUPS', ['admin:ShowShardGroupsStatement']],
    ['SHOW SUBSCRIPTIONS', ['admin:ShowSubscriptionsStatement']],
    ['KILL QUERY 1', ['admin:KillQueryStatement']],
    ['CREATE DATABASE x', ['admin:CreateDatabaseStatement']],
    ['DROP MEASUREMENT m', ['admin:DropMeasurementStatement']],
    ['DELETE FROM m WHERE time < now()', ['admin:DeleteSeriesStatement']],
    ['ALTER RETENTION POLICY r ON d DURATION 1d', ['admin:AlterRetentionPolicyStatement']],
    ['GRANT ALL TO u', ['admin:GrantAdminStatement']],
    ['REVOKE ALL FROM u', ['admin:RevokeAdminStatement']],
    ["SET PASSWORD FOR u = 'x'", ['admin:SetPasswordUserStatement']],
    [';;SHOW DATABASES;;', ['read:ShowDatabasesStatement']],
    ['/* a comment */ SHOW DATABASES', ['read:ShowDatabasesStatement']],
    ['-- a comment\nSHOW DATABASES', ['read:ShowDatabasesStatement']],
  ])('%j', (q, expected) => {
    expect(kinds(q)).toEqual(expected);
  });

  it('reads issue 11 example 1 as SHOW DATABASES then DROP DATABASE: /*/ opens a comment', () => {
    const q = "SHOW /*/ ' */ DATABASES ; DROP DATABASE victim -- '";
    expect(kinds(q)).toEqual(['read:ShowDatabasesStatement', 'admin:DropDatabaseStatement']);
    expect(() => userQuery(q, { admin: false })).toThrow(/^body.q: statement 2 \(DropDatabaseStatement: DROP DATABASE victim\) is not a read/);
  });

  it('does not split on ; inside strings, identifiers, regexes and comments', () => {
    for (const q of [
      `SELECT * FROM "a;DROP DATABASE x" WHERE t = 'b;DROP DATABASE y' AND u =~ /c;DROP DATABASE z/ -- ;DROP\n`,
      'SELECT * FROM /a;DROP DATABASE b/',
      'SELECT * FROM m WHERE t =~ /x\\/;DROP DATABASE b/',
      'SELECT v /* ; DROP DATABASE x; */ FROM m',
      "SELECT v FROM m WHERE t = 'it\\'s; DROP'",
    ]) {
      expect(kinds(q), q).toEqual(['read:SelectStatement']);
    }
  });

  // The old hand-written lexer's traps: InfluxDB reads each as several statements, and so does its parser here.
  it.each([
    ['a carriage return ends a -- comment', 'SELECT v FROM m -- c\r; DROP DATABASE x'],
    ['a NUL ends a -- comment', 'SELECT v FROM m -- c \0; DROP DATABASE x'],
    ['a number eats a trailing dot, so / after it divides', 'SELECT v FROM m WHERE v > 1./2; DROP DATABASE x; SELECT v FROM m WHERE v > 1/2'],
    ['a wildcard may be divided', 'SELECT * / 1 FROM m; DROP DATABASE x; SELECT v /1 FROM m'],
    ['a regex may be divided', 'SELECT v FROM m WHERE t =~ /a/ / 2; DROP DATABASE x; SELECT v /1 FROM m'],
    ['a bound parameter may be divided', 'SELECT v FROM m WHERE v > $p /2; DROP DATABASE x; SELECT v /1 FROM m'],
    ['true may be divided', 'SELECT v FROM m WHERE true /2; DROP DATABASE x; SELECT v /1 FROM m'],
    ['a cast to a keyword type may be divided', 'SELECT v FROM m WHERE "t"::tag /2 > 0; DROP DATABASE x; SELECT v /1 FROM m'],
    ['a cast to field may be divided', 'SELECT v FROM m WHERE "t"::FIELD /2 > 0; DROP DATABASE x; SELECT v /1 FROM m'],
  ])('sees the hidden statement when %s', (_why, q) => {
    expect(kinds(q, { p: 1 })).toContain('admin:DropDatabaseStatement');
    expect(() => userQuery(q, { admin: false, params: { p: 1 } })).toThrow(/statement 2 \(DropDatabaseStatement: DROP DATABASE x\) is not a read/);
  });

  it.each([
    ["SELECT 'abc", /^syntax: found abc, expected/],
    ['SELECT "abc', /^syntax: found abc, expected/],
    ["SELECT 'a\nb'", /^syntax: /],
    ["SELECT 'a\\tb'", /^syntax: found \\t, expected/],
    // After a measurement, InfluxDB's parser reads / as the start of a regex, even /*.
    ['SELECT v FROM m /* ; DROP DATABASE x; */', /^syntax: found {2}, expected regex at line 1, char 16$/],
    ['SELECT * FROM m WHERE a =~ /abc', /^syntax: /],
    ['SELECT * FROM m WHERE a =~ /(/', /^syntax: error parsing regexp: missing closing \)/],
    ['SELECT v FROM m WHERE v > 99999999999999999999', /^syntax: unable to parse integer/],
    ['SELECT v FROM m WHERE v > $p', /^syntax: missing parameter: p/],
    ['DROP', /^syntax: found EOF, expected/],
  ])('reports %j with the parser message', (q, message) => {
    expect(kinds(q)).toMatch(message);
  });
});

describe("InfluxDB's parser: canonical text", () => {
  it('gives each statement its canonical text, which is what is sent', () => {
    const [a, b] = statementsOf(parseInfluxQL("  SELECT 'x;y' FROM m ;\n show   databases -- end"));
    expect(a!.text).toBe("SELECT 'x;y' FROM m");
    expect(b!.text).toBe('SHOW DATABASES');
    expect(userQuery("  SELECT 'x;y' FROM m ;\n show   databases -- end", { admin: false }).text).toBe("SELECT 'x;y' FROM m; SHOW DATABASES");
  });

  // influxql's own String() keeps three decimals of a number, writes fill(1e+06) and redacts passwords.
  it.each([
    ['SELECT v FROM m WHERE v > 0.0001', 'SELECT v FROM m WHERE v > 0.0001'],
    ['SELECT percentile(v, 99.9999) FROM m', 'SELECT percentile(v, 99.9999) FROM m'],
    ['SELECT v FROM m WHERE v > 5.0', 'SELECT v FROM m WHERE v > 5.0'],
    ['SELECT mean(v) FROM m GROUP BY time(1m) fill(1000000.0)', 'SELECT mean(v) FROM m GROUP BY time(1m) fill(1000000.0)'],
    ['SELECT mean(v) FROM m GROUP BY time(1m) fill(-0.5)', 'SELECT mean(v) FROM m GROUP BY time(1m) fill(-0.5)'],
    ["CREATE USER u WITH PASSWORD 'p\\'w' WITH ALL PRIVILEGES", "CREATE USER u WITH PASSWORD 'p\\'w' WITH ALL PRIVILEGES"],
    ['SET PASSWORD FOR "u x" = \'secret\'', 'SET PASSWORD FOR "u x" = \'secret\''],
    ["SELECT v FROM m TZ('Europe/Paris')", "SELECT v FROM m TZ('Europe/Paris')"],
  ])('writes %j exactly', (q, text) => {
    expect(statementsOf(parseInfluxQL(q)).map((s) => s.text)).toEqual([text]);
  });

  it('binds parameters in the parse: a value is one literal, whatever its text', () => {
    const [s] = statementsOf(parseInfluxQL('SELECT v FROM m WHERE h = $h AND v > $v AND t =~ $r', { h: "x'; DROP DATABASE d; --", v: 2, r: { regex: 'a/b' } }));
    expect(s).toEqual({ type: 'SelectStatement', into: false, text: "SELECT v FROM m WHERE h = 'x\\'; DROP DATABASE d; --' AND v > 2 AND t =~ /a\\/b/" });
    expect(kinds('SELECT v FROM $m', { m: { identifier: 'DROP DATABASE d' } })).toEqual(['read:SelectStatement']);
  });

  it('answers a query it has seen with the same statements, which nobody can change, and tells different params apart', () => {
    const first = parseInfluxQL('SELECT v FROM m WHERE h = $h', { h: 'a' });
    const again = parseInfluxQL('SELECT v FROM m WHERE h = $h', { h: 'a' });
    expect(again).toEqual(first);
    expect(Object.isFrozen(again) && statementsOf(again).every((s) => Object.isFrozen(s))).toBe(true);
    expect(statementsOf(parseInfluxQL('SELECT v FROM m WHERE h = $h', { h: 'b' }))[0]!.text).toBe("SELECT v FROM m WHERE h = 'b'");
  });

  it('refuses a query whose canonical text would not parse back to the same statements', () => {
    // A bound string holding a carriage return: InfluxQL can only write it raw, and InfluxDB reads a raw one as a newline.
    const parsed = parseInfluxQL('SELECT v FROM m WHERE h = $h', { h: 'a\rb' });
    expect(parsed).toEqual({ error: "InfluxQL's canonical text of this query does not parse back to the same statements", kind: 'canonical' });
    expect(() => userQuery('SELECT v FROM m WHERE h = $h', { admin: true, params: { h: 'a\rb' } })).toThrow(
      /^body.q: InfluxQL's canonical text of this query does not parse back to the same statements$/,
    );
  });
});

describe("InfluxDB's parser: limits", () => {
  it('refuses an expression nested deeper than its stack allows, and parses the next query as usual', () => {
    // 30 000 levels overflow any stack Node gives a thread (1 MiB on the main thread, 4 MiB in a worker).
    const parens = `SELECT ${'('.repeat(30_000)}v${')'.repeat(30_000)} FROM m`;
    expect(parseInfluxQL(parens)).toMatchObject({ kind: 'depth', error: expect.stringMatching(/^nests too deeply for InfluxQL's parser/) });
    expect(() => userQuery(parens, { admin: false })).toThrow(/^body\.q: nests too deeply for InfluxQL's parser/);
    expect(kinds('SHOW DATABASES; DROP DATABASE x')).toEqual(['read:ShowDatabasesStatement', 'admin:DropDatabaseStatement']);
    // A long OR chain overflows the main thread's stack but may fit a worker's: either way a clean answer, never a crash.
    const ors = `SELECT v FROM m WHERE ${Array.from({ length: 5000 }, (_, i) => `v = ${i}`).join(' OR ')}`;
    const parsed = parseInfluxQL(ors);
    if ('kind' in parsed) expect(parsed.kind).toBe('depth');
    else expect(parsed.statements.map((s) => s.type)).toEqual(['SelectStatement']);
    expect(kinds('SHOW DATABASES; DROP DATABASE x')).toEqual(['read:ShowDatabasesStatement', 'admin:DropDatabaseStatement']);
    expect(kinds(`SELECT ${'('.repeat(500)}v${')'.repeat(500)} FROM m`)).toEqual(['read:SelectStatement']);
  });

  it('refuses a raw query longer than 64 KiB before parsing it', () => {
    const long = `SELECT v FROM m WHERE t = '${'x'.repeat(64 * 1024)}'`;
    expect(() => userQuery(long, { admin: true })).toThrow('body.q: longer than 65536 characters');
  });
});

describe("InfluxDB's parser: properties", () => {
  const tricky = fc.string({ unit: fc.constantFrom(...`abSELECTINTODROPshow 019.*/\\-;'"\n\r\0$=~()`.split('')), maxLength: 60 });

  it('answers every input with statements or an error, never by failing', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 80 }), tricky), (q) => {
        const parsed = parseInfluxQL(q);
        if ('error' in parsed) expect(['syntax', 'canonical']).toContain(parsed.kind);
        else expect(parsed.text).toBe(parsed.statements.map((s) => s.text).join('; '));
      }),
      { numRuns: 2000 },
    );
  });

  it('a statement appended after ; is always seen, whatever came before it', () => {
    const safePrefix = fc.constantFrom('SELECT * FROM m', 'SHOW TAG VALUES WITH KEY = "k"', 'SELECT v FROM m WHERE t =~ /x/', 'SHOW DATABASES');
    fc.assert(
      fc.property(
        safePrefix,
        fc.constantFrom('DROP DATABASE x', 'CREATE DATABASE y', 'DELETE FROM m', 'SELECT v INTO z FROM m', 'SHOW DIAGNOSTICS'),
        (prefix, evil) => {
          const statements = statementsOf(parseInfluxQL(`${prefix}; ${evil}`));
          expect(statements.some((s) => !isRead(s))).toBe(true);
        },
      ),
    );
  });

  it('is a fixpoint: the canonical text parses to the same statements and the same text', () => {
    fc.assert(
      fc.property(tricky, (q) => {
        const parsed = parseInfluxQL(q);
        if ('error' in parsed) return;
        expect(parseInfluxQL(parsed.text)).toEqual(parsed);
      }),
      { numRuns: 2000 },
    );
  });
});
