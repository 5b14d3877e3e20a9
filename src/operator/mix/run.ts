import type { Level } from '../../config/settings.js';
import { atLeast } from '../../libs/credentials.js';
import pLimit from 'p-limit';
import type { Backends } from '../../libs/db.js';
import { Respond } from '../../libs/respond.js';
import { runCooperatively } from '../cooperative.js';
import { filterSlices, type FilterNode, type Predicate } from '../filter.js';
import { joinSize, type JoinNode } from '../join.js';
import type { PipelineNode } from '../pipeline.js';
import { tableOf, type Rows } from '../../libs/rows.js';
import type { UpsertNode } from '../upsert.js';
import { fewerRows, overBudget, SourceBudget, type PipelineBudgets } from '../../query/mix/limits.js';
import type { Plan, PushedFilter } from './plan.js';
import type { PipelineRequest } from './request.js';
import { fetchForKeys, type SemiJoined } from '../../query/mix/semi-join.js';
import { fetchRows, type Fetched } from '../../query/mix/sources.js';
import { upsertRows, type UpsertReport } from '../../query/mix/upsert.js';

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

/** A step of the request as the plan runs it: its position in the request, and the node (a join rewritten, a filter left over). */
export interface PlannedStep<N extends PipelineNode> {
  index: number;
  node: N;
}

/** Where a pipeline runs: the backends, the credential its sources are read with, its budgets. */
export interface RunContext {
  backends: Backends;
  level: Level;
  budgets: PipelineBudgets;
}

const round = (ms: number) => Math.round(ms * 10) / 10;

/** The pushed filters again, in memory: the backend query may keep more (arrays, coerced values). */
function recheck(pushed: readonly PushedFilter[]): FilterNode {
  const where: Predicate = pushed.length === 1 ? pushed[0]!.where : { op: 'and', of: pushed.map((p) => p.where) };
  return Object.freeze({ kind: 'FilterNode', where });
}

/**
 * A pipeline while it runs, the state the operator chain threads from node to node: the
 * fetched sources' rows, the current rows, the stats. `start` fetches the sources, at most
 * sourceConcurrency at once (a semi-joined one when its join comes, for the keys of the rows
 * then); each step then makes the next rows; the upserts write in their turn. The sources' rows
 * and bytes together are counted against the budgets as they arrive; a join that would make
 * more rows than maxRows is refused before it is built. Sources are read with the credential of
 * the context's level, upserts written with write (admin when the level is).
 */
export class PipelineRun {
  /** The rows the next step reads. */
  rows: Rows = [];
  private readonly tables: Record<string, Rows> = {};
  private readonly sources: Record<string, SourceStats> = {};
  private readonly upserts: UpsertReport[] = [];
  private readonly budget: SourceBudget;
  private readonly steps: Map<PipelineNode, PlannedStep<PipelineNode>>;
  private readonly started = performance.now();

  private constructor(
    private readonly ctx: RunContext,
    request: PipelineRequest,
    private readonly plan: Plan,
  ) {
    this.budget = new SourceBudget(ctx.budgets);
    // The chain holds the request's nodes; the plan may have rewritten or dropped them (pushdown).
    this.steps = new Map(plan.steps.map((step) => [request.steps[step.index]!, step]));
  }

  /** Fetches every source not semi-joined, the rows starting as the plan's start source's. */
  static async start(ctx: RunContext, request: PipelineRequest, plan: Plan): Promise<PipelineRun> {
    const run = new PipelineRun(ctx, request, plan);
    await run.fetchUpfront();
    run.rows = run.tables[plan.start]!;
    return run;
  }

  /** The state a step gets from the node before it: a pipeline's steps only run after its sources. */
  static of(input: unknown): PipelineRun {
    if (input instanceof PipelineRun) return input;
    throw new Error('pipeline: a step runs only after the sources are fetched');
  }

  /** How the plan runs a node of the request; undefined when it moved whole into a source query. */
  planned<N extends PipelineNode>(node: PipelineNode, is: (node: PipelineNode) => node is N): PlannedStep<N> | undefined {
    const step = this.steps.get(node);
    return step && is(step.node) ? { index: step.index, node: step.node } : undefined;
  }

  /** The join's right rows, fetched now for the current keys when it is semi-joined; refused when the join would make more rows than maxRows. */
  async rightOf(node: JoinNode, index: number): Promise<Rows> {
    const planned = this.plan.sources[node.right]!;
    if (!(node.right in this.tables)) {
      const left = this.rows;
      await this.load(node.right, () => fetchForKeys(this.ctx.backends, node.right, planned, left, this.ctx.level, this.budget));
    }
    const right = this.tables[node.right]!;
    const { maxRows } = this.ctx.budgets;
    const size = joinSize(this.rows, right, node);
    if (size > maxRows) throw overBudget(`body.pipeline.${index}.join`, `${size} rows (the join with "${node.right}")`, 'maxRows', maxRows, fewerRows);
    return right;
  }

  /** The rows of every source fetched so far, by name. */
  get fetched(): Readonly<Record<string, Rows>> {
    return this.tables;
  }

  /** Writes the current rows to the step's target, counting what could not be written. */
  async upsert(node: UpsertNode, index: number): Promise<void> {
    this.upserts.push(await upsertRows(this.ctx.backends, node.target, index, this.rows, atLeast(this.ctx.level, 'write')));
  }

  /** The rows, their columns and the stats; 207 when an upsert could not write every row. */
  result(): MixResult | Respond {
    const result = {
      ...tableOf(this.rows),
      stats: { sources: this.sources, ...(this.upserts.length > 0 && { upserts: this.upserts }), ms: round(performance.now() - this.started) },
    };
    const failed = this.upserts.filter((u) => u.failed > 0);
    if (failed.length === 0) return result;
    return Respond.partial(result, failed.map((u) => `${u.failed} of ${u.failed + u.written} rows not written to ${u.target}`).join('; '));
  }

  private async load(name: string, fetch: () => Promise<Fetched | SemiJoined>): Promise<void> {
    const begun = performance.now();
    const fetched = await fetch();
    const { pushed } = this.plan.sources[name]!;
    const rows = pushed.length > 0 ? await runCooperatively(filterSlices(fetched.rows, recheck(pushed))) : fetched.rows;
    this.tables[name] = rows;
    this.sources[name] = {
      rows: rows.length,
      ms: round(performance.now() - begun),
      query: fetched.query,
      requests: fetched.requests,
      ...('restricted' in fetched && { semiJoin: { keys: fetched.keys, restricted: fetched.restricted } }),
    };
  }

  private async fetchUpfront(): Promise<void> {
    const { backends, level, budgets } = this.ctx;
    const upfront = Object.keys(this.plan.sources).filter((name) => this.plan.sources[name]!.semiJoin === undefined);
    // After a failure no further source starts; those running finish first (one over the budget stops
    // at its next page), so that no fetch outlives the request.
    const atOnce = pLimit(budgets.sourceConcurrency);
    let failed = false;
    const fetches = await Promise.allSettled(
      upfront.map((name) =>
        atOnce(async () => {
          if (failed) return;
          try {
            await this.load(name, () => fetchRows(backends, name, this.plan.sources[name]!.fetch, level, this.budget));
          } catch (err) {
            failed = true;
            throw err;
          }
        }),
      ),
    );
    const failure = fetches.find((f): f is PromiseRejectedResult => f.status === 'rejected');
    if (failure) throw failure.reason;
  }
}
