import type { FastifyInstance } from 'fastify';
import { fullAccess } from '../../src/libs/access.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Level } from '../../src/config/settings.js';
import { isAppError } from '../../src/libs/errors.js';
import { QueryNode } from '../../src/operator/run.js';
import { runOperators } from '../../src/operator/run.js';
import type { InfluxDataSearch } from '../../src/query/influx-query.js';
import { ident, influxql } from '../../src/query/influxql.js';
import { startInflux, type Engine } from '../backends/engines.js';
import { bodyOf, buildTestApp } from '../helpers.js';
import { call, failureOf } from './support.js';

// Defense in depth: per-level credentials let InfluxDB itself refuse what a level must not do,
// even when the gateway's own check is bypassed (here: by building the operator node by hand).
const admin = { username: 'creds_admin', password: 'adm\'in "secret"' };
const reader = { username: 'creds_reader', password: 'reader-secret-1' };
const writer = { username: 'creds_writer', password: 'writer-secret-2' };
const db = 'creds_lp';
const victim = 'creds_victim';
const other = 'creds_other';
const secrets = [admin.password, reader.password, writer.password];

describe('per-level credentials on an InfluxDB with auth-enabled = true', () => {
  let influx: Engine;
  let app: FastifyInstance;

  const adminAuth = () => ({ authorization: `Basic ${Buffer.from(`${admin.username}:${admin.password}`).toString('base64')}` });
  /** A statement run as the InfluxDB admin, straight to the server. */
  const asAdmin = async (q: string, database?: string) => {
    const res = await fetch(`${influx.url}/query`, {
      method: 'POST',
      headers: adminAuth(),
      body: new URLSearchParams({ q, ...(database ? { db: database } : {}) }),
    });
    const body = (await res.json()) as { error?: string; results?: { error?: string; series?: { values?: unknown[][] }[] }[] };
    const error = body.error ?? body.results?.find((r) => r.error)?.error;
    if (error) throw new Error(`${q}: ${error}`);
    return (body.results?.[0]?.series ?? []).flatMap((s) => (s.values ?? []).map((row) => row));
  };
  const writeAsAdmin = async (database: string, lines: string) => {
    const res = await fetch(`${influx.url}/write?db=${database}`, { method: 'POST', headers: adminAuth(), body: lines });
    if (res.status !== 204) throw new Error(`write as admin: ${res.status} ${await res.text()}`);
  };
  const databases = async () => (await asAdmin('SHOW DATABASES')).map((row) => row[0]);

  /** What a read route runs for raw InfluxQL, built by hand so no classifier looks at the statement. */
  const runRaw = (level: Level, statement: ReturnType<typeof influxql>) => {
    const args: InfluxDataSearch = { instance: 'secure', kind: 'query', database: db, statement, format: 'series' };
    return runOperators([QueryNode.create('influx', 'searchData', args)], {
      backends: app.backends,
      level,
      access: fullAccess,
      budgets: app.settings.limits.pipeline,
    });
  };
  const refusal = async (work: Promise<unknown>) => {
    const err = await work.then(
      () => null,
      (e: unknown) => e,
    );
    if (!isAppError(err)) throw new Error(`expected the engine to refuse, got ${String(err)}`);
    return err;
  };

  beforeAll(async () => {
    influx = await startInflux({ auth: admin });
    for (const name of [db, victim, other]) await asAdmin(`CREATE DATABASE ${name}`);
    await asAdmin(`CREATE USER ${reader.username} WITH PASSWORD '${reader.password}'`);
    await asAdmin(`GRANT READ ON ${db} TO ${reader.username}`);
    await asAdmin(`GRANT READ ON ${victim} TO ${reader.username}`);
    await asAdmin(`CREATE USER ${writer.username} WITH PASSWORD '${writer.password}'`);
    await asAdmin(`GRANT WRITE ON ${db} TO ${writer.username}`);
    await asAdmin(`GRANT WRITE ON ${victim} TO ${writer.username}`);
    await writeAsAdmin(db, 'cpu,host=a usage=1');
    await writeAsAdmin(other, 'cpu,host=a usage=2');
    const instance = { url: influx.url, timeoutMs: 5000, labels: {} };
    app = await buildTestApp({
      es: {},
      influx: {
        secure: { ...instance, credentials: { read: reader, write: writer, admin } },
        // The write level given the read user: proves which credential a pipeline's upsert uses.
        readonlywrite: { ...instance, credentials: { read: reader, write: reader, admin } },
      },
    });
  });
  afterAll(async () => {
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- undefined when beforeAll failed
    await app?.close();
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- undefined when beforeAll failed
    await influx?.stop();
  });

  it('reads through read routes work with the read user', async () => {
    const res = await call(app, 'POST', `/influx/secure/databases/${db}/query`, { q: 'SELECT usage FROM cpu', format: 'rows' });
    expect(res.statusCode, res.body).toBe(200);
    expect(bodyOf<{ rows: { usage: number }[] }[]>(res).data[0]!.rows.map((r) => r.usage)).toEqual([1]);
    const measurements = await call(app, 'GET', `/influx/secure/databases/${db}/measurements`);
    expect(bodyOf(measurements).data).toEqual(['cpu']);
  });

  it('a read route on a database the read user may not read is the engine refusing, a 403 naming the instance (not "unavailable")', async () => {
    const message = failureOf(await call(app, 'POST', `/influx/secure/databases/${other}/query`, { q: 'SELECT usage FROM cpu' }), 403, 40300);
    expect(message).toMatch(/^influx\/secure refused this call made with the gateway's read credential: .*creds_reader not authorized/);
  });

  it('point writes work with the write user, and the read user could not have made them', async () => {
    const res = await call(app, 'POST', `/influx/secure/databases/${db}/points`, { measurement: 'mem', tags: { host: 'a' }, fields: { used: 7 } });
    expect(res.statusCode, res.body).toBe(200);
    expect(await asAdmin('SELECT used FROM mem', db)).toEqual([[expect.any(String), 7]]);

    const point = { instance: 'secure', database: db, precision: 'ns' as const, lines: 'mem,host=b used=8', count: 1 };
    const err = await refusal(
      runOperators([QueryNode.create('influx', 'createData', point)], {
        backends: app.backends,
        level: 'read',
        access: fullAccess,
        budgets: app.settings.limits.pipeline,
      }),
    );
    expect([err.status, err.message]).toEqual([403, expect.stringMatching(/gateway's read credential: .*creds_reader.* not authorized to write/)]);
    expect(await asAdmin('SELECT used FROM mem', db)).toHaveLength(1);
  });

  it('with the classifier bypassed, the read and write users cannot drop a database; admin can', async () => {
    const drop = influxql`SHOW DATABASES; DROP DATABASE ${ident(victim)}`;
    for (const level of ['read', 'write'] as const) {
      const err = await refusal(runRaw(level, drop));
      expect(err.status).toBe(403);
      expect(err.message).toMatch(
        new RegExp(
          `^influx/secure refused this call made with the gateway's ${level} credential: .*not authorized to execute statement 'DROP DATABASE ${victim}', requires admin privilege`,
        ),
      );
      expect(await databases()).toContain(victim);
    }
    await runRaw('admin', drop);
    expect(await databases()).not.toContain(victim);
  });

  it('where the engine does not help: InfluxDB 1.x lets a READ user create a continuous query, so the gateway itself refuses it on a read route', async () => {
    await runRaw(
      'read',
      influxql`CREATE CONTINUOUS QUERY "creds_cq_engine" ON ${ident(db)} BEGIN SELECT count(usage) INTO cq_out FROM cpu GROUP BY time(1h) END`,
    );
    const res = await call(app, 'POST', `/influx/secure/databases/${db}/query`, {
      q: `CREATE CONTINUOUS QUERY creds_cq_gateway ON ${db} BEGIN SELECT count(usage) INTO cq_out FROM cpu GROUP BY time(1h) END`,
    });
    expect(res.statusCode, res.body).toBeGreaterThanOrEqual(400);
    expect(res.statusCode, res.body).toBeLessThan(500);
    const names = (await asAdmin('SHOW CONTINUOUS QUERIES')).map((row) => row[0]);
    expect(names).toContain('creds_cq_engine');
    expect(names).not.toContain('creds_cq_gateway');
  });

  it('raw InfluxQL admin mode (an elevated request) runs with the admin credential', async () => {
    await asAdmin('CREATE DATABASE creds_admin_mode');
    const res = await call(app, 'POST', `/influx/secure/databases/${db}/query`, { q: 'DROP DATABASE creds_admin_mode', admin: true });
    expect(res.statusCode, res.body).toBe(200);
    expect(await databases()).not.toContain('creds_admin_mode');
  });

  it('a pipeline reads its sources with the read credential and upserts with the write credential', async () => {
    const pipeline = (instance: string) => ({
      sources: { cpu: { influx: instance, db, measurement: 'cpu' } },
      pipeline: [{ upsert: { influx: instance, db, measurement: 'cpu_copy', tags: ['host'], fields: ['usage'] } }],
    });
    const ok = await call(app, 'POST', '/mix/query', pipeline('secure'));
    expect(ok.statusCode, ok.body).toBe(200);
    expect(await asAdmin('SELECT usage FROM cpu_copy', db)).toEqual([[expect.any(String), 1]]);

    const message = failureOf(await call(app, 'POST', '/mix/query', pipeline('readonlywrite')), 403, 40300);
    expect(message).toMatch(/^influx\/readonlywrite refused this call made with the gateway's write credential: .*creds_reader.* not authorized to write/);
  });

  it('no credential reaches a response', async () => {
    for (const url of ['/influx', '/influx/secure', '/mix/instances', '/mix/nodes', '/mix/resources', '/ready']) {
      const res = await call(app, 'GET', url);
      expect(res.statusCode, `${url}: ${res.body}`).toBe(200);
      for (const secret of secrets) expect(res.body).not.toContain(secret);
    }
  });
});
