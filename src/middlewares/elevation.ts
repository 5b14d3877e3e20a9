import type { FastifyRequest } from 'fastify';

// Query DSL keys that run code on the cluster.
const scriptKeys = new Set(['script', 'scripted_metric', 'script_score', 'script_fields', 'runtime_mappings']);

/** The JSON path of the first script clause in a value, or null. */
export function findScriptClause(value: unknown, path = 'body'): string | null {
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const found = findScriptClause(item, `${path}[${i}]`);
      if (found) return found;
    }
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      if (scriptKeys.has(key)) return `${path}.${key}`;
      const found = findScriptClause(item, `${path}.${key}`);
      if (found) return found;
    }
  }
  return null;
}

const parseJson = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
};

/** For ES query routes: a script clause anywhere in the body or the `query` parameter needs admin. */
export const esScriptElevation = (request: FastifyRequest): string | null => {
  const queryParam = (request.query as { query?: unknown } | undefined)?.query;
  const path =
    findScriptClause(request.body) ?? (typeof queryParam === 'string' ? findScriptClause(parseJson(queryParam), 'querystring.query') : null);
  return path ? `the script clause at ${path}` : null;
};

/** For NDJSON _bulk: an update action whose source line carries a script needs admin. */
export const esBulkScriptElevation = (request: FastifyRequest): string | null => {
  if (typeof request.body !== 'string') return null;
  const lines = request.body.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const action = parseJson(lines[i]!) as Record<string, unknown> | undefined;
    if (!action || typeof action !== 'object' || 'delete' in action) continue;
    // Only an update's source can hold a script: index/create sources (most of the body) are not parsed twice.
    if ('update' in action) {
      const source = parseJson(lines[i + 1] ?? '') as Record<string, unknown> | undefined;
      if (source && typeof source === 'object' && ('script' in source || 'scripted_upsert' in source)) {
        return `the script in the update at line ${i + 2}`;
      }
    }
    i++;
  }
  return null;
};

/** For raw InfluxQL: admin mode (statements that change things) needs admin. */
export const influxAdminModeElevation = (request: FastifyRequest): string | null =>
  (request.body as { admin?: unknown } | undefined)?.admin === true ? 'raw InfluxQL admin mode (body.admin)' : null;
