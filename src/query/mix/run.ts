import type { Level } from '../../config/settings.js';
import { atLeast } from '../../libs/credentials.js';
import pLimit from 'p-limit';
import type { Backends } from '../../libs/db.js';
import { runCooperatively } from '../../operator/cooperative.js';
import { filterSlices, FilterNode, type Predicate } from '../../operator/filter.js';
import { JoinNode, joinSize } from '../../operator/join.js';
import { stepSlices } from '../../operator/pipeline.js';
import { tableOf, type Rows } from '../../operator/rows.js';
import { UpsertNode } from '../../operator/upsert.js';
import { fewerRows, overBudget, SourceBudget, type PipelineBudgets } from './limits.js';
import type { Plan, PushedFilter } from './plan.js';
import { fetchForKeys, type SemiJoined } from './semi-join.js';
import { fetchRows, type Fetched } from './sources.js';
import { upsertRows, type UpsertReport } from './upsert.js';

export interface SourceStats {
  rows: number;
  ms: number;
  /** The backend query run: an Elasticsearch body, InfluxQL text, or a list of them (semi-join chunks). */
  query: unknown;
  requests: number;
  semiJoin?: { keys: number; restricted: boolean };
}

export interface MixResult {
  columns: string[];
  rows: Rows;
  stats: { sources: Record<string, SourceStats>; upserts?: UpsertReport[]; ms: number };
}

const round = (ms: number) => Math.round(ms * 10) / 10;

/** The pushed filters again, in memory: the backend query may keep more (arrays, coerced values). */
function recheck(pushed: readonly PushedFilter[]): FilterNode {
  const where: Predicate = pushed.length === 1 ? pushed[0]!.where : { op: 'and', of: pushed.map((p) => p.where) };
  return Object.freeze({ kind: 'FilterNode', where });
}

/**
 * Runs a plan: fetches the sources, at most sourceConcurrency at once (a semi-joined one when
 * its join comes, for the keys of the rows then), folds the steps over the rows, writes the
 * upserts in their turn. The sources' rows and bytes together are counted against the budgets
 * as they arrive; a join that would make more rows than maxRows is refused before it is built.
 * Sources are read with the credential of `level`, upserts written with write (admin when `level` is).
 */
export async function runPlan(backends: Backends, plan: Plan, level: Level, budgets: PipelineBudgets): Promise<MixResult> {
  const started = performance.now();
  const budget = new SourceBudget(budgets);
  const tables: Record<string, Rows> = {};
  const sources: Record<string, SourceStats> = {};
  const load = async (name: string, fetch: () => Promise<Fetched | SemiJoined>) => {
    const begun = performance.now();
    const fetched = await fetch();
    const { pushed } = plan.sources[name]!;
    tables[name] = pushed.length > 0 ? await runCooperatively(filterSlices(fetched.rows, recheck(pushed))) : fetched.rows;
    sources[name] = {
      rows: tables[name].length,
      ms: round(performance.now() - begun),
      query: fetched.query,
      requests: fetched.requests,
      ...('restricted' in fetched && { semiJoin: { keys: fetched.keys, restricted: fetched.restricted } }),
    };
  };
  const upfront = Object.keys(plan.sources).filter((name) => plan.sources[name]!.semiJoin === undefined);
  // After a failure no further source starts; those running finish first (one over the budget stops
  // at its next page), so that no fetch outlives the request.
  const atOnce = pLimit(budgets.sourceConcurrency);
  let failed = false;
  const fetches = await Promise.allSettled(
    upfront.map((name) =>
      atOnce(async () => {
        if (failed) return;
        try {
          await load(name, () => fetchRows(backends, name, plan.sources[name]!.fetch, level, budget));
        } catch (err) {
          failed = true;
          throw err;
        }
      }),
    ),
  );
  const failure = fetches.find((f): f is PromiseRejectedResult => f.status === 'rejected');
  if (failure) throw failure.reason;

  let rows = tables[plan.start]!;
  const upserts: UpsertReport[] = [];
  for (const { index, node } of plan.steps) {
    if (UpsertNode.is(node)) {
      upserts.push(await upsertRows(backends, node, index, rows, atLeast(level, 'write')));
      continue;
    }
    if (JoinNode.is(node)) {
      const planned = plan.sources[node.right]!;
      if (!(node.right in tables)) await load(node.right, () => fetchForKeys(backends, node.right, planned, rows, level, budget));
      const size = joinSize(rows, tables[node.right]!, node);
      if (size > budgets.maxRows) throw overBudget(`body.pipeline.${index}.join`, `${size} rows (the join with "${node.right}")`, 'maxRows', budgets.maxRows, fewerRows);
    }
    rows = await runCooperatively(stepSlices(node, rows, tables));
  }
  return { ...tableOf(rows), stats: { sources, ...(upserts.length > 0 && { upserts }), ms: round(performance.now() - started) } };
}
