import { describe, expect, it } from 'vitest';
import { parseMixQuery } from '../../src/parser/pipeline.js';
import { esCatalog, influxCatalog, type Catalogs } from '../../src/query/mix/catalog.js';
import { neededColumns, planPipeline } from '../../src/operator/mix/pushdown.js';

// What the plan asks of each backend: the source queries with the filters pushed in, the semi-joins, the fields fetched.
const hostsMapping = {
  properties: {
    host: { type: 'keyword' },
    region: { type: 'keyword' },
    cores: { type: 'long' },
    disk: { properties: { size: { type: 'long' } } },
    // Names a join of cpu with prefix "p." and suffix "!" could give its columns.
    p: { properties: { 'usage!': { type: 'long' }, 'disk!': { type: 'long' } } },
  },
};
const appsMapping = { properties: { app: { type: 'keyword' }, owner: { type: 'keyword' }, port: { type: 'long' }, region: { type: 'keyword' } } };
const cpuKeys = { tags: ['hostname', 'cpu'], fields: [{ name: 'usage', type: 'float' }] };

type Sources = Record<string, Record<string, unknown>>;
const base: Sources = {
  hosts: { es: 'default', index: 'hosts' },
  apps: { es: 'default', index: 'apps' },
  cpu: { influx: 'default', db: 'telegraf', measurement: 'cpu', select: ['hostname', 'cpu', 'usage'] },
};

/** Parses the body (with the sources its joins name) and plans it with catalogs built from the mappings and keys above. */
function plan(sources: Sources, pipeline: unknown[]) {
  const joins = pipeline.flatMap((step) =>
    Object.values((step as { join?: { left?: string; right: string } }).join ?? {}).filter((v) => typeof v === 'string'),
  );
  const used = Object.fromEntries(Object.entries(sources).filter(([name]) => joins.includes(name)));
  const query = parseMixQuery({ sources: used, pipeline });
  const catalogs: Record<string, Catalogs[string]> = {};
  for (const [name, spec] of Object.entries(query.sources)) {
    if ('measurement' in spec) catalogs[name] = influxCatalog(spec, cpuKeys);
    else if ('index' in spec) catalogs[name] = esCatalog(spec, [spec.index === 'hosts' ? hostsMapping : appsMapping]);
    else catalogs[name] = { kind: 'influxql', restrictable: false, presence: () => 'maybe' };
  }
  return planPipeline(query, catalogs);
}

const hostsCpu = (how: string, on: Record<string, string> = { host: 'hostname' }) => ({ join: { left: 'hosts', right: 'cpu', on, how } });

