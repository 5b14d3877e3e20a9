import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { durationMs, durationParts, maxDurationMs } from '../../src/libs/duration.js';
import { explainPlan } from '../../src/operator/mix/explain.js';
import { planPipeline } from '../../src/operator/mix/pushdown.js';
import { parseMixQuery } from '../../src/parser/pipeline.js';
import { bucketCatalog, esCatalog } from '../../src/query/mix/catalog.js';
import { bucketRow, compositeBody, esMetricKinds, timeRangeClause, type EsAggregate, type EsMetricKind } from '../../src/query/mix/es-aggregate.js';
import { limits } from '../../src/query/mix/limits.js';

const query = { term: { level: 'error' } };

describe('the composite body of an aggregated Elasticsearch source', () => {
  it('has one composite source per group, in order, and one sub-aggregation per metric but count "*"', () => {
    const aggregate: EsAggregate = {
      groupBy: { host: { terms: 'host.name' }, bucket: { timeBucket: ['@timestamp', '5m'] } },
      metrics: {
        errors: { count: '*' },
        values: { count: 'latency_ms' },
        total: { sum: 'bytes' },
        latency: { avg: 'latency_ms' },
        fastest: { min: 'latency_ms' },
        slowest: { max: 'latency_ms' },
        users: { distinct: 'user.id' },
        median: { p50: 'latency_ms' },
        tail: { p99: 'latency_ms' },
      },
    };
    expect(compositeBody(query, aggregate)).toEqual({
      size: 0,
      track_total_hits: false,
      query,
      aggs: {
        buckets: {
          composite: {
            size: limits.esBucketPageSize,
            sources: [
              { g0: { terms: { field: 'host.name', missing_bucket: true } } },
              { g1: { date_histogram: { field: '@timestamp', fixed_interval: '5m', time_zone: 'UTC', missing_bucket: true } } },
            ],
          },
          aggs: {
            m1: { value_count: { field: 'latency_ms' } },
            m2: { sum: { field: 'bytes' } },
            m3: { avg: { field: 'latency_ms' } },
            m4: { min: { field: 'latency_ms' } },
            m5: { max: { field: 'latency_ms' } },
            m6: { cardinality: { field: 'user.id' } },
            m7: { percentiles: { field: 'latency_ms', percents: [50], keyed: false } },
            m8: { percentiles: { field: 'latency_ms', percents: [99], keyed: false } },
          },
        },
      },
    });
  });

  it('pages after a key, and leaves out aggs when every metric is count "*"', () => {
    const aggregate: EsAggregate = { groupBy: { host: { terms: 'host' } }, metrics: { n: { count: '*' } } };
    const body = compositeBody({ match_all: {} }, aggregate, { g0: 'web-01' }) as { aggs: { buckets: Record<string, unknown> } };
    expect(body.aggs.buckets).toEqual({
      composite: { size: limits.esBucketPageSize, sources: [{ g0: { terms: { field: 'host', missing_bucket: true } } }], after: { g0: 'web-01' } },
    });
  });

  it('turns weeks into days for fixed_interval (which has no weeks) and keeps every other unit', () => {
    const interval = (every: string) => {
      const body = compositeBody({}, { groupBy: { t: { timeBucket: ['t', every] } }, metrics: {} }) as {
        aggs: { buckets: { composite: { sources: { g0: { date_histogram: { fixed_interval: string } } }[] } } };
      };
      return body.aggs.buckets.composite.sources[0]!.g0.date_histogram.fixed_interval;
    };
    expect(['2w', '1w', '1500ms', '90s', '5m', '36h', '7d'].map(interval)).toEqual(['14d', '7d', '1500ms', '90s', '5m', '36h', '7d']);
  });

  it('makes a time range a range clause of its bounds', () => {
    expect(timeRangeClause({ field: '@timestamp', gte: 'now-1h', lt: 1_780_000_000_000 })).toEqual({
      range: { '@timestamp': { gte: 'now-1h', lt: 1_780_000_000_000 } },
    });
  });
});

