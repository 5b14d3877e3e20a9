import type { FastifyInstance } from 'fastify';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bodyOf, buildTestApp, testSettings } from './helpers.js';

const requestId = /^[0-9a-f-]{36}$/;

/** What every answer carries, whoever wrote it: the gateway's request id and the security headers. */
function expectGatewayHeaders(headers: Record<string, string | string[] | number | undefined>) {
  expect(headers['x-request-id']).toMatch(requestId);
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['x-frame-options']).toBe('SAMEORIGIN');
  expect(headers['content-security-policy']).toMatch(/default-src 'self'/);
}

/** Sends raw bytes and reads the whole answer (the gateway closes the connection after a parser error). */
function rawExchange(port: number, request: string): Promise<{ status: number; headers: Record<string, string>; body: unknown }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(request));
    let answer = '';
    socket.on('data', (chunk) => (answer += chunk.toString('latin1')));
    socket.on('error', reject);
    socket.on('close', () => {
      const [head = '', body = ''] = answer.split('\r\n\r\n');
      const [statusLine = '', ...lines] = head.split('\r\n');
      const headers = Object.fromEntries(lines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]));
      resolve({ status: Number(statusLine.split(' ')[1]), headers, body: JSON.parse(body) });
    });
  });
}

describe('framework-level answers in the envelope', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestApp({ server: { ...testSettings().server, bodyLimitBytes: 1024 } });
  });
  afterAll(() => app.close());

  it('an unknown path is a 404 with a request id and the security headers', async () => {
    const res = await app.inject('/nothing/here');
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({ result: false, resultcode: 40400, message: 'route not found: GET /nothing/here', data: null });
    expectGatewayHeaders(res.headers);
  });

  it('a wrong method on an existing path is a 405 whose Allow lists the methods the path has', async () => {
    const health = await app.inject({ method: 'DELETE', url: '/health' });
    expect(health.statusCode).toBe(405);
    expect(health.headers.allow).toBe('GET, HEAD');
    expect(health.json()).toEqual({ result: false, resultcode: 40500, message: 'method DELETE not allowed on /health; it allows GET, HEAD', data: null });
    expectGatewayHeaders(health.headers);

    const indices = await app.inject({ method: 'PUT', url: '/es/default/indices?pattern=x' });
    expect(indices.statusCode).toBe(405);
    expect(indices.headers.allow).toBe('GET, HEAD, POST');
    expect(bodyOf(indices).message).toBe('method PUT not allowed on /es/default/indices; it allows GET, HEAD, POST');

    const docs = await app.inject({ method: 'GET', url: '/es/default/indices/logs/docs' });
    expect(docs.statusCode).toBe(405);
    expect(docs.headers.allow).toBe('POST');

    // A body method without a Content-Type: Fastify refuses the body even where no route would read it.
    const query = await app.inject({ method: 'QUERY', url: '/health' });
    expect(query.statusCode).toBe(405);
    expect(query.headers.allow).toBe('GET, HEAD');
  });

  it('a body over the limit is a 413 with a request id and the security headers', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/es/default/indices',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ pad: 'x'.repeat(4096) }),
    });
    expect(res.statusCode).toBe(413);
    expect(bodyOf(res)).toMatchObject({ result: false, resultcode: 41300, data: null });
    expectGatewayHeaders(res.headers);
  });

  it('an unsupported media type is a 415 with a request id and the security headers', async () => {
    const res = await app.inject({ method: 'POST', url: '/mix/query', headers: { 'content-type': 'application/xml' }, payload: '<a/>' });
    expect(res.statusCode).toBe(415);
    expect(bodyOf(res)).toMatchObject({ result: false, resultcode: 41500, data: null });
    expectGatewayHeaders(res.headers);
  });

  it('errors met before routing (a path segment over maxParamLength, an undecodable URL) carry the headers too', async () => {
    const long = await app.inject(`/es/default/indices/${'a'.repeat(1100)}`);
    expect(long.statusCode).toBe(414);
    expect(bodyOf(long)).toEqual({ result: false, resultcode: 41400, message: 'a segment of the path is longer than 1024 characters', data: null });
    expectGatewayHeaders(long.headers);

    const bad = await app.inject('/es/%zz');
    expect(bad.statusCode).toBe(400);
    expect(bodyOf(bad)).toMatchObject({ result: false, resultcode: 40000, data: null });
    expectGatewayHeaders(bad.headers);
  });
});

describe('405 with CORS on, whose preflight route answers OPTIONS on every path', () => {
  it('an unknown path stays a 404, and an existing one lists OPTIONS among its methods', async () => {
    const app = await buildTestApp({ cors: { origins: ['https://ops.example.com'] } });
    try {
      expect((await app.inject('/nothing/here')).statusCode).toBe(404);
      const res = await app.inject({ method: 'DELETE', url: '/health' });
      expect(res.statusCode).toBe(405);
      expect(res.headers.allow).toBe('GET, HEAD, OPTIONS');
    } finally {
      await app.close();
    }
  });
});

describe("answers of Node's HTTP parser, before Fastify has a request", () => {
  let app: FastifyInstance;
  let port: number;
  beforeAll(async () => {
    app = await buildTestApp();
    port = Number(new URL(await app.listen({ host: '127.0.0.1', port: 0 })).port);
  });
  afterAll(() => app.close());

  it('headers over 16 KiB are a 431 in the envelope with a request id and the security headers', async () => {
    const res = await rawExchange(port, `GET /health HTTP/1.1\r\nHost: x\r\nX-Padding: ${'a'.repeat(20_000)}\r\n\r\n`);
    expect(res.status).toBe(431);
    expect(res.body).toEqual({ result: false, resultcode: 43100, message: 'the request line and headers are longer than 16384 bytes together', data: null });
    expectGatewayHeaders(res.headers);
  });

  it('a URL over 16 KiB is a 414 in the envelope', async () => {
    const res = await rawExchange(port, `GET /health?pad=${'a'.repeat(20_000)} HTTP/1.1\r\nHost: x\r\n\r\n`);
    expect(res.status).toBe(414);
    expect(res.body).toEqual({
      result: false,
      resultcode: 41400,
      message: 'the request line is longer than 16384 bytes: send long queries in a body',
      data: null,
    });
    expectGatewayHeaders(res.headers);
  });

  it('bytes that are not HTTP are a 400 in the envelope', async () => {
    const res = await rawExchange(port, 'NOT HTTP AT ALL\r\n\r\n');
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ result: false, resultcode: 40001, data: null });
    expectGatewayHeaders(res.headers);
  });
});