describe('source queries', () => {
  it('reads each kind of source as asked when nothing is pushed', () => {
    const p = plan(
      {
        hosts: { es: 'default', index: 'hosts', all: true, fields: ['host'] },
        apps: { es: 'default', index: 'apps', size: 5, query: { term: { owner: 'me' } } },
        raw: { influx: 'default', db: 'telegraf', q: 'SELECT * FROM mem' },
        cpu: { influx: 'default', db: 'telegraf', measurement: 'cpu', where: { cpu: 'cpu0' } },
      },
      [hostsCpu('full'), { join: { right: 'apps', on: { host: 'app' }, how: 'full' } }, { join: { right: 'raw', on: { host: 'host' }, how: 'full' } }],
    );
    expect(p.pushdown).toBe(true);
    expect(p.start).toBe('hosts');
    expect(p.sources.hosts!.fetch).toEqual({ kind: 'es', instance: 'default', index: 'hosts', query: { match_all: {} }, source: ['host'], mode: 'all' });
    expect(p.sources.apps!.fetch).toEqual({
      kind: 'es',
      instance: 'default',
      index: 'apps',
      query: { term: { owner: 'me' } },
      source: null,
      mode: 'size',
      size: 5,
    });
    expect(p.sources.raw!.fetch).toEqual({ kind: 'influxql', instance: 'default', database: 'telegraf', q: 'SELECT * FROM mem' });
    expect(p.sources.cpu!.fetch).toEqual({ kind: 'influx', instance: 'default', database: 'telegraf', measurement: 'cpu', spec: { where: { cpu: 'cpu0' } } });
    expect(Object.values(p.sources).map((s) => s.pushed)).toEqual([[], [], [], []]);
  });

  it('adds every pushed part to an Elasticsearch query, keeping the user query in must', () => {
    const sources = { ...base, hosts: { es: 'default', index: 'hosts', query: { term: { env: 'prod' } } } };
    const p = plan(sources, [hostsCpu('inner'), { filter: { cores: { gt: 2 } } }, { sort: [{ cores: 'asc' }] }, { filter: { region: { eq: 'eu' } } }]);
    expect(p.sources.hosts!.fetch).toMatchObject({
      query: { bool: { must: [{ term: { env: 'prod' } }], filter: [{ range: { cores: { gt: 2 } } }, { term: { region: 'eu' } }] } },
    });
    expect(p.sources.hosts!.pushed).toEqual([
      { from: 'body.pipeline.1.filter', where: { op: 'gt', field: 'cores', value: 2 } },
      { from: 'body.pipeline.3.filter', where: { op: 'eq', field: 'region', value: 'eu' } },
    ]);
    expect(p.steps.map((s) => [s.index, s.node.kind])).toEqual([
      [0, 'JoinNode'],
      [2, 'SortNode'],
    ]);
  });

  it("merges pushed parts into an InfluxDB source's where, and keeps a part that repeats one of its comparisons", () => {
    const sources = { ...base, cpu: { ...base.cpu, where: { usage: { gte: 0 }, time: { gte: 'now-1h' } } } };
    const p = plan(sources, [
      hostsCpu('inner'),
      { filter: { usage: { gt: 1 }, cpu: { eq: 'cpu0' } } },
      { filter: { usage: { lt: 90 } } },
      { filter: { usage: { gte: 5 } } },
    ]);
    expect(p.sources.cpu!.fetch).toMatchObject({ spec: { where: { usage: { gte: 0, gt: 1, lt: 90 }, cpu: { eq: 'cpu0' }, time: { gte: 'now-1h' } } } });
    expect(p.sources.cpu!.pushed.map((x) => x.from)).toEqual(['body.pipeline.1.filter', 'body.pipeline.1.filter', 'body.pipeline.2.filter']);
    expect(p.steps.map((s) => s.node)).toEqual([
      expect.objectContaining({ kind: 'JoinNode' }),
      { kind: 'FilterNode', where: { op: 'gte', field: 'usage', value: 5 } },
    ]);
  });

  it('keeps in memory the parts no source query can test, as one filter', () => {
    const p = plan(base, [hostsCpu('inner'), { filter: { cores: { gt: 2, ne: 7 }, usage: { exists: true }, host: { eq: 'a' } } }]);
    expect(p.sources.hosts!.pushed.map((x) => x.where)).toEqual([
      { op: 'gt', field: 'cores', value: 2 },
      { op: 'eq', field: 'host', value: 'a' },
    ]);
    expect(p.sources.hosts!.fetch).toMatchObject({ query: { bool: { filter: [{ range: { cores: { gt: 2 } } }, { term: { host: 'a' } }] } } });
    expect(p.steps[1]!.node).toEqual({
      kind: 'FilterNode',
      where: {
        op: 'and',
        of: [
          { op: 'ne', field: 'cores', value: 7 },
          { op: 'exists', field: 'usage', value: true },
        ],
      },
    });
  });

  it('keeps a filter whose parts read two sources, or a column a join renamed', () => {
    const p = plan({ ...base, cpu: { ...base.cpu, select: ['hostname', 'cpu', 'usage', 'host'] } }, [
      hostsCpu('inner'),
      { filter: { or: [{ cores: { gt: 2 } }, { usage: { gt: 1 } }] } },
      { filter: { host_cpu: { eq: 'a' } } },
    ]);
    expect(p.sources.hosts!.pushed).toEqual([]);
    expect(p.sources.cpu!.pushed).toEqual([]);
    expect(p.steps).toHaveLength(3);
  });

  it('pushes an or of columns of one source whole', () => {
    const p = plan(base, [hostsCpu('inner'), { filter: { or: [{ cores: { gt: 2 } }, { region: { eq: 'eu' } }] } }]);
    expect(p.sources.hosts!.fetch).toMatchObject({
      query: { bool: { filter: [{ bool: { should: [{ range: { cores: { gt: 2 } } }, { term: { region: 'eu' } }], minimum_should_match: 1 } }] } },
    });
    expect(p.steps).toHaveLength(1);
  });

  it('keeps a part that reads two sources even when one of them could test both columns', () => {
    // apps documents have a region too, but the source fetches only app and owner: region is the hosts column.
    const sources = { ...base, apps: { es: 'default', index: 'apps', fields: ['app', 'owner'] } };
    const p = plan(sources, [
      { join: { left: 'hosts', right: 'apps', on: { host: 'app' } } },
      { filter: { or: [{ region: { eq: 'eu' } }, { owner: { eq: 'me' } }] } },
    ]);
    expect(p.sources.apps!.pushed).toEqual([]);
    expect(p.sources.apps!.fetch).toMatchObject({ query: { match_all: {} } });
    expect(p.steps).toHaveLength(2);
  });

  it('keeps a filter on a column that a raw InfluxQL source may have too', () => {
    const raw = { influx: 'default', db: 'telegraf', q: 'SELECT * FROM mem' };
    const p = plan({ ...base, raw }, [{ join: { left: 'hosts', right: 'raw', on: { host: 'host' } } }, { filter: { cores: { gt: 2 } } }]);
    expect(p.sources.hosts!.pushed).toEqual([]);
    expect(p.sources.raw!.semiJoin).toBeUndefined();
    expect(p.steps).toHaveLength(2);
  });

  it('keeps a filter on a column that a join may have renamed a right column to', () => {
    const p = plan(base, [
      { join: { left: 'hosts', right: 'cpu', on: { host: 'hostname' }, prefix: 'p.', suffix: '!' } },
      { filter: { 'p.usage!': { gt: 1 } } },
      { filter: { 'p.disk!': { gt: 1 } } },
    ]);
    // cpu has usage (it may become p.usage!), not disk: p.disk! can only be the hosts column.
    expect(p.sources.hosts!.pushed.map((x) => x.where)).toEqual([{ op: 'gt', field: 'p.disk!', value: 1 }]);
    expect(p.steps.map((s) => s.index)).toEqual([0, 1]);
  });

  it('finds the join to rewrite by its place in the request after filters left the steps', () => {
    const p = plan(base, [
      hostsCpu('left'),
      { filter: { cores: { gt: 2 } } },
      { join: { right: 'apps', on: { host: 'app' }, how: 'left' } },
      { filter: { port: { gt: 80 } } },
    ]);
    expect(p.rewrites).toEqual([{ step: 2, from: 'left', to: 'inner', because: 'body.pipeline.3.filter' }]);
    expect(p.steps.map((s) => [s.index, (s.node as { how?: string }).how])).toEqual([
      [0, 'left'],
      [2, 'inner'],
    ]);
  });
});

