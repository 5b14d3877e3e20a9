import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { explanation, pipelineResult } from '../../src/apps/mix/schemas.js';
import { limits } from '../../src/query/mix/limits.js';
import { compositeBody, type EsAggregate } from '../../src/query/mix/es-aggregate.js';
import { direct, dropIndices, flavors, seed, type Instance } from '../es/es-helpers.js';
import { buildTestApp, testSettings } from '../helpers.js';
import { buildApp } from '../../src/app.js';
import { mix, ok, refused } from './fixtures.js';

const P = 'esagg_';
const index = `${P}logs`;

interface LogEvent {
  '@timestamp': string;
  host?: string;
  level: 'error' | 'info';
  latency_ms?: number;
  user: string;
}

/** A fixed pseudo-random sequence (mulberry32), so that every run loads the same events. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const start = Date.UTC(2026, 11, 1, 10, 0);
const hosts = ['web-01', 'web-02', 'db-01', 'db-02', 'app-01'];

/**
 * 400 events over an hour: some without a host (their own group), some without latency_ms,
 * some exactly on a 5-minute boundary; "quiet-01" never has a latency (its avg, min, max are null).
 */
const events: LogEvent[] = (() => {
  const next = random(15);
  const out: LogEvent[] = [];
  for (let i = 0; i < 400; i++) {
    const onBoundary = i % 40 === 0;
    const at = onBoundary ? start + (i / 40) * 300_000 : start + Math.floor(next() * 3_600_000);
    const roll = next();
    const host = roll < 0.06 ? undefined : roll < 0.1 ? 'quiet-01' : hosts[Math.floor(next() * hosts.length)];
    const event: LogEvent = { '@timestamp': new Date(at).toISOString(), level: next() < 0.35 ? 'error' : 'info', user: `u${Math.floor(next() * 30)}` };
    if (host !== undefined) event.host = host;
    if (host !== 'quiet-01' && next() < 0.9) event.latency_ms = 1 + Math.floor(next() * 500);
    out.push(event);
  }
  return out;
})();

const at = (e: LogEvent) => Date.parse(e['@timestamp']);
const bucketOf = (e: LogEvent, ms: number) => new Date(Math.floor(at(e) / ms) * ms).toISOString();

/** Naive reference: the events grouped by `key`, as a map of key to events. */
function groups(list: LogEvent[], key: (e: LogEvent) => string): Map<string, LogEvent[]> {
  const out = new Map<string, LogEvent[]>();
  for (const e of list) out.set(key(e), [...(out.get(key(e)) ?? []), e]);
  return out;
}

type Row = Record<string, unknown>;
const byKeys =
  (...names: string[]) =>
  (a: Row, b: Row) => {
    for (const n of names) {
      const [x, y] = [JSON.stringify(a[n]), JSON.stringify(b[n])];
      if (x !== y) return x < y ? -1 : 1;
    }
    return 0;
  };

/** Errors per host per 5 minutes, as the JavaScript count of the loaded events. */
const errorsPerHostPer5m = () =>
  [
    ...groups(
      events.filter((e) => e.level === 'error'),
      (e) => JSON.stringify([e.host ?? null, bucketOf(e, 300_000)]),
    ),
  ].map(([key, list]) => {
    const [host, bucket] = JSON.parse(key) as [string | null, string];
    return { host, bucket, errors: list.length };
  });

const errorsSource = (instance: Instance, extra: object = {}) => ({
  es: instance,
  index,
  query: { term: { level: 'error' } },
  aggregate: { groupBy: { host: { terms: 'host' }, bucket: { timeBucket: ['@timestamp', '5m'] } }, metrics: { errors: { count: '*' } } } satisfies EsAggregate,
  ...extra,
});

/**
 * The values around the p-th percentile's rank in sorted values: a TDigest (every value its own
 * centroid at these sizes) interpolates between neighbours, so its answer lies between them.
 */
function aroundPercentile(sorted: number[], p: number): [number, number] {
  const rank = (p / 100) * (sorted.length - 1);
  return [sorted[Math.max(0, Math.floor(rank) - 1)]!, sorted[Math.min(sorted.length - 1, Math.ceil(rank) + 1)]!];
}

/** The events in a new index of two shards, with explicit mappings (dynamic ones would make host and level text). */
async function load(instance: Instance, name: string, list: LogEvent[]): Promise<void> {
  await direct(instance, 'PUT', `/${name}`, {
    settings: { number_of_shards: 2, number_of_replicas: 0 },
    mappings: {
      properties: {
        '@timestamp': { type: 'date' },
        host: { type: 'keyword' },
        level: { type: 'keyword' },
        latency_ms: { type: 'long' },
        user: { type: 'keyword' },
      },
    },
  });
  await seed(instance, name, list);
}

