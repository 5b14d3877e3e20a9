import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { capabilities as capabilitiesSchema, clusterInfo } from '../../src/apps/es/responses.js';
import type { Capabilities } from '../../src/query/es/capabilities.js';
import { openCursor } from '../../src/query/es/export-cursor.js';
import { backends, buildTestApp, testSettings } from '../helpers.js';
import { call } from './es-helpers.js';

// The four engines of the matrix, as this file names them, with what each really has. The
// Elasticsearch nodes are core only (Elastic does not publish reindex, lang-painless or
// data-streams on Maven Central); the OpenSearch nodes carry those modules.
const engines = {
  default: {
    url: () => backends().es,
    version: /^8\.19\./,
    capabilities: {
      pointInTime: true,
      pointInTimeApi: '_pit',
      shardDocTiebreaker: true,
      searchAfter: true,
      compositeAggregations: true,
      composableTemplates: true,
      deleteByQuery: false,
      updateByQuery: false,
      scripts: false,
      dataStreams: false,
      apiKeys: false,
      compatibleWith8: true,
    },
  },
  es9: {
    url: () => backends().es9,
    version: /^9\.5\./,
    capabilities: {
      pointInTime: true,
      pointInTimeApi: '_pit',
      shardDocTiebreaker: true,
      searchAfter: true,
      compositeAggregations: true,
      composableTemplates: true,
      deleteByQuery: false,
      updateByQuery: false,
      scripts: false,
      dataStreams: false,
      apiKeys: false,
      compatibleWith8: true,
    },
  },
  opensearch: {
    url: () => backends().opensearch,
    version: /^2\.19\./,
    capabilities: {
      pointInTime: true,
      pointInTimeApi: '_search/point_in_time',
      shardDocTiebreaker: false,
      searchAfter: true,
      compositeAggregations: true,
      composableTemplates: true,
      deleteByQuery: true,
      updateByQuery: true,
      scripts: true,
      dataStreams: true,
      apiKeys: false,
      compatibleWith8: false,
    },
  },
  opensearch3: {
    url: () => backends().opensearch3,
    version: /^3\.9\./,
    capabilities: {
      pointInTime: true,
      pointInTimeApi: '_search/point_in_time',
      shardDocTiebreaker: true,
      searchAfter: true,
      compositeAggregations: true,
      composableTemplates: true,
      deleteByQuery: true,
      updateByQuery: true,
      scripts: true,
      dataStreams: true,
      apiKeys: false,
      compatibleWith8: false,
    },
  },
} satisfies Record<string, { url: () => string; version: RegExp; capabilities: Capabilities }>;
type Engine = keyof typeof engines;
const engineNames = Object.keys(engines) as Engine[];

const index = 'escap-cap';
// Over one export page (1000) on two shards, so that the tiebreaker decides what the next page is.
const total = 2500;