describe('semi-joins', () => {
  it('restricts the right source of an inner or left join by the first pair it can test', () => {
    for (const how of ['inner', 'left']) {
      const p = plan(base, [hostsCpu(how, { cores: 'usage', host: 'hostname', region: 'cpu' })]);
      expect(p.sources.cpu!.semiJoin).toEqual({
        step: 0,
        left: 'host',
        right: 'hostname',
        by: { kind: 'influx', key: { key: 'hostname', accepts: 'string' } },
      });
    }
    const es = plan(base, [{ join: { left: 'cpu', right: 'hosts', on: { usage: 'disk', hostname: 'host', cpu: 'region' } } }]);
    expect(es.sources.hosts!.semiJoin).toEqual({
      step: 0,
      left: 'hostname',
      right: 'host',
      by: { kind: 'es', target: { field: 'host', accepts: 'string', ignoreAbove: null } },
    });
  });

  it('does not restrict a source that takes its first matches, one joined twice, or a key its where already has a regex on', () => {
    expect(plan({ ...base, cpu: { ...base.cpu, limit: 5 } }, [hostsCpu('inner')]).sources.cpu!.semiJoin).toBeUndefined();
    expect(plan({ ...base, cpu: { ...base.cpu, where: { hostname: { regex: '^web' } } } }, [hostsCpu('inner')]).sources.cpu!.semiJoin).toBeUndefined();
    expect(plan({ ...base, cpu: { ...base.cpu, where: { hostname: { eq: 'web' } } } }, [hostsCpu('inner')]).sources.cpu!.semiJoin).toMatchObject({
      right: 'hostname',
    });
    expect(plan(base, [hostsCpu('inner', { cores: 'usage' })]).sources.cpu!.semiJoin).toBeUndefined();
    expect(plan(base, [hostsCpu('inner', { host: 'nope' })]).sources.cpu!.semiJoin).toBeUndefined();
    const twice = plan({ hosts: base.hosts! }, [{ join: { right: 'hosts', on: { host: 'host' } } }]);
    expect(twice.sources.hosts!.semiJoin).toBeUndefined();
    expect(plan(base, [{ join: { left: 'cpu', right: 'hosts', on: { usage: 'disk' } } }]).sources.hosts!.semiJoin).toBeUndefined();
  });
});

