// The naive reference of a pipeline's steps: the JavaScript operators folded over the rows (src runs them on DuckDB).
import type { PipelineStep } from '../../src/operator/pipeline.js';
import type { Rows, Table } from '../../src/libs/rows.js';
import { aggregateSlices } from './aggregate.js';
import { done, runNow, type Sliced } from './cooperative.js';
import { filterSlices } from './filter.js';
import { joinSlices } from './join.js';
import { limit } from './limit.js';
import { tableOf } from './order.js';
import { projectSlices } from './project.js';
import { sortSlices } from './sort.js';

/** Every source's rows by source name. */
export type Tables = Readonly<Record<string, Rows>>;

function rowsOf(tables: Tables, source: string): Rows {
  const rows = tables[source];
  if (rows === undefined) throw new Error(`pipeline: no rows for source "${source}"`);
  return rows;
}

/** One step: the current rows in, the next rows out, in slices (see cooperative.ts). */
export function stepSlices(step: PipelineStep, rows: Rows, tables: Tables): Sliced<Rows> {
  switch (step.kind) {
    case 'JoinNode':
      return joinSlices(rows, rowsOf(tables, step.right), step);
    case 'FilterNode':
      return filterSlices(rows, step);
    case 'AggregateNode':
      return aggregateSlices(rows, step);
    case 'SortNode':
      return sortSlices(rows, step);
    case 'LimitNode':
      return done(limit(rows, step));
    case 'ProjectNode':
      return projectSlices(rows, step);
  }
}

export const applyStep = (step: PipelineStep, rows: Rows, tables: Tables): Rows => runNow(stepSlices(step, rows, tables));

export function runPipeline(start: string, steps: readonly PipelineStep[], tables: Tables): Table {
  let rows = rowsOf(tables, start);
  for (const step of steps) rows = applyStep(step, rows, tables);
  return tableOf(rows);
}
