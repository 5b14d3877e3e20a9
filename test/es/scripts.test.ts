import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../helpers.js';
import { caseText, casePath, depthOf, scriptCase } from '../script-cases.js';
import { call, direct, dropIndices, flavors, type Answer, type Instance } from './es-helpers.js';

// Script clauses reach the cluster only with admin, decided on the values that are sent: examples
// of issue 11 (items 3, 4 and the deep body of 7) and generated variants, on Elasticsearch 8.19
// (no lang-painless: an admin's script reaches the engine, which refuses the language) and
// OpenSearch 2.19 (the admin's script really runs).

const P = 'i11scripts-';
const index = `${P}docs`;
const sha256 = (t: string) => createHash('sha256').update(t).digest('hex');
const scopes = { reader: ['read:*/*'], writer: ['write:*/*'], admin: ['admin:*/*'] };
type Token = keyof typeof scopes;
const auth = (token: Token) => ({ authorization: `Bearer hm_${P}${token}` });
const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64');
const denied = (token: Token, instance: string, path: string) => `token "${token}" lacks admin on es/${instance}, which the script clause at ${path} needs`;

let app: FastifyInstance;
beforeAll(async () => {
  const tokens = Object.fromEntries(Object.entries(scopes).map(([name, s]) => [name, { sha256: sha256(`hm_${P}${name}`), scopes: s }]));
  app = await buildTestApp({ auth: { tokens } });
  for (const { instance } of flavors) await dropIndices(instance, P);
});
afterAll(async () => {
  for (const { instance } of flavors) await dropIndices(instance, P);
  await app.close();
});

/** The two documents every test starts from: 1 {n: 1, tags: [a, b]} and 2 {n: 2, tags: [a]}. */
async function reset(instance: Instance) {
  await direct(instance, 'DELETE', `/${index}`);
  await direct(instance, 'PUT', `/${index}`, {
    settings: { number_of_replicas: 0 },
    mappings: { properties: { n: { type: 'integer' }, tags: { type: 'keyword' } } },
  });
  await direct(instance, 'PUT', `/${index}/_doc/1?refresh=true`, { n: 1, tags: ['a', 'b'] });
  await direct(instance, 'PUT', `/${index}/_doc/2?refresh=true`, { n: 2, tags: ['a'] });
}
const nOf = async (instance: Instance, id: string) => (await direct<{ _source: { n: number } }>(instance, 'GET', `/${index}/_doc/${id}`))._source.n;

/** Each route that sends a query, with the token that may call it and the root of the path it names. */
const routes = {
  search: { token: 'reader', root: 'body.query', overhead: 1 },
  count: { token: 'reader', root: 'body.query', overhead: 1 },
  deleteByQuery: { token: 'writer', root: 'body.query', overhead: 1 },
  export: { token: 'reader', root: 'querystring.query', overhead: 0 },
  mix: { token: 'reader', root: 'body.sources.s.query', overhead: 3 },
} as const;
type Route = keyof typeof routes;

/** Sends a query (as JSON text, so escapes reach the gateway as written) through one route. */
async function send(route: Route, instance: Instance, queryText: string, token: Token = routes[route].token): Promise<Answer & { text: string }> {
  const base = `/es/${instance}/indices/${index}`;
  const headers = { ...auth(token), 'content-type': 'application/json' };
  const res =
    route === 'export'
      ? await app.inject({ method: 'GET', url: `${base}/_export?query=${encodeURIComponent(queryText)}`, headers: auth(token) })
      : route === 'mix'
        ? await app.inject({
            method: 'POST',
            url: '/mix/query',
            headers,
            payload: `{"sources":{"s":{"es":"${instance}","index":"${index}","query":${queryText}}},"pipeline":[]}`,
          })
        : await app.inject({
            method: 'POST',
            url: `${base}/${{ search: '_search', count: '_count', deleteByQuery: '_delete_by_query' }[route]}`,
            headers,
            payload: `{"query":${queryText}}`,
          });
  const json = res.headers['content-type']?.toString().startsWith('application/json');
  return { status: res.statusCode, body: json ? res.json() : { result: true, resultcode: 200, message: '', data: null }, text: res.body };
}

