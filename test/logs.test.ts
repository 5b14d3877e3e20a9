import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildTestApp, testSettings } from './helpers.js';

describe('logs', () => {
  it('writes one access line per request with id, method, route, instance, status and duration, and no credentials', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hm-logs-'));
    const base = testSettings();
    const app = await buildTestApp({
      log: { level: 'info', console: false, dir },
      influx: { default: { ...base.influx.default!, username: 'watcher', password: 'hunter2-secret' } },
    });
    const ok = await app.inject('/influx/default');
    await app.inject('/es/nope');
    await app.close();

    const lines = readFileSync(join(dir, 'access.log'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({ log: 'access', reqId: ok.headers['x-request-id'], method: 'GET', route: '/influx/:instance', instance: 'default' });
    expect(lines[0]!.status).toBe(200);
    expect(typeof lines[0]!.ms).toBe('number');
    expect(lines[1]).toMatchObject({ route: '/es/:instance', instance: 'nope', status: 404 });
    const everything = readFileSync(join(dir, 'access.log'), 'utf8') + readFileSync(join(dir, 'app.log'), 'utf8');
    expect(everything).not.toContain('hunter2-secret');
  });

  it('writes the access lines of requests answered together, each whole on its own line, by the time the app has closed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hm-logs-'));
    const app = await buildTestApp({ log: { level: 'info', console: false, dir } });
    const answers = await Promise.all(Array.from({ length: 50 }, (_, i) => app.inject(`/es/nope-${i}`)));
    await app.close();

    const lines = readFileSync(join(dir, 'access.log'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l.reqId).sort()).toEqual(answers.map((a) => a.headers['x-request-id']).sort());
    expect(new Set(lines.map((l) => l.instance))).toEqual(new Set(answers.map((_, i) => `nope-${i}`)));
  });
});