describe('a bucket as a row', () => {
  it('gives the groups in order (a time bucket as toISOString, a missing key as null), then the metrics, null where Elasticsearch has none', () => {
    const aggregate: EsAggregate = {
      groupBy: { bucket: { timeBucket: ['@timestamp', '5m'] }, host: { terms: 'host' } },
      metrics: { n: { count: '*' }, latency: { avg: 'latency_ms' }, p: { p95: 'latency_ms' }, users: { distinct: 'user' } },
    };
    const at = Date.UTC(2026, 11, 1, 10, 5);
    expect(
      bucketRow({ key: { g0: at, g1: null }, doc_count: 3, m1: { value: null }, m2: { values: [{ key: 95, value: null }] }, m3: { value: 0 } }, aggregate),
    ).toEqual({ bucket: '2026-12-01T10:05:00.000Z', host: null, n: 3, latency: null, p: null, users: 0 });
    expect(
      bucketRow({ key: { g0: null, g1: 'web-01' }, doc_count: 2, m1: { value: 12.5 }, m2: { values: [{ key: 95, value: 20 }] }, m3: { value: 2 } }, aggregate),
    ).toEqual({ bucket: null, host: 'web-01', n: 2, latency: 12.5, p: 20, users: 2 });
    expect(Object.keys(bucketRow({ key: { g0: at, g1: 'a' }, doc_count: 1, m1: { value: 1 }, m2: { values: [] }, m3: { value: 1 } }, aggregate))).toEqual([
      'bucket',
      'host',
      'n',
      'latency',
      'p',
      'users',
    ]);
  });

  it('reads back, for any groups and metrics, the values a bucket of the body it asked for holds (naive reference)', () => {
    const kind = fc.constantFrom(...esMetricKinds);
    const value = fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constant(null));
    const spec = fc.record({
      groups: fc.array(fc.boolean(), { minLength: 1, maxLength: 4 }),
      metrics: fc.array(fc.record({ kind, star: fc.boolean(), value, count: fc.nat() }), { maxLength: 6 }),
      time: fc.integer({ min: 0, max: 4_102_444_800_000 }),
    });
    fc.assert(
      fc.property(spec, ({ groups, metrics, time }) => {
        const aggregate: EsAggregate = {
          groupBy: Object.fromEntries(groups.map((isTime, i) => [`group${i}`, isTime ? { timeBucket: ['t', '1m'] } : { terms: `f${i}` }])),
          metrics: Object.fromEntries(metrics.map((m, i) => [`metric${i}`, { [m.kind]: m.kind === 'count' && m.star ? '*' : `v${i}` }])),
        };
        const body = compositeBody({}, aggregate) as { aggs: { buckets: { aggs?: Record<string, Record<string, unknown>> } } };
        const subs = body.aggs.buckets.aggs ?? {};
        const star = (m: (typeof metrics)[number]) => m.kind === 'count' && m.star;
        // The bucket Elasticsearch would send: each sub-aggregation's result in the shape of its kind.
        const bucket = {
          key: Object.fromEntries(groups.map((isTime, i) => [`g${i}`, isTime ? time : `k${i}`])),
          doc_count: 7,
          ...Object.fromEntries(
            Object.entries(subs).map(([name, sub]) => [
              name,
              'percentiles' in sub ? { values: [{ key: 1, value: metrics[Number(name.slice(1))]!.value }] } : { value: metrics[Number(name.slice(1))]!.value },
            ]),
          ),
        };
        const expected = {
          ...Object.fromEntries(groups.map((isTime, i) => [`group${i}`, isTime ? new Date(time).toISOString() : `k${i}`])),
          ...Object.fromEntries(metrics.map((m, i) => [`metric${i}`, star(m) ? 7 : m.value])),
        };
        expect(Object.keys(subs).length).toBe(metrics.filter((m) => !star(m)).length);
        expect(bucketRow(bucket, aggregate)).toEqual(expected);
      }),
    );
  });

  it('names every metric kind the pipeline aggregate knows, but first and last (a bucket has no order)', () => {
    expect(esMetricKinds).toEqual(['count', 'sum', 'avg', 'min', 'max', 'distinct', 'p50', 'p90', 'p95', 'p99'] satisfies EsMetricKind[]);
  });
});

