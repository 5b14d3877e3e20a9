import { Client as ElasticClient } from '@elastic/elasticsearch';
import { Client as OpenSearchClient } from '@opensearch-project/opensearch';
import { afterAll, describe, expect, it } from 'vitest';
import { backends } from './helpers.js';

// The search nodes the test setup starts, checked directly with each flavor's own client.
const index = 'engine-check';
const docs = [
  { host: 'web-1', region: 'eu', cpu: 10, at: '2026-11-01T10:00:00Z', note: 'disk almost full' },
  { host: 'web-2', region: 'eu', cpu: 30, at: '2026-11-01T11:00:00Z', note: 'all quiet' },
  { host: 'db-1', region: 'us', cpu: 50, at: '2026-11-02T10:00:00Z', note: 'disk replaced' },
];
const mappings = {
  properties: { host: { type: 'keyword' }, region: { type: 'keyword' }, cpu: { type: 'float' }, at: { type: 'date' }, note: { type: 'text' } },
};
const aggs = {
  regions: { terms: { field: 'region' }, aggs: { avgCpu: { avg: { field: 'cpu' } } } },
  perDay: { date_histogram: { field: 'at', calendar_interval: 'day' } },
};

interface AggResult {
  regions: { buckets: { key: string; doc_count: number; avgCpu: { value: number } }[] };
  perDay: { buckets: { key_as_string: string; doc_count: number }[] };
}

function expectAggregations(result: AggResult) {
  expect(result.regions.buckets.map((b) => [b.key, b.doc_count, b.avgCpu.value])).toEqual([
    ['eu', 2, 20],
    ['us', 1, 50],
  ]);
  expect(result.perDay.buckets.map((b) => b.doc_count)).toEqual([2, 1]);
}

describe('Elasticsearch 8.19 core node', () => {
  const client = new ElasticClient({ node: backends().es });
  afterAll(async () => {
    await client.indices.delete({ index }, { ignore: [404] });
    await client.close();
  });

  it('answers info() and ping() as Elasticsearch 8.19 with the product header', async () => {
    const info = await client.info();
    expect(info.version.number).toMatch(/^8\.19\.\d+$/);
    expect(info.cluster_name).toBe('hostmonitor-test');
    expect(await client.ping()).toBe(true);
    const raw = await fetch(`${backends().es}/_cluster/health`);
    expect(raw.headers.get('x-elastic-product')).toBe('Elasticsearch');
  });

  it('creates an index with mappings, indexes, refreshes, searches and aggregates', async () => {
    await client.indices.create({ index, settings: { number_of_shards: 1, number_of_replicas: 0 }, mappings: mappings as never });
    for (const [i, doc] of docs.entries()) await client.index({ index, id: String(i), document: doc });
    await client.indices.refresh({ index });
    const found = await client.search({ index, query: { match: { note: 'disk' } } });
    expect(found.hits.hits.map((h) => h._id).sort()).toEqual(['0', '2']);
    const agg = await client.search({ index, size: 0, aggs: aggs as never });
    expectAggregations(agg.aggregations as unknown as AggResult);
  });

  it('lacks the modules Elastic does not publish (painless, _delete_by_query)', async () => {
    await expect(client.deleteByQuery({ index, query: { match_all: {} } })).rejects.toThrow(/no handler found/);
    await expect(client.update({ index, id: '0', script: { source: 'ctx._source.cpu += 1' } })).rejects.toThrow(/painless/);
  });
});

describe('OpenSearch 2.19 node', () => {
  const client = new OpenSearchClient({ node: backends().opensearch });
  afterAll(async () => {
    await client.indices.delete({ index }, { ignore: [404] });
    await client.close();
  });

  it('answers info() as OpenSearch 2.19', async () => {
    const { body } = await client.info();
    expect(body.version.number).toMatch(/^2\.19\.\d+$/);
    expect(body.version.distribution).toBe('opensearch');
  });

  it('creates an index with mappings, indexes, refreshes, searches and aggregates', async () => {
    await client.indices.create({ index, body: { settings: { number_of_shards: 1, number_of_replicas: 0 }, mappings } as never });
    for (const [i, doc] of docs.entries()) await client.index({ index, id: String(i), body: doc });
    await client.indices.refresh({ index });
    const found = await client.search({ index, body: { query: { match: { note: 'disk' } } } });
    expect(found.body.hits.hits.map((h) => h._id).sort()).toEqual(['0', '2']);
    const agg = await client.search({ index, body: { size: 0, aggs } as never });
    expectAggregations(agg.body.aggregations as unknown as AggResult);
  });

  it('runs a painless update and _delete_by_query', async () => {
    await client.update({ index, id: '0', refresh: true, body: { script: { source: 'ctx._source.cpu += params.k', params: { k: 5 } } } });
    expect((await client.get({ index, id: '0' })).body._source?.cpu).toBe(15);
    const deleted = await client.deleteByQuery({ index, refresh: true, body: { query: { term: { region: 'eu' } } } });
    expect((deleted.body as { deleted?: number }).deleted).toBe(2);
    expect((await client.count({ index })).body.count).toBe(1);
  });
});
