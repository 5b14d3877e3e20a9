import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pipelineResult } from '../../src/apps/mix/schemas.js';
import { direct, dropIndices, seed } from '../es/es-helpers.js';
import { buildTestApp } from '../helpers.js';
import { directRows, writeDirect } from '../influx/support.js';
import { cpuDatabase, designPipeline, designResult, dropCpu, mix, ok, seedCpu, seedHosts } from './fixtures.js';

const P = 'mx6u';
const hotIndex = `${P}-hot-regions`;

/** Documents of any shape: nothing is mapped, everything kept in _source. */
async function seedLoose(index: string, docs: object[]) {
  await direct('default', 'PUT', `/${index}`, { settings: { number_of_replicas: 0 }, mappings: { dynamic: false } });
  await seed('default', index, docs);
}

describe('upsert steps', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestApp();
    await Promise.all([seedHosts(P), seedCpu(P)]);
  });
  afterAll(async () => {
    await Promise.all([dropIndices('default', P), dropCpu(P)]);
    await app.close();
  });

  it('writes the result into a new index and a new measurement, which read back equal', async () => {
    const body = designPipeline(P);
    body.pipeline.push(
      { upsert: { es: 'default', index: hotIndex, id: 'region' } },
      { upsert: { influx: 'default', db: cpuDatabase(P), measurement: 'hot_regions', tags: ['region'], fields: ['hosts', 'avgCpu'] } },
    );
    const data = ok(await mix(app, body));
    expect(pipelineResult.parse(data)).toEqual(data);
    expect(data.rows).toEqual(designResult.rows);
    expect(data.stats.upserts).toEqual([
      { step: 5, target: `es/default/${hotIndex}`, written: 3, failed: 0, errors: [] },
      { step: 6, target: `influx/default/${cpuDatabase(P)}/hot_regions`, written: 3, failed: 0, errors: [] },
    ]);

    // Straight from the backends: documents under the region ids, one point per region.
    const hits = (await direct('default', 'POST', `/${hotIndex}/_search`, { sort: [{ 'region.keyword': 'asc' }] })).hits.hits as {
      _id: string;
      _source: object;
    }[];
    expect(hits.map((h) => [h._id, h._source])).toEqual(
      [...designResult.rows].sort((a, b) => a.region.localeCompare(b.region)).map((row) => [row.region, row]),
    );
    const points = await directRows('SELECT "region", "hosts", "avgCpu" FROM "hot_regions"', cpuDatabase(P));
    expect(points.map(({ time: _, ...row }) => row).sort((a, b) => String(a.region).localeCompare(String(b.region)))).toEqual(
      [...designResult.rows].sort((a, b) => a.region.localeCompare(b.region)),
    );

    // And through the gateway, each as a pipeline source.
    const readBack = (source: object) => ({
      sources: { out: source },
      pipeline: [{ project: { keep: ['region', 'hosts', 'avgCpu'] } }, { sort: [{ avgCpu: 'desc' }] }],
    });
    expect(ok(await mix(app, readBack({ es: 'default', index: hotIndex }))).rows).toEqual(designResult.rows);
    expect(ok(await mix(app, readBack({ influx: 'default', db: cpuDatabase(P), measurement: 'hot_regions' }))).rows).toEqual(designResult.rows);
  });

  it('reports Elasticsearch rows it could not write, item by item, with 207', async () => {
    const source = `${P}-items`;
    const target = `${P}-typed`;
    await seedLoose(source, [{ k: 'a', v: 1 }, { v: 2 }, { k: 'c', v: 'not a number' }, { k: 'd', v: 4 }]);
    await direct('default', 'PUT', `/${target}`, { settings: { number_of_replicas: 0 }, mappings: { properties: { v: { type: 'long' } } } });
    const res = await mix(app, {
      sources: { items: { es: 'default', index: source } },
      pipeline: [{ sort: [{ v: 'asc' }] }, { upsert: { es: 'default', index: target, id: 'k' } }],
    });
    expect(res.status).toBe(207);
    expect(res.body).toMatchObject({ result: true, resultcode: 20700, message: `2 of 4 rows not written to es/default/${target}` });
    const [report] = res.body.data.stats.upserts;
    expect(report).toMatchObject({ written: 2, failed: 2 });
    // Rows sorted by v: 1 (a), 2 (no k), 4 (d), then the string.
    expect(report.errors).toEqual([
      { rows: '1', reason: 'no document id in column "k" (a string or a number)' },
      { rows: '3', reason: expect.stringMatching(/^document_parsing_exception: .*failed to parse field \[v\] of type \[long\]/) },
    ]);
    const count = await direct('default', 'GET', `/${target}/_count`);
    expect(count.count).toBe(2);
  });

  it('reports InfluxDB rows it could not write: bad values by row, points the server dropped by count', async () => {
    const db = cpuDatabase(P);
    // A float v in the same shard (InfluxDB refuses a whole batch whose points disagree in a new shard).
    await writeDirect(db, 'typed,host=x v=1 1704067210000000000');
    const source = `${P}-points`;
    await seedLoose(source, [
      { host: 'a', v: 1.5, t: '2024-01-01T00:00:00Z' },
      { host: 'b', v: 'text', t: '2024-01-01T00:00:01Z' },
      { host: 'c', v: [1, 2], t: '2024-01-01T00:00:02Z' },
      { host: 'd', v: null, t: '2024-01-01T00:00:03Z' },
      { host: 'e', v: 3, t: 1704067204000 },
    ]);
    const res = await mix(app, {
      sources: { rows: { es: 'default', index: source } },
      pipeline: [{ sort: [{ host: 'asc' }] }, { upsert: { influx: 'default', db, measurement: 'typed', tags: ['host'], fields: ['v'], time: 't' } }],
    });
    expect(res.status).toBe(207);
    const [report] = res.body.data.stats.upserts;
    expect(report).toMatchObject({ target: `influx/default/${db}/typed`, written: 2, failed: 3 });
    expect(report.errors).toEqual([
      { rows: '2', reason: 'field "v" holds an array' },
      { rows: '3', reason: 'no field value ("v" are all null)' },
      { rows: '0..4', reason: expect.stringMatching(/^1 of these points dropped: field type conflict/) },
    ]);
    const points = await directRows(`SELECT "host", "v" FROM "typed" WHERE "host" != 'x'`, db);
    expect(points).toEqual([
      { time: '2024-01-01T00:00:00Z', host: 'a', v: 1.5 },
      { time: '2024-01-01T00:00:04Z', host: 'e', v: 3 },
    ]);
  });
});
