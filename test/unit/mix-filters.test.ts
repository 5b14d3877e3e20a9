import { describe, expect, it } from 'vitest';
import { FilterNode, type FilterInput } from '../../src/operator/filter.js';
import { esCatalog, influxCatalog, type EsTarget, type SourceCatalog } from '../../src/query/mix/catalog.js';
import { esClause, withFilters } from '../../src/operator/mix/es-filter.js';
import { influxConditions } from '../../src/operator/mix/influx-filter.js';
import { mergeWhere } from '../../src/query/mix/semi-join.js';
import { anyOfPattern, restrictingKeys } from '../../src/query/mix/semi-join.js';
import { flatten } from '../../src/query/mix/sources.js';

const predicate = (where: FilterInput) => FilterNode.create(where).where;

const mappings = [
  {
    properties: {
      hostname: { type: 'keyword' },
      os: { type: 'text', fields: { keyword: { type: 'keyword', ignore_above: 8 } } },
      note: { type: 'text' },
      cores: { type: 'long' },
      load: { type: 'double' },
      ratio: { type: 'float' },
      up: { type: 'boolean' },
      host: { properties: { name: { type: 'keyword' } } },
      disks: { type: 'nested', properties: { size: { type: 'long' } } },
      blob: { type: 'object', enabled: false },
    },
  },
];
const hosts = esCatalog({ es: 'default', index: 'hosts' }, mappings) as Extract<SourceCatalog, { kind: 'es' }>;
const es = (where: FilterInput) => esClause(predicate(where), hosts.target);

describe('Elasticsearch catalog', () => {
  it('knows the columns of flattened documents and the field each one is searched by', () => {
    expect(['hostname', 'host.name', 'cores', 'disks', 'disks.size', 'blob', 'blob.x', 'host', 'nope', 'os.keyword'].map(hosts.presence)).toEqual([
      'yes',
      'yes',
      'yes',
      'maybe',
      'maybe',
      'maybe',
      'maybe',
      'maybe',
      'no',
      'no',
    ]);
    expect(hosts.target('os')).toEqual<EsTarget>({ field: 'os.keyword', accepts: 'string', ignoreAbove: 8 });
    expect(hosts.target('cores')).toEqual<EsTarget>({ field: 'cores', accepts: 'integer', ignoreAbove: null });
    for (const column of ['note', 'ratio', 'disks', 'disks.size', 'blob.x']) expect(hosts.target(column), column).toBeUndefined();
  });

  it('trusts a field only when every index of a pattern maps it alike; declared fields bound the columns', () => {
    const two = esCatalog({ es: 'default', index: 'h-*', fields: ['hostname', 'host'] }, [
      { properties: { hostname: { type: 'keyword' }, cores: { type: 'long' } } },
      { dynamic: 'false', properties: { hostname: { type: 'keyword' }, cores: { type: 'keyword' } } },
    ]) as Extract<SourceCatalog, { kind: 'es' }>;
    expect(two.target('hostname')).toMatchObject({ field: 'hostname' });
    expect(two.target('cores')).toBeUndefined();
    expect(['hostname', 'host.name', 'cores', 'other'].map(two.presence)).toEqual(['yes', 'maybe', 'no', 'no']);
    expect(two.restrictable).toBe(true);
    expect(esCatalog({ es: 'default', index: 'h', size: 5 }, []).restrictable).toBe(false);
  });
});

