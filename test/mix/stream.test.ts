import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Row } from '../../src/libs/rows.js';
import { rowBytes } from '../../src/query/mix/limits.js';
import { dropIndices, seed } from '../es/es-helpers.js';
import { bodyOf, buildTestApp } from '../helpers.js';
import { designPipeline, designResult, dropCpu, seedCpu, seedHosts } from './fixtures.js';

const P = 'mx6s';

describe('POST /mix/query streams its rows as NDJSON or CSV when Accept asks', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestApp();
    await Promise.all([seedHosts(P), seedCpu(P)]);
    await seed('default', `${P}-odd`, [
      { name: 'a,b', note: 'he said "hi"', tags: ['x', 'y'], up: true, meta: { rack: 4 } },
      { name: 'line\nbreak', up: false },
    ]);
  });
  afterAll(async () => {
    await Promise.all([dropIndices('default', P), dropCpu(P)]);
    await app.close();
  });

  const run = (body: unknown, accept?: string, url = '/mix/query') =>
    app.inject({ method: 'POST', url, payload: body as object, headers: accept === undefined ? {} : { accept } });

  it('answers NDJSON, one row a line, with the stats in x-pipeline-stats', async () => {
    const res = await run(designPipeline(P), 'application/x-ndjson');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/x-ndjson');
    expect(res.body.endsWith('\n')).toBe(true);
    expect(
      res.body
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line) as unknown),
    ).toEqual(designResult.rows);
    const stats = JSON.parse(String(res.headers['x-pipeline-stats'])) as Record<string, unknown>;
    expect(stats).toMatchObject({ rows: 3, sources: { hosts: { rows: 8, requests: 1 }, cpu: { rows: 6, requests: 1 } } });
    // The size the maxBytes budget counts: the hosts source's rows, as that source alone answers them.
    const hostsAlone = await run({ sources: { hosts: designPipeline(P).sources.hosts } });
    const hostRows = bodyOf<{ rows: Row[] }>(hostsAlone).data.rows;
    expect(hostRows).toHaveLength(8);
    expect((stats.sources as Record<string, { bytes: number }>).hosts!.bytes).toBe(hostRows.reduce((sum, row) => sum + rowBytes(row), 0));
    expect(stats.ms).toBeGreaterThan(0);
  });

  it('answers CSV with a header of the columns, CRLF line ends', async () => {
    const res = await run(designPipeline(P), 'text/csv');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.body).toBe('region,hosts,avgCpu\r\nus,2,90.5\r\nap,1,89\r\neu,2,88.5\r\n');
  });

  it('quotes what CSV must quote, leaves null empty, writes booleans as words and arrays/objects as JSON', async () => {
    const body = {
      sources: { odd: { es: 'default', index: `${P}-odd` } },
      pipeline: [{ sort: [{ up: 'desc' }] }, { project: { keep: ['name', 'note', 'tags', 'up', 'meta.rack'] } }],
    };
    const res = await run(body, 'text/csv');
    expect(res.statusCode).toBe(200);
    expect(res.body).toBe('name,note,tags,up,meta.rack\r\n"a,b","he said ""hi""","[""x"",""y""]",true,4\r\n"line\nbreak",,,false,\r\n');
    const lines = await run(body, 'application/x-ndjson');
    expect(lines.body).toBe(
      '{"name":"a,b","note":"he said \\"hi\\"","tags":["x","y"],"up":true,"meta.rack":4}\n{"name":"line\\nbreak","note":null,"tags":null,"up":false,"meta.rack":null}\n',
    );
  });

  it('keeps the JSON envelope without Accept, for */*, when JSON is preferred, and for a plan', async () => {
    for (const accept of [undefined, '*/*', 'application/json', 'text/csv;q=0.5, application/json']) {
      const res = await run(designPipeline(P), accept);
      expect(res.headers['content-type'], String(accept)).toMatch(/^application\/json/);
      expect({ columns: bodyOf<typeof designResult>(res).data.columns, rows: bodyOf<typeof designResult>(res).data.rows }).toEqual(designResult);
    }
    const plan = await run(designPipeline(P), 'text/csv', '/mix/query?explain=true');
    expect(plan.headers['content-type']).toMatch(/^application\/json/);
    expect(bodyOf<{ pushdown: boolean }>(plan).data.pushdown).toBe(true);
  });

  it('answers a refusal as the JSON envelope whatever Accept asked', async () => {
    const res = await run({ sources: { nope: { es: 'default', index: `${P}-missing` } }, pipeline: [{ limit: 'x' }] }, 'application/x-ndjson');
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(bodyOf(res).message).toMatch(/^body\.pipeline\.0\.limit: /);
  });
});
