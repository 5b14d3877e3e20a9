import { describe, expect, it } from 'vitest';
import { Code } from '../../src/libs/code.js';
import { isAppError } from '../../src/libs/errors.js';
import { mixQueryExample, parseMixQuery } from '../../src/parser/pipeline.js';
import { pipelineToText } from '../../src/parser/pipeline-print.js';
import { maxTextDepth, pipelineBodyOf, pipelineFromText, pipelineTextExample } from '../../src/parser/pipeline-text.js';

const source = 'from cpu = influx:default/telegraf/cpu';

/** The JSON of the steps after one source. */
const steps = (text: string) => pipelineFromText(`${source}\n${text}`).pipeline;

/** The 400 message for a text. */
function refusal(text: string | (() => unknown)): string {
  try {
    if (typeof text === 'string') pipelineFromText(text);
    else text();
  } catch (err) {
    if (!isAppError(err)) throw err;
    expect(err.code).toBe(Code.VALIDATION);
    expect(err.status).toBe(400);
    return err.message;
  }
  throw new Error('expected a refusal');
}

describe('the pipeline text: sources and options', () => {
  it("writes DESIGN.md's example as text, and that text compiles to the example", () => {
    const text = [
      'from hosts = es:default/hosts query {"term": {"env": "prod"}} fields ["hostname", "region"]',
      'from cpu = influx:default/telegraf/cpu select {"cpu": {"mean": "usage_user"}} where {"time": {"gte": "now-1h"}} groupBy ["host"]',
      '| join hosts with cpu how left on hostname = host',
      '| where cpu > 80',
      '| stats count() as hosts, avg(cpu) as avgCpu by region',
      '| sort avgCpu desc',
      '| limit 10',
      '| into es:default/`hot-regions` id region',
    ].join('\n');
    expect(pipelineFromText(text)).toEqual(mixQueryExample);
    expect(pipelineToText(mixQueryExample)).toBe(text.replaceAll(': ', ':').replaceAll(', "', ',"'));
  });

  it('names each source kind by its head: es, structured influx, InfluxQL, Flux; a JSON object is a source as written', () => {
    const text = [
      'from logs = es:default/"logs-*" time {"field": "@timestamp", "gte": "now-1h"} size 100',
      'from q = influx:v1/telegraf q "SELECT mean(usage) FROM cpu GROUP BY host"',
      'from f = influx:v2 flux "from(bucket: params.b)" params {"b": "x"}',
      'from `raw-1` = {"es": "default", "index": "raw"}',
      'options pushdown false',
      '| join logs with q on host = host',
      '| join f on host = host',
      '| join `raw-1` on host = host',
    ].join('\n');
    expect(pipelineFromText(text)).toEqual({
      sources: {
        logs: { es: 'default', index: 'logs-*', time: { field: '@timestamp', gte: 'now-1h' }, size: 100 },
        q: { influx: 'v1', db: 'telegraf', q: 'SELECT mean(usage) FROM cpu GROUP BY host' },
        f: { influx: 'v2', flux: 'from(bucket: params.b)', params: { b: 'x' } },
        'raw-1': { es: 'default', index: 'raw' },
      },
      pipeline: [
        { join: { left: 'logs', right: 'q', on: { host: 'host' } } },
        { join: { right: 'f', on: { host: 'host' } } },
        { join: { right: 'raw-1', on: { host: 'host' } } },
      ],
      options: { pushdown: false },
    });
  });

  it('takes options before the steps or after them', () => {
    expect(pipelineFromText(`${source}\n| limit 1\noptions pushdown false`)).toEqual(pipelineFromText(`${source}\noptions pushdown false\n| limit 1`));
    expect(pipelineFromText(`${source}\n| limit 1\noptions pushdown false`).options).toEqual({ pushdown: false });
  });

  it('always writes pipeline, even without steps; skips whitespace and # comments', () => {
    expect(pipelineFromText('# the cpu\n\tfrom cpu = influx:default/telegraf/cpu # all of it\n')).toEqual({
      sources: { cpu: { influx: 'default', db: 'telegraf', measurement: 'cpu' } },
      pipeline: [],
    });
  });

  it('reads JSON literals exactly: escapes, numbers, nesting, a "__proto__" key as a key', () => {
    const [spec] = Object.values(
      pipelineFromText('from e = es:d/i query {"a\\n\\u00e9\\"": [1.5e3, -2, 0.25, true, false, null, {"__proto__": {"x": []}}]}').sources as object,
    );
    expect(spec).toEqual({ es: 'd', index: 'i', query: JSON.parse('{"a\\n\\u00e9\\"": [1500, -2, 0.25, true, false, null, {"__proto__": {"x": []}}]}') });
    expect(Object.getPrototypeOf((spec as { query: { [k: string]: unknown[] } }).query['a\né"']![6])).toBe(Object.prototype);
  });
});