describe('Elasticsearch clauses', () => {
  it('translates exact comparisons to term-level queries on the searchable field', () => {
    expect(es({ hostname: { eq: 'web-1' } })).toEqual({ term: { hostname: 'web-1' } });
    expect(es({ os: { in: ['linux', 'bsd'] } })).toEqual({ terms: { 'os.keyword': ['linux', 'bsd'] } });
    expect(es({ cores: { gte: 4, lt: 16 } })).toEqual({ bool: { filter: [{ range: { cores: { gte: 4 } } }, { range: { cores: { lt: 16 } } }] } });
    expect(es({ or: [{ up: { eq: true } }, { load: { gt: 0.5 } }] })).toEqual({
      bool: { should: [{ term: { up: true } }, { range: { load: { gt: 0.5 } } }], minimum_should_match: 1 },
    });
    expect(es({ hostname: { prefix: 'web-' } })).toEqual({ prefix: { hostname: 'web-' } });
    expect(es({ hostname: { contains: 'a*b?\\' } })).toEqual({ wildcard: { hostname: { value: '*a\\*b\\?\\\\*' } } });
    expect(es({ hostname: { eq: 8 } })).toEqual({ term: { hostname: 8 } });
    expect(es({ hostname: { gt: 'm' } })).toEqual({ range: { hostname: { gt: 'm' } } });
  });

  it('translates a regex only when it is literal text, optionally anchored, as a term or a wildcard', () => {
    expect(es({ hostname: { regex: '^web\\.01$' } })).toEqual({ term: { hostname: 'web.01' } });
    expect(es({ os: { regex: '^bsd$' } })).toEqual({ term: { 'os.keyword': 'bsd' } });
    expect(es({ hostname: { regex: '^web-' } })).toEqual({ wildcard: { hostname: { value: 'web-*' } } });
    expect(es({ hostname: { regex: '01$' } })).toEqual({ wildcard: { hostname: { value: '*01' } } });
    expect(es({ hostname: { regex: 'a\\*b\\?c\\\\' } })).toEqual({ wildcard: { hostname: { value: '*a\\*b\\?c\\\\*' } } });
    for (const regex of ['web.01', '^web-\\d+$', '(?i)web', 'a|b', '^[ab]']) expect(es({ hostname: { regex } }), regex).toBeUndefined();
  });

  it('refuses what could drop a row memory keeps', () => {
    const refused: FilterInput[] = [
      { hostname: { ne: 'a' } },
      { hostname: { nin: ['a'] } },
      { hostname: { exists: true } },
      { hostname: { regex: '^a.' } },
      { os: { regex: '^li' } },
      { os: { regex: '^a-very-long-os$' } },
      { cores: { regex: '^1$' } },
      { not: { hostname: { eq: 'a' } } },
      { hostname: { gt: 'é' } },
      { os: { eq: 'a-very-long-os' } },
      { os: { prefix: 'li' } },
      { cores: { eq: 1.5 } },
      { cores: { eq: '4' } },
      { ratio: { gt: 0.1 } },
      { note: { eq: 'x' } },
      { hostname: { eq: 'a' }, note: { eq: 'x' } },
      { or: [{ hostname: { eq: 'a' } }, { nope: { eq: 1 } }] },
    ];
    for (const where of refused) expect(es(where), JSON.stringify(where)).toBeUndefined();
  });

  it('adds clauses to a source query without changing its meaning', () => {
    expect(withFilters(undefined, [])).toEqual({ match_all: {} });
    expect(withFilters({ term: { env: 'prod' } }, [{ term: { a: 1 } }])).toEqual({ bool: { must: [{ term: { env: 'prod' } }], filter: [{ term: { a: 1 } }] } });
  });
});

const cpu = { influx: 'default', db: 'telegraf', measurement: 'cpu' };
const keys = {
  tags: ['host', 'region'],
  fields: [
    { name: 'usage', type: 'float' },
    { name: 'state', type: 'string' },
    { name: 'up', type: 'boolean' },
    { name: 'host', type: 'string' },
  ],
};

