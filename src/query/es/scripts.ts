import { errors } from '../../libs/errors.js';
import { jsonTooDeep, maxJsonDepth } from '../../libs/json-depth.js';

/**
 * Object keys that make the cluster run code or a template, in any case and inside longer names:
 * script, *_script, script_score, script_fields, scripted_metric, scripted_upsert, _script sorts;
 * runtime_mappings; search templates and the phrase suggester's collate (Mustache); percolate
 * (runs queries stored in documents, which a write token can store); OpenSearch's inline
 * search_pipeline (its processors run scripts). Conservative on purpose: a field or aggregation
 * named my_script matches too.
 */
const runsCode = /script|template|collate|percolate|runtime_?mappings|search_pipeline/i;

// A wrapper query carries another query as base64; Elasticsearch decodes and runs it.
const wrapper = /^wrapper$/i;
// Canonical base64 only, which every decoder reads alike.
const base64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
// A BOM stays in the text, so JSON.parse refuses it.
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * The query inside a wrapper. Elasticsearch would also read YAML, CBOR or SMILE there: anything
 * that is not base64 of UTF-8 JSON is refused rather than guessed at.
 */
function unwrap(encoded: unknown, path: string): unknown {
  const refuse = () => errors.validation(path, 'a wrapper query must be base64 (standard alphabet, padded) of a JSON query');
  if (typeof encoded !== 'string' || !base64.test(encoded)) throw refuse();
  try {
    return JSON.parse(utf8.decode(Buffer.from(encoded, 'base64')));
  } catch {
    throw refuse();
  }
}

interface Frame {
  value: unknown;
  path: string;
  depth: number;
}

/**
 * The path of the first key that runs code in `root`, the very value that will be sent to the
 * cluster, or null. Wrapper queries are decoded and walked by the same rules, however nested.
 * An explicit stack, never recursion; nesting deeper than maxJsonDepth (counting through the
 * decoded wrappers) is a 400 naming the path, as is a wrapper that does not decode.
 */
export function findScript(root: unknown, rootPath: string): string | null {
  const stack: Frame[] = [{ value: root, path: rootPath, depth: 1 }];
  for (let frame = stack.pop(); frame; frame = stack.pop()) {
    const { value, path, depth } = frame;
    if (typeof value !== 'object' || value === null) continue;
    if (depth > maxJsonDepth) throw jsonTooDeep(path);
    // Pushed in reverse, so the first script found is the first in the text.
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], path: `${path}[${i}]`, depth: depth + 1 });
      continue;
    }
    const object = value as Record<string, unknown>;
    const keys = Object.keys(object);
    const found = keys.find((key) => runsCode.test(key));
    if (found !== undefined) return `${path}.${found}`;
    for (const key of keys.reverse()) {
      const child = object[key];
      const at = `${path}.${key}`;
      if (wrapper.test(key) && typeof child === 'object' && child !== null && 'query' in child) {
        stack.push({ value: unwrap(child.query, `${at}.query`), path: `${at}.query(decoded)`, depth: depth + 2 });
      }
      stack.push({ value: child, path: at, depth: depth + 1 });
    }
  }
  return null;
}

/** Why a value needs admin (its first script clause), or undefined. */
export const scriptClause = (value: unknown, path: string): string | undefined => {
  const found = findScript(value, path);
  return found === null ? undefined : `the script clause at ${found}`;
};
