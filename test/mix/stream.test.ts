import { request } from 'node:http';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildApp } from '../../src/app.js';
import { Engine } from '../../src/libs/duckdb.js';
import type { Row } from '../../src/libs/rows.js';
import { sql } from '../../src/libs/sql.js';
import { rowBytes } from '../../src/query/mix/limits.js';
import { dropIndices, seed } from '../es/es-helpers.js';
import { bodyOf, buildTestApp, testSettings } from '../helpers.js';
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

describe('POST /mix/query streams a large result from its engine, block by block', () => {
  const S = 'stream_blocks';
  // 224 × 224 rows joined on k: 50 176 rows, seven blocks of the engine's 8 192 rows.
  const side = 224;
  const blockCount = Math.ceil((side * side) / 8192);
  const body = (note = false) => ({
    sources: { left: { es: 'default', index: `${S}-left`, all: true }, right: { es: 'default', index: `${S}-right`, all: true } },
    pipeline: [
      { join: { left: 'left', right: 'right', on: { k: 'k' } } },
      { sort: [{ l: 'asc' }, { r: 'asc' }] },
      { project: { keep: ['l', 'r', ...(note ? ['note'] : [])] } },
    ],
  });
  const expected = Array.from({ length: side * side }, (_, n) => ({ l: Math.floor(n / side), r: n % side }));
  // One pipeline at a time: a stream holds its place until it closes.
  let app: FastifyInstance;
  beforeAll(async () => {
    const base = testSettings();
    app = await buildApp({ ...base, limits: { ...base.limits, pipeline: { ...base.limits.pipeline, maxInFlight: 1 } } });
    await Promise.all([
      // A long note makes a block's NDJSON ~8 MB and the whole ~50 MB: more than sockets and streams buffer, so a client can leave mid-stream.
      seed(
        'default',
        `${S}-left`,
        Array.from({ length: side }, (_, l) => ({ k: 1, l, note: `${l}`.padEnd(1000, '.') })),
      ),
      seed(
        'default',
        `${S}-right`,
        Array.from({ length: side }, (_, r) => ({ k: 1, r })),
      ),
    ]);
  });
  afterAll(async () => {
    vi.restoreAllMocks();
    await dropIndices('default', S);
    await app.close();
  });

  // The engine's own open, before any spy.
  const open = Engine.open.bind(Engine);

  /** The engine the next pipeline opens: how many blocks were read from it, and a promise of its closing. */
  function nextEngine() {
    const seen: { engine?: Engine; blocks: number } = { blocks: 0 };
    let closed!: () => void;
    const closing = new Promise<void>((resolve) => (closed = resolve));
    vi.spyOn(Engine, 'open').mockImplementationOnce(async (settings) => {
      const engine = await open(settings);
      seen.engine = engine;
      const [close, blocks] = [engine.close.bind(engine), engine.blocks.bind(engine)];
      vi.spyOn(engine, 'close').mockImplementation(() => {
        close();
        closed();
      });
      vi.spyOn(engine, 'blocks').mockImplementation(async function* (ref) {
        for await (const block of blocks(ref)) {
          seen.blocks++;
          yield block;
        }
      });
      return engine;
    });
    return { seen, closed: closing };
  }

  /** A closed engine's connection refuses every statement. */
  const expectClosed = (engine: Engine) => expect(engine.run(sql`SELECT 1`)).rejects.toThrow(/connection disconnected/);

  it('sends every row in order as NDJSON, with the stats header, and closes the engine after the last', async () => {
    const { seen, closed } = nextEngine();
    const res = await app.inject({ method: 'POST', url: '/mix/query', payload: body(), headers: { accept: 'application/x-ndjson' } });
    expect(res.statusCode, res.body).toBe(200);
    const rows = res.body
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as unknown);
    expect(rows).toHaveLength(side * side);
    expect(rows).toEqual(expected);
    const stats = JSON.parse(String(res.headers['x-pipeline-stats'])) as Record<string, unknown>;
    expect(stats).toMatchObject({ rows: side * side, sources: { left: { rows: side, requests: 1 }, right: { rows: side, requests: 1 } } });
    await closed;
    expect(seen.blocks).toBe(blockCount);
    await expectClosed(seen.engine!);
  });

  it('sends every row in order as CSV under one header', async () => {
    const { seen, closed } = nextEngine();
    const res = await app.inject({ method: 'POST', url: '/mix/query', payload: body(), headers: { accept: 'text/csv' } });
    expect(res.statusCode).toBe(200);
    expect(res.body).toBe(['l,r', ...expected.map(({ l, r }) => `${l},${r}`)].join('\r\n') + '\r\n');
    expect(JSON.parse(String(res.headers['x-pipeline-stats']))).toMatchObject({ rows: side * side });
    await closed;
    expect(seen.blocks).toBe(blockCount);
    await expectClosed(seen.engine!);
  });

  it('closes the engine when the client leaves mid-stream, and gives the pipeline place back', async () => {
    const address = await app.listen({ port: 0, host: '127.0.0.1' });
    const { seen, closed } = nextEngine();
    const received = await new Promise<number>((resolve, reject) => {
      const req = request(
        `${address}/mix/query`,
        { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/x-ndjson' } },
        (res) => {
          if (res.statusCode !== 200) reject(new Error(`status ${res.statusCode}`));
          res.once('data', (chunk: Buffer) => {
            // Gone after the first piece: the server is then still reading blocks.
            req.destroy();
            resolve(chunk.length);
          });
        },
      );
      req.on('error', (err) => (req.destroyed ? undefined : reject(err)));
      req.end(JSON.stringify(body(true)));
    });
    await closed;
    await expectClosed(seen.engine!);
    // The client had a piece of the ~50 MB when it left, and the engine was not read to its end.
    expect(received).toBeGreaterThan(0);
    expect(seen.blocks).toBeLessThan(blockCount);
    // With maxInFlight 1, the next pipeline runs: the stream gave its place back when it closed, after its engine.
    const next = await app.inject({ method: 'POST', url: '/mix/query', payload: body(), headers: { accept: 'text/csv' } });
    expect(next.statusCode).toBe(200);
  });
});
