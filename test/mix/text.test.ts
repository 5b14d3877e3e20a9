import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { explanation } from '../../src/apps/mix/schemas.js';
import { mixQueryBody } from '../../src/parser/pipeline.js';
import { pipelineToText } from '../../src/parser/pipeline-print.js';
import { direct, dropIndices } from '../es/es-helpers.js';
import { buildTestApp } from '../helpers.js';
import { directRows } from '../influx/support.js';
import { cpuDatabase, designPipeline, designResult, dropCpu, hostsIndex, mix, mixText, ok, refused, seedCpu, seedHosts } from './fixtures.js';

const P = 'dsl';

const rowsOf = (data: { columns: string[]; rows: object[] }) => ({ columns: data.columns, rows: data.rows });

// DESIGN.md's pipeline over the mix fixtures, written as text.
const designText = [
  `from hosts = es:default/\`${hostsIndex(P)}\` query {"term": {"os": "linux"}} fields ["hostname", "region"]`,
  `from cpu = influx:default/${cpuDatabase(P)}/cpu select {"cpu": {"mean": "usage_user"}} where {"time": {"gte": "now-1h"}} groupBy ["host"]`,
  '| join hosts with cpu how left on hostname = host',
  '| where cpu > 80',
  '| stats count() as hosts, avg(cpu) as avgCpu by region',
  '| sort avgCpu desc',
  '| limit 10',
].join('\n');