describe.each(flavors)('aggregated Elasticsearch sources on $name', ({ instance }) => {
  let app: FastifyInstance;
  const apps: FastifyInstance[] = [];
  beforeAll(async () => {
    app = await buildTestApp();
    await dropIndices(instance, P);
    await load(instance, index, events);
  });
  afterAll(async () => {
    await dropIndices(instance, P);
    await Promise.all([app.close(), ...apps.map((a) => a.close())]);
  });

  it('counts errors per host per 5 minutes inside Elasticsearch, exactly as a count of the loaded events', async () => {
    const data = ok(await mix(app, { sources: { errors: errorsSource(instance) } }));
    expect(pipelineResult.parse(data)).toEqual(data);
    expect(data.columns).toEqual(['host', 'bucket', 'errors']);
    const expected = errorsPerHostPer5m();
    // Sanity of the fixture: events without a host, and events on a bucket boundary, are among the errors.
    expect(expected.some((r) => r.host === null)).toBe(true);
    expect([...data.rows].sort(byKeys('host', 'bucket'))).toEqual(expected.sort(byKeys('host', 'bucket')));
    expect(data.stats.sources.errors).toMatchObject({ rows: expected.length, requests: 1 });
  });

  it('reads every page of buckets (after_key) when there are more than one page holds', async () => {
    const saved = limits.esBucketPageSize;
    limits.esBucketPageSize = 7;
    try {
      const data = ok(await mix(app, { sources: { errors: errorsSource(instance) } }));
      const expected = errorsPerHostPer5m();
      expect([...data.rows].sort(byKeys('host', 'bucket'))).toEqual(expected.sort(byKeys('host', 'bucket')));
      // Full pages, then a short (or an empty) one.
      expect(data.stats.sources.errors.requests).toBe(Math.floor(expected.length / 7) + 1);
      expect(data.stats.sources.errors.query.aggs.buckets.composite.size).toBe(7);
    } finally {
      limits.esBucketPageSize = saved;
    }
  });

  it('makes documents without the field a group of their own (null), in every group of a multi-key bucket', async () => {
    const data = ok(
      await mix(app, {
        sources: {
          logs: { es: instance, index, aggregate: { groupBy: { host: { terms: 'host' }, level: { terms: 'level' } }, metrics: { n: { count: '*' } } } },
        },
      }),
    );
    const expected = [...groups(events, (e) => JSON.stringify([e.host ?? null, e.level]))].map(([key, list]) => {
      const [host, level] = JSON.parse(key) as [string | null, string];
      return { host, level, n: list.length };
    });
    expect([...data.rows].sort(byKeys('host', 'level'))).toEqual(expected.sort(byKeys('host', 'level')));
    expect(
      data.rows
        .filter((r: Row) => r.host === null)
        .map((r: Row) => r.n)
        .reduce((a: number, b: number) => a + b),
    ).toBe(events.filter((e) => e.host === undefined).length);
  });

  it('computes every metric kind per bucket: counts, sum, avg, min, max exactly; distinct and percentiles approximately', async () => {
    const metrics = {
      docs: { count: '*' },
      timed: { count: 'latency_ms' },
      total: { sum: 'latency_ms' },
      mean: { avg: 'latency_ms' },
      fastest: { min: 'latency_ms' },
      slowest: { max: 'latency_ms' },
      users: { distinct: 'user' },
      p50: { p50: 'latency_ms' },
      p90: { p90: 'latency_ms' },
      p95: { p95: 'latency_ms' },
      p99: { p99: 'latency_ms' },
    };
    const data = ok(await mix(app, { sources: { perHost: { es: instance, index, aggregate: { groupBy: { host: { terms: 'host' } }, metrics } } } }));
    expect(data.columns).toEqual(['host', ...Object.keys(metrics)]);
    const expected = groups(events, (e) => JSON.stringify(e.host ?? null));
    expect(data.rows).toHaveLength(expected.size);
    for (const row of data.rows as Row[]) {
      const list = expected.get(JSON.stringify(row.host))!;
      const latencies = list.flatMap((e) => (e.latency_ms === undefined ? [] : [e.latency_ms])).sort((a, b) => a - b);
      const sum = latencies.reduce((a, b) => a + b, 0);
      const none = latencies.length === 0;
      expect(row, String(row.host)).toMatchObject({
        docs: list.length,
        timed: latencies.length,
        total: sum,
        mean: none ? null : sum / latencies.length,
        fastest: none ? null : latencies[0],
        slowest: none ? null : latencies.at(-1),
      });
      // Approximate by design: cardinality is HyperLogLog++ (exact below its precision threshold, here 3000);
      // percentiles a TDigest, found between the values around the exact rank.
      const users = new Set(list.map((e) => e.user)).size;
      expect(Math.abs((row.users as number) - users)).toBeLessThanOrEqual(Math.ceil(users * 0.05));
      for (const p of [50, 90, 95, 99]) {
        const value = row[`p${p}`];
        if (none) expect(value, `p${p} of ${String(row.host)}`).toBeNull();
        else {
          const [low, high] = aroundPercentile(latencies, p);
          expect(value as number, `p${p} of ${String(row.host)}`).toBeGreaterThanOrEqual(low);
          expect(value as number, `p${p} of ${String(row.host)}`).toBeLessThanOrEqual(high);
        }
      }
    }
    expect(data.rows.find((r: Row) => r.host === 'quiet-01')).toMatchObject({ timed: 0, total: 0, mean: null, fastest: null, slowest: null, p50: null });
  });

  it('restricts to the time range: gte/lt as RFC3339, gt/lte as epoch milliseconds, and date math', async () => {
    const from = start + 10 * 60_000; // an event sits exactly on 10:10 (every 40th is on a 5-minute boundary)
    const to = start + 40 * 60_000;
    const count = async (time: object) => {
      const data = ok(
        await mix(app, {
          sources: { logs: { es: instance, index, time, aggregate: { groupBy: { level: { terms: 'level' } }, metrics: { n: { count: '*' } } } } },
        }),
      );
      return (data.rows as Row[]).reduce((n, r) => n + (r.n as number), 0);
    };
    const within = (keep: (t: number) => boolean) => events.filter((e) => keep(at(e))).length;
    expect(events.some((e) => at(e) === from) && events.some((e) => at(e) === to)).toBe(true);
    expect(await count({ field: '@timestamp', gte: new Date(from).toISOString(), lt: new Date(to).toISOString() })).toBe(within((t) => t >= from && t < to));
    expect(await count({ field: '@timestamp', gt: from, lte: to })).toBe(within((t) => t > from && t <= to));
    expect(await count({ field: '@timestamp', gte: '2026-12-01T10:00:00Z||+10m', lt: '2026-12-01T10:00:00Z||+40m' })).toBe(within((t) => t >= from && t < to));
    expect(await count({ field: '@timestamp', lt: from })).toBe(within((t) => t < from));
  });

  it('restricts a source that is not aggregated to the time range too, ANDed with its query', async () => {
    const from = start + 30 * 60_000;
    const data = ok(
      await mix(app, {
        sources: {
          logs: { es: instance, index, query: { term: { level: 'error' } }, time: { field: '@timestamp', gte: from }, fields: ['host', '@timestamp'] },
        },
      }),
    );
    expect(data.rows).toHaveLength(events.filter((e) => e.level === 'error' && at(e) >= from).length);
    expect(data.stats.sources.logs.query.query).toEqual({
      bool: { must: [{ term: { level: 'error' } }], filter: [{ range: { '@timestamp': { gte: from } } }] },
    });
  });

  it('runs the steps on the buckets: a filter on a group and on a metric stays in memory, and the answer is exact', async () => {
    const pipeline = [{ filter: { host: { eq: 'web-01' }, errors: { gte: 2 } } }, { sort: [{ bucket: 'asc' }] }];
    const body = { sources: { errors: errorsSource(instance) }, pipeline };
    const expected = errorsPerHostPer5m()
      .filter((r) => r.host === 'web-01' && r.errors >= 2)
      .sort(byKeys('bucket'));
    expect(expected.length).toBeGreaterThan(0);
    expect(ok(await mix(app, body)).rows).toEqual(expected);
    expect(ok(await mix(app, { ...body, options: { pushdown: false } })).rows).toEqual(expected);
  });

  it('explains the composite body: the query, the time range, and nothing pushed', async () => {
    const time = { field: '@timestamp', gte: 'now-1h' };
    const source = errorsSource(instance, { time });
    const data = ok(await mix(app, { sources: { errors: source }, pipeline: [{ filter: { errors: { gt: 1 } } }] }, { explain: true }));
    expect(explanation.parse(data)).toEqual(data);
    expect(data.sources.errors).toEqual({
      backend: `es/${instance}`,
      query: {
        index,
        mode: 'composite',
        body: compositeBody({ bool: { must: [source.query], filter: [{ range: { '@timestamp': { gte: 'now-1h' } } }] } }, source.aggregate),
      },
      pushed: [],
    });
    expect(data.steps).toEqual([{ step: 0, filter: { errors: { gt: 1 } } }]);
  });

  it('refuses (413) more buckets than maxRows, stopping at the first page over it', async () => {
    const saved = limits.esBucketPageSize;
    limits.esBucketPageSize = 7;
    try {
      const base = testSettings();
      const small = await buildApp({ ...base, limits: { ...base.limits, pipeline: { ...base.limits.pipeline, maxRows: 10 } } });
      apps.push(small);
      expect(refused(await mix(small, { sources: { errors: errorsSource(instance) } }), 413, 41300)).toBe(
        'source "errors": 14 rows (all sources together) over the budget of 10 (limits.pipeline.maxRows); ' +
          'filter it in its query, aggregate it (an InfluxDB select function with groupBy, or an aggregate step before the join), or take fewer (size, limit)',
      );
    } finally {
      limits.esBucketPageSize = saved;
    }
  });

  it('answers 400 naming the field for a wrong time range or aggregate, before calling the backend', async () => {
    const cases: [object, string][] = [
      [{ aggregate: { groupBy: { bucket: { timeBucket: ['@timestamp', '5 min'] } } } }, 'aggregate.groupBy.bucket.timeBucket.1: expected a duration'],
      [{ aggregate: { groupBy: { bucket: { timeBucket: ['@timestamp'] } } } }, 'aggregate.groupBy.bucket.timeBucket: expected [field, duration]'],
      [
        { aggregate: { groupBy: { bucket: { histogram: 'x' } } } },
        'aggregate.groupBy.bucket: expected a group: {"terms": field} or {"timeBucket": [field, "5m"]}',
      ],
      [{ aggregate: { groupBy: {} } }, 'aggregate.groupBy: expected at least one group'],
      [{ aggregate: { groupBy: { host: { terms: 'host' } }, metrics: { m: { first: 'x' } } } }, 'aggregate.metrics.m: unknown metric "first"'],
      [{ aggregate: { groupBy: { host: { terms: 'host' } }, metrics: { host: { count: '*' } } } }, 'aggregate.metrics.host: "host" is a group already'],
      [{ aggregate: { groupBy: { host: { terms: 'host' } }, metrics: { m: { sum: '*' } } } }, 'aggregate.metrics.m.sum: "*" is for count only'],
      [{ aggregate: { groupBy: { host: { terms: 'host' } } }, fields: ['host'] }, 'fields: aggregate excludes fields'],
      [{ aggregate: { groupBy: { host: { terms: 'host' } } }, size: 5 }, 'size: aggregate excludes size'],
      [{ aggregate: { groupBy: { host: { terms: 'host' } } }, all: true }, 'all: aggregate excludes all'],
      [{ time: { field: '@timestamp' } }, 'time: expected at least one bound: gte, gt, lte or lt'],
      [{ time: { field: '@timestamp', gt: 1, gte: 2 } }, 'time.gt: gt and gte exclude each other'],
      [{ time: { field: '@timestamp', gte: true } }, 'time.gte: expected Elasticsearch date math'],
      [{ time: { field: '@timestamp', since: 'now-1h' } }, 'time: unknown time field "since"'],
    ];
    for (const [extra, message] of cases) {
      const message400 = refused(await mix(app, { sources: { logs: { es: instance, index, ...extra } } }), 400, 40000);
      expect(message400).toContain(`body.sources.logs.${message}`);
    }
  });
});

