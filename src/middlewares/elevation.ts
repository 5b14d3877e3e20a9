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

/** For ES query routes: a script clause anywhere in the body needs admin. */
export const esScriptElevation = (request: FastifyRequest): string | null => {
  const path = findScriptClause(request.body);
  return path ? `the script clause at ${path}` : null;
};

/** For raw InfluxQL: admin mode (statements that change things) needs admin. */
export const influxAdminModeElevation = (request: FastifyRequest): string | null =>
  (request.body as { admin?: unknown } | undefined)?.admin === true ? 'raw InfluxQL admin mode (body.admin)' : null;