describe('POST /mix/query in the text form, on real Elasticsearch and InfluxDB', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestApp();
    await Promise.all([seedHosts(P), seedCpu(P)]);
  });
  afterAll(async () => {
    await Promise.all([dropIndices('default', P), dropCpu(P)]);
    await app.close();
  });

  it("answers DESIGN.md's pipeline as text/plain and as {text} exactly as its JSON form", async () => {
    const json = ok(await mix(app, designPipeline(P)));
    expect(rowsOf(json)).toEqual(designResult);
    expect(rowsOf(ok(await mixText(app, designText)))).toEqual(rowsOf(json));
    expect(rowsOf(ok(await mix(app, { text: designText })))).toEqual(rowsOf(json));
    // The same backend queries, semi-join included.
    const text = ok(await mixText(app, designText));
    expect(text.stats.sources.cpu.query).toBe(json.stats.sources.cpu.query);
    expect(text.stats.sources.hosts.query).toEqual(json.stats.sources.hosts.query);
  });

  it('runs filter (and/or/not, in, prefix, exists), project and limit offset as their JSON forms do, pushdown on and off', async () => {
    const text = [
      `from hosts = es:default/\`${hostsIndex(P)}\``,
      `from cpu = influx:default/${cpuDatabase(P)}/cpu select {"cpu": {"mean": "usage_user"}} groupBy ["host"]`,
      '| join hosts with cpu on hostname = host',
      '| where region in ["eu", "us"] or hostname prefix "app-", not os == "windows", cpu exists',
      '| select hostname as host, region, cpu',
      '| sort cpu desc, host asc',
      '| limit 4 offset 1',
    ].join('\n');
    const body = {
      sources: {
        hosts: { es: 'default', index: hostsIndex(P) },
        cpu: { influx: 'default', db: cpuDatabase(P), measurement: 'cpu', select: { cpu: { mean: 'usage_user' } }, groupBy: ['host'] },
      },
      pipeline: [
        { join: { left: 'hosts', right: 'cpu', on: { hostname: 'host' } } },
        { filter: { or: [{ region: { in: ['eu', 'us'] } }, { hostname: { prefix: 'app-' } }], not: { os: { eq: 'windows' } }, cpu: { exists: true } } },
        { project: { keep: ['hostname', 'region', 'cpu'], rename: { hostname: 'host' } } },
        { sort: [{ cpu: 'desc' }, { host: 'asc' }] },
        { limit: { count: 4, offset: 1 } },
      ],
    };
    const json = ok(await mix(app, body));
    // db-01 99 is skipped by the offset; web-03 and db-03 are windows; web-04 (15) is last.
    expect(json.rows).toEqual([
      { host: 'web-01', region: 'eu', cpu: 92 },
      { host: 'app-01', region: 'ap', cpu: 89 },
      { host: 'web-02', region: 'eu', cpu: 85 },
      { host: 'db-02', region: 'us', cpu: 82 },
    ]);
    expect(rowsOf(ok(await mixText(app, text)))).toEqual(rowsOf(json));
    expect(rowsOf(ok(await mixText(app, `${text}\noptions pushdown false`)))).toEqual(rowsOf(json));
    expect(rowsOf(ok(await mix(app, { text, options: { pushdown: false } })))).toEqual(rowsOf(json));
  });

  it('writes with into es:… and into influx:… what the JSON upserts write', async () => {
    const into = (tag: string) =>
      [
        designText,
        `| into es:default/\`${P}-hot-${tag}\` id region`,
        `| into influx:default/${cpuDatabase(P)}/hot_${tag} tags region fields hosts, avgCpu`,
      ].join('\n');
    const body = designPipeline(P);
    body.pipeline.push(
      { upsert: { es: 'default', index: `${P}-hot-json`, id: 'region' } },
      { upsert: { influx: 'default', db: cpuDatabase(P), measurement: 'hot_json', tags: ['region'], fields: ['hosts', 'avgCpu'] } },
    );
    const json = ok(await mix(app, body));
    const text = ok(await mixText(app, into('text')));
    expect(rowsOf(text)).toEqual(rowsOf(json));
    expect(text.stats.upserts.map((u: { written: number }) => u.written)).toEqual([3, 3]);
    const documents = async (index: string) =>
      ((await direct('default', 'POST', `/${index}/_search`, { sort: [{ 'region.keyword': 'asc' }] })).hits.hits as { _id: string; _source: object }[]).map(
        (h) => [h._id, h._source],
      );
    expect(await documents(`${P}-hot-text`)).toEqual(await documents(`${P}-hot-json`));
    expect(await documents(`${P}-hot-text`)).toHaveLength(3);
    const points = async (m: string) =>
      (await directRows(`SELECT "region", "hosts", "avgCpu" FROM "${m}"`, cpuDatabase(P)))
        .map(({ time: _, ...row }) => row)
        .sort((a, b) => String(a.region).localeCompare(String(b.region)));
    expect(await points('hot_text')).toEqual(await points('hot_json'));
    expect(await points('hot_text')).toHaveLength(3);
  });

  it('explains a text pipeline with the JSON form it compiled to, which printed again compiles to the same', async () => {
    const plan = ok(await mixText(app, designText, true));
    expect(explanation.parse(plan)).toEqual(plan);
    expect(plan.pipeline).toEqual(mixQueryBody.parse(designPipeline(P)));
    const again = ok(await mixText(app, pipelineToText(plan.pipeline), true));
    expect(again.pipeline).toEqual(plan.pipeline);
    expect(again.sources).toEqual(plan.sources);
  });

  it('refuses a text with a syntax error as a 400 naming line:column, with the line and a caret, before any backend call', async () => {
    const message = refused(await mixText(app, designText.replace('by region', 'bi region')), 400, 40000);
    expect(message).toBe(
      `body.text: 5:46: expected ",", "by", "|", "options" or the end of the text, found "bi"\n  | | stats count() as hosts, avg(cpu) as avgCpu bi region\n${' '.repeat(49)}^`,
    );
    // What the text compiled to is validated as a JSON body is: the same field names.
    expect(refused(await mixText(app, designText.replace('| limit 10', '| limit -1')), 400, 40000)).toMatch(/^body\.pipeline\.4\.limit: /);
    expect(refused(await mix(app, { text: designText, sources: {} }), 400, 40000)).toBe('body: unknown field "sources" (expected: text, options)');
  });

  it('keeps the pipeline budgets for text bodies: steps over maxSteps and a body over maxBodyBytes are a 413', async () => {
    const many = `${designText}\n${'| limit 10\n'.repeat(200)}`;
    const answer = await mixText(app, many);
    expect(answer.status).toBe(413);
    expect(answer.body.message).toMatch(/^body\.pipeline: 205 steps/);
    const budget = app.settings.limits.pipeline.maxBodyBytes;
    const large = await mixText(app, `${designText}\n# ${'x'.repeat(budget)}`);
    expect(large.status).toBe(413);
    expect(large.body.message).toMatch(/^body: more than \d+ bytes/);
  });
});