describe('durations', () => {
  const unitMs = { ms: 1, s: 1e3, m: 6e4, h: 3.6e6, d: 8.64e7, w: 6.048e8 } as const;
  it('read a whole number above 0 and a unit, as a naive parser does', () => {
    const text = fc.oneof(
      fc.tuple(fc.integer({ min: 1, max: 1e9 }), fc.constantFrom(...(Object.keys(unitMs) as (keyof typeof unitMs)[]))).map(([n, u]) => `${n}${u}`),
      fc.string({ maxLength: 8 }),
    );
    fc.assert(
      fc.property(text, (t) => {
        const match = /^([1-9]\d*)(ms|s|m|h|d|w)$/.exec(t);
        const ms = match ? Number(match[1]) * unitMs[match[2] as keyof typeof unitMs] : null;
        expect(durationMs(t)).toBe(ms !== null && ms <= maxDurationMs ? ms : null);
        expect(durationParts(t)).toEqual(match ? { count: Number(match[1]), unit: match[2] } : null);
      }),
    );
  });
  it('refuse zero, leading zeros, fractions, signs, spaces and more than a safe integer of milliseconds', () => {
    for (const t of ['0s', '05m', '1.5h', '-1h', '+1h', ' 1h', '1 h', '1H', '1y', '1mo', 'm', '', '99999999999999w']) expect(durationMs(t)).toBeNull();
  });
});

describe('an aggregated source in a plan', () => {
  const aggregate: EsAggregate = {
    groupBy: { host: { terms: 'host.name' }, bucket: { timeBucket: ['@timestamp', '5m'] } },
    metrics: { errors: { count: '*' } },
  };
  const request = parseMixQuery({
    sources: {
      errors: {
        es: 'default',
        index: 'logs-*',
        query: { term: { level: 'error' } },
        time: { field: '@timestamp', gte: 'now-1h', lt: 'now' },
        aggregate,
      },
    },
    pipeline: [{ filter: { host: { eq: 'web-01' }, errors: { gt: 2 } } }],
  });

  it('fetches the composite body of its query and time range, and keeps every filter in memory', () => {
    const plan = planPipeline(request, { errors: bucketCatalog(aggregate) });
    const explained = explainPlan(plan);
    expect(explained.sources.errors).toEqual({
      backend: 'es/default',
      query: {
        index: 'logs-*',
        mode: 'composite',
        body: compositeBody({ bool: { must: [{ term: { level: 'error' } }], filter: [{ range: { '@timestamp': { gte: 'now-1h', lt: 'now' } } }] } }, aggregate),
      },
      pushed: [],
    });
    expect(explained.steps).toEqual([{ step: 0, filter: { and: [{ host: { eq: 'web-01' } }, { errors: { gt: 2 } }] } }]);
  });

  it('refuses a step reading a column the buckets do not have, before any join', () => {
    const source = { es: 'default', index: 'logs-*', aggregate };
    expect(() => parseMixQuery({ sources: { errors: source }, pipeline: [{ filter: { 'host.name': { eq: 'web-01' } } }] })).toThrow(
      'body.pipeline.0: no column "host.name" in the buckets of source "errors" (columns: host, bucket, errors)',
    );
    expect(parseMixQuery({ sources: { errors: source }, pipeline: [{ sort: [{ errors: 'desc' }] }] }).steps).toHaveLength(1);
  });

  it('is never semi-joined, and a filter on the other side of a join still moves into that side', () => {
    const joined = parseMixQuery({
      sources: { hosts: { es: 'default', index: 'hosts' }, errors: { es: 'default', index: 'logs-*', aggregate } },
      pipeline: [{ join: { left: 'hosts', right: 'errors', on: { hostname: 'host' } } }, { filter: { region: { eq: 'eu' } } }],
    });
    const hosts = esCatalog({ es: 'default', index: 'hosts' }, [{ properties: { hostname: { type: 'keyword' }, region: { type: 'keyword' } } }]);
    const plan = planPipeline(joined, { hosts, errors: bucketCatalog(aggregate) });
    expect(plan.sources.errors!.semiJoin).toBeUndefined();
    expect(plan.sources.hosts!.pushed.map((p) => p.where)).toEqual([{ op: 'eq', field: 'region', value: 'eu' }]);
  });

  it('has exactly its groups and metrics as columns', () => {
    const catalog = bucketCatalog(aggregate);
    expect(['host', 'bucket', 'errors', 'host.name', '@timestamp'].map(catalog.presence)).toEqual(['yes', 'yes', 'yes', 'no', 'no']);
    expect(catalog.restrictable).toBe(false);
  });
});
