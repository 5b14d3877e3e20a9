import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, bodyOf, buildTestApp } from '../helpers.js';
import { directNames, directRows, influxDirect, writeDirect } from './support.js';

/**
 * The classifier against InfluxDB 1.6.7 itself. Every statement kind, with comments, regexes,
 * strings and quoted identifiers put into every gap between its tokens; and read statements
 * with an opener in a gap, a hidden statement after `;` and a closer at the end (issue 11's
 * example 1 is one of them). Two properties:
 * - whatever the gateway accepts with a read token leaves the victim database as it was;
 * - whatever InfluxDB, sent the same text directly, would run as a non-read, the gateway refused.
 */
const victim = 'influxql_dv';
const user = 'influxql_du';
const points = 'keep,t=a v=1 1\nkeep,t=b v=2 2\nkeep,t=c v=3 3';

const reads = [
  'SELECT v FROM keep',
  `SELECT v FROM keep WHERE t = 'a'`,
  'SELECT mean(v) FROM keep WHERE t =~ /a|b/ GROUP BY t',
  'SHOW DATABASES',
  'SHOW MEASUREMENTS',
  'SHOW MEASUREMENT CARDINALITY',
  'SHOW SERIES FROM keep',
  'SHOW SERIES CARDINALITY',
  'SHOW TAG KEYS FROM keep',
  'SHOW TAG KEY CARDINALITY',
  'SHOW TAG VALUES WITH KEY = "t"',
  'SHOW TAG VALUES CARDINALITY WITH KEY = "t"',
  'SHOW FIELD KEYS FROM keep',
  'SHOW FIELD KEY CARDINALITY',
  `SHOW RETENTION POLICIES ON ${victim}`,
  'SHOW CONTINUOUS QUERIES',
  'EXPLAIN SELECT v FROM keep',
  'EXPLAIN ANALYZE SELECT v FROM keep',
];

// Each aims at the victim, so that one that got through the gateway would show.
const nonReads = [
  `DROP DATABASE ${victim}`,
  `CREATE DATABASE influxql_made`,
  'DROP MEASUREMENT keep',
  `DELETE FROM keep WHERE t = 'a'`,
  'DROP SERIES FROM keep',
  'SELECT v INTO copied FROM keep',
  'SELECT * INTO copied FROM keep GROUP BY *',
  'EXPLAIN SELECT v INTO copied FROM keep',
  'EXPLAIN ANALYZE SELECT v INTO copied FROM keep',
  `CREATE RETENTION POLICY made ON ${victim} DURATION 1d REPLICATION 1`,
  `ALTER RETENTION POLICY keep_rp ON ${victim} DURATION 2d`,
  `DROP RETENTION POLICY keep_rp ON ${victim}`,
  `CREATE CONTINUOUS QUERY made ON ${victim} BEGIN SELECT mean(v) INTO made FROM keep GROUP BY time(1h) END`,
  `DROP CONTINUOUS QUERY keep_cq ON ${victim}`,
  `CREATE USER ${user} WITH PASSWORD 'x'`,
  `SET PASSWORD FOR ${user} = 'y'`,
  `GRANT READ ON ${victim} TO ${user}`,
  `REVOKE READ ON ${victim} FROM ${user}`,
  `GRANT ALL TO ${user}`,
  `REVOKE ALL FROM ${user}`,
  `DROP USER ${user}`,
  'KILL QUERY 999999999',
  'DROP SHARD 999999999',
  'SHOW DIAGNOSTICS',
  'SHOW STATS',
  'SHOW QUERIES',
  'SHOW USERS',
  `SHOW GRANTS FOR ${user}`,
  'SHOW SHARDS',
  'SHOW SHARD GROUPS',
  'SHOW SUBSCRIPTIONS',
];

// What goes into a gap: comments (with and without their end), regexes and strings holding the
// characters that end other tokens, quoted identifiers with `;`, and lone openers.
const fragments = [
  '-- c\n',
  '-- c',
  '--\r',
  '/* c */',
  "/*/ ' */",
  '/*/',
  '/*',
  '*/',
  '/a*b/',
  "/';/",
  '/"/',
  "'it\\'s'",
  "';--'",
  '"a;b"',
  '"\\""',
  "'",
  '"',
  '/',
  '\0',
];

// Where spacing changes the reading (`keep/`, `'a'/*`), also put in without spaces.
const sticky = new Set(['/*/', '/*', '/a*b/', "'", '"', '/', '-- c']);

// Read statement + opener in a gap + `; hidden` + closer at the end: SHOW /*/ ' */ DATABASES ; DROP ... -- '
const openers = ["/*/ ' */", '/* " */', "-- '\n", "'/*'", '"\'"', "/'/", "/*/ '", "'", '/', '--', '/*'];
const closers = ['', "-- '", '-- */', "'", '*/'];