describe('the pipeline text: steps', () => {
  it('join: left with right, how, on pairs, asof with direction and within, prefix, suffix', () => {
    expect(steps('| join cpu on host = host, `host.name` = `@host`')).toEqual([{ join: { right: 'cpu', on: { host: 'host', 'host.name': '@host' } } }]);
    expect(steps('| join a with b how left asof `@timestamp` = time backward within 5m prefix "r_" suffix "_r"')).toEqual([
      {
        join: {
          left: 'a',
          right: 'b',
          how: 'left',
          asof: { left: '@timestamp', right: 'time', direction: 'backward', within: '5m' },
          prefix: 'r_',
          suffix: '_r',
        },
      },
    ]);
    expect(steps('| join b on h = h asof t = t forward')).toEqual([
      { join: { right: 'b', on: { h: 'h' }, asof: { left: 't', right: 't', direction: 'forward' } } },
    ]);
    expect(steps('| join {"right": "b", "on": {"x": "y"}}')).toEqual([{ join: { right: 'b', on: { x: 'y' } } }]);
  });

  it('where: every condition kind', () => {
    const text =
      '| where a == "x", b != 1, c > 2, d >= 3, e < 4.5, f <= -5, g in ["p", 1, true], h nin [2], i exists, j exists false, k contains "y", l prefix "web-", m regex "^db"';
    expect(steps(text)).toEqual([
      {
        filter: {
          a: { eq: 'x' },
          b: { ne: 1 },
          c: { gt: 2 },
          d: { gte: 3 },
          e: { lt: 4.5 },
          f: { lte: -5 },
          g: { in: ['p', 1, true] },
          h: { nin: [2] },
          i: { exists: true },
          j: { exists: false },
          k: { contains: 'y' },
          l: { prefix: 'web-' },
          m: { regex: '^db' },
        },
      },
    ]);
  });

  it('where: "," makes one filter object (a field\'s conditions merge), and/or/not make groups, parentheses nest', () => {
    expect(steps('| where cpu > 80, cpu < 99, host prefix "web"')).toEqual([{ filter: { cpu: { gt: 80, lt: 99 }, host: { prefix: 'web' } } }]);
    expect(steps('| where a == 1 or b == 2 and not c == 3')).toEqual([
      { filter: { or: [{ a: { eq: 1 } }, { and: [{ b: { eq: 2 } }, { not: { c: { eq: 3 } } }] }] } },
    ]);
    expect(steps('| where (a == 1 or b == 2) and (c == 3, d == 4), not (e == 5)')).toEqual([
      {
        filter: {
          and: [{ or: [{ a: { eq: 1 } }, { b: { eq: 2 } }] }, { c: { eq: 3 }, d: { eq: 4 } }],
          not: { e: { eq: 5 } },
        },
      },
    ]);
    expect(steps('| where {"and": [{"a": {"eq": 1}}]}, b == 2')).toEqual([{ filter: { and: [{ a: { eq: 1 } }], b: { eq: 2 } } }]);
  });

  it('derive: columns, literals, arithmetic by precedence, comparisons, and/or/not, every function', () => {
    const text = [
      '| derive bucket = timeBucket(`@timestamp`, 5m), ratio = a / (b + 1) * 100 - c % 7,',
      '  hot = cpu >= 80 and not idle or lower(host) == "web", label = concat(upper(h), "-", coalesce(x, 0)),',
      '  r = round(v), r2 = round(v, 2), t = time(ts), n = lit(5), s = "text", z = null, yes = true, neg = -1.5e2',
    ].join('\n');
    expect(steps(text)).toEqual([
      {
        derive: {
          bucket: { timeBucket: ['@timestamp', '5m'] },
          ratio: { sub: [{ mul: [{ div: ['a', { add: ['b', 1] }] }, 100] }, { mod: ['c', 7] }] },
          hot: { or: [{ and: [{ gte: ['cpu', 80] }, { not: 'idle' }] }, { eq: [{ lower: 'host' }, { lit: 'web' }] }] },
          label: { concat: [{ upper: 'h' }, { lit: '-' }, { coalesce: ['x', 0] }] },
          r: { round: 'v' },
          r2: { round: ['v', 2] },
          t: { time: 'ts' },
          n: { lit: 5 },
          s: { lit: 'text' },
          z: null,
          yes: true,
          neg: -150,
        },
      },
    ]);
    expect(steps('| derive x = a - b - c, y = a - (b - c), j = {"and": ["p"]}')).toEqual([
      { derive: { x: { sub: [{ sub: ['a', 'b'] }, 'c'] }, y: { sub: ['a', { sub: ['b', 'c'] }] }, j: { and: ['p'] } } },
    ]);
  });

  it('stats, sort, limit, select, fill, into', () => {
    expect(steps('| stats count() as n, count(*) as all, count(host) as hosts, p95(`latency ms`) as p by bucket, `host.name`')).toEqual([
      {
        aggregate: {
          groupBy: ['bucket', 'host.name'],
          metrics: { n: { count: '*' }, all: { count: '*' }, hosts: { count: 'host' }, p: { p95: 'latency ms' } },
        },
      },
    ]);
    expect(steps('| stats by host\n| stats\n| stats {"metrics": {}}')).toEqual([
      { aggregate: { groupBy: ['host'] } },
      { aggregate: {} },
      { aggregate: { metrics: {} } },
    ]);
    expect(steps('| sort n desc, host, time asc')).toEqual([{ sort: [{ n: 'desc' }, { host: 'asc' }, { time: 'asc' }] }]);
    expect(steps('| limit 10\n| limit 10 offset 20\n| limit {"count": 3}')).toEqual([
      { limit: 10 },
      { limit: { count: 10, offset: 20 } },
      { limit: { count: 3 } },
    ]);
    expect(steps('| select host, n as errors\n| select *, a as b\n| select *')).toEqual([
      { project: { keep: ['host', 'n'], rename: { n: 'errors' } } },
      { project: { rename: { a: 'b' } } },
      { project: {} },
    ]);
    expect(
      steps('| fill bucket every 5m by host with cpu = previous, errors = 0, note = "none", x = null from "2026-12-01T00:00:00Z" to "2026-12-01T01:00:00Z"'),
    ).toEqual([
      {
        fill: {
          time: 'bucket',
          every: '5m',
          by: ['host'],
          with: { cpu: 'previous', errors: { value: 0 }, note: { value: 'none' }, x: null },
          from: '2026-12-01T00:00:00Z',
          to: '2026-12-01T01:00:00Z',
        },
      },
    ]);
    expect(steps('| fill time every 1h')).toEqual([{ fill: { time: 'time', every: '1h' } }]);
    expect(
      steps(
        '| into es:default/`hot-regions` id region\n| into influx:default/dsl/rollup tags host, region fields errors time bucket\n| into influx:i/d/m fields v',
      ),
    ).toEqual([
      { upsert: { es: 'default', index: 'hot-regions', id: 'region' } },
      { upsert: { influx: 'default', db: 'dsl', measurement: 'rollup', tags: ['host', 'region'], fields: ['errors'], time: 'bucket' } },
      { upsert: { influx: 'i', db: 'd', measurement: 'm', tags: [], fields: ['v'] } },
    ]);
  });

  it('takes keywords as names where a name is expected, and anything in backticks (`` is a backtick)', () => {
    expect(steps('| where time > 1, by == 2, `from` == 3, `a``b c` == 4\n| select time, by as `and`')).toEqual([
      { filter: { time: { gt: 1 }, by: { eq: 2 }, from: { eq: 3 }, 'a`b c': { eq: 4 } } },
      { project: { keep: ['time', 'by'], rename: { by: 'and' } } },
    ]);
  });

  it('compiles what the schema then validates: the example text is a valid body', () => {
    const request = parseMixQuery(pipelineFromText(pipelineTextExample.replace(/ asof .*/, '')));
    expect(request.start).toBe('logs');
    expect(request.steps.map((s) => s.kind)).toEqual(['JoinNode', 'FilterNode', 'AggregateNode', 'SortNode', 'LimitNode']);
  });
});