describe('InfluxDB catalog and conditions', () => {
  it('tests raw tags and fields under their alias, and only groupBy tags when the query aggregates', () => {
    const raw = influxCatalog({ ...cpu, select: { u: 'usage', r: 'region' } }, keys) as Extract<SourceCatalog, { kind: 'influx' }>;
    expect(['u', 'r', 'time', 'usage', 'region'].map(raw.presence)).toEqual(['yes', 'yes', 'yes', 'no', 'no']);
    expect(raw.key('u')).toEqual({ key: 'usage', accepts: 'number' });
    expect(raw.key('r')).toEqual({ key: 'region', accepts: 'string' });
    expect(raw.key('time')).toBeUndefined();
    const everything = influxCatalog(cpu, keys) as Extract<SourceCatalog, { kind: 'influx' }>;
    expect(everything.key('state')).toEqual({ key: 'state', accepts: 'string' });
    // A tag and a field of one name cannot be told apart in a WHERE.
    expect(everything.key('host')).toBeUndefined();
    const mean = influxCatalog({ ...cpu, select: { cpu: { mean: 'usage' } }, groupBy: ['region', { time: '1m' }] }, keys) as Extract<
      SourceCatalog,
      { kind: 'influx' }
    >;
    expect(mean.key('region')).toEqual({ key: 'region', accepts: 'string' });
    expect(mean.key('cpu')).toBeUndefined();
    expect(influxCatalog({ ...cpu, limit: 3 }, keys).restrictable).toBe(false);
  });

  const catalog = influxCatalog(cpu, { tags: ['host', 'region'], fields: keys.fields.filter((f) => f.name !== 'host') }) as Extract<
    SourceCatalog,
    { kind: 'influx' }
  >;
  const influx = (where: FilterInput) => influxConditions(predicate(where), catalog.key);

  it('translates comparisons, prefixes and substrings (as literal regexes) and ors of one key', () => {
    expect(influx({ host: { eq: 'web-1' }, usage: { gt: 80, lte: 95 } })).toEqual({ host: { eq: 'web-1' }, usage: { gt: 80, lte: 95 } });
    expect(influx({ host: { prefix: 'web.1(' } })).toEqual({ host: { regex: '^web\\.1\\(' } });
    expect(influx({ state: { contains: 'a/b' } })).toEqual({ state: { regex: 'a/b' } });
    expect(influx({ or: [{ host: { eq: 'a' } }, { host: { in: ['b', 'c'] } }] })).toEqual({ host: { in: ['a', 'b', 'c'] } });
    expect(influx({ up: { eq: false } })).toEqual({ up: { eq: false } });
    expect(influx({ host: { regex: '(?i)^web-\\pL/\\d+$' } })).toEqual({ host: { regex: '(?i)^web-\\pL/\\d+$' } });
    expect(influx({ state: { regex: '(?P<x>a)' } })).toBeUndefined();
  });

  it('refuses what InfluxQL reads differently', () => {
    const refused: FilterInput[] = [
      { host: { ne: 'a' } },
      { host: { exists: false } },
      { host: { regex: '(?<name>a)' } },
      { host: { regex: 'a{100}' } },
      { host: { regex: 'a\nb' } },
      { usage: { regex: '1' } },
      { host: { eq: 1 } },
      { host: { gt: 'a' } },
      { usage: { eq: 'x' } },
      { host: { in: [] } },
      { or: [{ host: { eq: 'a' } }, { region: { eq: 'b' } }] },
      { or: [{ usage: { gt: 1 } }, { usage: { lt: 0 } }] },
      { not: { host: { eq: 'a' } } },
      { time: { gt: '2020-01-01T00:00:00Z' } },
      { host: { eq: 'a\rb' } },
    ];
    for (const where of refused) expect(influx(where), JSON.stringify(where)).toBeUndefined();
  });

  it('merges conditions into a where, refusing a comparison the key already has', () => {
    expect(mergeWhere({ host: 'a', time: { gte: 'now-1h' } }, { host: { ne: 'b' }, usage: { gt: 1 } })).toEqual({
      host: { eq: 'a', ne: 'b' },
      time: { gte: 'now-1h' },
      usage: { gt: 1 },
    });
    expect(mergeWhere({ host: 'a' }, { host: { eq: 'b' } })).toBeUndefined();
    expect(mergeWhere(undefined, { host: { in: ['a'] } })).toEqual({ host: { in: ['a'] } });
  });
});

