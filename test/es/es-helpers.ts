import type { FastifyInstance, InjectOptions } from 'fastify';
import { backends, bodyOf, type EnvelopeBody } from '../helpers.js';

/** Both flavors at both versions (the matrix), by the instance names buildTestApp configures. */
export const flavors = [
  { instance: 'default', flavor: 'elasticsearch', major: 8, name: 'Elasticsearch 8.19' },
  { instance: 'opensearch', flavor: 'opensearch', major: 2, name: 'OpenSearch 2.19' },
  { instance: 'es9', flavor: 'elasticsearch', major: 9, name: 'Elasticsearch 9.5' },
  { instance: 'opensearch3', flavor: 'opensearch', major: 3, name: 'OpenSearch 3.9' },
] as const;
export type Instance = (typeof flavors)[number]['instance'];

// Tests read answers loosely (any); responses.test.ts holds every answer to its documented schema.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- answers are read loosely; test/es/responses.test.ts checks their schema
export interface Answer<T = any> {
  status: number;
  body: EnvelopeBody<T>;
}

/** One gateway call, answered as status + envelope. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- answers are read loosely; test/es/responses.test.ts checks their schema
export async function call<T = any>(
  app: FastifyInstance,
  method: InjectOptions['method'],
  url: string,
  payload?: unknown,
  headers?: Record<string, string>,
): Promise<Answer<T>> {
  const res = await app.inject({ method, url, payload: payload as InjectOptions['payload'], headers });
  return { status: res.statusCode, body: bodyOf<T>(res) };
}

/** The backend URL behind an instance, for checks that bypass the gateway. */
export function backendUrl(instance: Instance): string {
  const urls = backends();
  return { default: urls.es, opensearch: urls.opensearch, es9: urls.es9, opensearch3: urls.opensearch3 }[instance];
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- answers are read loosely; test/es/responses.test.ts checks their schema
export async function direct<T = any>(instance: Instance, method: string, path: string, body?: unknown): Promise<T> {
  const ndjson = Array.isArray(body);
  const res = await fetch(`${backendUrl(instance)}${path}`, {
    method,
    headers: { 'content-type': ndjson ? 'application/x-ndjson' : 'application/json' },
    body: body === undefined ? undefined : ndjson ? `${body.map((l) => JSON.stringify(l)).join('\n')}\n` : JSON.stringify(body),
  });
  return (await res.json()) as T;
}

/** Deletes every index whose name starts with `prefix` (by name: clusters refuse wildcard deletes). */
export async function dropIndices(instance: Instance, prefix: string): Promise<void> {
  const rows = await direct<{ index: string }[]>(instance, 'GET', `/_cat/indices/${prefix}*?format=json&h=index`);
  for (const { index } of rows) await direct(instance, 'DELETE', `/${index}`);
}

/** Indexes `docs` straight into the backend, in chunks, and refreshes. */
export async function seed(instance: Instance, index: string, docs: Iterable<object>, chunk = 5000): Promise<void> {
  let lines: unknown[] = [];
  const flush = async () => {
    const res = await direct<{ errors: boolean }>(instance, 'POST', `/${index}/_bulk`, lines);
    if (res.errors) throw new Error(`seeding ${index} failed`);
    lines = [];
  };
  for (const doc of docs) {
    lines.push({ index: {} }, doc);
    if (lines.length >= chunk * 2) await flush();
  }
  if (lines.length) await flush();
  await direct(instance, 'POST', `/${index}/_refresh`);
}

/** Open search contexts (point in time, scroll) on one index. */
export async function openContexts(instance: Instance, index: string): Promise<number> {
  const stats = await direct<{ indices: Record<string, { total: { search: { open_contexts: number } } }> }>(instance, 'GET', `/${index}/_stats/search`);
  return stats.indices[index]!.total.search.open_contexts;
}

export async function queryTotal(instance: Instance, index: string): Promise<number> {
  const stats = await direct<{ indices: Record<string, { total: { search: { query_total: number } } }> }>(instance, 'GET', `/${index}/_stats/search`);
  return stats.indices[index]!.total.search.query_total;
}

export async function waitFor(check: () => Promise<boolean>, ms = 10_000): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return check();
}
