import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildApp } from '../../src/app.js';
import type { PipelineBudgets } from '../../src/config/settings.js';
import { EsConnection } from '../../src/libs/es-client.js';
import { limits } from '../../src/query/mix/limits.js';
import { dropIndices, seed } from '../es/es-helpers.js';
import { testSettings } from '../helpers.js';
import { influxDirect, writeDirect } from '../influx/support.js';
import { designPipeline, designResult, dropCpu, hosts, hostsIndex, mix, ok, refused, seedCpu, seedHosts } from './fixtures.js';

const P = 'budgets';
const hint =
  'filter it in its query, aggregate it (an InfluxDB select function with groupBy, or an aggregate step before the join), or take fewer (size, limit)';

/** An app whose pipeline budgets are the test settings' with some lowered. */
function appWith(over: Partial<PipelineBudgets>): Promise<FastifyInstance> {
  const base = testSettings();
  return buildApp({ ...base, limits: { ...base.limits, pipeline: { ...base.limits.pipeline, ...over } } });
}

/** n sources a, b, ... all reading the inventory, joined on hostname: every host once. */
function fanOut(n: number) {
  const names = Array.from({ length: n }, (_, i) => String.fromCharCode(97 + i));
  return {
    sources: Object.fromEntries(names.map((name) => [name, { es: 'default', index: hostsIndex(P), fields: ['hostname', 'region'] }])),
    pipeline: [
      ...names.slice(1).map((right, i) => ({ join: { ...(i === 0 && { left: 'a' }), right, on: { hostname: 'hostname' } } })),
      { project: { keep: ['hostname', 'region'] } },
      { sort: [{ hostname: 'asc' }] },
    ],
    options: { pushdown: false },
  };
}

const byHostname = [...hosts].sort((a, b) => (a.hostname < b.hostname ? -1 : 1)).map(({ hostname, region }) => ({ hostname, region }));