/** A call straight to an engine, for features the gateway has no route for and for seeding. */
async function direct(engine: Engine, method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
  const ndjson = Array.isArray(body);
  const res = await fetch(`${engines[engine].url()}${path}`, {
    method,
    headers: { 'content-type': ndjson ? 'application/x-ndjson' : 'application/json', ...headers },
    body: body === undefined ? undefined : ndjson ? `${body.map((l) => JSON.stringify(l)).join('\n')}\n` : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> & { error?: unknown } };
}

async function seed(engine: Engine) {
  await direct(engine, 'DELETE', `/${index}`);
  await direct(engine, 'PUT', `/${index}`, {
    settings: { number_of_shards: 2, number_of_replicas: 0 },
    mappings: { properties: { n: { type: 'long' }, k: { type: 'keyword' } } },
  });
  const lines = Array.from({ length: total }, (_, n) => [{ index: { _id: `d${n}` } }, { n, k: n % 2 ? 'odd' : 'even' }]).flat();
  expect((await direct(engine, 'POST', `/${index}/_bulk?refresh=true`, lines)).body.errors).toBe(false);
}

describe('capabilities of the four engines, each one checked on the engine', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    const settings = testSettings();
    const es = settings.es.default!;
    app = await buildTestApp({
      es: {
        ...settings.es,
        es9: { ...es, node: backends().es9 },
        opensearch3: { ...settings.es.opensearch!, node: backends().opensearch3, flavor: 'opensearch' },
      },
    });
    await Promise.all(engineNames.map(seed));
  });
  afterAll(async () => {
    await Promise.all(engineNames.map((e) => direct(e, 'DELETE', `/${index}`)));
    await app.close();
  });

  describe.each(engineNames)('%s', (engine) => {
    const expected = engines[engine];
    const base = `/es/${engine}/indices/${index}`;
    let reported: Capabilities;

    beforeAll(async () => {
      const res = await call(app, 'GET', `/es/${engine}`);
      expect(res.status).toBe(200);
      const info = clusterInfo.parse(res.body.data);
      expect(info.version).toMatch(expected.version);
      expect(Object.keys(res.body.data.capabilities).sort()).toEqual(Object.keys(capabilitiesSchema.shape).sort());
      reported = info.capabilities;
    });

    it('reports its version, flavor and capabilities', () => {
      expect(reported).toEqual(expected.capabilities);
    });

    it('pointInTime: opens one at the endpoint it names, and the export cursor reads through it', async () => {
      const path = `/${index}/${reported.pointInTimeApi}?keep_alive=1m`;
      const opened = await direct(engine, 'POST', path);
      expect(opened.status).toBe(200);
      const id = opened.body.id ?? opened.body.pit_id;
      expect(typeof id).toBe('string');
      const close = reported.pointInTimeApi === '_pit' ? { id } : { pit_id: [id] };
      expect((await direct(engine, 'DELETE', `/${reported.pointInTimeApi}`, close)).status).toBe(200);
      const cursor = await openCursor(app.backends.esInstance(engine, 'read'), { index, pageSize: 10 });
      expect(cursor.via).toBe('point-in-time');
      // The cursor's tiebreaker follows the capability: _shard_doc sorts on a number, _id on a string.
      const [first] = await cursor.next();
      expect(typeof first!.sort![0]).toBe(reported.shardDocTiebreaker ? 'number' : 'string');
      await cursor.close();
    });

    it('shardDocTiebreaker: sorts a point in time on _shard_doc as reported, and _export reads every document once', async () => {
      const api = reported.pointInTimeApi!;
      const opened = await direct(engine, 'POST', `/${index}/${api}?keep_alive=1m`);
      const id = opened.body.id ?? opened.body.pit_id;
      const sorted = await direct(engine, 'POST', '/_search', { size: 1, pit: { id, keep_alive: '1m' }, sort: [{ _shard_doc: 'asc' }] });
      await direct(engine, 'DELETE', `/${api}`, api === '_pit' ? { id } : { pit_id: [id] });
      if (reported.shardDocTiebreaker) expect(sorted.status).toBe(200);
      else expect(JSON.stringify(sorted.body.error)).toMatch(/No mapping found for \[_shard_doc\]/);
      const res = await app.inject({ method: 'GET', url: `${base}/_export?fields=n` });
      expect(res.statusCode).toBe(200);
      const seen = new Set(
        res.body
          .trim()
          .split('\n')
          .map((line) => (JSON.parse(line) as { _source: { n: number } })._source.n),
      );
      expect(seen.size).toBe(total);
    });

    it('searchAfter and compositeAggregations: through _search', async () => {
      const after = await call(app, 'POST', `${base}/_search`, { size: 2, sort: [{ n: 'asc' }], search_after: [10] });
      expect(after.body.data.hits.map((h: { source: { n: number } }) => h.source.n)).toEqual([11, 12]);
      const composite = await call(app, 'POST', `${base}/_search`, { size: 0, aggs: { k: { composite: { sources: [{ k: { terms: { field: 'k' } } }] } } } });
      expect(composite.body.data.aggregations.k.buckets).toEqual([
        { key: { k: 'even' }, doc_count: total / 2 },
        { key: { k: 'odd' }, doc_count: total / 2 },
      ]);
    });

    it('composableTemplates: /templates puts, gets and deletes one', async () => {
      const url = `/es/${engine}/templates/escap-cap`;
      expect((await call(app, 'PUT', url, { index_patterns: ['escap-cap-t-*'], priority: 7 })).status).toBe(200);
      expect((await call(app, 'GET', url)).body.data).toMatchObject({ name: 'escap-cap', index_patterns: ['escap-cap-t-*'], priority: 7 });
      expect((await call(app, 'DELETE', url)).status).toBe(200);
    });

    it('scripts: a Painless script field runs where reported, and is refused by the engine elsewhere', async () => {
      const res = await call(app, 'POST', `${base}/_search`, {
        size: 1,
        query: { term: { n: 21 } },
        script_fields: { twice: { script: { source: "doc['n'].value * 2" } } },
      });
      if (reported.scripts) expect(res.body.data.hits[0].fields).toEqual({ twice: [42] });
      else expect(res.body.message).toMatch(/script_lang not supported \[painless\]/);
    });

    it('updateByQuery: runs on the engine where reported, has no handler elsewhere', async () => {
      const res = await direct(engine, 'POST', `/${index}/_update_by_query?refresh=true`, { query: { term: { n: 0 } } });
      if (reported.updateByQuery) expect(res.body).toMatchObject({ total: 1, updated: 1 });
      else expect(res.body.error).toMatch(/no handler found for uri \[\/escap-cap\/_update_by_query\?/);
    });

    it('deleteByQuery: the route deletes where reported, else answers 501 naming what to use instead', async () => {
      const res = await call(app, 'POST', `${base}/_delete_by_query?refresh=true`, { query: { term: { n: total - 1 } } });
      if (reported.deleteByQuery) {
        expect(res.status).toBe(200);
        expect(res.body.data).toMatchObject({ deleted: 1 });
        await direct(engine, 'PUT', `/${index}/_doc/d${total - 1}?refresh=true`, { n: total - 1, k: 'odd' });
      } else {
        expect(res.status).toBe(501);
        expect(res.body.message).toBe(
          `not supported: _delete_by_query on es/${engine}: the cluster lacks the reindex module that provides it; ` +
            `delete the matching documents by id instead: read their ids with GET /es/${engine}/indices/{index}/_export, ` +
            `then send delete actions to POST /es/${engine}/indices/{index}/docs/_bulk`,
        );
      }
    });

    it('dataStreams: creates one from a template where reported, has no endpoint elsewhere', async () => {
      const stream = 'escap-cap-stream';
      if (reported.dataStreams) {
        expect((await direct(engine, 'PUT', '/_index_template/escap-cap-stream', { index_patterns: [stream], data_stream: {} })).status).toBe(200);
        expect((await direct(engine, 'PUT', `/_data_stream/${stream}`)).body).toEqual({ acknowledged: true });
        expect((await direct(engine, 'DELETE', `/_data_stream/${stream}`)).status).toBe(200);
        expect((await direct(engine, 'DELETE', '/_index_template/escap-cap-stream')).status).toBe(200);
      } else {
        // Without the module the path falls to an index route, which refuses the name.
        expect((await direct(engine, 'GET', '/_data_stream')).body.error).toMatchObject({ type: 'invalid_index_name_exception' });
      }
    });

    it('apiKeys: no engine of the matrix runs security, so none can create one', async () => {
      expect(reported.apiKeys).toBe(false);
      expect((await direct(engine, 'POST', '/_security/api_key', { name: 'escap' })).status).toBeGreaterThanOrEqual(400);
    });

    it('every other /es route answers on it: no route needs a capability this version lacks', async () => {
      const other = `${index}-routes`;
      const at = `/es/${engine}/indices/${other}`;
      const steps: [InjectOptions['method'], string, unknown?][] = [
        ['GET', `/es/${engine}/nodes`],
        ['GET', `/es/${engine}/aliases`],
        ['POST', `/es/${engine}/indices`, { index: other, settings: { number_of_replicas: 0 } }],
        ['GET', `/es/${engine}/indices?pattern=${other}`],
        ['PATCH', at, { mappings: { properties: { v: { type: 'long' } } }, aliases: { add: [`${other}-alias`] } }],
        ['GET', at],
        ['PUT', `${at}/docs/1?refresh=true`, { v: 1 }],
        ['POST', `${at}/docs?refresh=true`, { v: 2 }],
        ['PATCH', `${at}/docs/1?refresh=true`, { v: 3 }],
        ['GET', `${at}/docs/1`],
        ['POST', `${at}/docs/_bulk?refresh=true`, [{ _id: '2', v: 4 }]],
        ['POST', `${at}/_count`, { query: { range: { v: { gte: 3 } } } }],
        ['DELETE', `${at}/docs/1?refresh=true`],
        ['POST', `${at}/_refresh`],
        ['POST', `${at}/_close`],
        ['POST', `${at}/_open`],
        ['DELETE', at],
      ];
      const failed: string[] = [];
      for (const [method, url, payload] of steps) {
        const res = await call(app, method, url, payload);
        if (res.status >= 300) failed.push(`${method} ${url}: ${res.status} ${res.body.message}`);
      }
      expect(failed).toEqual([]);
    });

    it('compatibleWith8: the engine reads the compatible-with=8 media types (and refuses compatible-with=7 on 9)', async () => {
      const media = (v: number) => ({
        accept: `application/vnd.elasticsearch+json; compatible-with=${v}`,
        'content-type': `application/vnd.elasticsearch+json; compatible-with=${v}`,
      });
      const v8 = await direct(engine, 'POST', `/${index}/_count`, { query: { match_all: {} } }, media(8));
      if (reported.compatibleWith8) expect(v8.body).toMatchObject({ count: total });
      if (engine === 'es9') expect((await direct(engine, 'POST', `/${index}/_count`, {}, media(7))).status).toBe(400);
    });
  });
});

