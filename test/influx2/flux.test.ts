import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, bodyOf, buildTestApp, testSettings } from '../helpers.js';
import { directFlux, dropAuthorization, gatewayTokens, influx2Instance, operator, readOnlyToken } from './direct.js';

// POST /influx/{instance}/flux on InfluxDB 2.8: Flux can write, so a read token runs it only with the
// instance's read-only InfluxDB token, and the engine (not the gateway) refuses its writes.
const P = `flux_${process.pid}`;
const { tokens, bearer } = gatewayTokens(P, { reader: ['read:influx/*', 'read:mix/*'], admin: ['admin:influx/*', 'read:mix/*'] });

let app: FastifyInstance;
let readOnly: { id: string; token: string };
let bucket: string;

const flux = (instance: string, body: object, who: 'reader' | 'admin' = 'reader', headers: Record<string, string> = {}) =>
  app.inject({ method: 'POST', url: `/influx/${instance}/flux`, payload: body, headers: { ...bearer(who), ...headers } });

/** Points of a measurement, read directly with the operator token. */
const stored = (measurement: string) =>
  directFlux(`from(bucket: "${bucket}") |> range(start: -1d, stop: 1d) |> filter(fn: (r) => r._measurement == "${measurement}")`);

beforeAll(async () => {
  bucket = backends().influx2.bucket;
  readOnly = await readOnlyToken(`${P} read-only`);
  const write = operator().getWriteApi(backends().influx2.org, bucket, 's');
  write.writeRecords([`${P}_cpu,host=a usage=0.5`, `${P}_cpu,host=b usage=0.25`]);
  await write.close();
  app = await buildTestApp({
    auth: { tokens },
    influx: {
      ...testSettings().influx,
      // The read level uses a read-only InfluxDB token; write and admin the operator's.
      influx2: influx2Instance({ fluxForReaders: true, credentials: { read: { token: readOnly.token } } }),
      // No read credential of its own: every level uses the operator token, so Flux is admin-only.
      influx2open: influx2Instance(),
      // A read-only token, but Flux not opened to readers: http.post is not the token's to refuse.
      influx2closed: influx2Instance({ credentials: { read: { token: readOnly.token } } }),
    },
  });
});
afterAll(async () => {
  await app.close();
  await dropAuthorization(readOnly.id);
});

const cpu = `from(bucket: "${'BUCKET'}") |> range(start: -1h) |> filter(fn: (r) => r._measurement == params.m) |> sort(columns: ["host"])`;
const cpuQuery = () => cpu.replace('BUCKET', bucket);

describe('a read token with the instance read-only InfluxDB token', () => {
  it('runs a reading Flux query: rows typed from the annotations, params bound as literals', async () => {
    const res = await flux('influx2', { query: `${cpuQuery()} |> group()`, params: { m: `${P}_cpu` } });
    expect(res.statusCode).toBe(200);
    const rows = bodyOf<Record<string, unknown>[]>(res).data;
    expect(rows.map((r) => [r.host, r._field, r._value, r.table, r.result])).toEqual([
      ['a', 'usage', 0.5, 0, '_result'],
      ['b', 'usage', 0.25, 0, '_result'],
    ]);
  });

  it('a parameter is a value, never Flux text: quotes and ${…} stay in the string', async () => {
    const tricky = `x" or r._measurement != "${'$'}{m}`;
    const res = await flux('influx2', {
      query: 'import "array"\narray.from(rows: [{v: params.s, n: params.n, f: params.f, b: params.b}])',
      params: { s: tricky, n: 3, f: 1.5, b: true },
    });
    expect(res.statusCode).toBe(200);
    expect(bodyOf<Record<string, unknown>[]>(res).data).toEqual([{ result: '_result', table: 0, v: tricky, n: 3, f: 1.5, b: true }]);
  });

  it('streams the annotated CSV (format csv) and NDJSON rows (format ndjson)', async () => {
    const csv = await flux('influx2', { query: cpuQuery(), params: { m: `${P}_cpu` }, format: 'csv' });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.body.startsWith('#datatype,string,long,')).toBe(true);
    expect(csv.body).toContain(`,${P}_cpu`);
    const ndjson = await flux('influx2', { query: cpuQuery(), params: { m: `${P}_cpu` }, format: 'ndjson' });
    expect(ndjson.headers['content-type']).toBe('application/x-ndjson');
    const rows = ndjson.body
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(rows.map((r) => [r.host, r._value])).toEqual([
      ['a', 0.5],
      ['b', 0.25],
    ]);
  });

  it('a Flux error is a 400 naming the instance', async () => {
    const res = await flux('influx2', { query: 'from(bucket: params.nope) |> range(start: -1h)' });
    expect(res.statusCode).toBe(400);
    expect(bodyOf(res).message).toMatch(/^influx\/influx2: .*undefined identifier/);
  });

  it.each([
    ['to()', `import "array"\narray.from(rows: [{_time: now(), _measurement: "${P}_to", _field: "v", _value: 1.0}]) |> to(bucket: "BUCKET")`, `${P}_to`],
    [
      'experimental.to',
      `import "array"\nimport "experimental"\narray.from(rows: [{_time: now(), _measurement: "${P}_exp", v: 1.0}]) |> experimental.to(bucket: "BUCKET")`,
      `${P}_exp`,
    ],
  ])('%s is refused by InfluxDB itself: 403 naming the instance and the read credential, nothing written', async (_, query, measurement) => {
    const res = await flux('influx2', { query: query.replace('BUCKET', bucket) });
    expect(res.statusCode).toBe(403);
    expect(bodyOf(res).message).toBe(
      "influx/influx2 refused this call made with the gateway's read credential: failed to initialize execute state: user not authorized to write",
    );
    expect(await stored(measurement)).toEqual([]);
  });

  // InfluxDB's tokens govern its own buckets; http.post (and sql.to) reach other systems, which no
  // InfluxDB token can refuse: the README says so, and that influxd --hardening-enabled keeps Flux
  // off private addresses. This pins the engine's behaviour the README describes.
  it('http.post is not the token to refuse: the engine sends it (see the README)', async () => {
    const received: string[] = [];
    const listener: Server = createServer((req, res) => {
      req.on('data', (chunk: Buffer) => received.push(chunk.toString()));
      req.on('end', () => res.end());
    });
    await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', resolve));
    const { port } = listener.address() as AddressInfo;
    try {
      const res = await flux('influx2', {
        query: `import "http"\nimport "array"\nhttp.post(url: "http://127.0.0.1:${port}/", data: bytes(v: "sent"))\narray.from(rows: [{ok: true}])`,
      });
      expect(res.statusCode).toBe(200);
      expect(received).toEqual(['sent']);
    } finally {
      listener.close();
    }
  });
});

