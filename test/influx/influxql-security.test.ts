import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bodyOf, buildTestApp } from '../helpers.js';
import { directNames, directRows, influxDirect, writeDirect } from './support.js';

/**
 * Issue 11, example 1 and the admin-only SHOW statements, with tokens as in production: a read
 * token cannot get a statement past the classifier that InfluxDB would run as anything but a read.
 */
const victim = 'influxql_victim';
const sha256 = (t: string) => createHash('sha256').update(t).digest('hex');
const tokens = { reader: 'hm_influxql_reader', admin: 'hm_influxql_admin' };
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const example1 = (db: string) => `SHOW /*/ ' */ DATABASES ; DROP DATABASE ${db} -- '`;

describe('raw InfluxQL with a read token (issue 11, example 1)', () => {
  let app: FastifyInstance;
  let logs: string;

  beforeAll(async () => {
    logs = mkdtempSync(join(tmpdir(), 'hm-influxql-audit-'));
    app = await buildTestApp({
      auth: {
        tokens: {
          reader: { sha256: sha256(tokens.reader), scopes: ['read:*/*'] },
          admin: { sha256: sha256(tokens.admin), scopes: ['admin:*/*'] },
        },
      },
      log: { level: 'warn', console: false, dir: logs },
    });
    await influxDirect(`CREATE DATABASE "${victim}"`);
    await writeDirect(victim, 'keep,t=a v=1 1\nkeep,t=b v=2 2');
  });
  afterAll(async () => {
    for (const name of await directNames('SHOW DATABASES')) if (name.startsWith('influxql_')) await influxDirect(`DROP DATABASE "${name}"`);
    await app.close();
  });

  const query = (token: string, body: object) =>
    app.inject({ method: 'POST', url: `/influx/default/databases/${victim}/query`, headers: bearer(token), payload: body });
  const victimIntact = async () => {
    expect(await directNames('SHOW DATABASES')).toContain(victim);
    expect(await directRows('SELECT v FROM keep', victim)).toHaveLength(2);
  };

  it('is a real attack: InfluxDB itself drops the database when sent the text directly', async () => {
    await influxDirect('CREATE DATABASE "influxql_proof"');
    await influxDirect(example1('influxql_proof'), 'influxql_proof');
    expect(await directNames('SHOW DATABASES')).not.toContain('influxql_proof');
  });

  it('is refused on POST /influx/{instance}/databases/{db}/query before InfluxDB sees it', async () => {
    const res = await query(tokens.reader, { q: example1(victim) });
    expect(res.statusCode).toBe(400);
    expect(bodyOf(res).message).toMatch(/^body\.q: statement 2 \(DropDatabaseStatement: DROP DATABASE influxql_victim\) is not a read; without admin mode/);
    await victimIntact();
  });

  it('is refused with a read token even in admin mode (403), which needs an admin token', async () => {
    const res = await query(tokens.reader, { q: example1(victim), admin: true });
    expect(res.statusCode).toBe(403);
    expect(bodyOf(res).message).toBe('token "reader" lacks admin on influx/default, which raw InfluxQL admin mode (body.admin) needs');
    await victimIntact();
  });

  it('is refused as a /mix/query InfluxDB q source', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/mix/query',
      headers: bearer(tokens.reader),
      payload: { sources: { raw: { influx: 'default', db: victim, q: example1(victim) } }, pipeline: [] },
    });
    expect(res.statusCode).toBe(400);
    expect(bodyOf(res).message).toMatch(/^body\.sources\.raw\.q: statement 2 \(DropDatabaseStatement: DROP DATABASE influxql_victim\) is not a read/);
    await victimIntact();
  });

  it('runs the SHOW alone when the DROP is really inside a comment', async () => {
    const res = await query(tokens.reader, { q: `SHOW /* ' */ DATABASES /* ; DROP DATABASE ${victim} -- ' */`, format: 'rows' });
    expect(res.statusCode).toBe(200);
    expect(bodyOf<{ rows: { name: string }[] }[]>(res).data[0]!.rows).toContainEqual({ name: victim });
    await victimIntact();
  });

  it.each(['SHOW DIAGNOSTICS', 'SHOW STATS', 'SHOW QUERIES', 'SHOW USERS', 'SHOW SHARDS'])(
    '%s: server internals need admin mode and an admin token',
    async (q) => {
      const type = `Show${q.slice(5, 6)}${q.slice(6).toLowerCase()}Statement`;
      const asReader = await query(tokens.reader, { q });
      expect(asReader.statusCode).toBe(400);
      expect(bodyOf(asReader).message).toBe(
        `body.q: statement 1 (${type}: ${q}) is not a read; without admin mode ("admin": true) only SELECT without INTO, EXPLAIN of one and SHOW of databases, measurements, series, tag keys, tag values, field keys, retention policies and continuous queries run`,
      );
      expect((await query(tokens.reader, { q, admin: true })).statusCode).toBe(403);
      expect((await query(tokens.admin, { q })).statusCode).toBe(400);
      const asAdmin = await query(tokens.admin, { q, admin: true });
      expect(asAdmin.statusCode, asAdmin.body).toBe(200);
    },
  );

  it('audits raw queries in admin mode, allowed and denied, and not reads', async () => {
    await query(tokens.admin, { q: `SELECT v INTO copy FROM keep GROUP BY *`, admin: true });
    await query(tokens.reader, { q: 'SHOW STATS', admin: true });
    await query(tokens.reader, { q: 'SHOW MEASUREMENTS' });
    const route = '/influx/:instance/databases/:db/query';
    // The log is written asynchronously: wait for the denied line, the last one logged.
    let lines: Record<string, unknown>[] = [];
    for (let tries = 0; tries < 50 && lines.at(-1)?.status !== 403; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      lines = readFileSync(join(logs, 'audit.log'), 'utf8')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as Record<string, unknown>);
    }
    expect(lines.slice(-2)).toEqual([
      expect.objectContaining({ token: 'admin', level: 'admin', method: 'POST', route, target: { db: victim }, outcome: 'ok', status: 200 }),
      expect.objectContaining({ token: 'reader', level: 'admin', route, outcome: 'denied', status: 403 }),
    ]);
    expect(lines.filter((l) => l.route === route).every((l) => l.level === 'admin')).toBe(true);
    expect(await directRows('SELECT v FROM copy', victim)).toHaveLength(2);
  });
});