describe("the gateway's 8.x client against Elasticsearch 9", () => {
  let proxy: Server;
  let app: FastifyInstance;
  const seen: IncomingHttpHeaders[] = [];
  beforeAll(async () => {
    // A pass-through to the ES 9 engine that notes each request's headers.
    const target = backends().es9;
    proxy = createServer((req, res) => {
      seen.push(req.headers);
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const headers = { accept: req.headers.accept ?? '', 'content-type': req.headers['content-type'] ?? 'application/json' };
        void fetch(`${target}${req.url}`, { method: req.method, headers, body: chunks.length ? Buffer.concat(chunks) : undefined }).then(async (r) => {
          res.writeHead(r.status, {
            'content-type': r.headers.get('content-type') ?? 'application/json',
            'x-elastic-product': r.headers.get('x-elastic-product') ?? '',
          });
          res.end(Buffer.from(await r.arrayBuffer()));
        });
      });
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    const settings = testSettings();
    app = await buildTestApp({
      es: { ...settings.es, recorded: { ...settings.es.default!, node: `http://127.0.0.1:${(proxy.address() as AddressInfo).port}` } },
    });
  });
  afterAll(async () => {
    await app.close();
    await new Promise<void>((resolve) => proxy.close(() => resolve()));
  });

  it('sends compatible-with=8 on every request, and ES 9 answers them', async () => {
    const res = await call(app, 'GET', '/es/recorded');
    expect(res.status).toBe(200);
    expect(res.body.data.version).toMatch(/^9\./);
    expect(res.body.data.capabilities.compatibleWith8).toBe(true);
    const at = '/es/recorded/indices/escap-cap-proxy';
    expect((await call(app, 'POST', '/es/recorded/indices', { index: 'escap-cap-proxy' })).status).toBe(201);
    expect((await call(app, 'POST', `${at}/docs/_bulk?refresh=true`, [{ _id: '1', v: 1 }])).body.data).toMatchObject({ failed: 0 });
    expect((await call(app, 'POST', `${at}/_count`, { query: { term: { v: 1 } } })).body.data).toEqual({ index: 'escap-cap-proxy', count: 1 });
    expect((await call(app, 'DELETE', at)).status).toBe(200);
    expect(seen.length).toBeGreaterThan(6);
    for (const headers of seen) expect(headers.accept).toMatch(/^application\/vnd\.elasticsearch\+json; compatible-with=8(?:,text\/plain)?$/);
    // JSON bodies and the NDJSON of _bulk.
    const bodies = new Set(seen.flatMap((h) => (h['content-type'] ? [h['content-type']] : [])));
    expect(bodies).toEqual(new Set(['application/vnd.elasticsearch+json; compatible-with=8', 'application/vnd.elasticsearch+x-ndjson; compatible-with=8']));
  });
});