describe('the pipeline text: refusals name line:column, show the line and a caret', () => {
  it('names what the grammar expected where it stopped', () => {
    expect(refusal('from a = es:x/y\n| stats count() as n bi host')).toBe(
      'body.text: 2:22: expected ",", "by", "|", "options" or the end of the text, found "bi"\n  | | stats count() as n bi host\n                         ^',
    );
    expect(refusal('from a es:x/y')).toBe('body.text: 1:8: expected "=", found "es"\n  | from a es:x/y\n           ^');
    expect(refusal('from a = es:x/y\n| where a => 1')).toBe(
      'body.text: 2:11: expected "==", "!=", ">", ">=", "<", "<=", "in", "nin", "contains", "prefix", "regex" or "exists", found "="\n  | | where a => 1\n              ^',
    );
    expect(refusal('from a = es:x/y |')).toMatch(
      /^body\.text: 1:18: expected "join", "where", .*"into", found the end of the text\n {2}\| from a = es:x\/y \|\n {21}\^$/,
    );
    expect(refusal('| limit 1')).toBe('body.text: 1:1: expected "from" or "options", found "|"\n  | | limit 1\n    ^');
    expect(refusal('')).toBe('body.text: 1:1: expected "from" or "options", found the end of the text\n  | \n    ^');
  });

  it('puts the caret under the column when the line holds tabs', () => {
    expect(refusal('from a = es:x/y\n|\tlimit\tx')).toBe('body.text: 2:9: expected "{", "-" or a number, found "x"\n  | |\tlimit\tx\n     \t     \t^');
  });

  it('refuses characters and unfinished strings or names at their place', () => {
    expect(refusal('from a = es:x/y\n| where a == $1')).toBe('body.text: 2:14: unexpected character "$"\n  | | where a == $1\n                 ^');
    expect(refusal('from a = es:x/y\n| where a == "x')).toBe(
      'body.text: 2:14: a string that does not end (or holds a raw control character: write \\n, \\t)\n  | | where a == "x\n                 ^',
    );
    expect(refusal('from a = es:x/y\n| where `a == 1')).toBe('body.text: 2:9: a `quoted name` that does not end\n  | | where `a == 1\n            ^');
  });

  it('refuses what has no meaning, at its token', () => {
    expect(refusal('from a = es:x/y\nfrom a = es:x/z')).toBe('body.text: 2:6: the source "a" is written twice\n  | from a = es:x/z\n         ^');
    expect(refusal('from a = es:x/y query {"k": 1, "k": 2}')).toBe(
      'body.text: 1:32: the key "k" is written twice\n  | from a = es:x/y query {"k": 1, "k": 2}\n                                   ^',
    );
    expect(refusal('from a = es:x/y size 1 size 2')).toMatch(/^body\.text: 1:24: the source field "size" is written twice/);
    expect(refusal('from a = es:x/y index "z"')).toMatch(/^body\.text: 1:17: the source field "index" is written twice/);
    expect(refusal('from a = es:x/y/z')).toBe('body.text: 1:10: an Elasticsearch source is es:INSTANCE/INDEX\n  | from a = es:x/y/z\n             ^');
    expect(refusal('from a = influx:a/b/c/d')).toMatch(/^body\.text: 1:10: an InfluxDB source is influx:INSTANCE\[\/DB\[\/MEASUREMENT\]\]/);
    expect(refusal('from a = pg:x/y')).toMatch(/^body\.text: 1:10: expected es or influx, found "pg"/);
    expect(refusal(`${source}\n| into influx:default/db fields v`)).toMatch(/^body\.text: 2:8: an InfluxDB target is influx:INSTANCE\/DB\/MEASUREMENT/);
    expect(refusal(`${source}\n| into es:d/i id a id b`)).toMatch(/^body\.text: 2:20: the target field "id" is written twice/);
    expect(refusal(`${source}\noptions pushdown false\noptions pushdown true`)).toMatch(/^body\.text: 3:1: options are written once/);
    expect(refusal(`${source}\noptions pushdown false\n| limit 1\noptions pushdown true`)).toMatch(/^body\.text: 4:1: options are written once/);
    expect(refusal('options pushdown false')).toMatch(/^body\.text: 1:1: name a source first/);
    expect(refusal(`${source}\n| derive a = 1, a = 2`)).toMatch(/^body\.text: 2:17: the column "a" is written twice/);
    expect(refusal(`${source}\n| stats count() as n, sum(x) as n`)).toMatch(/^body\.text: 2:33: the metric "n" is written twice/);
    expect(refusal(`${source}\n| join b on x = y, x = z`)).toMatch(/^body\.text: 2:20: the left field "x" is written twice/);
    expect(refusal(`${source}\n| select a as b, a as c`)).toMatch(/^body\.text: 2:18: the renamed column "a" is written twice/);
    expect(refusal(`${source}\n| fill t every 5m with a = 0, a = 1`)).toMatch(/^body\.text: 2:31: the filled column "a" is written twice/);
  });

  it('refuses filters that one object cannot hold, and calls that derive does not know', () => {
    expect(refusal(`${source}\n| where a > 1, a > 2`)).toBe(
      'body.text: 2:16: "a" already has a "gt" condition in this filter: join the two with and\n  | | where a > 1, a > 2\n                   ^',
    );
    expect(refusal(`${source}\n| where a == 1 or b == 2, c == 3 or d == 4`)).toMatch(
      /^body\.text: 2:27: this filter already has an "or" group: join the two with and/,
    );
    expect(refusal(`${source}\n| where not a == 1, not b == 2`)).toMatch(/^body\.text: 2:21: this filter already has an "not" group/);
    expect(refusal(`${source}\n| derive x = sqrt(a)`)).toBe(
      'body.text: 2:14: unknown function "sqrt" (functions: coalesce, concat, lower, upper, time, lit, round, timeBucket)\n  | | derive x = sqrt(a)\n                 ^',
    );
    expect(refusal(`${source}\n| derive x = lower(a, b)`)).toMatch(/^body\.text: 2:14: lower takes 1 argument, not 2/);
    expect(refusal(`${source}\n| derive x = round()`)).toMatch(/^body\.text: 2:14: round takes 1 or 2 arguments, not 0/);
    expect(refusal(`${source}\n| derive x = timeBucket(t)`)).toMatch(/^body\.text: 2:14: timeBucket takes 2 arguments, not 1/);
    expect(refusal(`${source}\n| derive x = coalesce(5m, a)`)).toMatch(/^body\.text: 2:23: a duration is only the second argument of timeBucket\(time, 5m\)/);
    expect(refusal(`${source}\n| derive x = a == b == c`)).toMatch(
      /^body\.text: 2:21: expected "\(", "\*", "\/", "%", "\+", "-", "and", "or", ",", "\|", "options" or the end of the text, found "=="/,
    );
    expect(refusal(`${source}\n| derive x = -a`)).toMatch(/^body\.text: 2:15: expected a number, found "a"/);
  });

  it(`refuses brackets nested deeper than ${maxTextDepth} levels before parsing them`, () => {
    const deep = `${source}\n| derive x = ${'('.repeat(maxTextDepth + 1)}a${')'.repeat(maxTextDepth + 1)}`;
    expect(refusal(deep)).toMatch(new RegExp(`^body\\.text: 2:${14 + maxTextDepth}: brackets nest deeper than ${maxTextDepth} levels`));
    const fine = `${source}\n| derive x = ${'('.repeat(maxTextDepth)}a${')'.repeat(maxTextDepth)}`;
    expect(steps(fine.slice(source.length + 1))).toEqual([{ derive: { x: 'a' } }]);
    const json = `from a = es:x/y query ${'['.repeat(maxTextDepth)}${']'.repeat(maxTextDepth)}`;
    expect(pipelineFromText(json).sources).toBeDefined();
  });
});

