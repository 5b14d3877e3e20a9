import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { explanation, pipelineResult } from '../../src/apps/mix/schemas.js';
import { limits } from '../../src/query/mix/limits.js';
import { dropIndices, queryTotal, seed } from '../es/es-helpers.js';
import { buildTestApp } from '../helpers.js';
import { cpuDatabase, designPipeline, designResult, dropCpu, hostsIndex, mix, ok, refused, seedCpu, seedHosts } from './fixtures.js';

const P = 'mx6p';

describe('POST /mix/query over Elasticsearch, OpenSearch and InfluxDB', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestApp();
    await Promise.all([seedHosts(P), seedHosts(P, 'opensearch', true), seedCpu(P)]);
  });
  afterAll(async () => {
    await Promise.all([dropIndices('default', P), dropIndices('opensearch', P), dropCpu(P)]);
    await app.close();
  });

  it("runs DESIGN.md's example to exactly the expected numbers, fetching cpu for the inventory's hosts only", async () => {
    const data = ok(await mix(app, designPipeline(P)));
    expect(pipelineResult.parse(data)).toEqual(data);
    expect({ columns: data.columns, rows: data.rows }).toEqual(designResult);
    const { hosts, cpu } = data.stats.sources;
    expect(hosts).toMatchObject({
      rows: 8,
      requests: 1,
      query: { query: { term: { os: 'linux' } }, _source: ['hostname', 'region'], size: 10000, track_total_hits: true },
    });
    // The eight linux hosts' keys; six of them have points.
    expect(cpu).toMatchObject({ rows: 6, requests: 1, semiJoin: { keys: 8, restricted: true } });
    expect(cpu.query).toBe(
      'SELECT mean("usage_user") AS "cpu" FROM "cpu" WHERE time >= now() - 1h AND "host" =~ /^(?:web-01|web-02|web-04|db-01|db-02|app-01|app-02|idle-01)$/ GROUP BY "host"',
    );
    expect(data.stats.ms).toBeGreaterThan(0);
  });

  it('gives the same rows with pushdown off, reading every point', async () => {
    const body = { ...designPipeline(P), options: { pushdown: false } };
    const data = ok(await mix(app, body));
    expect({ columns: data.columns, rows: data.rows }).toEqual(designResult);
    expect(data.stats.sources.cpu).toMatchObject({ rows: 9, query: 'SELECT mean("usage_user") AS "cpu" FROM "cpu" WHERE time >= now() - 1h GROUP BY "host"' });
    expect(data.stats.sources.cpu.semiJoin).toBeUndefined();
    const plan = ok(await mix(app, body, { explain: true }));
    expect(plan).toMatchObject({ pushdown: false, joins: [] });
    expect(plan.steps).toHaveLength(5);
  });

  const pushed = () => {
    const body = designPipeline(P);
    body.pipeline[1] = { filter: { cpu: { gt: 80 }, region: { in: ['eu', 'us'] }, host: { in: ['web-01', 'web-02', 'web-04', 'db-02'] } } };
    return body;
  };

  it('explains the plan: filters moved into each source, the join made inner, the semi-join, the steps left', async () => {
    const plan = ok(await mix(app, pushed(), { explain: true }));
    expect(explanation.parse(plan)).toEqual(plan);
    expect(plan.sources.hosts).toEqual({
      backend: 'es/default',
      query: {
        index: hostsIndex(P),
        mode: 'page',
        body: {
          query: { bool: { must: [{ term: { os: 'linux' } }], filter: [{ terms: { region: ['eu', 'us'] } }] } },
          _source: ['hostname', 'region'],
          size: 10000,
        },
      },
      pushed: [{ from: 'body.pipeline.1.filter', filter: { region: { in: ['eu', 'us'] } } }],
    });
    expect(plan.sources.cpu).toMatchObject({
      backend: 'influx/default',
      query: `SELECT mean("usage_user") AS "cpu" FROM "cpu" WHERE time >= now() - 1h AND ("host" = 'web-01' OR "host" = 'web-02' OR "host" = 'web-04' OR "host" = 'db-02') GROUP BY "host"`,
      pushed: [{ from: 'body.pipeline.1.filter', filter: { host: { in: ['web-01', 'web-02', 'web-04', 'db-02'] } } }],
      semiJoin: { step: 0, on: { hostname: 'host' }, maxKeys: 10000 },
    });
    expect(plan.joins).toEqual([{ step: 0, from: 'left', to: 'inner', because: 'body.pipeline.1.filter' }]);
    expect(plan.steps.map((s: { step: number }) => s.step)).toEqual([0, 1, 2, 3, 4]);
    expect(plan.steps[0]).toMatchObject({ join: { right: 'cpu', how: 'inner' } });
    expect(plan.steps[1]).toEqual({ step: 1, filter: { cpu: { gt: 80 } } });
  });

  it('returns the same rows with the filters pushed down as in memory', async () => {
    const on = ok(await mix(app, pushed()));
    const off = ok(await mix(app, { ...pushed(), options: { pushdown: false } }));
    expect(on.rows).toEqual([
      { region: 'eu', hosts: 2, avgCpu: 88.5 },
      { region: 'us', hosts: 1, avgCpu: 82 },
    ]);
    expect(off.rows).toEqual(on.rows);
    // Only the eu and us linux hosts (web-01, web-02, web-04, db-01, db-02), and the cpu of those in the list.
    expect(on.stats.sources.hosts.rows).toBe(5);
    expect(on.stats.sources.cpu).toMatchObject({ rows: 4, semiJoin: { keys: 5, restricted: true } });
  });

  it('reads an OpenSearch index of dynamic mapping: pushed filters use its .keyword fields', async () => {
    const body = pushed();
    body.sources.hosts = { ...body.sources.hosts, es: 'opensearch', query: { term: { 'os.keyword': 'linux' } } };
    const plan = ok(await mix(app, body, { explain: true }));
    expect(plan.sources.hosts.query.body.query.bool.filter).toEqual([{ terms: { 'region.keyword': ['eu', 'us'] } }]);
    expect(ok(await mix(app, body)).rows).toEqual([
      { region: 'eu', hosts: 2, avgCpu: 88.5 },
      { region: 'us', hosts: 1, avgCpu: 82 },
    ]);
    const design = designPipeline(P, 'opensearch');
    design.sources.hosts.query = { term: { 'os.keyword': 'linux' } };
    expect(ok(await mix(app, design)).rows).toEqual(designResult.rows);
  });

  it('works on one source without a join, with nested objects as dotted columns', async () => {
    const index = `${P}-nested`;
    await seed('default', index, [{ host: { name: 'a', rack: 1 }, tags: ['x', 'y'] }, { host: { name: 'b', rack: 1 } }, { host: { name: 'c', rack: 2 } }]);
    const data = ok(
      await mix(app, {
        sources: { docs: { es: 'default', index } },
        pipeline: [
          { aggregate: { groupBy: ['host.rack'], metrics: { n: { count: '*' }, names: { distinct: 'host.name' }, tagged: { count: 'tags' } } } },
          { sort: [{ 'host.rack': 'asc' }] },
        ],
      }),
    );
    expect(data.rows).toEqual([
      { 'host.rack': 1, n: 2, names: 2, tagged: 1 },
      { 'host.rack': 2, n: 1, names: 1, tagged: 0 },
    ]);
    expect(data.stats.sources.docs.query._source).toEqual(['host.rack', 'host.name', 'tags']);
  });

  it('takes raw read-only InfluxQL as a source and refuses anything else', async () => {
    const raw = (q: string) => ({
      sources: { hosts: designPipeline(P).sources.hosts, raw: { influx: 'default', db: cpuDatabase(P), q } },
      pipeline: [
        { join: { left: 'hosts', right: 'raw', on: { hostname: 'host' } } },
        { project: { keep: ['hostname', 'usage_user'] } },
        { sort: [{ usage_user: 'asc' }] },
      ],
    });
    const data = ok(await mix(app, raw(`SELECT usage_user, host FROM cpu WHERE host = 'db-02'`)));
    expect(data.rows).toEqual([
      { hostname: 'db-02', usage_user: 81 },
      { hostname: 'db-02', usage_user: 83 },
    ]);
    expect(data.stats.sources.raw.query).toBe(`SELECT usage_user, host FROM cpu WHERE host = 'db-02'`);
    expect(refused(await mix(app, raw('DROP MEASUREMENT cpu')), 400, 40000)).toMatch(
      /^body\.sources\.raw\.q: statement 1 \(DropMeasurementStatement: DROP MEASUREMENT cpu\) is not a read/,
    );
    expect(refused(await mix(app, raw('SELECT * INTO other FROM cpu')), 400, 40000)).toMatch(
      /^body\.sources\.raw\.q: statement 1 \(SelectStatement with INTO: SELECT \* INTO other FROM cpu\) is not a read/,
    );
    expect(refused(await mix(app, raw('SELECT * FROM cpu WHERE')), 400, 40000)).toMatch(/^body\.sources\.raw\.q: InfluxQL syntax error: found EOF, expected/);
    expect(refused(await mix(app, raw('SELECT * FROM cpu; SELECT * FROM mem')), 400, 40000)).toBe('body.sources.raw.q: expected one statement, found 2');
  });

  it('answers 404 for an unknown instance before calling any backend', async () => {
    const before = await queryTotal('default', hostsIndex(P));
    const body = designPipeline(P);
    const unknownSource = { ...body, sources: { ...body.sources, cpu: { ...body.sources.cpu, influx: 'nope' } } };
    expect(refused(await mix(app, unknownSource), 404, 40401)).toBe('unknown influx instance "nope" (configured: default)');
    const unknownTarget = { ...body, pipeline: [...body.pipeline, { upsert: { es: 'archive', index: 'out', id: 'region' } }] };
    expect(refused(await mix(app, unknownTarget), 404, 40401)).toBe('unknown es instance "archive" (configured: default, opensearch, es9, opensearch3)');
    expect(refused(await mix(app, unknownSource, { explain: true }), 404, 40401)).toMatch(/^unknown influx instance/);
    expect(await queryTotal('default', hostsIndex(P))).toBe(before);
  });

  it('refuses a bad name, operator or argument with 400 naming its path', async () => {
    const body = designPipeline(P);
    const cases: [unknown, string][] = [
      [{ ...body, sources: { ...body.sources, hosts: { ...body.sources.hosts, index: 'Hosts' } } }, 'body.sources.hosts.index: must be lowercase'],
      [
        { ...body, pipeline: [body.pipeline[0], { filter: { cpu: { above: 80 } } }] },
        'body.pipeline.1.filter.cpu: unknown condition "above" (expected: eq, ne, gt, gte, lt, lte, in, nin, exists, contains, prefix, regex)',
      ],
      [
        { ...body, pipeline: [body.pipeline[0], { having: {} }] },
        'body.pipeline.1: unknown operator "having" (expected: join, filter, derive, aggregate, fill, sort, limit, project, upsert)',
      ],
      [
        { ...body, pipeline: [{ join: { left: 'hosts', right: 'mem', on: { hostname: 'host' } } }] },
        'body.pipeline.0.join.right: unknown source "mem" (sources: hosts, cpu)',
      ],
      [
        { ...body, pipeline: [...body.pipeline, { sort: [{ cpu: 'desc' }] }] },
        'body.pipeline.5: no column "cpu" after step 2 (columns: region, hosts, avgCpu)',
      ],
      [
        { ...body, sources: { ...body.sources, hosts: { ...body.sources.hosts, size: 5, all: true } } },
        'body.sources.hosts.all: size and all exclude each other',
      ],
      [
        { ...body, sources: { ...body.sources, cpu: { ...body.sources.cpu, groupBy: [{ time: 'soon' }] } } },
        'body.sources.cpu.groupBy.0.time: must be a duration such as 30s, 5m, 1h30m, 7d',
      ],
      [
        { ...body, pipeline: [...body.pipeline, { upsert: { influx: 'default', db: 'x', measurement: 'm', tags: ['time'], fields: ['avgCpu'] } }] },
        'body.pipeline.5.upsert.tags.0: time is reserved for the timestamp',
      ],
    ];
    for (const [request, message] of cases) expect(refused(await mix(app, request), 400, 40000)).toBe(message);
  });

  /** Runs `check` with some limits lowered. */
  async function withLimits(lower: Partial<typeof limits>, check: () => Promise<void>) {
    const saved = { ...limits };
    Object.assign(limits, lower);
    try {
      await check();
    } finally {
      Object.assign(limits, saved);
    }
  }

  it('reads the right source whole when the left rows hold more keys than the semi-join takes', async () => {
    await withLimits({ semiJoinMaxKeys: 3 }, async () => {
      const data = ok(await mix(app, designPipeline(P)));
      expect(data.rows).toEqual(designResult.rows);
      expect(data.stats.sources.cpu).toMatchObject({ rows: 9, semiJoin: { keys: 8, restricted: false } });
    });
  });

  it('reads more than one search of matches only with all: true, page by page through a point in time', async () => {
    const index = `${P}-many`;
    await seed(
      'default',
      index,
      Array.from({ length: 10_001 }, (_, i) => ({ n: i, even: i % 2 === 0 })),
    );
    const body = (source: object) => ({
      sources: { docs: { es: 'default', index, ...source } },
      pipeline: [{ aggregate: { groupBy: ['even'], metrics: { n: { count: '*' }, top: { max: 'n' } } } }, { sort: [{ even: 'asc' }] }],
    });
    expect(refused(await mix(app, body({})), 400, 40000)).toBe(
      `body.sources.docs: 10001 documents match in es/default/${index}, more than one search returns (10000): set "all": true to read every one, or "size" to take the first ones`,
    );
    const all = ok(await mix(app, body({ all: true })));
    expect(all.rows).toEqual([
      { even: false, n: 5000, top: 9999 },
      { even: true, n: 5001, top: 10000 },
    ]);
    expect(all.stats.sources.docs).toMatchObject({ rows: 10001, requests: 6, query: { pit: true, size: 2000, _source: ['even', 'n'] } });
    expect(ok(await mix(app, body({ size: 10 }))).rows.reduce((n: number, r: { n: number }) => n + r.n, 0)).toBe(10);
  });
});
