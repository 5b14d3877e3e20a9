import { errors } from '../../libs/errors.js';

const forbiddenChars = ['\\', '/', '*', '?', '"', '<', '>', '|', ',', '#', ' ', ':'];
const maxBytes = 255;

/**
 * Why Elasticsearch would refuse `name` as an index (or alias, template) name, or null when it
 * would accept it. A `pattern` (a filter for listing) may also use `*`.
 */
export function indexNameProblem(name: string, opts: { pattern?: boolean } = {}): string | null {
  if (name.length === 0) return 'must not be empty';
  if (name === '.' || name === '..') return 'must not be "." or ".."';
  if (name !== name.toLowerCase()) return 'must be lowercase';
  const bad = forbiddenChars.find((c) => name.includes(c) && !(opts.pattern && c === '*'));
  if (bad) return `must not contain ${bad === ' ' ? 'a space' : `"${bad}"`}`;
  if (/^[-_+]/.test(name)) return 'must not start with "-", "_" or "+"';
  if (Buffer.byteLength(name, 'utf8') > maxBytes) return `must be at most ${maxBytes} bytes`;
  return null;
}

/** Throws a 400 naming the parameter when `name` is not a valid index (or template) name. */
export function checkIndexName(name: string, where = 'params.index', opts: { pattern?: boolean; kind?: 'index' | 'template' } = {}): string {
  const problem = indexNameProblem(name, opts);
  if (problem) throw errors.validation(where, `invalid ${opts.kind ?? 'index'} name "${name}": ${problem}`);
  return name;
}

/** DELETE names exactly one index: `_all`, wildcards and comma lists are refused before the name rules. */
export function checkDeletableIndex(name: string): string {
  if (name === '_all' || /[*?,]/.test(name)) {
    throw errors.validation('params.index', `refusing to delete "${name}": name exactly one index (no _all, wildcards or comma lists)`);
  }
  return checkIndexName(name);
}
