import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Code } from '../../src/libs/code.js';
import { createEsConnections } from '../../src/libs/es-client.js';
import { isAppError } from '../../src/libs/errors.js';

// A stand-in cluster answering each path with the status and error it names.
const answers: Record<string, [number, { type: string; reason: string }]> = {
  '/no-master': [503, { type: 'cluster_block_exception', reason: 'blocked by: [SERVICE_UNAVAILABLE/2/no master];' }],
  '/flood-stage': [
    429,
    {
      type: 'cluster_block_exception',
      reason: 'index [logs] blocked by: [TOO_MANY_REQUESTS/12/disk usage exceeded flood-stage watermark, index has read-only-allow-delete block];',
    },
  ],
  '/bad-credentials': [401, { type: 'security_exception', reason: 'unable to authenticate user [gw]' }],
  '/bad-settings': [500, { type: 'settings_exception', reason: 'Failed to load settings from [{}]' }],
};

let server: Server;
let url: string;
beforeAll(async () => {
  server = createServer((req, res) => {
    const [status, error] = answers[req.url ?? ''] ?? [500, { type: 'unknown', reason: 'no such test path' }];
    res.writeHead(status, { 'content-type': 'application/json', 'x-elastic-product': 'Elasticsearch' }).end(JSON.stringify({ error, status }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe.each(['elasticsearch', 'opensearch'] as const)('errors of %s mapped by their type', (flavor) => {
  const failure = async (path: string) => {
    const conn = createEsConnections('edge', { node: url, flavor, timeoutMs: 5000, labels: {} }).write;
    try {
      const err = await conn.request({ method: 'GET', path }).then(
        () => null,
        (e: unknown) => e,
      );
      if (!isAppError(err)) throw new Error(`expected an AppError, got ${String(err)}`);
      return err;
    } finally {
      await conn.close();
    }
  };

  it('a cluster-wide block answered 503 is the cluster being unavailable', async () => {
    expect((await failure('/no-master')).code).toBe(Code.BACKEND_UNAVAILABLE);
  });

  it('the flood-stage block, answered 429, is a 403 naming the index and its setting', async () => {
    const err = await failure('/flood-stage');
    expect(err.code).toBe(Code.FORBIDDEN);
    expect(err.message).toMatch(
      /\(index logs is read-only, deletes allowed \(index\.blocks\.read_only_allow_delete; the flood-stage disk watermark sets it\)\)$/,
    );
  });

  it("a refusal of the gateway's own credentials (401) is a 503 naming the level", async () => {
    const err = await failure('/bad-credentials');
    expect(err.code).toBe(Code.BACKEND_UNAVAILABLE);
    expect(err.message).toBe("es/edge is unavailable: the cluster refused the gateway's credentials for write (security_exception)");
  });

  it("a settings_exception answered 500 is the caller's mistake: 400", async () => {
    expect((await failure('/bad-settings')).code).toBe(Code.VALIDATION);
  });
});