describe('fetched fields', () => {
  const aggregate = { aggregate: { groupBy: ['region'], metrics: { n: { count: '*' } } } };

  it('fetches only what the steps read before an aggregate, with the parents and children of what they read', () => {
    const p = plan({ ...base, hosts: { es: 'default', index: 'hosts', fields: ['host', 'region', 'disk', 'cores'] } }, [
      hostsCpu('inner'),
      { filter: { 'disk.size': { gt: 1 } } },
      aggregate,
    ]);
    expect(p.sources.hosts!.fetch).toMatchObject({ source: ['host', 'region', 'disk'] });
    const wide = plan(base, [hostsCpu('inner'), aggregate]);
    // Without a fields list, every column read (the right key too, which it cannot have).
    expect(wide.sources.hosts!.fetch).toMatchObject({ source: ['host', 'hostname', 'region'] });
    const child = plan({ ...base, hosts: { es: 'default', index: 'hosts', fields: ['disk.size', 'host'] } }, [
      hostsCpu('inner'),
      { aggregate: { groupBy: ['disk'] } },
    ]);
    expect(child.sources.hosts!.fetch).toMatchObject({ source: ['disk.size', 'host'] });
  });

  it('leaves the fields of a wildcard list, of a list none of whose fields is read, and without a deciding step', () => {
    const sources = (fields: string[]) => ({ ...base, hosts: { es: 'default', index: 'hosts', fields } });
    expect(plan(sources(['h*', 'region']), [hostsCpu('inner'), aggregate]).sources.hosts!.fetch).toMatchObject({ source: ['h*', 'region'] });
    // Only the join key is read of hosts, and it is not in the list: fetching [] would fetch whole documents.
    expect(plan(sources(['region']), [hostsCpu('inner'), { aggregate: { groupBy: ['hostname'] } }]).sources.hosts!.fetch).toMatchObject({ source: ['region'] });
    expect(
      plan(sources(['cores']), [{ join: { left: 'hosts', right: 'cpu', on: { cores: 'usage' } } }, { project: { keep: ['x'] } }]).sources.hosts!.fetch,
    ).toMatchObject({ source: ['cores'] });
    expect(plan(base, [hostsCpu('inner'), { sort: [{ cores: 'asc' }] }]).sources.hosts!.fetch).toMatchObject({ source: null });
    expect(plan(base, [hostsCpu('inner'), { project: { rename: { cores: 'n' } } }]).sources.hosts!.fetch).toMatchObject({ source: null });
  });
});

describe('neededColumns', () => {
  const steps = (pipeline: unknown[]) =>
    parseMixQuery({ sources: base, pipeline: [hostsCpu('inner'), { join: { right: 'apps', on: { host: 'app' }, prefix: 'a.', suffix: '!' } }, ...pipeline] })
      .steps;

  it('adds the names before a join renamed them, only for names that carry both affixes', () => {
    expect(neededColumns(steps([{ project: { keep: ['a.port!', 'a.!', 'x_cpu', '_cpu', 'a.owner'] } }]))).toEqual(
      new Set(['host', 'hostname', 'app', 'a.port!', 'port', 'a.!', 'x_cpu', 'x', '_cpu', 'a.owner']),
    );
    expect(neededColumns(steps([{ limit: 1 }]))).toBeNull();
    expect(neededColumns(steps([{ upsert: { es: 'default', index: 'out', id: 'host' } }, { aggregate: { groupBy: ['host'] } }]))).toBeNull();
  });
});
