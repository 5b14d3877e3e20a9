import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startInflux, suspendProcess, type Engine } from './backends/engines.js';
import { bodyOf, buildTestApp } from './helpers.js';

// This file runs its own InfluxDB so that stopping it does not disturb the other suites.
describe('an InfluxDB that stops, hangs and comes back', () => {
  let influx: Engine;
  let app: FastifyInstance;

  beforeAll(async () => {
    influx = await startInflux();
    app = await buildTestApp({ es: {}, influx: { default: { url: influx.url, timeoutMs: 1500, labels: {} } } });
  });
  afterAll(async () => {
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- undefined when beforeAll failed
    await app?.close();
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- undefined when beforeAll failed
    await influx?.stop();
  });

  it('answers with the real version while the server is up', async () => {
    const res = await app.inject('/influx/default');
    expect(res.statusCode).toBe(200);
    expect(bodyOf<{ version: string }>(res).data.version).toBe(influx.version);
    expect((await app.inject('/ready')).statusCode).toBe(200);
  });

  it('a hung server (SIGSTOP) gives 504 naming the instance and the timeout, then recovers', async () => {
    try {
      await suspendProcess(influx.pid);
      const res = await app.inject('/influx/default');
      expect(res.statusCode).toBe(504);
      expect(res.json()).toEqual({
        result: false,
        resultcode: 50400,
        message: 'influx/default did not answer within 1500 ms',
        data: null,
      });
    } finally {
      process.kill(influx.pid, 'SIGCONT');
    }
    expect((await app.inject('/influx/default')).statusCode).toBe(200);
  });

  it('a stopped server gives 503 on /ready and on the instance, and both recover after a restart', async () => {
    await influx.stop({ keepData: true });
    const ready = await app.inject('/ready');
    expect(ready.statusCode).toBe(503);
    // A keep-alive socket the server closed while stopping reads as a hang-up rather than a refusal.
    expect(bodyOf(ready).message).toMatch(/^not ready: influx\/default \(influx\/default is unavailable: .*(ECONNREFUSED|socket hang up|ECONNRESET)/);
    const instance = await app.inject('/influx/default');
    expect(instance.statusCode).toBe(503);
    expect(bodyOf(instance)).toMatchObject({ resultcode: 50300, data: null });
    expect(bodyOf(instance).message).toMatch(/^influx\/default is unavailable/);

    await influx.restart();
    expect((await app.inject('/influx/default')).statusCode).toBe(200);
    expect((await app.inject('/ready')).statusCode).toBe(200);
  });
});
