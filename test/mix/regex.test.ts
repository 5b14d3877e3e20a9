import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compilePattern, maxPatternLength } from '../../src/libs/regex.js';
import { fitsRegexLiteral, ident, influxql, regex } from '../../src/query/influxql.js';
import { maxInfluxProgramSize } from '../../src/operator/mix/influx-filter.js';
import { direct, dropIndices, flavors, seed, type Instance } from '../es/es-helpers.js';
import { buildTestApp } from '../helpers.js';
import { directRows, influxDirect, writeDirect } from '../influx/support.js';
import { redosCorpus } from '../redos-corpus.js';
import { mix, ok, refused } from './fixtures.js';

const P = 'regex11';
const db = `${P}_texts`;
const index = `${P}-texts`;

// Classes, cases, code points outside the BMP, Unicode digits and letters, punctuation regexes and wildcards give a meaning to.
const texts = [
  'web-01',
  'WEB-02',
  'db-01',
  'Web-01 db',
  'web',
  'été',
  'ÉTÉ',
  'Ünïcödé',
  '日本語',
  '😀',
  'a😀b',
  'ab',
  'a b',
  'k',
  '\u212a',
  'λόγος',
  'x.y',
  'x+y',
  'a/b',
  'a\\b',
  'a*b',
  'a?b',
  'tab\there',
  '123',
  '٣',
  'q"uote',
];

const lineTag = (v: string) => v.replace(/[ ,=]/g, (c) => `\\${c}`);
const lineString = (v: string) => `"${v.replace(/["\\]/g, (c) => `\\${c}`)}"`;
const idsOf = (rows: { i: number }[]) => rows.map((r) => r.i).sort((a, b) => a - b);
const matching = (pattern: string, values: readonly string[]) => {
  const re = compilePattern(pattern);
  return values.flatMap((v, i) => (re.test(v) ? [i] : []));
};

let app: FastifyInstance;
beforeAll(async () => {
  app = await buildTestApp();
  await influxDirect(`DROP DATABASE "${db}"; CREATE DATABASE "${db}"`);
  await writeDirect(db, texts.map((t, i) => `texts,t=${lineTag(t)} s=${lineString(t)},i=${i}i ${1_600_000_000 + i}`).join('\n'), 's');
  const stored = await directRows('SELECT * FROM texts', db);
  expect(stored.map((r) => [r.s, r.t])).toEqual(texts.map((t) => [t, t]));
});
afterAll(async () => {
  await influxDirect(`DROP DATABASE "${db}"`);
  await Promise.all(flavors.map(({ instance }) => dropIndices(instance, P)));
  await app.close();
});

const pipelineOn = (source: object, column: string, pattern: string, pushdown = true) => ({
  sources: { t: source },
  pipeline: [{ filter: { [column]: { regex: pattern } } }],
  options: { pushdown },
});

