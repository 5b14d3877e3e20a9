import type { BenchCase } from '../cases.js';
import { auth, call, loadPairRows, sendAll } from './common.js';

export const words = ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf', 'hotel'];

/** A small host document; `i` makes it distinct. */
export const doc = (i: number) => ({
  host: `host-${i % 1000}`,
  region: `region-${i % 20}`,
  message: `${words[i % words.length]} ${words[(i * 7) % words.length]} event ${i}`,
  value: (i * 7919) % 1000,
  ts: 1_700_000_000_000 + i * 1000,
});

/** Bulk NDJSON for docs [from, to): an index action line before each source line. */
export function bulkLines(from: number, to: number): string {
  let body = '';
  for (let i = from; i < to; i++) body += `{"index":{}}\n${JSON.stringify(doc(i))}\n`;
  return body;
}

/** Creates an index (no replicas), straight on the node. */
export async function createIndex(es: string, index: string, settings: object = {}): Promise<void> {
  await fetch(`${es}/${index}`, { method: 'DELETE' });
  await call(`${es}/${index}`, { method: 'PUT', body: JSON.stringify({ settings: { number_of_shards: 1, number_of_replicas: 0, ...settings } }) });
}

/** Seeds `count` documents straight on the node with _bulk, then refreshes. */
export async function seedDirect(es: string, index: string, count: number, batch: number, concurrency: number): Promise<void> {
  const bodies: string[] = [];
  for (let i = 0; i < count; i += batch) bodies.push(bulkLines(i, Math.min(count, i + batch)));
  await sendAll(bodies, concurrency, async (body) => {
    const answer = JSON.parse(await call(`${es}/${index}/_bulk`, { method: 'POST', body, headers: { 'content-type': 'application/x-ndjson' } })) as {
      errors: boolean;
    };
    if (answer.errors) throw new Error(`seeding ${index}: bulk errors`);
  });
  await call(`${es}/${index}/_refresh`, { method: 'POST' });
}

/** One query body, the same bytes through the gateway and straight to the node. */
export const esSearch: BenchCase = {
  id: 'search',
  title: 'ES search through the gateway vs straight to the node',
  async run(ctx) {
    const index = 'bench-search';
    await createIndex(ctx.urls.es, index);
    await seedDirect(ctx.urls.es, index, ctx.quick ? 1000 : 10_000, 1000, 2);
    const body = JSON.stringify({ query: { bool: { must: { match: { message: 'delta' } }, filter: { range: { value: { gte: 100 } } } } }, size: 10 });
    const rows = await loadPairRows(
      ctx,
      'ES search',
      { url: `${ctx.gateway.url}/es/default/indices/${index}/_search`, method: 'POST', body, headers: auth },
      { url: `${ctx.urls.es}/${index}/_search`, method: 'POST', body },
    );
    await fetch(`${ctx.urls.es}/${index}`, { method: 'DELETE' });
    return rows;
  },
};
