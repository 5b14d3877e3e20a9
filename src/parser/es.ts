import { errors } from '../libs/errors.js';
import { checkJsonDepth } from '../libs/json-depth.js';
import { QueryNode } from '../operator/run.js';
import type { ArgsOf, VerbOf } from '../query/queries.js';
import { bulkScriptClause, parseBulkBody } from '../query/es/bulk-body.js';
import type { Refresh } from '../query/es/documents.js';
import { checkDeletableIndex, checkIndexName } from '../query/es/index-name.js';
import type { IndexAction } from '../query/es/indices.js';
import { scriptClause } from '../query/es/scripts.js';
import type { ActionParser, LegacyInput as RequestInput } from './index.js';

/** Elasticsearch's default index.max_result_window: deeper pages are what _export is for. */
const resultWindow = 10_000;

/** The query strings of the /es routes, as their schemas validated them. */
type Query = {
  refresh?: Refresh;
  op?: 'index' | 'create';
  upsert?: 'true' | 'false';
  pattern?: string;
  query?: string;
  fields?: string;
  conflicts?: 'abort' | 'proceed';
};
type Body = Record<string, unknown>;

/** `elevation`: what in the values about to be sent needs admin (a script clause), read from those very values. */
const es = <V extends VerbOf<'es'>>(verb: V, args: ArgsOf<'es', V>[0], elevation?: string) => [QueryNode.elevated(QueryNode.create<'es', V>('es', verb, ...([args] as ArgsOf<'es', V>)), elevation)];
const on = ({ params }: RequestInput) => ({ instance: params.instance! });
const onIndex = (input: RequestInput) => ({ ...on(input), index: checkIndexName(input.params.index!) });
const templateName = (input: RequestInput) => checkIndexName(input.params.name!, 'params.name', { kind: 'template' });
const query = (input: RequestInput) => input.query as Query;
const body = (input: RequestInput) => (input.body ?? {}) as Body;
const indexAction = (action: IndexAction): ActionParser => (input) => es('updateMeta', { kind: 'indexAction', ...onIndex(input), action });

function searchBody(input: RequestInput): Body {
  const b = body(input);
  const from = typeof b.from === 'number' ? b.from : 0;
  const size = typeof b.size === 'number' ? b.size : 10;
  if (from + size > resultWindow) {
    const { instance, index } = input.params;
    throw errors.validation('body.size', `from + size must be at most ${resultWindow}; read every match with GET /es/${instance}/indices/${index}/_export`);
  }
  return b;
}

/** The `query` parameter, parsed once: this object is both what the script check reads and what is sent. */
function exportQuery(text: string | undefined): object | undefined {
  if (text === undefined) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    throw errors.validation('querystring.query', `not valid JSON (${(err as Error).message})`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw errors.validation('querystring.query', 'must be a JSON object (a query DSL clause)');
  checkJsonDepth(parsed, 'querystring.query');
  return parsed;
}

const fieldList = (text: string | undefined) => text?.split(',').map((f) => f.trim()).filter(Boolean);

export const esActions = {
  'es.instances': () => [QueryNode.create('es', 'list')],
  'es.cluster': (input) => es('searchMeta', { kind: 'cluster', ...on(input) }),
  'es.nodes': (input) => es('searchMeta', { kind: 'nodes', ...on(input) }),
  'es.aliases': (input) => es('searchMeta', { kind: 'aliases', ...on(input) }),
  'es.indices': (input) => {
    const { pattern } = query(input);
    return es('searchMeta', { kind: 'indices', ...on(input), pattern: pattern && checkIndexName(pattern, 'querystring.pattern', { pattern: true }) });
  },
  'es.index.get': (input) => es('searchMeta', { kind: 'index', ...onIndex(input) }),
  'es.index.create': (input) => {
    const { index, ...rest } = body(input);
    return es('createMeta', { kind: 'index', ...on(input), index: checkIndexName(index as string, 'body.index'), body: rest });
  },
  'es.index.update': (input) => es('updateMeta', { kind: 'index', ...onIndex(input), changes: body(input) }),
  'es.index.delete': (input) => es('deleteMeta', { kind: 'index', ...on(input), index: checkDeletableIndex(input.params.index!) }),
  'es.index.open': indexAction('open'),
  'es.index.close': indexAction('close'),
  'es.index.refresh': indexAction('refresh'),
  'es.template.get': (input) => es('searchMeta', { kind: 'template', ...on(input), name: templateName(input) }),
  'es.template.put': (input) => es('createMeta', { kind: 'template', ...on(input), name: templateName(input), template: body(input) }),
  'es.template.delete': (input) => es('deleteMeta', { kind: 'template', ...on(input), name: templateName(input) }),
  'es.doc.create': (input) => es('createData', { kind: 'doc', ...onIndex(input), doc: body(input), refresh: query(input).refresh }),
  'es.doc.put': (input) => {
    const { refresh, op } = query(input);
    return es('createData', { kind: 'doc', ...onIndex(input), id: input.params.id, doc: body(input), refresh, op });
  },
  'es.doc.get': (input) => es('searchData', { kind: 'doc', ...onIndex(input), id: input.params.id }),
  'es.doc.update': (input) => {
    const { refresh, upsert } = query(input);
    return es('updateData', { kind: 'doc', ...onIndex(input), id: input.params.id, doc: body(input), refresh, upsert: upsert === 'true' });
  },
  'es.doc.delete': (input) => es('deleteData', { kind: 'doc', ...onIndex(input), id: input.params.id, refresh: query(input).refresh }),
  'es.bulk': (input) => {
    const target = onIndex(input);
    const operations = parseBulkBody(input.body, target.index);
    return es('createData', { kind: 'bulk', ...target, operations, refresh: query(input).refresh }, bulkScriptClause(operations));
  },
  'es.search': (input) => {
    const search = searchBody(input);
    return es('searchData', { kind: 'search', ...onIndex(input), body: search }, scriptClause(search, 'body'));
  },
  'es.count': (input) => {
    const { query: clause } = body(input);
    return es('searchData', { kind: 'count', ...onIndex(input), query: clause }, scriptClause(clause, 'body.query'));
  },
  'es.deleteByQuery': (input) => {
    const { refresh, conflicts } = query(input);
    const refreshAfter = refresh === undefined ? undefined : refresh === 'true';
    const { query: clause } = body(input);
    return es('deleteData', { kind: 'byQuery', ...onIndex(input), query: clause, refresh: refreshAfter, conflicts }, scriptClause(clause, 'body.query'));
  },
  'es.export': (input) => {
    const q = query(input);
    const clause = exportQuery(q.query);
    return es('searchData', { kind: 'export', ...onIndex(input), query: clause, fields: fieldList(q.fields) }, scriptClause(clause, 'querystring.query'));
  },
} satisfies Record<string, ActionParser>;