describe('flatten', () => {
  it('makes nested objects dotted columns and keeps arrays and empty objects as values', () => {
    const source = JSON.parse('{"a":{"b":{"c":1},"d":[{"e":2}]},"f":{},"g":null,"__proto__":{"x":1}}') as object;
    const row = flatten(source);
    expect(row).toEqual({ 'a.b.c': 1, 'a.d': [{ e: 2 }], f: {}, g: null });
    expect(Object.getPrototypeOf(row)).toBe(Object.prototype);
    expect(flatten(undefined)).toEqual({});
  });
});

describe('semi-join keys', () => {
  const keyword = { kind: 'es' as const, target: { field: 'os.keyword', accepts: 'string' as const, ignoreAbove: 5 } };
  it('keeps the keys a right row can hold, and gives up when the query could miss a match', () => {
    expect(restrictingKeys(keyword, ['linux', 7, true, null])).toEqual(['linux', 7, true]);
    expect(restrictingKeys(keyword, ['linux', 'windows'])).toBeNull();
    expect(restrictingKeys({ kind: 'es', target: { field: 'n', accepts: 'integer', ignoreAbove: null } }, [1, '2', 2.5])).toEqual([1]);
    expect(restrictingKeys({ kind: 'influx', key: { key: 'host', accepts: 'string' } }, ['a', 1, false])).toEqual(['a']);
  });

  it('matches exactly the keys, each taken literally', () => {
    const pattern = anyOfPattern(['web-1', 'a.b', 'x|y', '(z)']);
    expect(pattern).toBe('^(?:web-1|a\\.b|x\\|y|\\(z\\))$');
    const re = new RegExp(pattern);
    expect(['web-1', 'a.b', 'x|y', '(z)'].every((k) => re.test(k))).toBe(true);
    expect(['web-10', 'aXb', 'x', 'z', ''].some((k) => re.test(k))).toBe(false);
  });
});