/** How many documents the route's answer holds. */
function matches(route: Route, answer: Answer & { text: string }): number {
  expect(answer.status, answer.text.slice(0, 500)).toBe(200);
  switch (route) {
    case 'search':
      return answer.body.data.total.value;
    case 'count':
      return answer.body.data.count;
    case 'export':
      return answer.text.split('\n').filter(Boolean).length;
    case 'mix':
      return answer.body.data.rows.length;
    case 'deleteByQuery':
      return answer.body.data.deleted;
  }
}

const scriptScore = { script_score: { query: { match_all: {} }, script: { source: "doc['n'].value * 2" } } };
const termsSet = (needed: number) => ({ terms_set: { tags: { terms: ['a', 'b'], minimum_should_match_script: { source: String(needed) } } } });
const scriptQuery = (v: number) => ({ script: { script: { source: "doc['n'].value == params.v", params: { v } } } });

describe.each(flavors)('the examples of issue 11 on $name', ({ instance, flavor }) => {
  beforeAll(() => reset(instance));

  it.each(Object.keys(routes) as Route[])('%s: a wrapped script and a terms_set script need admin', async (route) => {
    const { token, root } = routes[route];
    const wrapped = await send(route, instance, JSON.stringify({ wrapper: { query: b64(scriptScore) } }));
    expect(wrapped.status, wrapped.text).toBe(403);
    expect(wrapped.body.message).toBe(denied(token, instance, `${root}.wrapper.query(decoded).script_score`));
    const termsSetScript = await send(route, instance, JSON.stringify(termsSet(2)));
    expect(termsSetScript.status).toBe(403);
    expect(termsSetScript.body.message).toBe(denied(token, instance, `${root}.terms_set.tags.minimum_should_match_script`));
    // The same shapes without a script go through (Elasticsearch's test node has no _delete_by_query).
    if (route !== 'deleteByQuery' || flavor === 'opensearch') {
      expect(matches(route, await send(route, instance, JSON.stringify({ wrapper: { query: b64({ term: { n: 99 } }) } })))).toBe(0);
    }
  });

  it('refuses other script spellings from a read token on _search', async () => {
    const bodies: [object, string][] = [
      [{ query: { match_all: {} }, runtime_mappings: { x: { type: 'long', script: { source: 'emit(1)' } } } }, 'body.runtime_mappings'],
      [{ aggs: { s: { scripted_metric: { map_script: 'state.x = 1' } } } }, 'body.aggs.s.scripted_metric'],
      [{ script_fields: { x: { script: { source: '1' } } } }, 'body.script_fields'],
      [{ sort: [{ _script: { type: 'number', script: { source: '1' } } }] }, 'body.sort[0]._script'],
      [{ query: { Script: { script: { source: 'true' } } } }, 'body.query.Script'],
      [{ suggest: { s: { text: 'a', phrase: { field: 'tags', collate: { query: { source: '{"match_all":{}}' } } } } } }, 'body.suggest.s.phrase.collate'],
      [{ query: { percolate: { field: 'q', document: {} } } }, 'body.query.percolate'],
    ];
    for (const [body, path] of bodies) {
      const res = await call(app, 'POST', `/es/${instance}/indices/${index}/_search`, body, auth('reader'));
      expect(res.status, path).toBe(403);
      expect(res.body.message).toBe(denied('reader', instance, path));
    }
    const escaped = await app.inject({
      method: 'POST',
      url: `/es/${instance}/indices/${index}/_search`,
      headers: { ...auth('reader'), 'content-type': 'application/json' },
      payload: '{"query":{"\\u0073cript":{"script":{"source":"true"}}}}',
    });
    expect(escaped.statusCode).toBe(403);
    expect(escaped.json().message).toBe(denied('reader', instance, 'body.query.script'));
  });

  it('refuses a wrapper query that is not base64 JSON (400), before the cluster sees it', async () => {
    const yaml = Buffer.from('script:\n  script: "true"\n').toString('base64');
    const res = await call(app, 'POST', `/es/${instance}/indices/${index}/_search`, { query: { wrapper: { query: yaml } } }, auth('admin'));
    expect(res.status).toBe(400);
    expect(res.body.message).toBe('body.query.wrapper.query: a wrapper query must be base64 (standard alphabet, padded) of a JSON query');
  });

  it('lets an admin run them: the engine receives the decoded script', async () => {
    const search = await call(
      app,
      'POST',
      `/es/${instance}/indices/${index}/_search`,
      { query: { wrapper: { query: b64(scriptScore) } }, sort: ['_score', 'n'] },
      auth('admin'),
    );
    if (flavor === 'opensearch') {
      expect(search.status).toBe(200);
      expect(search.body.data.hits.map((h: { score: number }) => h.score)).toEqual([4, 2]);
      // Only the script decides: 3 of 2 terms matches nothing, 2 of 2 the first document.
      for (const [needed, hits] of [
        [3, 0],
        [2, 1],
        [1, 2],
      ] as const) {
        for (const route of ['search', 'count', 'export', 'mix'] as const) {
          expect(matches(route, await send(route, instance, JSON.stringify(termsSet(needed)), 'admin')), `${route} ${needed}`).toBe(hits);
        }
      }
    } else {
      expect(search.status).toBe(400);
      expect(search.body.message).toMatch(/script_lang not supported \[painless\]/);
    }
  });

  it('item 4: a blank line between an update and its script is a 400, not a shifted pairing', async () => {
    const headers = { ...auth('writer'), 'content-type': 'application/x-ndjson' };
    const url = `/es/${instance}/indices/${index}/docs/_bulk?refresh=true`;
    const blank = await app.inject({ method: 'POST', url, headers, payload: '{"update":{"_id":"1"}}\n\n{"script":{"source":"ctx._source.n += 10"}}\n' });
    expect(blank.statusCode).toBe(400);
    expect(blank.json().message).toBe('body line 2: a blank line: every line must be an action or the source of the action before it');
    const before = await app.inject({ method: 'POST', url, headers, payload: '\n{"update":{"_id":"1"}}\n{"script":{"source":"ctx._source.n += 10"}}\n' });
    expect(before.statusCode).toBe(400);
    const plain = await app.inject({ method: 'POST', url, headers, payload: '{"update":{"_id":"1"}}\n{"script":{"source":"ctx._source.n += 10"}}\n' });
    expect(plain.statusCode).toBe(403);
    expect(plain.json().message).toBe(denied('writer', instance, 'body line 2.script'));
    expect(await nOf(instance, '1')).toBe(1);
    const admin = await app.inject({
      method: 'POST',
      url,
      headers: { ...headers, ...auth('admin') },
      payload: '{"update":{"_id":"1"}}\r\n{"script":{"source":"ctx._source.n += 10"}}',
    });
    if (flavor === 'opensearch') {
      expect(admin.statusCode, admin.body).toBe(200);
      expect(await nOf(instance, '1')).toBe(11);
    } else {
      // The engine got the script and could not run it.
      expect(admin.statusCode).toBe(207);
      expect(admin.json().data.items[0].error.reason).toBe('failed to execute script');
    }
  });
});

