import type { BenchCase } from '../cases.js';
import { auth, batchRows, call, loadPairRows, rotated, sendAll } from './common.js';

const start = 1_700_000_000_000;

/** Point i of the cpu measurement: 1 000 hosts, one point per host per second. */
export const point = (i: number) => ({
  measurement: 'cpu',
  tags: { host: `host-${i % 1000}`, region: `region-${i % 20}` },
  fields: { usage_user: (i * 7919) % 100, usage_system: (i * 104_729) % 100 },
  time: start + Math.floor(i / 1000) * 1000,
});

const line = (i: number) => {
  const p = point(i);
  return `cpu,host=${p.tags.host},region=${p.tags.region} usage_user=${p.fields.usage_user},usage_system=${p.fields.usage_system} ${p.time}`;
};

/** InfluxQL straight on the server (form-encoded POST /query). */
export const influxQl = (influx: string, q: string, db?: string) =>
  call(`${influx}/query`, {
    method: 'POST',
    body: new URLSearchParams({ q, ...(db && { db }) }).toString(),
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  });

export async function freshDatabase(influx: string, db: string): Promise<void> {
  await influxQl(influx, `DROP DATABASE "${db}"`);
  await influxQl(influx, `CREATE DATABASE "${db}"`);
}

export const lineBatches = (total: number, batch: number) => {
  const out: string[] = [];
  for (let i = 0; i < total; i += batch) out.push(Array.from({ length: batch }, (_, k) => line(i + k)).join('\n'));
  return out;
};

export const influxQuery: BenchCase = {
  id: 'query',
  title: 'InfluxDB raw query through the gateway vs straight /query',
  async run(ctx) {
    const db = 'bench_query';
    await freshDatabase(ctx.urls.influx, db);
    const total = ctx.quick ? 10_000 : 100_000;
    await sendAll(lineBatches(total, 5000), 2, (body) =>
      call(`${ctx.urls.influx}/write?db=${db}&precision=ms`, { method: 'POST', body, headers: { 'content-type': 'text/plain' } }),
    );
    // One host's last 100 s at 10 s resolution: a dashboard panel's query.
    const to = start + (total / 1000) * 1000;
    const q = `SELECT mean("usage_user") FROM "cpu" WHERE "host" = 'host-7' AND time >= ${(to - 100_000) * 1e6} AND time < ${to * 1e6} GROUP BY time(10s)`;
    const rows = await loadPairRows(
      ctx,
      'InfluxDB query',
      { url: `${ctx.gateway.url}/influx/default/databases/${db}/query`, method: 'POST', body: JSON.stringify({ q }), headers: auth },
      {
        url: `${ctx.urls.influx}/query`,
        method: 'POST',
        body: new URLSearchParams({ db, q }).toString(),
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      },
    );
    await influxQl(ctx.urls.influx, `DROP DATABASE "${db}"`);
    return rows;
  },
};

/** The same points in the same batches: line protocol both sides, plus the gateway's JSON points. */
export const influxWrite: BenchCase = {
  id: 'write',
  title: 'InfluxDB write through the gateway vs straight /write',
  async run(ctx) {
    const total = ctx.quick ? 20_000 : 1_000_000;
    const batch = 5000;
    const concurrency = 4;
    const lines = lineBatches(total, batch);
    const json: string[] = [];
    for (let i = 0; i < total; i += batch) json.push(JSON.stringify(Array.from({ length: batch }, (_, k) => point(i + k))));
    const influx = ctx.urls.influx;
    const variant = (kind: string, bodies: string[], send: (db: string, body: string) => Promise<unknown>, viaGateway: boolean) => ({
      viaGateway,
      run: async (rep: number) => {
        const db = `bench_write_${kind}_${rep}`;
        await freshDatabase(influx, db);
        const run = await sendAll(bodies, concurrency, (body) => send(db, body));
        await influxQl(influx, `DROP DATABASE "${db}"`);
        return run;
      },
    });
    const gateway = (contentType: string) => (db: string, body: string) =>
      call(`${ctx.gateway.url}/influx/default/databases/${db}/points?precision=ms`, {
        method: 'POST',
        body,
        headers: { ...auth, 'content-type': contentType },
      });
    const measured = await rotated(ctx, {
      lines: variant('lines', lines, gateway('text/plain'), true),
      json: variant('json', json, gateway('application/json'), true),
      direct: variant(
        'direct',
        lines,
        (db, body) => call(`${influx}/write?db=${db}&precision=ms`, { method: 'POST', body, headers: { 'content-type': 'text/plain' } }),
        false,
      ),
    });
    const size = `${total.toLocaleString('en-US')} points, ${batch}/call, ${concurrency} in flight`;
    return batchRows(
      measured,
      total,
      'points/s',
      { lines: `InfluxDB write, line protocol (${size})`, json: `InfluxDB write, JSON points (${size})` },
      { label: '≥ 0.8x', min: 0.8 },
    );
  },
};