interface Case {
  text: string;
  /** Whether InfluxDB running the case means it ran a non-read (a non-read base statement). */
  nonRead: boolean;
  /** A database that exists after a direct run only if InfluxDB ran the hidden statement. */
  marker?: string;
}

/** The text with `fragment` put into gap `gap` (0: before the first token), with spaces around it or without. */
function insert(statement: string, gap: number, fragment: string, tight: boolean): string {
  const tokens = statement.split(' ');
  const s = tight ? '' : ' ';
  return [tokens.slice(0, gap).join(' '), fragment, tokens.slice(gap).join(' ')].filter((part) => part !== '').join(s);
}

const gaps = (statement: string) => Array.from({ length: statement.split(' ').length + 1 }, (_, gap) => gap);

function generate(): { cases: Case[]; destructive: string[] } {
  const cases: Case[] = [];
  for (const [list, nonRead] of [
    [reads, false],
    [nonReads, true],
  ] as const) {
    for (const statement of list) {
      for (const gap of gaps(statement)) {
        for (const fragment of fragments) {
          cases.push({ text: insert(statement, gap, fragment, false), nonRead });
          if (sticky.has(fragment)) cases.push({ text: insert(statement, gap, fragment, true), nonRead });
        }
      }
    }
  }
  // Through the gateway the hidden statement also destroys; sent directly it creates a database that tells it ran.
  const destructive: string[] = [];
  const hidden = [`DROP DATABASE ${victim}`, 'DROP MEASUREMENT keep', 'DELETE FROM keep', 'SELECT * INTO copied FROM keep GROUP BY *'];
  for (const statement of reads.slice(0, 8)) {
    for (const gap of gaps(statement)) {
      for (const opener of openers) {
        for (const closer of closers) {
          const marker = `influxql_h${cases.length}`;
          const text = (evil: string) => `${insert(statement, gap, opener, false)} ; ${evil} ${closer}`;
          cases.push({ text: text(`CREATE DATABASE ${marker}`), nonRead: false, marker });
          destructive.push(text(hidden[destructive.length % hidden.length]!));
        }
      }
    }
  }
  return { cases, destructive };
}

/** Runs `task` over `items`, `width` at a time. */
async function pool<T, R>(items: readonly T[], width: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await task(items[i]!);
      }
    }),
  );
  return out;
}

async function victimState() {
  const [cqs] = await influxDirect('SHOW CONTINUOUS QUERIES');
  return {
    databases: (await directNames('SHOW DATABASES')).filter((d) => d.startsWith('influxql_')).sort(),
    measurements: await directNames('SHOW MEASUREMENTS', victim),
    points: await directRows('SELECT * FROM keep', victim),
    retentionPolicies: await directRows(`SHOW RETENTION POLICIES ON ${victim}`, victim),
    continuousQueries: cqs?.series?.find((s) => s.name === victim)?.values,
    users: (await directNames('SHOW USERS')).filter((u) => u.startsWith('influxql_')),
  };
}

