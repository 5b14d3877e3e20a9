import { covers, type Level } from '../../libs/access.js';
import { Code } from '../../libs/code.js';
import type { EsConnection } from '../../libs/es-client.js';
import { AppError } from '../../libs/errors.js';

/**
 * Elasticsearch's own index pattern match: `*` stands for any run of characters and nothing else
 * is special (a glob library would also read `?`, `[...]` and `{a,b}`). Leftmost placement of
 * each part between two stars is enough for star-only patterns, in linear time.
 */
export function matchesIndexPattern(pattern: string, name: string): boolean {
  const parts = pattern.split('*');
  if (parts.length === 1) return pattern === name;
  const first = parts[0]!;
  const last = parts.at(-1)!;
  const end = name.length - last.length;
  if (end < first.length || !name.startsWith(first) || !name.endsWith(last)) return false;
  let at = first.length;
  for (const part of parts.slice(1, -1)) {
    const found = name.indexOf(part, at);
    if (found === -1 || found + part.length > end) return false;
    at = found + part.length;
  }
  return true;
}

async function exists(conn: EsConnection, index: string): Promise<boolean> {
  // An index, an alias or a data stream: writing into any of them creates nothing.
  const { statusCode } = await conn.request({ method: 'HEAD', path: `/${encodeURIComponent(index)}`, ignore: [404] });
  return statusCode !== 404;
}

/**
 * Checks a document write (a document, a _bulk, a pipeline upsert) before it is sent: writing
 * into a missing index makes Elasticsearch create it, which a write token may do only for names
 * matching the instance's `autoCreate` patterns; dot-prefixed (system) indices take admin for
 * any document write; admin may create anything. `creates` is false for writes that never
 * create an index (deleting documents). This is the gateway's check; the engine's own guard is
 * the backend credential of the write level (a role without `create_index` /
 * `auto_configure`), so a name created between this check and the write is still refused there.
 */
export async function checkDocumentWrite(conn: EsConnection, index: string, level: Level | null, creates: boolean): Promise<void> {
  if (covers(level, 'admin')) return;
  const where = `es/${conn.name}`;
  if (index.startsWith('.')) {
    throw new AppError(Code.FORBIDDEN, `writing documents into the dot-prefixed index "${index}" needs admin on ${where}`);
  }
  if (!creates) return;
  const patterns = conn.config.autoCreate ?? [];
  if (patterns.some((p) => matchesIndexPattern(p, index)) || (await exists(conn, index))) return;
  throw new AppError(
    Code.FORBIDDEN,
    `index "${index}" does not exist on ${where} and a write token may create only indices matching the instance setting ` +
      `es.${conn.name}.autoCreate (${patterns.length ? patterns.join(', ') : 'none'}); an admin token can create it (POST /es/${conn.name}/indices)`,
  );
}
