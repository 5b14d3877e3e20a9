import { Engine } from './src/libs/duckdb.js';
const N = 1_000_000;
const rows = Array.from({ length: N }, (_, i) => ({ time: 1_700_000_000_000 + i * 1000, host: `host-${i % 10000}`, usage_user: (i * 7919) % 100 }));
for (let k = 0; k < 3; k++) {
  const e = await Engine.open({ memoryLimit: '512MB', threads: 2, spillDirectory: '/tmp/duck-scratch' });
  const t = performance.now(); const cpu = process.cpuUsage();
  const ref = await e.load(rows);
  const u = process.cpuUsage(cpu);
  console.log('load', (performance.now() - t).toFixed(0), 'ms cpu', ((u.user + u.system) / 1000).toFixed(0), ref.columns);
  e.close();
}