describe('permissions of an aggregated source', () => {
  const secret = (name: string) => `hm_esagg_${name}`;
  const scopes = { mixOnly: ['read:mix/*'], reader: ['read:mix/*', 'read:es/default'] };
  const permIndex = `${P}perm`;
  let app: FastifyInstance;
  beforeAll(async () => {
    const tokens = Object.fromEntries(
      Object.entries(scopes).map(([name, s]) => [name, { sha256: createHash('sha256').update(secret(name)).digest('hex'), scopes: s }]),
    );
    app = await buildTestApp({ auth: { tokens } });
    await dropIndices('default', permIndex);
    await load('default', permIndex, events.slice(0, 50));
  });
  afterAll(async () => {
    await dropIndices('default', permIndex);
    await app.close();
  });

  it('needs read on the instance, as any ES source; column names (even "script") never reach Elasticsearch as names, so they need no more', async () => {
    const body = {
      sources: {
        errors: {
          es: 'default',
          index: permIndex,
          time: { field: '@timestamp', gte: start },
          aggregate: { groupBy: { script: { terms: 'level' } }, metrics: { runtime_mappings: { count: '*' } } },
        },
      },
    };
    expect(refused(await mix(app, body, { token: secret('mixOnly') }), 403, 40300)).toBe(
      'token "mixOnly" lacks read on es/default, which body.sources.errors needs',
    );
    const data = ok(await mix(app, body, { token: secret('reader') }));
    expect(data.columns).toEqual(['script', 'runtime_mappings']);
    expect(data.rows.reduce((n: number, r: Row) => n + (r.runtime_mappings as number), 0)).toBe(50);
  });
});