describe('Elasticsearch clauses at their edges', () => {
  it('compares a keyword by its text: whole numbers and booleans as text, strings up to ignore_above', () => {
    expect(es({ os: { eq: 'abcdefgh' } })).toEqual({ term: { 'os.keyword': 'abcdefgh' } });
    expect(es({ os: { eq: 'abcdefghi' } })).toBeUndefined();
    expect(es({ os: { in: ['abcdefgh', 7, false] } })).toEqual({ terms: { 'os.keyword': ['abcdefgh', 7, false] } });
    expect(es({ os: { in: ['abcdefgh', 'abcdefghi'] } })).toBeUndefined();
    expect(es({ os: { eq: 2.5 } })).toBeUndefined();
    expect(es({ os: { regex: '^abcdefgh$' } })).toEqual({ term: { 'os.keyword': 'abcdefgh' } });
    expect(es({ os: { regex: '^abcdefghi$' } })).toBeUndefined();
  });

  it('compares integers, numbers and booleans only with values of their type', () => {
    expect(es({ cores: { eq: 4 } })).toEqual({ term: { cores: 4 } });
    expect(es({ cores: { in: [4, 2 ** 53] } })).toBeUndefined();
    expect(es({ cores: { eq: true } })).toBeUndefined();
    expect(es({ load: { eq: 0.5 } })).toEqual({ term: { load: 0.5 } });
    expect(es({ load: { eq: Infinity } })).toBeUndefined();
    expect(es({ load: { eq: '0.5' } })).toBeUndefined();
    expect(es({ up: { eq: false } })).toEqual({ term: { up: false } });
    expect(es({ up: { eq: 'false' } })).toBeUndefined();
    expect(es({ up: { eq: 0 } })).toBeUndefined();
  });

  it('takes a range over a keyword only with an ASCII string bound, and over a number only with a number', () => {
    expect(es({ hostname: { gte: ' ~' } })).toEqual({ range: { hostname: { gte: ' ~' } } });
    expect(es({ hostname: { lte: '' } })).toEqual({ range: { hostname: { lte: '' } } });
    for (const bound of ['aé', 'éa', 'a\u007f', '\u001fa']) expect(es({ hostname: { lt: bound } }), JSON.stringify(bound)).toBeUndefined();
    expect(es({ hostname: { gt: 5 } })).toBeUndefined();
    expect(es({ os: { gt: 'a' } })).toBeUndefined();
    expect(es({ cores: { lt: 16 } })).toEqual({ range: { cores: { lt: 16 } } });
    expect(es({ cores: { lt: 1.5 } })).toBeUndefined();
    expect(es({ cores: { lt: '16' } })).toBeUndefined();
    expect(es({ load: { lte: 0.5 } })).toEqual({ range: { load: { lte: 0.5 } } });
  });

  it('takes substrings and prefixes of strings only, and an unanchored or one-sided literal regex as a wildcard', () => {
    expect(es({ hostname: { contains: 4 } })).toBeUndefined();
    expect(es({ os: { contains: 'li' } })).toBeUndefined();
    expect(es({ cores: { prefix: '1' } })).toBeUndefined();
    expect(es({ hostname: { regex: 'web' } })).toEqual({ wildcard: { hostname: { value: '*web*' } } });
    expect(es({ hostname: { regex: '^' } })).toEqual({ wildcard: { hostname: { value: '*' } } });
    expect(es({ up: { regex: '^true$' } })).toBeUndefined();
  });

  it('translates and/or only when every member translates', () => {
    expect(es({ and: [{ hostname: { eq: 'a' } }, { cores: { gt: 1 } }] })).toEqual({
      bool: { filter: [{ term: { hostname: 'a' } }, { range: { cores: { gt: 1 } } }] },
    });
    expect(es({ or: [{ hostname: { eq: 'a' } }, { hostname: { ne: 'b' } }] })).toBeUndefined();
    expect(es({ and: [{ hostname: { ne: 'b' } }, { hostname: { eq: 'a' } }] })).toBeUndefined();
    expect(es({ nope: { eq: 1 } })).toBeUndefined();
  });

  it('keeps a source query when nothing is added, and adds clauses alone to no query', () => {
    expect(withFilters({ term: { env: 'prod' } }, [])).toEqual({ term: { env: 'prod' } });
    expect(withFilters(undefined, [{ term: { a: 1 } }, { term: { b: 2 } }])).toEqual({ bool: { filter: [{ term: { a: 1 } }, { term: { b: 2 } }] } });
  });
});