describe('the InfluxQL classifier against InfluxDB 1.6.7 itself', () => {
  const reader = 'hm_influxql_diff_reader';
  const { cases, destructive } = generate();
  let app: FastifyInstance;

  beforeAll(async () => {
    app = await buildTestApp({ auth: { tokens: { reader: { sha256: createHash('sha256').update(reader).digest('hex'), scopes: ['read:*/*'] } } } });
    await influxDirect(`CREATE DATABASE ${victim}`);
    await influxDirect(`CREATE RETENTION POLICY keep_rp ON ${victim} DURATION 30d REPLICATION 1`);
    await influxDirect(`CREATE CONTINUOUS QUERY keep_cq ON ${victim} BEGIN SELECT mean(v) INTO keep_mean FROM keep GROUP BY time(1h) END`);
    await writeDirect(victim, points);
  });
  afterAll(async () => {
    for (const name of await directNames('SHOW DATABASES')) if (name.startsWith('influxql_')) await influxDirect(`DROP DATABASE "${name}"`);
    for (const name of await directNames('SHOW USERS')) if (name.startsWith('influxql_')) await influxDirect(`DROP USER "${name}"`);
    await app.close();
  });

  it(`holds for ${cases.length + destructive.length} generated queries`, async () => {
    const before = await victimState();
    expect(before.points).toHaveLength(3);

    // 1. Through the gateway with a read token: refused (400 naming body.q) or run as reads.
    const texts = [...cases.map((c) => c.text), ...destructive];
    const accepted = await pool(texts, 8, async (q) => {
      const res = await app.inject({
        method: 'POST',
        url: `/influx/default/databases/${victim}/query`,
        headers: { authorization: `Bearer ${reader}` },
        payload: { q },
      });
      const refused = res.statusCode === 400 && bodyOf(res).message.startsWith('body.q: ');
      // Accepted: InfluxDB answered, with data or with its own error.
      if (!refused) expect([200, 400, 404], `${JSON.stringify(q)} -> ${res.statusCode} ${res.body}`).toContain(res.statusCode);
      return !refused;
    });
    expect(await victimState()).toEqual(before);

    // 2. The same texts sent to InfluxDB directly: what it runs as a non-read, the gateway refused.
    const ran = await pool(cases, 16, async (c) => {
      if (!c.nonRead && !c.marker) return false;
      const res = await fetch(`${backends().influx}/query`, { method: 'POST', body: new URLSearchParams({ q: c.text, db: victim }) });
      const body = (await res.json()) as { error?: string };
      return c.nonRead && res.status === 200 && body.error === undefined;
    });
    const databases = new Set(await directNames('SHOW DATABASES'));
    const ranNonRead = cases.map((c, i) => ran[i]! || (c.marker !== undefined && databases.has(c.marker)));
    const holes = cases.filter((c, i) => ranNonRead[i] && accepted[i]).map((c) => c.text);
    expect(holes).toEqual([]);

    const count = (flags: boolean[]) => flags.filter(Boolean).length;
    const hiddenRan = cases.filter((c, i) => c.marker !== undefined && ranNonRead[i]).length;
    process.stderr.write(
      `[influxql-differential] ${cases.length} cases sent both ways + ${destructive.length} destructive variants through the gateway; ` +
        `gateway accepted ${count(accepted)}; InfluxDB ran a non-read in ${count(ranNonRead)} (${hiddenRan} hidden statements), all refused by the gateway\n`,
    );
    // Enough of each outcome for the properties to mean something; example 1 is among the cases.
    expect(cases.some((c) => c.text === `SHOW /*/ ' */ DATABASES ; CREATE DATABASE ${c.marker} -- '`)).toBe(true);
    expect(count(accepted)).toBeGreaterThan(500);
    expect(hiddenRan).toBeGreaterThan(100);
    expect(count(ranNonRead) - hiddenRan).toBeGreaterThan(800);
  }, 240_000);
});

describe('the canonical text InfluxDB gets answers as the text the user wrote', () => {
  const db = 'influxql_canon';
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestApp();
    await influxDirect(`CREATE DATABASE ${db}`);
    await writeDirect(db, "frac,t=a v=0.00005 1\nfrac,t=b v=0.0001 2\nfrac,t=c v=0.00015 3\nfrac,t=a/b v=1000000.5 4\nfrac,t=it\\'s v=-2.5 5");
  });
  afterAll(async () => {
    await influxDirect(`DROP DATABASE ${db}`);
    await app.close();
  });

  // Where influxql's own String() would change the meaning: numbers cut to three decimals, fill(1e+06).
  it.each([
    'SELECT v FROM frac WHERE v > 0.0001',
    'SELECT v FROM frac WHERE v < 0.00012 AND v > -0.0000001',
    'SELECT percentile(v, 99.9999) FROM frac',
    'SELECT v FROM frac WHERE v >= 1000000.5',
    'SELECT v * 0.0001 FROM frac',
    'SELECT mean(v) FROM frac WHERE time <= 10 GROUP BY time(2ns) fill(1000000.0)',
    "SELECT v FROM frac WHERE t = 'it\\'s'",
    'SELECT v FROM frac WHERE t =~ /a\\/b/',
    'SELECT v FROM frac WHERE t =~ /^(a|b)$/ -- a comment',
    'SELECT v /* a comment */ FROM "frac" WHERE "t" != \'a\'',
    "SELECT v FROM frac TZ('Europe/Paris')",
    'SELECT count(v) FROM frac WHERE v > 1e3',
    'SHOW TAG VALUES FROM frac WITH KEY = "t" WHERE "t" =~ /\'/',
  ])('%s', async (q) => {
    const res = await app.inject({ method: 'POST', url: `/influx/default/databases/${db}/query`, payload: { q } });
    const direct = await fetch(`${backends().influx}/query`, { method: 'POST', body: new URLSearchParams({ q, db }) });
    const expected = (await direct.json()) as { error?: string; results?: { series?: unknown[]; error?: string }[] };
    if (expected.error !== undefined || expected.results?.[0]?.error !== undefined) {
      expect(res.statusCode, res.body).toBe(400);
      return;
    }
    expect(res.statusCode, res.body).toBe(200);
    expect(bodyOf<{ series: unknown[] }[]>(res).data.map((r) => r.series)).toEqual(expected.results!.map((r) => r.series ?? []));
  });
});
