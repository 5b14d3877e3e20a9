// The pipeline engine as a run drives it (src/operator/mix/run.ts), in the bench process, with its
// time split: rows in through the Appender, the steps' SQL, rows back out as JSON.
import { Engine, type EngineSettings, type TableRef } from '../../src/libs/duckdb.js';
import type { Row, Rows } from '../../src/libs/rows.js';
import { JoinNode, joinSql } from '../../src/operator/join.js';
import { stepSql, type PipelineStep } from '../../src/operator/pipeline.js';

export interface EngineTimes {
  loadMs: number;
  computeMs: number;
  readMs: number;
  totalMs: number;
  /** Of compute: each step's milliseconds. */
  stepMs: number[];
}

/** Runs the steps over tables already in the engine: the table they make, and each step's milliseconds. */
export async function stepsOn(
  engine: Engine,
  start: string,
  steps: readonly PipelineStep[],
  tables: Map<string, TableRef>,
): Promise<{ result: TableRef; stepMs: number[] }> {
  let current = tables.get(start)!;
  const stepMs: number[] = [];
  for (const step of steps) {
    const started = performance.now();
    current = await engine.materialize(JoinNode.is(step) ? joinSql(step, current, tables.get(step.right)!) : stepSql(step, current));
    stepMs.push(performance.now() - started);
  }
  return { result: current, stepMs };
}

/** Opens an engine, loads the sources, runs the steps, reads the result back, closes it. */
export async function runTimed(
  settings: EngineSettings,
  start: string,
  steps: readonly PipelineStep[],
  sources: Readonly<Record<string, Rows>>,
): Promise<{ rows: Row[]; times: EngineTimes }> {
  const t0 = performance.now();
  const engine = await Engine.open(settings);
  try {
    const tables = new Map<string, TableRef>();
    for (const [name, rows] of Object.entries(sources)) tables.set(name, await engine.load(rows));
    const t1 = performance.now();
    const { result, stepMs } = await stepsOn(engine, start, steps, tables);
    const t2 = performance.now();
    const rows = await engine.read(result);
    const t3 = performance.now();
    return { rows, times: { loadMs: t1 - t0, computeMs: t2 - t1, readMs: t3 - t2, totalMs: t3 - t0, stepMs } };
  } finally {
    engine.close();
  }
}