describe('the ReDoS corpus through POST /mix/query, over rows from InfluxDB', () => {
  const corpus = redosCorpus();
  // Every class's adversarial texts (up to 40 000 bytes: InfluxDB's strings hold 64 KiB), and one of 60 000 characters.
  const values = [...new Set(corpus.flatMap((c) => [28, 1_000, 10_000].flatMap((n) => c.inputs(n)))), `${'a'.repeat(60_000)}!`];
  const redosDb = `${P}_redos`;
  beforeAll(async () => {
    await influxDirect(`DROP DATABASE "${redosDb}"; CREATE DATABASE "${redosDb}"`);
    await writeDirect(redosDb, values.map((v, i) => `redos v=${lineString(v)},i=${i}i ${1_600_000_000 + i}`).join('\n'), 's');
  });
  afterAll(() => influxDirect(`DROP DATABASE "${redosDb}"`));

  // 378 patterns x 103 texts, in memory and, for small programs, pushed into InfluxDB (then checked again in memory); the timeout is the bound.
  it('keeps exactly the rows each pattern means, pushed down or not', async () => {
    // RE2's reading first (a backtracking engine would read "p" then "L", and then hang on the corpus).
    const letters = ok(await mix(app, pipelineOn({ influx: 'default', db, measurement: 'texts' }, 's', '^\\pL+$', false))).rows.map((r: { s: string }) => r.s);
    expect(letters.sort()).toEqual(['web', 'été', 'ÉTÉ', 'Ünïcödé', '日本語', 'ab', 'k', '\u212a', 'λόγος'].sort());
    expect(values).toHaveLength(103);
    const source = { influx: 'default', db: redosDb, measurement: 'redos' };
    let pushed = 0;
    const tooLarge = new Set<string>();
    for (const { pattern, expected } of corpus) {
      const want = values.flatMap((v, i) => (expected(v) ? [i] : []));
      const plan = ok(await mix(app, pipelineOn(source, 'v', pattern), { explain: true }));
      const cheap = compilePattern(pattern).programSize <= maxInfluxProgramSize;
      expect(plan.sources.t.pushed, pattern).toHaveLength(cheap ? 1 : 0);
      pushed += plan.sources.t.pushed.length;
      for (const pushdown of cheap ? [false, true] : [false]) {
        const answer = await mix(app, pipelineOn(source, 'v', pattern, pushdown));
        // DuckDB's RE2 has less memory for a program than the gateway's instruction count allows: a 400 naming the step.
        if (answer.status === 400) {
          expect(refused(answer, 400, 40000)).toMatch(/^body\.pipeline\.0(\.filter)?.*: a regex compiles too large for the engine's RE2/);
          tooLarge.add(pattern);
          continue;
        }
        expect(idsOf(ok(answer).rows), `${pattern} pushdown ${pushdown}`).toEqual(want);
      }
    }
    expect(pushed).toBeGreaterThan(200);
    expect([...tooLarge].sort()).toEqual(['^(\\pL{1,500})+$', '^(\\pL{1,500})+x$', '^\\pL{1000}$', '^\\pL{1000}x$'].sort());
  }, 900_000);
});

describe('patterns RE2 refuses, through POST /mix/query', () => {
  const source = { influx: 'default', db, measurement: 'texts' };
  it('are a 400 naming the field, with RE2 reason', async () => {
    const cases: [unknown, string][] = [
      [{ s: { regex: '(a)\\1' } }, 'body.pipeline.0.filter.s.regex: error parsing regexp: invalid escape sequence: `\\1`'],
      [
        { or: [{ s: { eq: 'a' } }, { not: { t: { regex: '(?=web)' } } }] },
        'body.pipeline.0.filter.or.1.not.t.regex: error parsing regexp: invalid or unsupported Perl syntax: `(?=`',
      ],
      [{ s: { regex: '(?<!a)b' } }, 'body.pipeline.0.filter.s.regex: error parsing regexp: invalid named capture: `(?<!a)b`'],
      [{ s: { regex: '^(a+){2,1001}$' } }, 'body.pipeline.0.filter.s.regex: error parsing regexp: invalid repeat count: `{2,1001}`'],
      [{ s: { regex: '[z-a]' } }, 'body.pipeline.0.filter.s.regex: error parsing regexp: invalid character class range: `z-a`'],
      [{ s: { regex: 'a'.repeat(maxPatternLength + 1) } }, `body.pipeline.0.filter.s.regex: a regex is at most ${maxPatternLength} characters`],
      [{ s: { regex: '(a{1,1000})+' } }, 'body.pipeline.0.filter.s.regex: the regex compiles to 2004 RE2 instructions, more than 1200'],
    ];
    for (const [filter, message] of cases) {
      const body = { sources: { t: source }, pipeline: [{ filter }] };
      expect(refused(await mix(app, body), 400, 40000), message).toContain(message);
    }
  });
});

describe('pushdown into InfluxDB: Go regexp there, RE2 here', () => {
  const patterns = [
    '^web',
    '(?i)^web',
    '01$',
    '[a-c]',
    '[[:upper:]]',
    '\\pL',
    '^\\pL+$',
    '^\\p{Greek}+$',
    '^.$',
    '^..$',
    '^...$',
    'a.b',
    '^a.b$',
    '(?i)k',
    '(?i)K',
    '\\x{212A}',
    '(?i)été',
    '(?i)ÜNÏ',
    'é',
    '\\d',
    '^\\d+$',
    '\\pN',
    '^$',
    '',
    '\\bweb\\b',
    'x\\.y',
    'x+y',
    'x\\+y',
    'a/b',
    '/',
    '\\x{1F600}',
    '[😀]',
    '[^\\x00-\\x7F]',
    '\\t',
    '\\s',
    '(web|db)-0[12]',
    '\\Q*\\E',
    '^(?:\\pL|\\pN)+$',
    '\\PL',
    '\\p{Han}',
    '(?U)a+b',
    '[\\p{Lu}]',
    '^a\\\\b$',
    'b\\z',
    '(?m)^db',
    '(?s)a.b',
    '[^a-z]',
    'web(?:-0[1-9])?$',
    '"',
    '\\\\',
    '(?P<n>web)',
  ];

  it('matches the same texts in a field and in a tag, as InfluxDB evaluates the pushed regex', async () => {
    let compared = 0;
    for (const pattern of patterns) {
      if (!fitsRegexLiteral(pattern)) continue;
      for (const column of ['s', 't']) {
        const q = influxql`SELECT ${ident('i')} FROM ${ident('texts')} WHERE ${ident(column)} =~ ${regex(pattern)}`.text;
        const [result] = await influxDirect(q, db);
        const ids = (result?.series?.[0]?.values ?? []).map((row) => row[1] as number).sort((a, b) => a - b);
        expect(ids, `${column} =~ ${pattern}`).toEqual(matching(pattern, texts));
        compared++;
      }
    }
    expect(compared).toBe(2 * (patterns.length - 1));
  });

  it('gives the rows of the in-memory run, and pushes every pattern InfluxDB reads alike', async () => {
    const source = { influx: 'default', db, measurement: 'texts' };
    let pushed = 0;
    for (const pattern of patterns) {
      for (const column of ['s', 't']) {
        const plan = ok(await mix(app, pipelineOn(source, column, pattern), { explain: true }));
        pushed += plan.sources.t.pushed.length;
        const on = idsOf(ok(await mix(app, pipelineOn(source, column, pattern))).rows);
        const off = idsOf(ok(await mix(app, pipelineOn(source, column, pattern, false))).rows);
        expect(on, `${column} =~ ${pattern}`).toEqual(off);
        expect(off, `${column} =~ ${pattern}`).toEqual(matching(pattern, texts));
      }
    }
    // Not pushed: a pattern ending in a backslash (InfluxQL's scanner) and a named group (InfluxDB 1.x's Go).
    expect(pushed).toBe(2 * (patterns.length - 2));
  });
});

describe('pushdown into Elasticsearch and OpenSearch: literal text only, as a term or a wildcard', () => {
  const values = [...texts, 'a\\*b', 'a-01', '', ' '];
  const literal = [
    'web',
    '^web',
    '01$',
    '^web-01$',
    '^WEB',
    'é',
    '^été$',
    '😀',
    'a😀b',
    '^日本',
    'a\\*b',
    'a\\?b',
    'a\\\\b',
    '^a\\\\b$',
    'a\\\\\\*b',
    'x\\.y',
    'x\\+y',
    '\\/',
    '',
    '^$',
    '$',
    '^',
    ' ',
    '\\-01',
    '"',
    '\u212a',
  ];
  // Escaped space is literal in RE2 too, but only escaped punctuation is taken as literal.
  const other = ['a.b', '(?i)web', '[ab]', 'x+y', '^\\pL$', 'a|b', '\\ '];

  beforeAll(async () => {
    for (const { instance } of flavors) {
      await dropIndices(instance, P);
      await direct(instance, 'PUT', `/${index}`, {
        settings: { number_of_shards: 1, number_of_replicas: 0 },
        mappings: { properties: { s: { type: 'keyword' }, i: { type: 'integer' } } },
      });
      await seed(
        instance,
        index,
        values.map((s, i) => ({ s, i })),
      );
    }
  });

  const searchIds = async (instance: Instance, query: object) => {
    const res = await direct<{ hits: { hits: { _source: { i: number } }[] } }>(instance, 'POST', `/${index}/_search`, { query, size: 1000 });
    return res.hits.hits.map((h) => h._source.i).sort((a, b) => a - b);
  };

  it.each(flavors)('pushes a literal pattern, whose query finds exactly the texts RE2 matches ($name)', async ({ instance }) => {
    const source = { es: instance, index };
    for (const pattern of [...literal, ...other]) {
      const plan = ok(await mix(app, pipelineOn(source, 's', pattern), { explain: true }));
      expect(plan.sources.t.pushed, pattern).toHaveLength(literal.includes(pattern) ? 1 : 0);
      if (literal.includes(pattern)) expect(await searchIds(instance, plan.sources.t.query.body.query), pattern).toEqual(matching(pattern, values));
      const on = idsOf(ok(await mix(app, pipelineOn(source, 's', pattern))).rows);
      const off = idsOf(ok(await mix(app, pipelineOn(source, 's', pattern, false))).rows);
      expect(on, pattern).toEqual(off);
      expect(off, pattern).toEqual(matching(pattern, values));
    }
  });
});
