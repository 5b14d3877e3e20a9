import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { redosCorpus } from './redos-corpus.js';

// Engine-free but slow (~9 s of CPU): it runs in the integration project, so that the unit tests stay quick.
const corpus = redosCorpus();

/** Runs a TypeScript module (relative to this file) in a worker thread with `data`; its first message, or a failure after `ms`. */
async function inWorker<T>(module: string, data: unknown, ms: number): Promise<T> {
  const boot = `const { parentPort, workerData } = require('node:worker_threads');
    import('tsx/esm/api').then(({ tsImport }) => tsImport(workerData.module, workerData.from));`;
  const worker = new Worker(boot, { eval: true, workerData: { ...(data as object), module, from: import.meta.url } });
  let timer: NodeJS.Timeout | undefined;
  try {
    return await new Promise<T>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
      timer = setTimeout(() => reject(new Error(`${module} did not finish in ${ms} ms`)), ms);
    });
  } finally {
    clearTimeout(timer);
    await worker.terminate();
  }
}

const lengths = [0, 28, 1_000, 10_000, 100_000];

describe('the ReDoS corpus, filtered in memory', () => {
  // 378 patterns x 25 texts of up to 100 000 characters. A worker runs them, so that a backtracking engine's
  // runaway match (which no timer in this thread can interrupt) ends the test as a failure.
  it('keeps exactly the texts each pattern means, over adversarial texts up to 100 000 characters', async () => {
    const kept = await inWorker<number[][]>('./redos-worker.ts', { lengths }, 240_000);
    expect(kept).toHaveLength(corpus.length);
    let texts = 0;
    corpus.forEach(({ pattern, expected, inputs }, k) => {
      const values = lengths.flatMap((n) => inputs(n));
      texts += values.length;
      expect(kept[k], pattern).toEqual(values.flatMap((v, i) => (expected(v) ? [i] : [])));
    });
    expect(texts).toBe(378 * 25);
  }, 300_000);
});
