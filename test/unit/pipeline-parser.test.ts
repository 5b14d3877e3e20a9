import { describe, expect, it } from 'vitest';
import { Code } from '../../src/libs/code.js';
import { isAppError } from '../../src/libs/errors.js';
import { mixQueryBody, mixQueryExample, parseMixQuery } from '../../src/parser/pipeline.js';

type Body = { sources: Record<string, Record<string, unknown>>; pipeline: Record<string, unknown>[] };

/** DESIGN.md's example with one change. */
const changed = (change: (body: Body) => void) => {
  const body = structuredClone(mixQueryExample) as unknown as Body;
  change(body);
  return body;
};

/** The 400 message parseMixQuery answers for a body. */
function refusal(body: unknown): string {
  try {
    parseMixQuery(body);
  } catch (err) {
    if (!isAppError(err)) throw err;
    expect(err.code).toBe(Code.VALIDATION);
    expect(err.status).toBe(400);
    return err.message;
  }
  throw new Error('expected a validation error');
}

const twoSources = {
  hosts: { es: 'default', index: 'hosts' },
  cpu: { influx: 'default', db: 'telegraf', measurement: 'cpu' },
};

describe('parseMixQuery', () => {
  it("turns DESIGN.md's example into its start source and plain-data nodes", () => {
    const { sources, start, steps } = parseMixQuery(mixQueryExample);
    expect(sources).toEqual(mixQueryExample.sources);
    expect(start).toBe('hosts');
    expect(steps).toEqual([
      { kind: 'JoinNode', right: 'cpu', on: [['hostname', 'host']], how: 'left', prefix: '', suffix: '_cpu', at: 'body.pipeline.0.join' },
      { kind: 'FilterNode', where: { op: 'gt', field: 'cpu', value: 80 } },
      {
        kind: 'AggregateNode',
        groupBy: ['region'],
        metrics: [
          { name: 'hosts', kind: 'count', field: '*' },
          { name: 'avgCpu', kind: 'avg', field: 'cpu' },
        ],
      },
      { kind: 'SortNode', keys: [{ field: 'avgCpu', order: 'desc' }] },
      { kind: 'LimitNode', count: 10, offset: 0 },
      { kind: 'UpsertNode', target: { es: 'default', index: 'hot-regions', id: 'region' } },
    ]);
    expect(steps.every(Object.isFrozen)).toBe(true);
    expect(JSON.parse(JSON.stringify(steps))).toEqual(steps);
  });

  it('accepts its own output, so a route may validate the body before the parser does', () => {
    const once = mixQueryBody.parse(mixQueryExample);
    expect(mixQueryBody.parse(once)).toEqual(once);
  });

  it('takes the three source shapes and an influx upsert', () => {
    const { sources, steps } = parseMixQuery({
      sources: { ...twoSources, raw: { influx: 'default', db: 'telegraf', q: 'SELECT * FROM mem' } },
      pipeline: [
        { join: { left: 'hosts', right: 'cpu', on: { hostname: 'host' } } },
        { join: { right: 'raw', on: { hostname: 'host' }, how: 'full', prefix: 'mem.' } },
        { upsert: { influx: 'default', db: 'out', measurement: 'joined', tags: ['hostname'], fields: ['usage'], time: 'time' } },
      ],
    });
    expect(Object.keys(sources)).toEqual(['hosts', 'cpu', 'raw']);
    expect(steps[2]).toEqual({
      kind: 'UpsertNode',
      target: { influx: 'default', db: 'out', measurement: 'joined', tags: ['hostname'], fields: ['usage'], time: 'time' },
    });
  });

  it.each<[string, unknown, string]>([
    [
      'an unknown metric',
      changed((b) => ((b.pipeline[2]!.aggregate as { metrics: object }).metrics = { avgCpu: { median: 'cpu' } })),
      'body.pipeline.2.aggregate.metrics.avgCpu: unknown metric "median" (expected: count, sum, avg, min, max, first, last, distinct, p50, p90, p95, p99)',
    ],
    [
      'two metrics under one name',
      changed((b) => ((b.pipeline[2]!.aggregate as { metrics: object }).metrics = { m: { avg: 'cpu', max: 'cpu' } })),
      'body.pipeline.2.aggregate.metrics.m: expected exactly one metric, e.g. {"avg": "cpu"}; found "avg", "max"',
    ],
    [
      'an unknown operator',
      changed((b) => (b.pipeline[1] = { where: { cpu: { gt: 80 } } })),
      'body.pipeline.1: unknown operator "where" (expected: join, filter, derive, aggregate, fill, sort, limit, project, upsert)',
    ],
    [
      'two operators in one step',
      changed((b) => (b.pipeline[4] = { limit: 10, sort: [{ avgCpu: 'desc' }] })),
      'body.pipeline.4: expected exactly one operator, e.g. {"filter": {"cpu": {"gt": 80}}}; found "sort", "limit"',
    ],
    ['an empty step', changed((b) => (b.pipeline[4] = {})), 'body.pipeline.4: expected exactly one operator, e.g. {"filter": {"cpu": {"gt": 80}}}; found none'],
    [
      'an unknown right source',
      changed((b) => ((b.pipeline[0]!.join as { right: string }).right = 'mem')),
      'body.pipeline.0.join.right: unknown source "mem" (sources: hosts, cpu)',
    ],
    [
      'an unknown left source',
      changed((b) => ((b.pipeline[0]!.join as { left: string }).left = 'host')),
      'body.pipeline.0.join.left: unknown source "host" (sources: hosts, cpu)',
    ],
    [
      'a left source after the first step',
      { sources: twoSources, pipeline: [{ filter: { a: { eq: 1 } } }, { join: { left: 'hosts', right: 'cpu', on: { a: 'b' } } }] },
      'body.pipeline.1.join.left: only the first step names a left source; later joins join the current rows',
    ],
    [
      'a first join without its left source, with several sources',
      { sources: twoSources, pipeline: [{ join: { right: 'cpu', on: { a: 'b' } } }] },
      'body.pipeline.0.join.left: name the source the pipeline starts from (sources: hosts, cpu)',
    ],
    [
      'several sources and no join',
      { sources: twoSources, pipeline: [{ limit: 1 }] },
      'body.pipeline: with several sources, the first step is a join: {"join": {"left": ..., "right": ..., "on": ...}}',
    ],
    [
      'a source nothing uses',
      changed((b) => (b.sources.mem = { influx: 'default', db: 'telegraf', measurement: 'mem' })),
      'body.sources.mem: not used by the pipeline; join it or remove it',
    ],
    [
      'a column an aggregate did not leave',
      changed((b) => (b.pipeline[3] = { sort: [{ avgcpu: 'desc' }] })),
      'body.pipeline.3: no column "avgcpu" after step 2 (columns: region, hosts, avgCpu)',
    ],
    [
      'a limit of the wrong type',
      changed((b) => (b.pipeline[4] = { limit: '10' })),
      'body.pipeline.4.limit: expected a row count or {"count": n, "offset": m}',
    ],
    [
      'an unknown sort order',
      changed((b) => (b.pipeline[3] = { sort: [{ avgCpu: 'down' }] })),
      'body.pipeline.3.sort.0.avgCpu: Invalid option: expected one of "asc"|"desc"',
    ],
    [
      'an unknown join kind',
      changed((b) => ((b.pipeline[0]!.join as { how: string }).how = 'outer')),
      'body.pipeline.0.join.how: Invalid option: expected one of "inner"|"left"|"right"|"full"',
    ],
    [
      'a bare value as a condition',
      changed((b) => (b.pipeline[1] = { filter: { cpu: 80 } })),
      'body.pipeline.1.filter.cpu: expected an object like {"gt": 80}',
    ],
    [
      'an unknown condition',
      changed((b) => (b.pipeline[1] = { filter: { or: [{ cpu: { above: 80 } }] } })),
      'body.pipeline.1.filter.or.0.cpu: unknown condition "above" (expected: eq, ne, gt, gte, lt, lte, in, nin, exists, contains, prefix, regex)',
    ],
    [
      'a wrong condition value',
      changed((b) => (b.pipeline[1] = { filter: { cpu: { gt: [80] } } })),
      'body.pipeline.1.filter.cpu.gt: expected a number or a string',
    ],
    [
      'an invalid regex',
      changed((b) => (b.pipeline[1] = { filter: { not: { hostname: { regex: 'web-(' } } } })),
      'body.pipeline.1.filter.not.hostname.regex: error parsing regexp: missing closing ): `web-(` (RE2 syntax: no backreferences or lookarounds, repeat counts up to 1000)',
    ],
    [
      'a regex with a backreference',
      changed((b) => (b.pipeline[1] = { filter: { hostname: { regex: '(a)\\1' } } })),
      'body.pipeline.1.filter.hostname.regex: error parsing regexp: invalid escape sequence: `\\1` (RE2 syntax: no backreferences or lookarounds, repeat counts up to 1000)',
    ],
    [
      'filters nested too deep',
      changed((b) => (b.pipeline[1] = { filter: { not: { not: { not: { not: { not: { cpu: { gt: 1 } } } } } } } })),
      'body.pipeline.1.filter.not.not.not.not.not: and, or and not nest at most 4 levels deep',
    ],
    [
      'a source of no known kind',
      changed((b) => (b.sources.cpu = { prometheus: 'default' })),
      'body.sources.cpu: expected a source: {"es": instance, "index": ...}, {"influx": instance, "db": ..., "measurement": ...}, {"influx": instance, "db": ..., "q": InfluxQL} or {"influx": instance, "flux": Flux}',
    ],
    [
      'an es source without index',
      changed((b) => delete b.sources.hosts!.index),
      'body.sources.hosts.index: Invalid input: expected string, received undefined',
    ],
    [
      'raw InfluxQL with structured fields',
      changed((b) => (b.sources.cpu!.q = 'SELECT * FROM cpu')),
      'body.sources.cpu: unknown InfluxQL source field "measurement", "select", "where", "groupBy" (expected: influx, db, q)',
    ],
    [
      'a bad source name',
      { sources: { 'my hosts': { es: 'default', index: 'hosts' } } },
      'body.sources.my hosts: a source name is a letter or "_", then letters, digits, "_" or "-" (64 at most)',
    ],
    ['no source', { sources: {} }, 'body.sources: expected at least one source'],
    [
      'an upsert target of no known kind',
      changed((b) => (b.pipeline[5] = { upsert: { mysql: 'default' } })),
      'body.pipeline.5.upsert: expected a target: {"es": instance, "index": ..., "id": column} or {"influx": instance, "db": ..., "measurement": ..., "tags": [...], "fields": [...]}',
    ],
    [
      'an influx upsert without fields',
      changed((b) => (b.pipeline[5] = { upsert: { influx: 'default', db: 'out', measurement: 'm', tags: [], fields: [] } })),
      'body.pipeline.5.upsert.fields: Too small: expected array to have >=1 items',
    ],
    [
      'an operator argument check',
      changed((b) => ((b.pipeline[2]!.aggregate as { metrics: object }).metrics = { region: { count: '*' } })),
      'body.pipeline.2.aggregate.metrics.region: "region" is also a groupBy field',
    ],
    ['an unknown body field', { ...mixQueryExample, explain: true }, 'body: unknown field "explain" (expected: sources, pipeline, options)'],
    ['sources that are no object', { sources: 'x' }, 'body.sources: Invalid input: expected record, received string'],
    [
      'a metric with a wrong field and a second kind, both',
      { sources: { hosts: twoSources.hosts }, pipeline: [{ aggregate: { metrics: { m: { avg: 5, max: 'cpu' } } } }] },
      'body.pipeline.0.aggregate.metrics.m.avg: Invalid input: expected string, received number; body.pipeline.0.aggregate.metrics.m: expected exactly one metric, e.g. {"avg": "cpu"}; found "avg", "max"',
    ],
    [
      'raw InfluxQL that writes',
      { sources: { raw: { influx: 'default', db: 'telegraf', q: 'SELECT * INTO b FROM a' } } },
      'body.sources.raw.q: statement 1 (SelectStatement with INTO: SELECT * INTO b FROM a) is not a read; without admin mode ("admin": true) only SELECT without INTO, EXPLAIN of one and SHOW of databases, measurements, series, tag keys, tag values, field keys, retention policies and continuous queries run',
    ],
    [
      'raw InfluxQL an admin alone may run',
      { sources: { raw: { influx: 'default', db: 'telegraf', q: 'SHOW USERS' } } },
      'body.sources.raw.q: statement 1 (ShowUsersStatement: SHOW USERS) is not a read; without admin mode ("admin": true) only SELECT without INTO, EXPLAIN of one and SHOW of databases, measurements, series, tag keys, tag values, field keys, retention policies and continuous queries run',
    ],
    [
      'raw InfluxQL of two statements',
      { sources: { raw: { influx: 'default', db: 'telegraf', q: 'SELECT * FROM a; SELECT * FROM b' } } },
      'body.sources.raw.q: expected one statement, found 2',
    ],
    [
      'raw InfluxQL that does not parse',
      { sources: { raw: { influx: 'default', db: 'telegraf', q: 'SELEC' } } },
      'body.sources.raw.q: InfluxQL syntax error: found SELEC, expected SELECT, DELETE, SHOW, CREATE, DROP, EXPLAIN, GRANT, REVOKE, ALTER, SET, KILL at line 1, char 1',
    ],
    [
      'a null source',
      { sources: { a: null } },
      'body.sources.a: expected a source: {"es": instance, "index": ...}, {"influx": instance, "db": ..., "measurement": ...}, {"influx": instance, "db": ..., "q": InfluxQL} or {"influx": instance, "flux": Flux}',
    ],
    ['options that are no object', { sources: twoSources, options: 'x' }, 'body.options: Invalid input: expected object, received string'],
    ['an unknown option', { sources: { hosts: twoSources.hosts }, options: { fast: true } }, 'body.options: unknown option "fast" (expected: pushdown)'],
    ['both size and all', { sources: { a: { es: 'default', index: 'h', size: 5, all: true } } }, 'body.sources.a.all: size and all exclude each other'],
    [
      'a size over the search window',
      { sources: { a: { es: 'default', index: 'h', size: 10_001 } } },
      'body.sources.a.size: Too big: expected number to be <=10000',
    ],
    [
      'an empty fields list',
      { sources: { a: { es: 'default', index: 'h', fields: [] } } },
      'body.sources.a.fields: Too small: expected array to have >=1 items',
    ],
    ['an invalid index name', { sources: { a: { es: 'default', index: 'H' } } }, 'body.sources.a.index: must be lowercase'],
    [
      'an instance name over 64 characters',
      { sources: { a: { es: 'x'.repeat(65), index: 'h' } } },
      'body.sources.a.es: Too big: expected string to have <=64 characters',
    ],
    [
      'a source name over 64 characters',
      { sources: { ['a'.repeat(65)]: { es: 'default', index: 'h' } } },
      `body.sources.${'a'.repeat(65)}: a source name is a letter or "_", then letters, digits, "_" or "-" (64 at most)`,
    ],
    [
      'a source name starting with a digit',
      { sources: { '1a': { es: 'default', index: 'h' } } },
      'body.sources.1a: a source name is a letter or "_", then letters, digits, "_" or "-" (64 at most)',
    ],
    [
      'a column named __proto__',
      { sources: { hosts: twoSources.hosts }, pipeline: [{ project: { keep: ['__proto__'] } }] },
      'body.pipeline.0.project.keep.0: "__proto__" cannot be a column name',
    ],
    [
      'a column name over 256 characters',
      { sources: { hosts: twoSources.hosts }, pipeline: [{ project: { keep: ['a'.repeat(257)] } }] },
      'body.pipeline.0.project.keep.0: Too big: expected string to have <=256 characters',
    ],
    [
      'an empty filter',
      { sources: { hosts: twoSources.hosts }, pipeline: [{ filter: {} }] },
      'body.pipeline.0.filter: expected {field: conditions}, and, or or not',
    ],
    [
      'a field without conditions',
      { sources: { hosts: twoSources.hosts }, pipeline: [{ filter: { cpu: {} } }] },
      'body.pipeline.0.filter.cpu: expected at least one condition, e.g. {"gt": 80}; found none',
    ],
    [
      'a metric without kind',
      { sources: { hosts: twoSources.hosts }, pipeline: [{ aggregate: { metrics: { n: {} } } }] },
      'body.pipeline.0.aggregate.metrics.n: expected exactly one metric, e.g. {"avg": "cpu"}; found none',
    ],
    [
      'a join without pairs',
      { sources: twoSources, pipeline: [{ join: { left: 'hosts', right: 'cpu', on: {} } }] },
      'body.pipeline.0.join.on: name at least one pair of fields, {"leftField": "rightField"}',
    ],
    [
      'a join prefix over 64 characters',
      { sources: twoSources, pipeline: [{ join: { left: 'hosts', right: 'cpu', on: { a: 'b' }, prefix: 'p'.repeat(65) } }] },
      'body.pipeline.0.join.prefix: Too big: expected string to have <=64 characters',
    ],
    [
      'an in list over 10 000 values',
      { sources: { hosts: twoSources.hosts }, pipeline: [{ filter: { cpu: { in: Array(10_001).fill(1) } } }] },
      'body.pipeline.0.filter.cpu.in: Too big: expected array to have <=10000 items',
    ],
    [
      'an upsert into an index pattern',
      { sources: { hosts: twoSources.hosts }, pipeline: [{ upsert: { es: 'default', index: 'h-*', id: 'x' } }] },
      'body.pipeline.0.upsert.index: must not contain "*"',
    ],
    [
      'an upsert measurement starting with #',
      { sources: { hosts: twoSources.hosts }, pipeline: [{ upsert: { influx: 'default', db: 'd', measurement: '#m', tags: [], fields: ['f'] } }] },
      'body.pipeline.0.upsert.measurement: must not start with # (line protocol reads the line as a comment)',
    ],
    [
      'a time tag in an upsert',
      { sources: { hosts: twoSources.hosts }, pipeline: [{ upsert: { influx: 'default', db: 'd', measurement: 'm', tags: ['time'], fields: ['f'] } }] },
      'body.pipeline.0.upsert.tags.0: time is reserved for the timestamp',
    ],
    [
      'an upsert field line protocol cannot carry',
      { sources: { hosts: twoSources.hosts }, pipeline: [{ upsert: { influx: 'default', db: 'd', measurement: 'm', tags: [], fields: ['a\nb'] } }] },
      'body.pipeline.0.upsert.fields.0: must not contain control characters (newline, tab, ...)',
    ],
    [
      'a column a project did not keep, under its old name',
      { sources: { hosts: twoSources.hosts }, pipeline: [{ project: { keep: ['a'], rename: { a: 'c' } } }, { filter: { a: { eq: 1 } } }] },
      'body.pipeline.1: no column "a" after step 0 (columns: c)',
    ],
    [
      'a column an aggregate did not leave, after steps that keep the columns',
      { sources: { hosts: twoSources.hosts }, pipeline: [{ aggregate: { groupBy: ['a'] } }, { limit: 1 }, { filter: { b: { eq: 1 } } }] },
      'body.pipeline.2: no column "b" after step 0 (columns: a)',
    ],
  ])('refuses %s, naming the path', (_, body, message) => {
    expect(refusal(body)).toBe(message);
  });

  it('accepts the bounds and fills in the defaults', () => {
    const one = { hosts: twoSources.hosts };
    const query = parseMixQuery({
      sources: { ['a'.repeat(64)]: { es: 'default', index: 'h-*', size: 10_000 } },
      pipeline: [{ project: { keep: ['b'.repeat(256)] } }, { limit: { count: 2 } }],
    });
    expect(query.start).toBe('a'.repeat(64));
    expect(query.options).toEqual({ pushdown: true });
    expect(query.steps[1]).toEqual({ kind: 'LimitNode', count: 2, offset: 0 });
    expect(parseMixQuery({ sources: one, options: { pushdown: false } }).options).toEqual({ pushdown: false });
    expect(parseMixQuery({ sources: one, options: {} }).options).toEqual({ pushdown: true });
    expect(parseMixQuery({ sources: { 'a-b_1': twoSources.hosts } }).steps).toEqual([]);
    expect(parseMixQuery({ sources: { a: { es: 'default', index: 'h', all: true } } }).sources.a).toEqual({ es: 'default', index: 'h', all: true });
    expect(parseMixQuery({ sources: { _a: twoSources.hosts }, pipeline: [{ filter: { cpu: { gt: 1, lt: 3 } } }] }).steps).toHaveLength(1);
    // With one source, a first join may leave out its left: the source is joined to itself.
    const self = parseMixQuery({ sources: one, pipeline: [{ join: { right: 'hosts', on: { a: 'b' } } }] });
    expect([self.start, self.steps[0]]).toMatchObject(['hosts', { how: 'inner', suffix: '_hosts' }]);
    const raw = parseMixQuery({ sources: { raw: { influx: 'default', db: 'telegraf', q: 'SHOW MEASUREMENTS' } } });
    expect(raw.sources.raw).toEqual({ influx: 'default', db: 'telegraf', q: 'SHOW MEASUREMENTS' });
  });

  it('reports every schema problem at once', () => {
    const body = changed((b) => {
      b.pipeline[3] = { sort: [{ avgCpu: 'down' }] };
      b.pipeline[4] = { limit: -1 };
    });
    expect(refusal(body).split('; ')).toEqual([
      'body.pipeline.3.sort.0.avgCpu: Invalid option: expected one of "asc"|"desc"',
      'body.pipeline.4.limit: Too small: expected number to be >=0',
    ]);
  });
});
