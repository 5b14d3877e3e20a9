import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Code } from '../../src/libs/code.js';
import { createEsConnections } from '../../src/libs/es-client.js';
import { isAppError } from '../../src/libs/errors.js';
import { createInfluxConnections } from '../../src/libs/influx-client.js';
import type { BackendOutcome, CallObserver } from '../../src/libs/metrics.js';

// A stand-in for a proxy before the backend: it answers with a timeout of its own, or breaks the answer off.
let server: Server;
let url: string;
beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url?.startsWith('/proxy-timeout')) {
      res.writeHead(504, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { type: 'gateway_timeout', reason: 'upstream did not answer' } }));
    } else if (req.url?.startsWith('/cluster-timeout')) {
      res.writeHead(408, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { type: 'timeout_exception', reason: 'wait timed out' } }));
    } else {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' }).write('{"results":');
      setTimeout(() => res.destroy(), 20);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const failure = async (call: Promise<unknown>) => {
  const err = await call.then(
    () => null,
    (e: unknown) => e,
  );
  if (!isAppError(err)) throw new Error(`expected an AppError, got ${String(err)}`);
  return err;
};

describe('a timeout the gateway did not wait out names no wait of its own', () => {
  it.each(['elasticsearch', 'opensearch'] as const)('a 504 or 408 answered by %s (or a proxy) says what answered', async (flavor) => {
    const outcomes: BackendOutcome[] = [];
    const observe: CallObserver = (_kind, _instance, _seconds, outcome) => outcomes.push(outcome);
    const conn = createEsConnections('edge', { node: url, flavor, timeoutMs: 5000, labels: {} }, observe).read;
    try {
      const proxy = await failure(conn.request({ method: 'GET', path: '/proxy-timeout' }));
      expect(proxy.code).toBe(Code.BACKEND_TIMEOUT);
      expect(proxy.message).toBe('es/edge gave up on the call: it answered 504 gateway_timeout: upstream did not answer');
      const cluster = await failure(conn.request({ method: 'GET', path: '/cluster-timeout' }));
      expect(cluster.code).toBe(Code.BACKEND_TIMEOUT);
      expect(cluster.message).toBe('es/edge gave up on the call: it answered 408 timeout_exception: wait timed out');
      // The metrics read their label off the error the client mapped.
      expect(outcomes).toEqual(['timeout', 'timeout']);
    } finally {
      await conn.close();
    }
  });

  it('an InfluxDB answer broken off mid-way is not a wait that ran out', async () => {
    const conn = createInfluxConnections('edge', { url, timeoutMs: 5000, labels: {} }).read;
    const err = await failure(conn.query('SHOW DATABASES'));
    expect(err.code).toBe(Code.BACKEND_TIMEOUT);
    expect(err.message).toBe('influx/edge gave up on the call: it broke off its answer (response aborted)');
  });
});