describe('a 5 000-deep JSON body', () => {
  const deep = (n: number) => `${'{"a":'.repeat(n)}1${'}'.repeat(n)}`;
  it.each([
    ['/es/default/indices/x/_search', `{"query":${deep(5000)}}`],
    ['/es/opensearch/indices/x/_count', `{"query":${deep(5000)}}`],
    ['/mix/query', `{"sources":{"s":{"es":"default","index":"x","query":${deep(5000)}}},"pipeline":[]}`],
    ['/mix/query', `{"sources":{"s":{"es":"default","index":"x"}},"pipeline":[{"filter":${'{"and":['.repeat(2500)}{"n":{"eq":1}}${']}'.repeat(2500)}}]}`],
    ['/influx/default/databases/x/points', `${'['.repeat(5000)}${']'.repeat(5000)}`],
    ['/es/default/indices/x/docs', deep(5000)],
  ])('POST %s is a 400 naming the limit, and /health still answers', async (url, payload) => {
    const res = await app.inject({ method: 'POST', url, payload, headers: { ...auth('admin'), 'content-type': 'application/json' } });
    expect(res.statusCode, res.body.slice(0, 300)).toBe(400);
    expect(res.json().message).toMatch(/^body[.[].* … .*: JSON nests deeper than the limit of 400 levels$/);
    expect((await app.inject('/health')).statusCode).toBe(200);
  });

  it('so is an NDJSON line or an _export query nested too deep', async () => {
    const bulk = await app.inject({
      method: 'POST',
      url: `/es/default/indices/${index}/docs/_bulk`,
      headers: { ...auth('admin'), 'content-type': 'application/x-ndjson' },
      payload: `{"index":{}}\n${deep(5000)}\n`,
    });
    expect(bulk.statusCode).toBe(400);
    expect(bulk.json().message).toMatch(/^body line 2\.a\.a.*: JSON nests deeper than the limit of 400 levels$/);
    const exported = await app.inject({ url: `/es/default/indices/${index}/_export?query=${encodeURIComponent(deep(450))}`, headers: auth('admin') });
    expect(exported.statusCode).toBe(400);
    expect(exported.json().message).toMatch(/^querystring\.query\.a\.a.*: JSON nests deeper than the limit of 400 levels$/);
    // Even for an admin, whose script check stops at the first script.
    const scriptFirst = `{"bool":{"filter":[{"script":{"script":"true"}}],"must":[${deep(450)}]}}`;
    const admin = await app.inject({ url: `/es/default/indices/${index}/_export?query=${encodeURIComponent(scriptFirst)}`, headers: auth('admin') });
    expect(admin.statusCode).toBe(400);
    expect(admin.json().message).toMatch(/^querystring\.query\.bool\.must\[0\]\.a.*: JSON nests deeper than the limit of 400 levels$/);
  });
});

describe('generated adversarial cases', () => {
  const counts: Record<string, Record<string, number>> = { routes: {}, flavors: {}, wrappers: {}, depths: {}, ndjson: {} };
  const tally = (group: string, key: string | number) => (counts[group]![key] = (counts[group]![key] ?? 0) + 1);

  it('a script key at a random depth (1..399), spelling, escape and wrapper nesting is a 403 naming its path, on every route', async () => {
    const cases = fc.sample(
      fc
        .constantFrom(...(Object.keys(routes) as Route[]))
        .chain((route) => fc.record({ route: fc.constant(route), flavor: fc.constantFrom(...flavors), c: scriptCase(399 - 1 - routes[route].overhead) })),
      { numRuns: 400, seed: 1104 },
    );
    for (const { route, flavor, c } of cases) {
      const res = await send(route, flavor.instance, caseText(c));
      expect(res.status, `${route} ${caseText(c).slice(0, 300)}`).toBe(403);
      expect(res.body.message).toBe(denied(routes[route].token, flavor.instance, casePath(c, routes[route].root)));
      tally('routes', route);
      tally('flavors', flavor.flavor);
      tally('wrappers', c.steps.filter((s) => s.kind === 'wrapper').length);
      const depth = 1 + depthOf(c.steps) + routes[route].overhead;
      tally('depths', depth < 10 ? '1-9' : depth < 100 ? '10-99' : depth < 300 ? '100-299' : '300-399');
    }
  });

  // Valid query shapes (so the engine runs them) around a script query, with wrappers between.
  const shapes: [string, (q: object) => object][] = [
    ['.bool.must[0]', (q) => ({ bool: { must: [q] } })],
    ['.bool.filter[0]', (q) => ({ bool: { filter: [q] } })],
    ['.bool.should[0]', (q) => ({ bool: { should: [q], minimum_should_match: 1 } })],
    ['.constant_score.filter', (q) => ({ constant_score: { filter: q } })],
    ['.dis_max.queries[0]', (q) => ({ dis_max: { queries: [q] } })],
    ['.boosting.positive', (q) => ({ boosting: { positive: q, negative: { term: { n: 99 } }, negative_boost: 0.5 } })],
    ['.wrapper.query(decoded)', (q) => ({ wrapper: { query: b64(q) } })],
  ];

  it.each(flavors)('on $name, valid generated shapes: a read token gets 403, an admin gets what the script decides', async ({ instance, flavor }) => {
    await reset(instance);
    const cases = fc.sample(
      fc.record({
        route: fc.constantFrom('search', 'count', 'export', 'mix'),
        // 0..8 query shapes with 0..3 wrappers spliced in anywhere.
        chain: fc
          .tuple(fc.array(fc.integer({ min: 0, max: shapes.length - 2 }), { maxLength: 8 }), fc.array(fc.nat(), { maxLength: 3 }))
          .map(([plain, at]) =>
            at.reduce((chain, p) => [...chain.slice(0, p % (chain.length + 1)), shapes.length - 1, ...chain.slice(p % (chain.length + 1))], plain),
          )
          .filter((chain) => chain.length > 0),
        v: fc.constantFrom(1, 7),
      }),
      { numRuns: 60, seed: 1105 },
    );
    for (const { route, chain, v } of cases) {
      const query = chain.reduceRight<object>((q, i) => shapes[i]![1](q), scriptQuery(v));
      const path = `${routes[route].root}${chain.map((i) => shapes[i]![0]).join('')}.script`;
      const reader = await send(route, instance, JSON.stringify(query));
      expect(reader.status).toBe(403);
      expect(reader.body.message).toBe(denied('reader', instance, path));
      const admin = await send(route, instance, JSON.stringify(query), 'admin');
      if (flavor === 'opensearch') expect(matches(route, admin)).toBe(v === 1 ? 1 : 0);
      else expect(admin.text, route).toMatch(/script_lang not supported \[painless\]/);
      tally('routes', `${route} (executed)`);
      tally('wrappers', `${chain.filter((i) => i === shapes.length - 1).length} (executed)`);
    }
  });

  it.each(flavors)('on $name, NDJSON framing variants: one reading, checked and sent as parsed', async ({ instance, flavor }) => {
    await reset(instance);
    const headers = (token: Token) => ({ ...auth(token), 'content-type': 'application/x-ndjson' });
    const url = `/es/${instance}/indices/${index}/docs/_bulk?refresh=true`;
    const post = (payload: string, token: Token = 'writer') => app.inject({ method: 'POST', url, headers: headers(token), payload });
    const scripted = ['{"index":{"_id":"3"}}', '{"n":3}', '{"update":{"_id":"1"}}', '{"script":{"source":"ctx._source.n += 100"}}', '{"delete":{"_id":"3"}}'];
    const benign = ['{"index":{"_id":"3"}}', '{"n":3}', '{"update":{"_id":"2"}}', '{"doc":{"n":20}}', '{"delete":{"_id":"3"}}'];
    for (let at = 0; at <= scripted.length; at++) {
      for (const blank of ['', ' ', '\t\r']) {
        for (const lines of [scripted, benign]) {
          const res = await post(`${[...lines.slice(0, at), blank, ...lines.slice(at)].join('\n')}\n`);
          expect(res.statusCode).toBe(400);
          expect(res.json().message).toBe(`body line ${at + 1}: a blank line: every line must be an action or the source of the action before it`);
          tally('ndjson', 'blank or whitespace line: 400');
        }
      }
    }
    for (const [kind, payload] of [
      ['BOM', `\ufeff${benign.join('\n')}\n`],
      ['action and source on one line', `${benign[0]} ${benign[1]}\n${benign.slice(2).join('\n')}\n`],
      ['trailing garbage', `${benign.join('\n')}\n{"n":`],
      ['trailing garbage', `${benign.join('\n')}\nx`],
      ['update without its source', benign.slice(0, 3).join('\n')],
    ] as const) {
      expect((await post(payload)).statusCode, kind).toBe(400);
      tally('ndjson', `${kind}: 400`);
    }
    expect(await nOf(instance, '1')).toBe(1);
    expect(await nOf(instance, '2')).toBe(2);
    for (const [kind, join, end] of [
      ['LF', '\n', '\n'],
      ['CRLF', '\r\n', '\r\n'],
      ['no final newline', '\n', ''],
      ['CRLF, no final newline', '\r\n', ''],
    ] as const) {
      const refused = await post(`${scripted.join(join)}${end}`);
      expect(refused.statusCode, kind).toBe(403);
      expect(refused.json().message).toBe(denied('writer', instance, 'body line 4.script'));
      const res = await post(`${benign.join(join)}${end}`);
      expect(res.statusCode, kind).toBe(200);
      expect(res.json().data.items.map((i: { action: string; status: number }) => [i.action, i.status])).toEqual([
        ['index', 201],
        ['update', 200],
        ['delete', 200],
      ]);
      tally('ndjson', `${kind}: script 403, documents written as parsed`);
    }
    expect(await nOf(instance, '2')).toBe(20);
    expect(await nOf(instance, '1')).toBe(1);
    const admin = await post(`${scripted.join('\r\n')}`, 'admin');
    if (flavor === 'opensearch') expect(await nOf(instance, '1')).toBe(101);
    else expect(admin.json().data.items[1].error.reason).toBe('failed to execute script');
    tally('ndjson', 'admin, CRLF: the update script reaches the engine');
  });

  it('reports the counts', () => {
    console.log(`[scripts] generated cases against the engines: ${JSON.stringify(counts)}`);
    expect(Object.values(counts.routes!).reduce((a, b) => a + b, 0)).toBe(400 + flavors.length * 60);
  });
});
