import { describe, expect, it } from 'vitest';
import { capabilitiesOf, compareVersions, unsupported, versionHas, type ClusterFacts } from '../../src/query/es/capabilities.js';

const facts = (over: Partial<ClusterFacts>): ClusterFacts => ({ flavor: 'elasticsearch', version: '8.19.21', components: [], securityEnabled: false, ...over });

describe('version comparison', () => {
  it('orders on major, minor and patch as numbers, ignoring a suffix and reading missing parts as 0', () => {
    expect(compareVersions('3.10.0', '3.9.0')).toBe(1);
    expect(compareVersions('3.3', '3.3.0')).toBe(0);
    expect(compareVersions('2.19.6', '3.3')).toBe(-1);
    expect(compareVersions('9.1.0-SNAPSHOT', '9.1.0')).toBe(0);
    expect(compareVersions('8.19.21', '8.19.3')).toBe(1);
    expect(compareVersions('1.0.1', '1.0.2')).toBe(-1);
    expect(compareVersions('', '0.0')).toBe(0);
  });
});

describe('what a version allows', () => {
  it('_shard_doc: every Elasticsearch from 7.12, OpenSearch from 3.3', () => {
    expect(versionHas('elasticsearch', '7.11.2', 'shardDocTiebreaker')).toBe(false);
    expect(versionHas('elasticsearch', '7.12.0', 'shardDocTiebreaker')).toBe(true);
    expect(versionHas('opensearch', '3.2.9', 'shardDocTiebreaker')).toBe(false);
    expect(versionHas('opensearch', '3.3.0', 'shardDocTiebreaker')).toBe(true);
  });

  it('compatible-with=8: Elasticsearch 8 and 9 only, never OpenSearch', () => {
    expect(versionHas('elasticsearch', '7.17.0', 'compatibleWith8')).toBe(false);
    expect(versionHas('elasticsearch', '8.0.0', 'compatibleWith8')).toBe(true);
    expect(versionHas('elasticsearch', '9.5.3', 'compatibleWith8')).toBe(true);
    expect(versionHas('elasticsearch', '10.0.0', 'compatibleWith8')).toBe(false);
    expect(versionHas('opensearch', '3.9.0', 'compatibleWith8')).toBe(false);
  });
});

describe('capabilities of a cluster', () => {
  it('a core Elasticsearch node: version features only', () => {
    expect(capabilitiesOf(facts({ components: ['Netty4Plugin', 'org.elasticsearch.transport.netty4.Netty4Plugin'] }))).toEqual({
      pointInTime: true,
      pointInTimeApi: '_pit',
      shardDocTiebreaker: true,
      searchAfter: true,
      compositeAggregations: true,
      composableTemplates: true,
      deleteByQuery: false,
      updateByQuery: false,
      scripts: false,
      dataStreams: false,
      apiKeys: false,
      compatibleWith8: true,
    });
  });

  it('a full Elasticsearch distribution with security: the modules by their names', () => {
    const full = facts({ components: ['reindex', 'lang-painless', 'data-streams', 'x-pack-security'], securityEnabled: true });
    expect(capabilitiesOf(full)).toMatchObject({ deleteByQuery: true, updateByQuery: true, scripts: true, dataStreams: true, apiKeys: true });
    expect(capabilitiesOf({ ...full, securityEnabled: false }).apiKeys).toBe(false);
  });

  it('OpenSearch 2.19 with its modules by class name: its own point-in-time API, no _shard_doc, no API keys', () => {
    const os = facts({
      flavor: 'opensearch',
      version: '2.19.6',
      components: ['org.opensearch.index.reindex.ReindexPlugin', 'PainlessModulePlugin'],
      securityEnabled: true,
    });
    expect(capabilitiesOf(os)).toEqual({
      pointInTime: true,
      pointInTimeApi: '_search/point_in_time',
      shardDocTiebreaker: false,
      searchAfter: true,
      compositeAggregations: true,
      composableTemplates: true,
      deleteByQuery: true,
      updateByQuery: true,
      scripts: true,
      dataStreams: true,
      apiKeys: false,
      compatibleWith8: false,
    });
  });

  it('OpenSearch before 2.4 has no point in time, so no endpoint to name', () => {
    expect(capabilitiesOf(facts({ flavor: 'opensearch', version: '2.3.0' }))).toMatchObject({ pointInTime: false, pointInTimeApi: null });
    expect(capabilitiesOf(facts({ flavor: 'opensearch', version: '2.4.0' }))).toMatchObject({ pointInTime: true, pointInTimeApi: '_search/point_in_time' });
  });

  it('a module below its version does not count', () => {
    expect(capabilitiesOf(facts({ version: '7.8.0', components: ['data-streams'] })).dataStreams).toBe(false);
  });
});

describe('the 501 of a missing capability', () => {
  it('names what to use instead where the gateway has it, else the capability and the instance', () => {
    const dbq = unsupported('logs', 'deleteByQuery');
    expect(dbq.status).toBe(501);
    expect(dbq.message).toBe(
      'not supported: _delete_by_query on es/logs: the cluster lacks the reindex module that provides it; ' +
        'delete the matching documents by id instead: read their ids with GET /es/logs/indices/{index}/_export, ' +
        'then send delete actions to POST /es/logs/indices/{index}/docs/_bulk',
    );
    expect(unsupported('logs', 'dataStreams').message).toBe('not supported: dataStreams on es/logs');
  });
});
