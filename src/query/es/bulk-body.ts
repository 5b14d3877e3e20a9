import { errors } from '../../libs/errors.js';

export type BulkAction = 'index' | 'create' | 'update' | 'delete';

/** One bulk operation: its action line's metadata and, except for delete, its source line. */
export interface BulkOperation {
  action: BulkAction;
  meta: Record<string, unknown>;
  source?: Record<string, unknown>;
}

const actions = new Set<string>(['index', 'create', 'update', 'delete']);
const updateKeys = new Set(['doc', 'upsert', 'doc_as_upsert', 'script', 'scripted_upsert', 'detect_noop', '_source']);

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A JSON array of documents, each indexed under its optional `_id`. */
function fromDocs(docs: unknown[]): BulkOperation[] {
  return docs.map((doc, i) => {
    if (!isObject(doc)) throw errors.validation(`body[${i}]`, 'each document must be a JSON object');
    const { _id: id, ...source } = doc;
    if (id !== undefined && (typeof id !== 'string' || id === '')) throw errors.validation(`body[${i}]._id`, 'must be a non-empty string');
    return { action: 'index', meta: id === undefined ? {} : { _id: id }, source };
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
  return value;
}

function actionLine(line: Record<string, unknown>, where: string, index: string): Pick<BulkOperation, 'action' | 'meta'> {
  const keys = Object.keys(line);
  const action = keys[0]!;
  if (keys.length !== 1 || !actions.has(action)) {
    throw errors.validation(where, `expected an action line {"index"|"create"|"update"|"delete": {...}}, got keys ${JSON.stringify(keys)}`);
  }
  const meta = line[action];
  if (!isObject(meta)) throw errors.validation(where, `the ${action} metadata must be an object`);
  const { _index: target, ...rest } = meta;
  if (target !== undefined && target !== index) throw errors.validation(where, `_index "${String(target)}" differs from the path's index "${index}"`);
  if ((action === 'update' || action === 'delete') && (typeof rest._id !== 'string' || rest._id === '')) {
    throw errors.validation(where, `${action} needs an _id`);
  }
  return { action: action as BulkAction, meta: rest };
}

/** NDJSON: action lines, each but delete followed by its source line; blank lines are skipped. */
function fromNdjson(text: string, index: string): BulkOperation[] {
  const lines = text.split('\n').map((l, i) => ({ text: l.trim(), where: `body line ${i + 1}` })).filter((l) => l.text !== '');
  const operations: BulkOperation[] = [];
  for (let i = 0; i < lines.length; i++) {
    const { text, where } = lines[i]!;
    const op: BulkOperation = actionLine(parseLine(text, where), where, index);
    if (op.action !== 'delete') {
      const next = lines[++i];
      if (!next) throw errors.validation(where, `the ${op.action} action has no source line after it`);
      op.source = parseLine(next.text, next.where);
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
export function parseBulkBody(body: unknown, index: string): BulkOperation[] {
  const operations = typeof body === 'string' ? fromNdjson(body, index) : Array.isArray(body) ? fromDocs(body) : null;
  if (!operations) throw errors.validation('body', 'expected a JSON array of documents or NDJSON (content-type application/x-ndjson)');
  if (operations.length === 0) throw errors.validation('body', 'no documents');
  return operations;
}