describe('an instance with a read-only token that does not open Flux to readers', () => {
  it('refuses a read token: 403 naming admin and fluxForReaders', async () => {
    const res = await flux('influx2closed', { query: cpuQuery(), params: { m: `${P}_cpu` } });
    expect(res.statusCode).toBe(403);
    expect(bodyOf(res).message).toBe(
      'token "reader" lacks admin on influx/influx2closed, which Flux, which can write, on an instance that does not open it to readers (fluxForReaders with a read-only credentials.read.token) needs',
    );
  });
});

describe('an instance without a read credential of its own', () => {
  it('refuses a read token: 403 naming admin and why', async () => {
    const res = await flux('influx2open', { query: cpuQuery(), params: { m: `${P}_cpu` } });
    expect(res.statusCode).toBe(403);
    expect(bodyOf(res).message).toBe(
      'token "reader" lacks admin on influx/influx2open, which Flux, which can write, on an instance that does not open it to readers (fluxForReaders with a read-only credentials.read.token) needs',
    );
  });

  it('an admin token runs Flux that writes, with the operator token: the check of what was written sees it', async () => {
    const measurement = `${P}_admin_to`;
    const query = `import "array"\narray.from(rows: [{_time: now(), _measurement: "${measurement}", _field: "v", _value: 1.0}]) |> to(bucket: "${bucket}")`;
    const res = await flux('influx2open', { query }, 'admin');
    expect(res.statusCode).toBe(200);
    expect((await stored(measurement)).map((r) => r._value)).toEqual([1]);
  });

  it('runs Flux for an admin token', async () => {
    const res = await flux('influx2open', { query: `${cpuQuery()} |> group()`, params: { m: `${P}_cpu` } }, 'admin');
    expect(res.statusCode).toBe(200);
    expect(bodyOf<Record<string, unknown>[]>(res).data.map((r) => r._value)).toEqual([0.5, 0.25]);
  });
});

describe('an InfluxDB 1.x instance', () => {
  it('answers 501 naming the InfluxQL route', async () => {
    const res = await flux('default', { query: 'buckets()' }, 'admin');
    expect(res.statusCode).toBe(501);
    expect(bodyOf(res).message).toBe('not supported: Flux on influx/default: it is InfluxDB 1.x; use InfluxQL (/influx/default/databases/{db}/query)');
  });
});

describe('a Flux source of a pipeline, under the same rule', () => {
  const pipeline = (instance: string, query: string, who: 'reader' | 'admin' = 'reader') =>
    app.inject({
      method: 'POST',
      url: '/mix/query',
      headers: bearer(who),
      payload: {
        sources: { cpu: { influx: instance, flux: query, params: { m: `${P}_cpu` } } },
        pipeline: [{ project: { keep: ['host', '_value'] } }, { sort: [{ host: 'asc' }] }],
      },
    });

  it('a read token reads with the read-only token', async () => {
    const res = await pipeline('influx2', cpuQuery());
    expect(res.statusCode).toBe(200);
    expect(bodyOf<{ rows: unknown[] }>(res).data.rows).toEqual([
      { host: 'a', _value: 0.5 },
      { host: 'b', _value: 0.25 },
    ]);
  });

  it('to() in a source is refused by InfluxDB: 403 naming the read credential, nothing written', async () => {
    const measurement = `${P}_mix_to`;
    const query = `import "array"\narray.from(rows: [{_time: now(), _measurement: "${measurement}", _field: "v", _value: 1.0}]) |> to(bucket: "${bucket}")`;
    const res = await pipeline('influx2', query);
    expect(res.statusCode).toBe(403);
    expect(bodyOf(res).message).toMatch(/^influx\/influx2 refused this call made with the gateway's read credential: /);
    expect(await stored(measurement)).toEqual([]);
  });

  it('without a read credential of its own: 403 naming admin for a read token, rows for an admin token', async () => {
    const refused = await pipeline('influx2open', cpuQuery());
    expect(refused.statusCode).toBe(403);
    expect(bodyOf(refused).message).toBe(
      'token "reader" lacks admin on influx/influx2open, which body.sources.cpu: Flux, which can write, on an instance that does not open it to readers (fluxForReaders with a read-only credentials.read.token) needs',
    );
    const allowed = await pipeline('influx2open', cpuQuery(), 'admin');
    expect(allowed.statusCode).toBe(200);
    expect(bodyOf<{ rows: unknown[] }>(allowed).data.rows).toHaveLength(2);
  });
});
