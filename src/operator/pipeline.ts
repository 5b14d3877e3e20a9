import { aggregateSlices, type AggregateNode } from './aggregate.js';
import { done, runNow, type Sliced } from './cooperative.js';
import { expressionColumns, type DeriveNode } from './derive.js';
import { fillColumns, type FillNode } from './fill.js';
import { filterSlices, predicateFields, type FilterNode } from './filter.js';
import { joinSlices, type JoinNode } from './join.js';
import { limit, type LimitNode } from './limit.js';
import { projectSlices, type ProjectNode } from './project.js';
import { tableOf, type Rows, type Table } from '../libs/rows.js';
import { sortSlices, type SortNode } from './sort.js';
import type { UpsertNode } from './upsert.js';
import { isEsTarget } from '../query/mix/upsert.js';

export { UpsertNode } from './upsert.js';

/** The operators that work on rows in memory. */
export type PipelineStep = JoinNode | FilterNode | AggregateNode | SortNode | LimitNode | ProjectNode;
/** The time-aware steps, which run only on DuckDB (their SQL: derive.ts, fill.ts). */
export type TimeStep = DeriveNode | FillNode;
export type PipelineNode = PipelineStep | TimeStep | UpsertNode;

/** The columns a node reads. */
export function fieldsRead(node: PipelineNode): string[] {
  switch (node.kind) {
    case 'JoinNode':
      return [...node.on.map(([left]) => left), ...(node.asof ? [node.asof.left] : [])];
    case 'DeriveNode':
      return node.columns.flatMap(([, e]) => expressionColumns(e));
    case 'FillNode':
      return fillColumns(node);
    case 'FilterNode':
      return predicateFields(node.where);
    case 'AggregateNode':
      return [...node.groupBy, ...node.metrics.map((m) => m.field).filter((f) => f !== '*')];
    case 'SortNode':
      return node.keys.map((k) => k.field);
    case 'LimitNode':
      return [];
    case 'ProjectNode':
      return [...(node.keep ?? []), ...Object.keys(node.rename)];
    case 'UpsertNode': {
      const t = node.target;
      return isEsTarget(t) ? [t.id] : [...t.tags, ...t.fields, ...(t.time === undefined ? [] : [t.time])];
    }
  }
}

/**
 * The columns after a node, given those before it, when known without the data: an aggregate
 * or a project with keep decides them; a join brings its source's, unknown until fetched; a
 * derive adds its new columns.
 */
export function columnsAfter(node: PipelineNode, before: readonly string[] | undefined): readonly string[] | undefined {
  switch (node.kind) {
    case 'JoinNode':
      return undefined;
    case 'AggregateNode':
      return [...node.groupBy, ...node.metrics.map((m) => m.name)];
    case 'ProjectNode':
      return (node.keep ?? before)?.map((c) => (Object.hasOwn(node.rename, c) ? node.rename[c]! : c));
    case 'DeriveNode':
      return before && [...before, ...node.columns.map(([name]) => name).filter((name) => !before.includes(name))];
    default:
      return before;
  }
}

/** Every source's rows by source name. */
export type Tables = Readonly<Record<string, Rows>>;

function rowsOf(tables: Tables, source: string): Rows {
  const rows = tables[source];
  if (rows === undefined) throw new Error(`pipeline: no rows for source "${source}"`);
  return rows;
}

/** One in-memory step: the current rows in, the next rows out, in slices (see cooperative.ts). */
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

/**
 * Runs the steps over the fetched sources: the rows start as the `start` source's and each step
 * makes the next ones (a join joins them with its right source).
 */
export function runPipeline(start: string, steps: readonly PipelineStep[], tables: Tables): Table {
  let rows = rowsOf(tables, start);
  for (const step of steps) rows = applyStep(step, rows, tables);
  return tableOf(rows);
}
