import { expressionInput } from '../derive.js';
import type { Predicate } from '../filter.js';
import type { PipelineNode } from '../pipeline.js';
import { searchStatement } from '../../query/influx/read.js';
import { userQuery } from '../../query/influxql.js';
import { compositeBody } from '../../query/mix/es-aggregate.js';
import { limits } from '../../query/mix/limits.js';
import type { Fetch } from '../../query/mix/sources.js';
import type { Plan, PlannedSource } from './plan.js';

/** A predicate in the request's own filter language. */
export function filterInput(p: Predicate): unknown {
  if (p.op === 'not') return { not: filterInput(p.of) };
  if ('of' in p) return { [p.op]: p.of.map(filterInput) };
  return { [p.field]: { [p.op]: p.value } };
}

/** A step in the request's own pipeline language. */
function stepInput(node: PipelineNode): unknown {
  switch (node.kind) {
    case 'JoinNode':
      return {
        join: {
          right: node.right,
          // An as-of join may have no equal keys; the request language has no empty "on".
          ...(node.on.length > 0 && { on: Object.fromEntries(node.on) }),
          how: node.how,
          prefix: node.prefix,
          suffix: node.suffix,
          ...(node.asof && { asof: node.asof }),
        },
      };
    case 'DeriveNode':
      return { derive: Object.fromEntries(node.columns.map(([name, e]) => [name, expressionInput(e)])) };
    case 'FillNode': {
      const { kind: _, at: __, ...fill } = node;
      return { fill };
    }
    case 'FilterNode':
      return { filter: filterInput(node.where) };
    case 'AggregateNode':
      return { aggregate: { groupBy: node.groupBy, metrics: Object.fromEntries(node.metrics.map((m) => [m.name, { [m.kind]: m.field }])) } };
    case 'SortNode':
      return { sort: node.keys.map((k) => ({ [k.field]: k.order })) };
    case 'LimitNode':
      return { limit: { count: node.count, offset: node.offset } };
    case 'ProjectNode':
      return { project: { ...(node.keep && { keep: node.keep }), rename: node.rename } };
    case 'UpsertNode':
      return { upsert: node.target };
  }
}

/** The request a fetch sends: an Elasticsearch search body, or InfluxQL text (raw InfluxQL as its canonical text). */
function backendQuery(f: Fetch): unknown {
  switch (f.kind) {
    case 'es':
      return {
        index: f.index,
        mode: f.mode,
        body: { query: f.query, _source: f.source ?? true, size: f.mode === 'all' ? limits.esPageSize : (f.size ?? limits.esSearchWindow) },
      };
    case 'es-aggregate':
      return { index: f.index, mode: 'composite', body: compositeBody(f.query, f.aggregate) };
    case 'influx':
      return searchStatement(f).text;
    case 'influxql':
      return userQuery(f.q, { admin: false, single: true, where: 'q' }).text;
    case 'flux':
      return f.query;
  }
}

function semiJoinOf(s: PlannedSource) {
  const j = s.semiJoin;
  if (!j) return undefined;
  const restrict =
    j.by.kind === 'es' ? `a terms filter on "${j.by.target.field}"` : `"${j.by.key.key}" =~ /^(?:key|...)$/, ${limits.influxKeysPerQuery} keys per query`;
  return {
    step: j.step,
    on: { [j.left]: j.right },
    maxKeys: limits.semiJoinMaxKeys,
    description: `fetched when step ${j.step} runs, only for the distinct "${j.left}" of the rows then (${restrict}); with more than ${limits.semiJoinMaxKeys} keys, whole`,
  };
}

/** The plan as the client reads it: each source's backend query, what moved into it, the steps left in memory. */
export function explainPlan(plan: Plan) {
  return {
    pushdown: plan.pushdown,
    start: plan.start,
    sources: Object.fromEntries(
      Object.entries(plan.sources).map(([name, s]) => [
        name,
        {
          backend: `${s.fetch.kind === 'es' || s.fetch.kind === 'es-aggregate' ? 'es' : 'influx'}/${s.fetch.instance}`,
          query: backendQuery(s.fetch),
          pushed: s.pushed.map((p) => ({ from: p.from, filter: filterInput(p.where) })),
          ...(s.semiJoin && { semiJoin: semiJoinOf(s) }),
        },
      ]),
    ),
    joins: plan.rewrites,
    steps: plan.steps.map(({ index, node }) => ({ step: index, ...(stepInput(node) as object) })),
  };
}

export type Explanation = ReturnType<typeof explainPlan>;
