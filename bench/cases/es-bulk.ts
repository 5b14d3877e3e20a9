import type { BenchCase } from '../cases.js';
import { auth, batchRows, call, rotated, sendAll } from './common.js';
import { bulkLines, createIndex, doc } from './es-search.js';

/** The same batches, NDJSON both sides (plus the gateway's JSON-array form), into fresh indices. */
export const esBulk: BenchCase = {
  id: 'bulk',
  title: 'ES bulk through the gateway vs straight _bulk',
  async run(ctx) {
    const total = ctx.quick ? 2000 : 100_000;
    const batch = 1000;
    const concurrency = 4;
    const ndjson: string[] = [];
    const arrays: string[] = [];
    for (let i = 0; i < total; i += batch) {
      ndjson.push(bulkLines(i, i + batch));
      arrays.push(JSON.stringify(Array.from({ length: batch }, (_, k) => doc(i + k))));
    }
    const es = ctx.urls.es;
    const fresh = async (name: string) => {
      await createIndex(es, name);
      return name;
    };
    const viaGateway = (bodies: string[], contentType: string, kind: string) => ({
      viaGateway: true,
      run: async (rep: number) => {
        const index = await fresh(`bench-bulk-${kind}-${rep}`);
        const run = await sendAll(bodies, concurrency, async (body) => {
          const answer = JSON.parse(
            await call(`${ctx.gateway.url}/es/default/indices/${index}/docs/_bulk`, {
              method: 'POST',
              body,
              headers: { ...auth, 'content-type': contentType },
            }),
          ) as { resultcode: number; message: string };
          if (answer.resultcode !== 200) throw new Error(`gateway bulk: ${answer.message}`);
        });
        await fetch(`${es}/${index}`, { method: 'DELETE' });
        return run;
      },
    });
    const measured = await rotated(ctx, {
      ndjson: viaGateway(ndjson, 'application/x-ndjson', 'ndjson'),
      json: viaGateway(arrays, 'application/json', 'json'),
      direct: {
        viaGateway: false,
        run: async (rep: number) => {
          const index = await fresh(`bench-bulk-direct-${rep}`);
          const run = await sendAll(ndjson, concurrency, async (body) => {
            const answer = JSON.parse(await call(`${es}/${index}/_bulk`, { method: 'POST', body, headers: { 'content-type': 'application/x-ndjson' } })) as {
              errors: boolean;
            };
            if (answer.errors) throw new Error('direct bulk: item errors');
          });
          await fetch(`${es}/${index}`, { method: 'DELETE' });
          return run;
        },
      },
    });
    const size = `${total.toLocaleString('en-US')} docs, ${batch}/call, ${concurrency} in flight`;
    return batchRows(measured, total, 'docs/s', { ndjson: `ES bulk NDJSON (${size})`, json: `ES bulk JSON array (${size})` }, { label: '≥ 0.8x', min: 0.8 });
  },
};
