import type { z } from 'zod';
import { errors } from '../libs/errors.js';
import { checkJsonDepth } from '../libs/json-depth.js';
import { QueryNode } from '../operator/run.js';
import { bulkScriptClause, parseBulkBody } from '../query/es/bulk-body.js';
import { checkDeletableIndex, checkIndexName } from '../query/es/index-name.js';
import type { IndexAction } from '../query/es/indices.js';
import { scriptClause } from '../query/es/scripts.js';
import {
  bulkBody,
  countBody,
  deleteByQueryBody,
  deleteByQueryQuery,
  docBody,
  docParams,
  docPatchBody,
  docPatchQuery,
  docPutQuery,
  exportQuery,
  indexCreateBody,
  indexParams,
  indexUpdateBody,
  indicesQuery,
  refreshQuery,
  searchBody,
  templateBody,
  templateParams,
} from './es-schemas.js';
import { action } from './request.js';
import { instanceParams } from './schemas.js';

/** Elasticsearch's default index.max_result_window: deeper pages are what _export is for. */
const resultWindow = 10_000;

/** The index a route names, checked against Elasticsearch's naming rules (the schema only bounds its length). */
const onIndex = ({ instance, index }: z.output<typeof indexParams>) => ({ instance, index: checkIndexName(index) });
const templateName = ({ name }: z.output<typeof templateParams>) => checkIndexName(name, 'params.name', { kind: 'template' });

const indexAction = (act: IndexAction) =>
  action({ params: indexParams }, ({ params }) => [QueryNode.create('es', 'updateMeta', { kind: 'indexAction', ...onIndex(params), action: act })]);

/** A search body (none is the empty search), refused when its page lies beyond the result window. */
function windowedSearch(body: z.output<typeof searchBody>, { instance, index }: z.output<typeof indexParams>) {
  const search = body ?? {};
  if ((search.from ?? 0) + (search.size ?? 10) > resultWindow) {
    throw errors.validation('body.size', `from + size must be at most ${resultWindow}; read every match with GET /es/${instance}/indices/${index}/_export`);
  }
  return search;
}

/** The `query` parameter, parsed once: this object is both what the script check reads and what is sent. */
function exportClause(text: string | undefined): object | undefined {
  if (text === undefined) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    throw errors.validation('querystring.query', `not valid JSON (${err instanceof Error ? err.message : String(err)})`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw errors.validation('querystring.query', 'must be a JSON object (a query DSL clause)');
  }
  checkJsonDepth(parsed, 'querystring.query');
  return parsed;
}

const fieldList = (text: string | undefined) =>
  text
    ?.split(',')
    .map((f) => f.trim())
    .filter(Boolean);

