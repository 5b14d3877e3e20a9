// Runs pipeline steps on a real DuckDB (src/libs/duckdb.ts), as a pipeline run does, for the operator tests.
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Engine, type EngineSettings, type TableRef } from '../src/libs/duckdb.js';
import type { Row, Rows, Table } from '../src/libs/rows.js';
import { JoinNode, joinSize, joinSizeSql, joinSql } from '../src/operator/join.js';
import { stepSql, type PipelineStep } from '../src/operator/pipeline.js';

export const engineSettings: EngineSettings = { memoryLimit: '256MB', spillDirectory: join(tmpdir(), 'hostmonitor-duckdb-test'), threads: 2 };

/** Opens an engine, runs `use` with it, closes it. */
export async function withEngine<T>(use: (engine: Engine) => Promise<T>, settings = engineSettings): Promise<T> {
  const engine = await Engine.open(settings);
  try {
    return await use(engine);
  } finally {
    engine.close();
  }
}

async function stepOn(engine: Engine, step: PipelineStep, input: TableRef, tables: Map<string, TableRef>): Promise<TableRef> {
  if (!JoinNode.is(step)) return engine.materialize(stepSql(step, input));
  const right = tables.get(step.right);
  if (right === undefined) throw new Error(`pipeline: no rows for source "${step.right}"`);
  return engine.materialize(joinSql(step, input, right));
}

/** The steps over the sources, on DuckDB: the table they make (columns and rows). */
export function runOnEngine(start: string, steps: readonly PipelineStep[], sources: Readonly<Record<string, Rows>>): Promise<Table> {
  return withEngine(async (engine) => {
    const tables = new Map<string, TableRef>();
    for (const [name, rows] of Object.entries(sources)) tables.set(name, await engine.load(rows));
    let current = tables.get(start);
    if (current === undefined) throw new Error(`pipeline: no rows for source "${start}"`);
    for (const step of steps) current = await stepOn(engine, step, current, tables);
    return { columns: [...current.columns], rows: await engine.read(current) };
  });
}

/** One step over rows, on DuckDB. */
export async function stepOnEngine(step: PipelineStep, rows: Rows, sources: Readonly<Record<string, Rows>> = {}): Promise<Row[]> {
  return (await runOnEngine('#input', [step], { ...sources, '#input': rows })).rows as Row[];
}

/** How many rows the join would make, counted on DuckDB. */
export function joinSizeOnEngine(left: Rows, right: Rows, node: JoinNode): Promise<number> {
  return withEngine(async (engine) => {
    const [counts] = await engine.run(joinSizeSql(node, await engine.load(left), await engine.load(right)));
    return joinSize(node, counts!);
  });
}
