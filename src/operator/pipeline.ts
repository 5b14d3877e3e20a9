import type { TableRef } from '../libs/duckdb.js';
import type { Sql } from '../libs/sql.js';
import { aggregateSql, type AggregateNode } from './aggregate.js';
import { expressionColumns, type DeriveNode } from './derive.js';
import { fillColumns, type FillNode } from './fill.js';
import { filterSql, predicateFields, type FilterNode } from './filter.js';
import type { JoinNode } from './join.js';
import { limitSql, type LimitNode } from './limit.js';
import { projectSql, type ProjectNode } from './project.js';
import { sortSql, type SortNode } from './sort.js';
import type { UpsertNode } from './upsert.js';
import { isEsTarget } from '../query/mix/upsert.js';

export { UpsertNode } from './upsert.js';

/** The operators that make a table of tables (on DuckDB). */
export type PipelineStep = JoinNode | TableStep;
/** The steps that read the current table alone. */
export type TableStep = FilterNode | AggregateNode | SortNode | LimitNode | ProjectNode;
/** The time-aware steps: their SQL (derive.ts, fill.ts) names columns as the request does. */
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

/** A step's SQL: a SELECT over its input table, in the order of its rows (each step's file owns its compilation). */
export type StepCompiler<N> = (node: N, input: TableRef) => Sql;

const compilers: { [K in TableStep['kind']]: StepCompiler<Extract<TableStep, { kind: K }>> } = {
  FilterNode: filterSql,
  AggregateNode: aggregateSql,
  SortNode: sortSql,
  LimitNode: limitSql,
  ProjectNode: projectSql,
};

export const stepSql = <N extends TableStep>(node: N, input: TableRef): Sql => (compilers[node.kind] as StepCompiler<N>)(node, input);
