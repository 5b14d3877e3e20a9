import { describe, expect, it } from 'vitest';
import { parseBulkBody } from '../../src/query/es/bulk-body.js';
import { remappedFields } from '../../src/query/es/indices.js';
import { refusal } from './refusal.js';

const ndjson = (...lines: unknown[]) => `${lines.map((l) => (typeof l === 'string' ? l : JSON.stringify(l))).join('\n')}\n`;
const refused = (body: unknown) => refusal(() => parseBulkBody(body, 'tweets'));

describe('bulk body', () => {
  it('turns a JSON array into index operations, keeping each _id', () => {
    expect(parseBulkBody([{ _id: '1', user: 'a' }, { user: 'b' }], 'tweets')).toStrictEqual([
      { action: 'index', meta: { _id: '1' }, source: { user: 'a' }, where: 'body[0]', sourceWhere: 'body[0]' },
      { action: 'index', meta: {}, source: { user: 'b' }, where: 'body[1]', sourceWhere: 'body[1]' },
    ]);
  });

  it('refuses array entries that are not objects or carry a bad _id', () => {
    expect(refused([{ a: 1 }, 3])).toBe('body[1]: each document must be a JSON object');
    expect(refused([{ _id: 5 }])).toBe('body[0]._id: must be a non-empty string');
    expect(refused([{ _id: '' }])).toBe('body[0]._id: must be a non-empty string');
    expect(refused([])).toBe('body: no documents');
    expect(refused({ a: 1 })).toMatch(/^body: expected a JSON array of documents or NDJSON/);
  });

  it('pairs NDJSON action and source lines; delete has no source', () => {
    const body = ndjson(
      { index: { _id: '1', _index: 'tweets' } },
      { user: 'a' },
      { create: {} },
      { user: 'b' },
      { update: { _id: '1', retry_on_conflict: 2 } },
      { doc: { user: 'c' } },
      { delete: { _id: '2' } },
    );
    expect(parseBulkBody(body, 'tweets')).toEqual([
      { action: 'index', meta: { _id: '1' }, source: { user: 'a' }, where: 'body line 1', sourceWhere: 'body line 2' },
      { action: 'create', meta: {}, source: { user: 'b' }, where: 'body line 3', sourceWhere: 'body line 4' },
      { action: 'update', meta: { _id: '1', retry_on_conflict: 2 }, source: { doc: { user: 'c' } }, where: 'body line 5', sourceWhere: 'body line 6' },
      { action: 'delete', meta: { _id: '2' }, where: 'body line 7' },
    ]);
  });

  it('takes every option of an update source beside doc or script, and none without either', () => {
    const options = { doc_as_upsert: true, detect_noop: false, _source: ['user'], upsert: { user: 'y' }, scripted_upsert: false };
    const [op] = parseBulkBody(ndjson({ update: { _id: '1' } }, { doc: { user: 'x' }, ...options }), 'tweets');
    expect(op!.source).toEqual({ doc: { user: 'x' }, ...options });
    expect(refused(ndjson({ update: { _id: '1' } }, options))).toBe('body line 2: an update source takes doc or script');
  });

  it.each([
    [ndjson({ upsert: {} }, { a: 1 }), 'body line 1: expected an action line {"index"|"create"|"update"|"delete": {...}}, got keys ["upsert"]'],
    [
      ndjson({ index: {}, delete: {} }, { a: 1 }),
      'body line 1: expected an action line {"index"|"create"|"update"|"delete": {...}}, got keys ["index","delete"]',
    ],
    [ndjson({ index: { _index: 'other' } }, { a: 1 }), 'body line 1: _index "other" differs from the path\'s index "tweets"'],
    [ndjson({ index: {} }), 'body line 1: the index action has no source line after it'],
    [ndjson({ index: {} }, { a: 1 }, { delete: {} }), 'body line 3: delete needs an _id'],
    [ndjson({ update: {} }, { doc: {} }), 'body line 1: update needs an _id'],
    [ndjson({ update: { _id: '' } }, { doc: {} }), 'body line 1: update needs an _id'],
    [ndjson({ delete: { _id: 7 } }), 'body line 1: delete needs an _id'],
    [ndjson({ update: { _id: '1' } }, { user: 'x' }), 'body line 2: an update source takes doc or script, not user'],
    [ndjson({ update: { _id: '1' } }, { doc: {}, user: 'x', n: 1 }), 'body line 2: an update source takes doc or script, not user, n'],
    [ndjson({ index: {} }, '[1]'), 'body line 2: must be a JSON object'],
    [ndjson({ index: 'x' }, { a: 1 }), 'body line 1: the index metadata must be an object'],
    ['{"index":{}}\n{"user":', 'body line 2: not valid JSON'],
    ['', 'body: no documents'],
    ['\n\n', 'body line 1: a blank line'],
  ])('refuses %j', (body, message) => {
    expect(refused(body)).toContain(message);
  });
});

describe('new mapping fields only', () => {
  const current = { user: { type: 'text' }, geo: { properties: { lat: { type: 'float' } } } };
  it('names every field already mapped, walking object fields', () => {
    expect(remappedFields(current, { likes: { type: 'integer' }, geo: { properties: { lon: { type: 'float' } } } })).toEqual([]);
    expect(remappedFields(current, { user: { type: 'keyword' }, geo: { properties: { lat: { type: 'double' } } } })).toEqual(['user', 'geo.lat']);
    expect(remappedFields(current, { geo: { type: 'geo_point' } })).toEqual(['geo']);
  });
});
