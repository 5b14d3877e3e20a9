import type { BenchCase } from '../cases.js';
import { startGateway } from '../gateway.js';
import { median } from '../load.js';

/** Process start to the first 200 on /health, over fresh processes. */
export const coldStart: BenchCase = {
  id: 'cold-start',
  title: 'process start to first 200 on /health',
  async run(ctx) {
    const times: number[] = [ctx.gateway.coldStartMs];
    for (let i = 0; i < (ctx.quick ? 1 : 4); i++) {
      const g = await startGateway(ctx.urls);
      times.push(g.coldStartMs);
      await g.stop();
    }
    const ms = median(times);
    return [{ name: 'cold start', unit: 'ms', gateway: { value: ms }, reference: null, ratio: null, target: '≤ 1000 ms', met: ms <= 1000 }];
  },
};