describe('pipeline budgets', () => {
  const apps: FastifyInstance[] = [];
  const app = async (over: Partial<PipelineBudgets>) => {
    const built = await appWith(over);
    apps.push(built);
    return built;
  };
  beforeAll(async () => {
    await Promise.all([seedHosts(P), seedCpu(P)]);
    await seed(
      'default',
      `${P}-many`,
      Array.from({ length: 250 }, (_, i) => ({ n: i })),
    );
  });
  afterAll(async () => {
    await Promise.all([dropIndices('default', P), dropCpu(P), ...apps.map((a) => a.close())]);
  });

  it('refuses sources holding more rows than maxRows, counting every source together', async () => {
    // hosts alone (8 linux rows) is over 5; hosts (8) and cpu (6, fetched for their keys) are over 12 together, neither alone:
    // InfluxDB streams cpu a series (here one row) a chunk, so the fifth row is where it stops.
    const five = await app({ maxRows: 5 });
    expect(refused(await mix(five, designPipeline(P)), 413, 41300)).toBe(
      `source "hosts": 8 rows (all sources together) over the budget of 5 (limits.pipeline.maxRows); ${hint}`,
    );
    const twelve = await app({ maxRows: 12 });
    expect(refused(await mix(twelve, designPipeline(P)), 413, 41300)).toBe(
      `source "cpu": 13 rows (all sources together) over the budget of 12 (limits.pipeline.maxRows); ${hint}`,
    );
    const fourteen = await app({ maxRows: 14 });
    expect(ok(await mix(fourteen, designPipeline(P))).rows).toEqual(designResult.rows);
  });

  it('stops reading pages once the rows are over the budget, instead of loading everything first', async () => {
    const saved = limits.esPageSize;
    limits.esPageSize = 100;
    try {
      const small = await app({ maxRows: 150 });
      const answer = await mix(small, { sources: { docs: { es: 'default', index: `${P}-many`, all: true } } });
      // The second page (rows 101-200) is over; the third is never asked for.
      expect(refused(answer, 413, 41300)).toMatch(/^source "docs": 200 rows \(all sources together\) over the budget of 150 \(limits.pipeline.maxRows\)/);
    } finally {
      limits.esPageSize = saved;
    }
  });

  it('stops reading an InfluxDB source at the chunk that brings the rows over the budget', async () => {
    const db = `${P}_points`;
    await influxDirect(`DROP DATABASE "${db}"; CREATE DATABASE "${db}"`);
    await writeDirect(db, Array.from({ length: 2500 }, (_, i) => `cpu,host=h${i % 3} v=${i} ${1_700_000_000 + i}000000000`).join('\n'));
    const saved = limits.influxChunkSize;
    limits.influxChunkSize = 100;
    try {
      const small = await app({ maxRows: 1000 });
      for (const source of [
        { influx: 'default', db, q: 'SELECT * FROM cpu' },
        { influx: 'default', db, measurement: 'cpu' },
      ]) {
        // InfluxDB streams 100 points a chunk: the eleventh is over, the other 14 are never read.
        expect(refused(await mix(small, { sources: { points: source } }), 413, 41300)).toBe(
          `source "points": 1100 rows (all sources together) over the budget of 1000 (limits.pipeline.maxRows); ${hint}`,
        );
      }
      const data = ok(
        await mix(await app({ maxRows: 2500 }), {
          sources: { points: { influx: 'default', db, q: 'SELECT * FROM cpu' } },
          pipeline: [{ aggregate: { groupBy: ['host'], metrics: { n: { count: '*' }, sum: { sum: 'v' } } } }, { sort: [{ host: 'asc' }] }],
        }),
      );
      expect(data.rows).toEqual(
        [0, 1, 2].map((h) => {
          const values = Array.from({ length: 2500 }, (_, i) => i).filter((i) => i % 3 === h);
          return { host: `h${h}`, n: values.length, sum: values.reduce((a, b) => a + b, 0) };
        }),
      );
    } finally {
      limits.influxChunkSize = saved;
      await influxDirect(`DROP DATABASE "${db}"`);
    }
  });

  it('refuses a join that would make more rows than maxRows, before building it', async () => {
    const index = `${P}-same-key`;
    await seed(
      'default',
      index,
      Array.from({ length: 400 }, (_, i) => ({ k: 'same', i })),
    );
    const answer = await mix(await app({}), {
      sources: { a: { es: 'default', index }, b: { es: 'default', index } },
      pipeline: [{ join: { left: 'a', right: 'b', on: { k: 'k' } } }, { aggregate: { metrics: { n: { count: '*' } } } }],
    });
    expect(refused(answer, 413, 41300)).toBe(
      `body.pipeline.0.join: 160000 rows (the join with "b") over the budget of 100000 (limits.pipeline.maxRows); ${hint}`,
    );
  });

  it('refuses sources holding more bytes than maxBytes', async () => {
    const answer = await mix(await app({ maxBytes: 100 }), designPipeline(P));
    expect(refused(answer, 413, 41300)).toMatch(
      /^source "hosts": \d+ bytes \(all sources together\) over the budget of 100 \(limits.pipeline.maxBytes\); fetch fewer fields \(fields, select\), or filter it/,
    );
  });

  it('refuses more filter conditions than maxConditions, counting every filter step, and/or/not included', async () => {
    const body = designPipeline(P);
    body.pipeline.splice(2, 0, { filter: { or: [{ region: { eq: 'eu' } }, { not: { region: { in: ['nowhere', 'mars'] } } }], cpu: { gte: 0, lte: 100 } } });
    // The design's own filter (1) and this one (4).
    expect(refused(await mix(await app({ maxConditions: 4 }), body), 413, 41300)).toBe(
      'body.pipeline: 5 conditions over the budget of 4 (limits.pipeline.maxConditions); an "in" list of values is one condition',
    );
    expect(ok(await mix(await app({ maxConditions: 5 }), body)).rows).toEqual(designResult.rows);
  });

  it('refuses more steps than maxSteps and more sources than maxSources', async () => {
    expect(refused(await mix(await app({ maxSteps: 4 }), designPipeline(P)), 413, 41300)).toBe(
      'body.pipeline: 5 steps over the budget of 4 (limits.pipeline.maxSteps)',
    );
    expect(refused(await mix(await app({ maxSources: 1 }), designPipeline(P)), 413, 41300)).toBe(
      'body.sources: 2 sources over the budget of 1 (limits.pipeline.maxSources)',
    );
  });

  it('refuses a million conditions before the body is validated, and a body over maxBodyBytes before it is parsed', async () => {
    const conditions = Array.from({ length: 1_000_000 }, (_, i) => `{"f":{"eq":${i % 10}}}`).join(',');
    // "bogus" would be a 400 if the schema ran first.
    const payload = `{"bogus":1,"sources":{"s":{"es":"default","index":"${hostsIndex(P)}"}},"pipeline":[{"filter":{"or":[${conditions}]}}]}`;
    const post = async (target: FastifyInstance) => {
      const res = await target.inject({ method: 'POST', url: '/mix/query', payload, headers: { 'content-type': 'application/json' } });
      return { status: res.statusCode, body: res.json() };
    };
    expect(refused(await post(await app({ maxBodyBytes: 16 * 1024 * 1024 })), 413, 41300)).toBe(
      'body.pipeline: 1000000 conditions over the budget of 1000 (limits.pipeline.maxConditions); an "in" list of values is one condition',
    );
    expect(refused(await post(await app({})), 413, 41300)).toBe('body: more than 1048576 bytes over the budget of 1048576 (limits.pipeline.maxBodyBytes)');
  });

  it('fetches at most sourceConcurrency sources at once, and still reads them all', async () => {
    let active = 0;
    let most = 0;
    // eslint-disable-next-line @typescript-eslint/unbound-method -- called below with the connection as its this
    const request = EsConnection.prototype.request;
    const spy = vi.spyOn(EsConnection.prototype, 'request').mockImplementation(function (this: EsConnection, req) {
      most = Math.max(most, ++active);
      return request.call(this, req).finally(() => active--);
    });
    try {
      for (const cap of [1, 3]) {
        most = 0;
        const data = ok(await mix(await app({ sourceConcurrency: cap }), fanOut(5)));
        expect(data.rows).toEqual(byHostname);
        expect(Object.keys(data.stats.sources)).toHaveLength(5);
        expect(most).toBe(cap);
      }
    } finally {
      spy.mockRestore();
    }
  });

  it('answers 429 beyond maxInFlight pipelines, and takes new ones once they end', async () => {
    const one = await app({ maxInFlight: 1 });
    const saved = limits.esPageSize;
    // 250 documents 10 a page: the first pipeline stays in flight for 25 backend calls.
    limits.esPageSize = 10;
    try {
      // An object, so that the checker sees the flag the callback sets.
      const state = { done: false };
      const first = mix(one, {
        sources: { docs: { es: 'default', index: `${P}-many`, all: true } },
        pipeline: [{ aggregate: { metrics: { n: { count: '*' } } } }],
      }).finally(() => (state.done = true));
      const busy = [];
      while (!state.done && busy.length === 0) {
        const answer = await mix(one, fanOut(1));
        if (answer.status === 429) busy.push(answer);
      }
      expect(busy, 'a second pipeline while the first ran').toHaveLength(1);
      expect(refused(busy[0]!, 429, 42901)).toBe('1 pipelines in flight, the budget of 1 (limits.pipeline.maxInFlight): retry shortly');
      expect(ok(await first).rows).toEqual([{ n: 250 }]);
    } finally {
      limits.esPageSize = saved;
    }
    // Refused and answered pipelines give their place back.
    expect(refused(await mix(one, { sources: { gone: { es: 'default', index: `${P}-missing` } } }), 404, 40400)).toMatch(/budgets-missing/);
    expect(ok(await mix(one, fanOut(2))).rows).toEqual(byHostname);
  });
});
