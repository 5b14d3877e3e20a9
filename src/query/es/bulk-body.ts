import { errors } from '../../libs/errors.js';
import { checkJsonDepth } from '../../libs/json-depth.js';
import { scriptClause } from './scripts.js';

export type BulkAction = 'index' | 'create' | 'update' | 'delete';

/** One bulk operation: its action line's metadata and, except for delete, its source line. */
export interface BulkOperation {
  action: BulkAction;
  meta: Record<string, unknown>;
  source?: Record<string, unknown>;
}

/**
 * An operation read from a request, with where it came from for messages: "body line 3" (NDJSON)
 * or "body[2]" (JSON array). These parsed values are what the script check reads and what is
 * sent (re-serialized), never the request text.
 */
export interface ParsedBulkOperation extends BulkOperation {
  where: string;
  sourceWhere?: string;
}

const actions = new Set<string>(['index', 'create', 'update', 'delete']);
const updateKeys = new Set(['doc', 'upsert', 'doc_as_upsert', 'script', 'scripted_upsert', 'detect_noop', '_source']);

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A JSON array of documents, each indexed under its optional `_id`. */
function fromDocs(docs: unknown[]): ParsedBulkOperation[] {
  return docs.map((doc, i) => {
    if (!isObject(doc)) throw errors.validation(`body[${i}]`, 'each document must be a JSON object');
    const { _id: id, ...source } = doc;
    if (id !== undefined && (typeof id !== 'string' || id === '')) throw errors.validation(`body[${i}]._id`, 'must be a non-empty string');
    return { action: 'index', meta: id === undefined ? {} : { _id: id }, source, where: `body[${i}]`, sourceWhere: `body[${i}]` };
  });
}

function parseLine(text: string, where: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw errors.validation(where, `not valid JSON (${(err as Error).message})`);
  }
  if (!isObject(value)) throw errors.validation(where, 'must be a JSON object');
  checkJsonDepth(value, where);
  return value;
}

function actionLine(line: Record<string, unknown>, where: string, index: string): ParsedBulkOperation {
  const keys = Object.keys(line);
  const action = keys[0]!;
  if (keys.length !== 1 || !actions.has(action)) {
    throw errors.validation(where, `expected an action line {"index"|"create"|"update"|"delete": {...}}, got keys ${JSON.stringify(keys)}`);
  }
  const meta = line[action];
  if (!isObject(meta)) throw errors.validation(where, `the ${action} metadata must be an object`);
  const { _index: target, ...rest } = meta;
  if (target !== undefined && target !== index) throw errors.validation(where, `_index ${JSON.stringify(target)} differs from the path's index "${index}"`);
  if ((action === 'update' || action === 'delete') && (typeof rest._id !== 'string' || rest._id === '')) {
    throw errors.validation(where, `${action} needs an _id`);
  }
  return { action: action as BulkAction, meta: rest, where };
}

/**
 * NDJSON, framed strictly so that the text has one reading: lines end with \n (a \r before it is
 * JSON whitespace), the last one may lack it; each line is one JSON object; an action line is
 * followed, except for delete, by its source line. A blank or whitespace-only line, a byte order
 * mark, a line that is not one JSON object and an action without its source are refused with the
 * line number: Elasticsearch skips a blank action line but takes a blank source line, so skipping
 * or keeping blank lines would pair actions and sources one way here and another there.
 */
function fromNdjson(text: string, index: string): ParsedBulkOperation[] {
  if (text.startsWith('\uFEFF')) throw errors.validation('body line 1', 'starts with a byte order mark (U+FEFF): send UTF-8 without it');
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  const parsed = lines.map((line, i) => {
    const where = `body line ${i + 1}`;
    if (/^\s*$/.test(line)) throw errors.validation(where, 'a blank line: every line must be an action or the source of the action before it');
    return { value: parseLine(line, where), where };
  });
  const operations: ParsedBulkOperation[] = [];
  for (let i = 0; i < parsed.length; i++) {
    const { value, where } = parsed[i]!;
    const op = actionLine(value, where, index);
    if (op.action !== 'delete') {
      const next = parsed[++i];
      if (!next) throw errors.validation(where, `the ${op.action} action has no source line after it`);
      op.source = next.value;
      op.sourceWhere = next.where;
      const unknown = Object.keys(op.source).filter((k) => !updateKeys.has(k));
      if (op.action === 'update' && (unknown.length || !('doc' in op.source || 'script' in op.source))) {
        throw errors.validation(next.where, `an update source takes doc or script${unknown.length ? `, not ${unknown.join(', ')}` : ''}`);
      }
    }
    operations.push(op);
  }
  return operations;
}

/** The _bulk body, a JSON array of documents or NDJSON text, validated into operations before any call. */
export function parseBulkBody(body: unknown, index: string): ParsedBulkOperation[] {
  const operations = typeof body === 'string' ? fromNdjson(body, index) : Array.isArray(body) ? fromDocs(body) : null;
  if (!operations) throw errors.validation('body', 'expected a JSON array of documents or NDJSON (content-type application/x-ndjson)');
  if (operations.length === 0) throw errors.validation('body', 'no documents');
  return operations;
}

/**
 * Why the operations need admin: the first script in what will be sent, in any action's metadata
 * or an update's source. Documents are data to the cluster, not code: index and create sources and
 * an update's doc and upsert are not read (nor are documents written by PUT and PATCH).
 */
export function bulkScriptClause(operations: ParsedBulkOperation[]): string | undefined {
  for (const op of operations) {
    const found =
      scriptClause(op.meta, `${op.where}.${op.action}`) ??
      (op.action === 'update' && op.source ? scriptClause({ ...op.source, doc: undefined, upsert: undefined }, op.sourceWhere!) : undefined);
    if (found) return found;
  }
  return undefined;
}
