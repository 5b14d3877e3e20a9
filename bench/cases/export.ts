import type { BenchCase } from '../cases.js';
import { rssMb } from '../gateway.js';
import { median } from '../load.js';
import { auth, call, progress, rotated } from './common.js';
import { createIndex, seedDirect } from './es-search.js';

interface ExportRun {
  docs: number;
  seconds: number;
  /** Peak RSS of the gateway during the run, and its growth from the start of the run, MB. */
  peakMb: number;
  growthMb: number;
}

/** Reads the gateway's NDJSON stream to the end, counting lines. */
async function viaGateway(gateway: string, pid: number, index: string): Promise<ExportRun> {
  const before = rssMb(pid);
  let peak = before;
  const timer = setInterval(() => (peak = Math.max(peak, rssMb(pid))), 50);
  const started = performance.now();
  const response = await fetch(`${gateway}/es/default/indices/${index}/_export`, { headers: auth });
  if (response.status !== 200 || !response.body) throw new Error(`export answered ${response.status}`);
  let docs = 0;
  for await (const chunk of response.body as AsyncIterable<Uint8Array>) for (const byte of chunk) if (byte === 10) docs++;
  const seconds = (performance.now() - started) / 1000;
  clearInterval(timer);
  peak = Math.max(peak, rssMb(pid));
  return { docs, seconds, peakMb: peak, growthMb: peak - before };
}

/** What a client does without the gateway: a point in time and search_after pages of the same size. */
async function direct(es: string, index: string): Promise<ExportRun> {
  const started = performance.now();
  let { id } = JSON.parse(await call(`${es}/${index}/_pit?keep_alive=1m`, { method: 'POST' })) as { id: string };
  let docs = 0;
  let after: unknown[] | undefined;
  for (;;) {
    const body = { size: 1000, pit: { id, keep_alive: '1m' }, sort: ['_shard_doc'], track_total_hits: false, ...(after && { search_after: after }) };
    const page = JSON.parse(await call(`${es}/_search`, { method: 'POST', body: JSON.stringify(body) })) as {
      pit_id: string;
      hits: { hits: { sort: unknown[] }[] };
    };
    id = page.pit_id;
    docs += page.hits.hits.length;
    if (page.hits.hits.length < 1000) break;
    after = page.hits.hits.at(-1)!.sort;
  }
  await call(`${es}/_pit`, { method: 'DELETE', body: JSON.stringify({ id }) });
  return { docs, seconds: (performance.now() - started) / 1000, peakMb: 0, growthMb: 0 };
}

export const esExport: BenchCase = {
  id: 'export',
  title: 'ES _export of every document vs a direct point-in-time read',
  async run(ctx) {
    const total = ctx.quick ? 5000 : 1_000_000;
    const index = 'bench-export';
    const es = ctx.urls.es;
    const seeding = performance.now();
    await createIndex(es, index, { refresh_interval: '-1' });
    await seedDirect(es, index, total, 5000, 2);
    await call(`${es}/${index}/_settings`, { method: 'PUT', body: JSON.stringify({ index: { refresh_interval: '1s' } }) });
    progress(`export: seeded ${total} docs in ${((performance.now() - seeding) / 1000).toFixed(0)} s`);
    const m = await rotated(ctx, {
      gateway: { viaGateway: false, run: () => viaGateway(ctx.gateway.url, ctx.gateway.pid, index) },
      direct: { viaGateway: false, run: () => direct(es, index) },
    });
    for (const r of [...m.gateway.results, ...m.direct.results]) if (r.docs !== total) throw new Error(`export read ${r.docs} of ${total} docs`);
    await fetch(`${es}/${index}`, { method: 'DELETE' });
    const rate = (rs: ExportRun[]) => total / median(rs.map((r) => r.seconds));
    const g = rate(m.gateway.results);
    const d = rate(m.direct.results);
    const growth = Math.max(...m.gateway.results.map((r) => r.growthMb));
    const size = `${total.toLocaleString('en-US')} docs`;
    return [
      {
        name: `ES _export (${size})`,
        unit: 'docs/s',
        gateway: { value: g, rssMb: Math.max(...m.gateway.results.map((r) => r.peakMb)) },
        reference: { label: 'direct PIT + search_after, 1 000/page', value: d },
        ratio: g / d,
        target: '—',
        met: null,
      },
      {
        name: `ES _export RSS growth (${size})`,
        unit: 'MB',
        gateway: { value: growth },
        reference: null,
        ratio: null,
        target: '≤ 64 MB',
        met: growth <= 64,
        note: 'peak minus start-of-run RSS of the gateway, largest over the repetitions',
      },
    ];
  },
};
