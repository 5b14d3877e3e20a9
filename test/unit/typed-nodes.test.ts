import { describe, expect, it } from 'vitest';
import { QueryNode } from '../../src/operator/run.js';
import { esActions } from '../../src/parser/es.js';
import { indexParams } from '../../src/parser/es-schemas.js';
import { action } from '../../src/parser/request.js';
import { instanceParams } from '../../src/parser/schemas.js';

// The compiler is the first half of this file: each @ts-expect-error line is a node or an action
// that must not compile (tsc checks test/ too; an unused @ts-expect-error is itself an error).
// These builders are never run: what they would build at runtime is not the point.
export const refusedByTheCompiler = [
  // A backend kind that does not exist.
  // @ts-expect-error 'elastic' is not a QueryKind
  () => QueryNode.create('elastic', 'searchMeta', { kind: 'cluster', instance: 'default' }),
  // A verb the backend does not implement, and one no backend has.
  // @ts-expect-error MixQuery has no updateMeta
  () => QueryNode.create('mix', 'updateMeta', { kind: 'ready' }),
  // @ts-expect-error InfluxQuery has no updateData
  () => QueryNode.create('influx', 'updateData', { kind: 'points', instance: 'default' }),
  // @ts-expect-error 'findMeta' is not a verb
  () => QueryNode.create('es', 'findMeta', { kind: 'cluster', instance: 'default' }),
  // A misspelt target kind.
  // @ts-expect-error 'indics' is not a kind of EsMetaSearch
  () => QueryNode.create('es', 'searchMeta', { kind: 'indics', instance: 'default' }),
  // A kind the verb does not take (a template cannot be updated).
  // @ts-expect-error EsMetaUpdate has no 'template' kind
  () => QueryNode.create('es', 'updateMeta', { kind: 'template', instance: 'default', name: 'tweets' }),
  // Arguments of the wrong type, missing, or too many.
  // @ts-expect-error index is a string
  () => QueryNode.create('es', 'searchMeta', { kind: 'index', instance: 'default', index: 42 }),
  // @ts-expect-error a template needs its index_patterns
  () => QueryNode.create('es', 'createMeta', { kind: 'template', instance: 'default', name: 'tweets', template: { priority: 1 } }),
  // @ts-expect-error searchMeta takes its target
  () => QueryNode.create('es', 'searchMeta'),
  // @ts-expect-error list takes no argument
  () => QueryNode.create('es', 'list', { kind: 'cluster', instance: 'default' }),
  // An action's parser reads what its schema validated, nothing else.
  () =>
    action({ params: instanceParams }, ({ params }) => [
      // @ts-expect-error instanceParams has no index
      QueryNode.create('es', 'searchMeta', { kind: 'index', instance: params.instance, index: params.index }),
    ]),
  // @ts-expect-error the route's params lack the index the action needs
  () => esActions.indexGet.parse({ headers: {}, params: { instance: 'default' }, query: undefined, body: undefined }),
];

describe('QueryNode.create builds a plain node of one backend, verb and arguments', () => {
  it('keeps the backend, the verb and the target as given, frozen', () => {
    const node = QueryNode.create('es', 'searchMeta', { kind: 'index', instance: 'default', index: 'twitter' });
    expect(node).toEqual({ kind: 'QueryNode', backend: 'es', verb: 'searchMeta', args: [{ kind: 'index', instance: 'default', index: 'twitter' }] });
    expect(Object.isFrozen(node)).toBe(true);
    expect(QueryNode.is(node)).toBe(true);
  });

  it('gives a verb without arguments an empty argument list', () => {
    expect(QueryNode.create('es', 'list')).toEqual({ kind: 'QueryNode', backend: 'es', verb: 'list', args: [] });
  });

  it('marks what needs admin, and only when something does', () => {
    const node = QueryNode.create('es', 'searchData', { kind: 'count', instance: 'default', index: 'twitter' });
    expect(QueryNode.elevated(node, undefined)).toBe(node);
    expect(QueryNode.elevated(node, 'the script clause at body.query.script')).toEqual({ ...node, elevation: 'the script clause at body.query.script' });
  });
});

describe('the /es actions turn validated requests into typed nodes', () => {
  const params = { instance: 'default', index: 'twitter' };

  it('GET /es/:instance/indices/:index reads the index meta', () => {
    expect(esActions.indexGet.parse({ headers: {}, params, query: undefined, body: undefined })).toEqual([
      { kind: 'QueryNode', backend: 'es', verb: 'searchMeta', args: [{ kind: 'index', instance: 'default', index: 'twitter' }] },
    ]);
  });

  it('each index action route names its action', () => {
    for (const [name, act] of [
      ['open', esActions.indexOpen],
      ['close', esActions.indexClose],
      ['refresh', esActions.indexRefresh],
    ] as const) {
      const [node] = act.parse({ headers: {}, params, query: undefined, body: undefined });
      expect(node).toMatchObject({ backend: 'es', verb: 'updateMeta', args: [{ kind: 'indexAction', ...params, action: name }] });
    }
  });

  it('the query string becomes typed values: refresh and conflicts of a delete by query', () => {
    const [node] = esActions.deleteByQuery.parse({ headers: {}, params, query: { refresh: 'true', conflicts: 'proceed' }, body: { query: { match_all: {} } } });
    expect(node).toMatchObject({
      verb: 'deleteData',
      args: [{ kind: 'byQuery', ...params, query: { match_all: {} }, refresh: true, conflicts: 'proceed' }],
    });
    expect(node?.elevation).toBeUndefined();
  });

  it('no search body is the empty search; a script in it asks for admin', () => {
    const [plain] = esActions.search.parse({ headers: {}, params, query: undefined, body: null });
    expect(plain).toMatchObject({ verb: 'searchData', args: [{ kind: 'search', ...params, body: {} }] });
    const [scripted] = esActions.search.parse({ headers: {}, params, query: undefined, body: { query: { script: { script: 'true' } } } });
    expect(scripted?.elevation).toBe('the script clause at body.query.script');
  });

  it('the template body is sent as validated, under its checked name', () => {
    const template = { index_patterns: ['tweets-*'], priority: 10 };
    const [node] = esActions.templatePut.parse({ headers: {}, params: { instance: 'default', name: 'tweets' }, query: undefined, body: template });
    expect(node).toEqual({ kind: 'QueryNode', backend: 'es', verb: 'createMeta', args: [{ kind: 'template', instance: 'default', name: 'tweets', template }] });
  });

  it('an index name the schema let through but Elasticsearch would refuse is a 400 naming it', () => {
    expect(indexParams.safeParse({ instance: 'default', index: 'Twitter' }).success).toBe(true);
    expect(() => esActions.indexGet.parse({ headers: {}, params: { instance: 'default', index: 'Twitter' }, query: undefined, body: undefined })).toThrow(
      'invalid index name "Twitter": must be lowercase',
    );
  });
});