describe('InfluxDB conditions at their edges', () => {
  const catalog = influxCatalog(cpu, { tags: ['host', 'region'], fields: keys.fields.filter((f) => f.name !== 'host') }) as Extract<
    SourceCatalog,
    { kind: 'influx' }
  >;
  const influx = (where: FilterInput) => influxConditions(predicate(where), catalog.key);

  it('compares a tag with strings, a number field with finite numbers, a boolean field with booleans', () => {
    expect(influx({ host: { in: ['a', 'b'] } })).toEqual({ host: { in: ['a', 'b'] } });
    expect(influx({ host: { in: ['a', 1] } })).toBeUndefined();
    expect(influx({ host: { in: ['a', 'b\0c'] } })).toBeUndefined();
    expect(influx({ usage: { eq: 1.5 } })).toEqual({ usage: { eq: 1.5 } });
    expect(influx({ usage: { eq: Infinity } })).toBeUndefined();
    expect(influx({ usage: { gte: Infinity } })).toBeUndefined();
    expect(influx({ usage: { lt: 2 } })).toEqual({ usage: { lt: 2 } });
    expect(influx({ up: { eq: 1 } })).toBeUndefined();
    expect(influx({ up: { eq: 'true' } })).toBeUndefined();
    expect(influx({ state: { gt: 'a' } })).toBeUndefined();
    expect(influx({ up: { gt: 0 } })).toBeUndefined();
  });

  it('takes prefix, contains and regex only on string keys, contains only with a string', () => {
    expect(influx({ usage: { prefix: '1' } })).toBeUndefined();
    expect(influx({ usage: { contains: '1' } })).toBeUndefined();
    expect(influx({ state: { contains: 1 } })).toBeUndefined();
    expect(influx({ up: { regex: 'true' } })).toBeUndefined();
    expect(influx({ region: { prefix: 'eu' } })).toEqual({ region: { regex: '^eu' } });
  });

  it('pushes a regex of at most 64 RE2 instructions', () => {
    // 62 literal characters compile to 64 instructions, 63 to 65.
    expect(influx({ host: { regex: 'a'.repeat(62) } })).toEqual({ host: { regex: 'a'.repeat(62) } });
    expect(influx({ host: { regex: 'a'.repeat(63) } })).toBeUndefined();
  });

  it('merges the members of an and, refusing one that cannot go or that repeats a comparison', () => {
    expect(influx({ and: [{ host: { eq: 'a' } }, { usage: { gt: 1 } }, { usage: { lt: 9 } }] })).toEqual({ host: { eq: 'a' }, usage: { gt: 1, lt: 9 } });
    expect(influx({ and: [{ host: { eq: 'a' } }, { host: { ne: 'b' } }] })).toBeUndefined();
    expect(influx({ and: [{ usage: { gt: 1 } }, { usage: { gt: 2 } }] })).toBeUndefined();
    expect(influx({ and: [{ usage: { gt: 1 } }, { usage: { gt: 2 } }, { host: { eq: 'a' } }] })).toBeUndefined();
    expect(influx({ and: [{ host: { ne: 'b' } }, { host: { eq: 'a' } }] })).toBeUndefined();
    expect(influx({ usage: { gte: 5 } })).toEqual({ usage: { gte: 5 } });
  });

  it('makes an or of one key compared with values one in, and refuses any other or', () => {
    expect(influx({ or: [{ host: { in: ['a'] } }, { host: { eq: 'b' } }] })).toEqual({ host: { in: ['a', 'b'] } });
    expect(influx({ or: [{ host: { eq: 'a' } }] })).toEqual({ host: { in: ['a'] } });
    expect(influx({ or: [{ host: { eq: 'a' } }, { host: { prefix: 'b' } }] })).toBeUndefined();
    expect(influx({ or: [{ host: { eq: 'a' } }, { usage: { eq: 1 } }] })).toBeUndefined();
    expect(influx({ or: [{ host: { eq: 'a' } }, { and: [{ host: { eq: 'b' } }, { usage: { eq: 1 } }] }] })).toBeUndefined();
    expect(influx({ or: [{ usage: { gt: 1, lt: 2 } }, { usage: { eq: 5 } }] })).toBeUndefined();
    expect(influx({ or: [{ host: { eq: 'a' } }, { host: { ne: 'b' } }] })).toBeUndefined();
    expect(influx({ or: [{ host: { ne: 'b' } }, { host: { eq: 'a' } }] })).toBeUndefined();
    expect(influx({ or: [{ host: { eq: 'a', in: ['a', 'b'] } }, { host: { eq: 'c' } }] })).toBeUndefined();
  });

  it('merges into a where whose key holds a bare value or null as an equality', () => {
    expect(mergeWhere({ host: 'a' }, { host: { in: ['b'] } })).toEqual({ host: { eq: 'a', in: ['b'] } });
    expect(mergeWhere({ host: null } as never, { host: { eq: 'b' } })).toBeUndefined();
    expect(mergeWhere({ host: { eq: 'a' } }, { host: { ne: 'b' }, region: { eq: 'eu' } })).toEqual({ host: { eq: 'a', ne: 'b' }, region: { eq: 'eu' } });
    expect(mergeWhere({}, {})).toEqual({});
    expect(mergeWhere({ usage: { gt: 1 } }, { usage: { lt: 5, gt: 2 } })).toBeUndefined();
  });
});
