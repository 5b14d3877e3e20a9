import { parentPort, workerData } from 'node:worker_threads';
import { FilterNode } from '../src/operator/filter.js';
import { filter } from './reference/filter.js';
import { redosCorpus } from './redos-corpus.js';

// Filters the corpus's texts of the given lengths with each pattern and posts the indexes kept.
const { lengths } = workerData as { lengths: number[] };
parentPort!.postMessage(
  redosCorpus().map(({ pattern, inputs }) => {
    const rows = lengths.flatMap((n) => inputs(n)).map((v, i) => ({ v, i }));
    return filter(rows, FilterNode.create({ v: { regex: pattern } })).map((r) => r.i);
  }),
);