/** The /es actions: each route's request schema and the query node it becomes. */
export const esActions = {
  instances: action({}, () => [QueryNode.create('es', 'list')]),
  cluster: action({ params: instanceParams }, ({ params }) => [QueryNode.create('es', 'searchMeta', { kind: 'cluster', instance: params.instance })]),
  nodes: action({ params: instanceParams }, ({ params }) => [QueryNode.create('es', 'searchMeta', { kind: 'nodes', instance: params.instance })]),
  aliases: action({ params: instanceParams }, ({ params }) => [QueryNode.create('es', 'searchMeta', { kind: 'aliases', instance: params.instance })]),

  indices: action({ params: instanceParams, querystring: indicesQuery }, ({ params, query: { pattern } }) => [
    QueryNode.create('es', 'searchMeta', {
      kind: 'indices',
      instance: params.instance,
      pattern: pattern && checkIndexName(pattern, 'querystring.pattern', { pattern: true }),
    }),
  ]),
  indexGet: action({ params: indexParams }, ({ params }) => [QueryNode.create('es', 'searchMeta', { kind: 'index', ...onIndex(params) })]),
  indexCreate: action({ params: instanceParams, body: indexCreateBody }, ({ params, body: { index, ...body } }) => [
    QueryNode.create('es', 'createMeta', { kind: 'index', instance: params.instance, index: checkIndexName(index, 'body.index'), body }),
  ]),
  indexUpdate: action({ params: indexParams, body: indexUpdateBody }, ({ params, body }) => [
    QueryNode.create('es', 'updateMeta', { kind: 'index', ...onIndex(params), changes: body }),
  ]),
  indexDelete: action({ params: indexParams }, ({ params }) => [
    QueryNode.create('es', 'deleteMeta', { kind: 'index', instance: params.instance, index: checkDeletableIndex(params.index) }),
  ]),
  indexOpen: indexAction('open'),
  indexClose: indexAction('close'),
  indexRefresh: indexAction('refresh'),

  templateGet: action({ params: templateParams }, ({ params }) => [
    QueryNode.create('es', 'searchMeta', { kind: 'template', instance: params.instance, name: templateName(params) }),
  ]),
  templatePut: action({ params: templateParams, body: templateBody }, ({ params, body }) => [
    QueryNode.create('es', 'createMeta', { kind: 'template', instance: params.instance, name: templateName(params), template: body }),
  ]),
  templateDelete: action({ params: templateParams }, ({ params }) => [
    QueryNode.create('es', 'deleteMeta', { kind: 'template', instance: params.instance, name: templateName(params) }),
  ]),

  docCreate: action({ params: indexParams, querystring: refreshQuery, body: docBody }, ({ params, query, body }) => [
    QueryNode.create('es', 'createData', { kind: 'doc', ...onIndex(params), doc: body, refresh: query.refresh }),
  ]),
  docPut: action({ params: docParams, querystring: docPutQuery, body: docBody }, ({ params, query: { refresh, op }, body }) => [
    QueryNode.create('es', 'createData', { kind: 'doc', ...onIndex(params), id: params.id, doc: body, refresh, op }),
  ]),
  docGet: action({ params: docParams }, ({ params }) => [QueryNode.create('es', 'searchData', { kind: 'doc', ...onIndex(params), id: params.id })]),
  docUpdate: action({ params: docParams, querystring: docPatchQuery, body: docPatchBody }, ({ params, query: { refresh, upsert }, body }) => [
    QueryNode.create('es', 'updateData', { kind: 'doc', ...onIndex(params), id: params.id, doc: body, refresh, upsert: upsert === 'true' }),
  ]),
  docDelete: action({ params: docParams, querystring: refreshQuery }, ({ params, query }) => [
    QueryNode.create('es', 'deleteData', { kind: 'doc', ...onIndex(params), id: params.id, refresh: query.refresh }),
  ]),
  bulk: action({ params: indexParams, querystring: refreshQuery, body: bulkBody }, ({ params, query, body }) => {
    const target = onIndex(params);
    const operations = parseBulkBody(body, target.index);
    const node = QueryNode.create('es', 'createData', { kind: 'bulk', ...target, operations, refresh: query.refresh });
    return [QueryNode.elevated(node, bulkScriptClause(operations))];
  }),

  search: action({ params: indexParams, body: searchBody }, ({ params, body }) => {
    const search = windowedSearch(body, params);
    const node = QueryNode.create('es', 'searchData', { kind: 'search', ...onIndex(params), body: search });
    return [QueryNode.elevated(node, scriptClause(search, 'body'))];
  }),
  count: action({ params: indexParams, body: countBody }, ({ params, body }) => {
    const clause = body?.query;
    const node = QueryNode.create('es', 'searchData', { kind: 'count', ...onIndex(params), query: clause });
    return [QueryNode.elevated(node, scriptClause(clause, 'body.query'))];
  }),
  deleteByQuery: action(
    { params: indexParams, querystring: deleteByQueryQuery, body: deleteByQueryBody },
    ({ params, query: { refresh, conflicts }, body }) => {
      const refreshAfter = refresh === undefined ? undefined : refresh === 'true';
      const node = QueryNode.create('es', 'deleteData', { kind: 'byQuery', ...onIndex(params), query: body.query, refresh: refreshAfter, conflicts });
      return [QueryNode.elevated(node, scriptClause(body.query, 'body.query'))];
    },
  ),
  export: action({ params: indexParams, querystring: exportQuery }, ({ params, query }) => {
    const clause = exportClause(query.query);
    const node = QueryNode.create('es', 'searchData', { kind: 'export', ...onIndex(params), query: clause, fields: fieldList(query.fields) });
    return [QueryNode.elevated(node, scriptClause(clause, 'querystring.query'))];
  }),
};