describe('pipelineBodyOf: the body forms of a text pipeline', () => {
  it('compiles a text/plain body and {"text"}; options beside the text override the text\'s', () => {
    const text = `${source}\noptions pushdown true\n| limit 1`;
    expect(pipelineBodyOf(text)).toEqual({
      sources: { cpu: { influx: 'default', db: 'telegraf', measurement: 'cpu' } },
      pipeline: [{ limit: 1 }],
      options: { pushdown: true },
    });
    expect(pipelineBodyOf({ text, options: { pushdown: false } })).toMatchObject({ options: { pushdown: false } });
    expect(pipelineBodyOf({ text: source, options: { pushdown: false } })).toMatchObject({ options: { pushdown: false } });
  });

  it('passes a JSON-form body through untouched', () => {
    expect(pipelineBodyOf(mixQueryExample)).toBe(mixQueryExample);
    expect(pipelineBodyOf(null)).toBe(null);
  });

  it('refuses a text body with other fields, or a text that is no string', () => {
    expect(refusal(() => pipelineBodyOf({ text: source, sources: {} }))).toBe('body: unknown field "sources" (expected: text, options)');
    expect(refusal(() => pipelineBodyOf({ text: 5 }))).toMatch(/^body\.text: /);
    expect(refusal(() => pipelineBodyOf('from'))).toBe('body.text: 1:5: expected a name or a `quoted name`, found the end of the text\n  | from\n        ^');
  });
});
