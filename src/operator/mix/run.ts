import type { Level } from '../../config/settings.js';
import { atLeast } from '../../libs/credentials.js';
import pLimit from 'p-limit';
import type { Backends } from '../../libs/db.js';
import { Engine, type TableRef } from '../../libs/duckdb.js';
import { errors } from '../../libs/errors.js';
import { Respond } from '../../libs/respond.js';
import { filterSql, type FilterNode, type Predicate } from '../filter.js';
import { joinKeysSql, joinSize, joinSizeSql, joinSql, type JoinNode } from '../join.js';
import { asofJoinSql } from '../asof.js';
import { deriveSql } from '../derive.js';
import { checkFillGrid, fillGridSql, fillSql } from '../fill.js';
import { stepSql, type PipelineNode, type TableStep, type TimeStep } from '../pipeline.js';
import type { Rows, RowSink } from '../../libs/rows.js';
import type { RowBlocks, RowMediaType } from '../../libs/rows-format.js';
import type { UpsertNode } from '../upsert.js';
import { fewerRows, overBudget, rowBytes, SourceBudget, type PipelineBudgets } from '../../query/mix/limits.js';
import type { Plan, PushedFilter } from './plan.js';
import type { PipelineRequest } from './request.js';
import { fetchForKeys, type SemiJoined } from '../../query/mix/semi-join.js';
import { fetchRows, type Fetched } from '../../query/mix/sources.js';
import { upsertRows, type UpsertReport } from '../../query/mix/upsert.js';

export interface SourceStats {
  rows: number;
  /** The fetched rows' size as the maxBytes budget counts it (JSON text, roughly). */
  bytes: number;
  ms: number;
  /** The backend query run: an Elasticsearch body, InfluxQL text, or a list of them (semi-join chunks). */
  query: unknown;
  requests: number;
  semiJoin?: { keys: number; restricted: boolean };
}

/** A step as it ran on DuckDB: its position in the request, the rows it made, its milliseconds. */
export interface StepStats {
  step: number;
  rows: number;
  ms: number;
}

export interface MixStats {
  sources: Record<string, SourceStats>;
  steps: StepStats[];
  upserts?: UpsertReport[];
  ms: number;
}

export interface MixResult {
  columns: string[];
  rows: Rows;
  stats: MixStats;
}

/**
 * A result the client asked to stream: its rows are read from DuckDB block by block as they are
 * sent, so the engine stays open until `close`, which the sender calls when the stream closes
 * (its end, a failure, or the client gone).
 */
export interface MixStream extends RowBlocks {
  type: RowMediaType;
  columns: string[];
  /** The result table's row count, known before its first row is read. */
  rowCount: number;
  stats: MixStats;
  close(): void;
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

/** A table of the run with its row count. */
type CountedTable = TableRef & { rows: number };

/**
 * DuckDB's RE2 refuses a pattern whose program outgrows its memory, which the gateway's count of
 * instructions lets through when a large class is repeated (\pL{1000}): a 400, not a 500.
 */
async function refusingLargePatterns<T>(path: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if (err instanceof Error && err.message.includes('pattern too large')) {
      throw errors.validation(path, "a regex compiles too large for the engine's RE2 (a large class repeated many times); use smaller counted repeats");
    }
    throw err;
  }
}

/** The pushed filters again, in memory: the backend query may keep more (arrays, coerced values). */
function recheck(pushed: readonly PushedFilter[]): FilterNode {
  const where: Predicate = pushed.length === 1 ? pushed[0]!.where : { op: 'and', of: pushed.map((p) => p.where) };
  return Object.freeze({ kind: 'FilterNode', where });
}

/**
 * A pipeline while it runs, the state the operator chain threads from node to node: one DuckDB
 * holding the fetched sources' tables and the current table, the stats. `start` fetches the
 * sources, at most sourceConcurrency at once (a semi-joined one when its join comes, for the keys
 * of the rows then), loading each into DuckDB; each step then makes the next table there; the
 * upserts write the current rows in their turn. The sources' rows and bytes together are counted
 * against the budgets as they arrive; a join that would make more rows than maxRows is refused
 * before it is built. Sources are read with the credential of the context's level, upserts
 * written with write (admin when the level is). The DuckDB goes when the result is read, when a
 * streamed result's stream closes, or when the chain fails (close).
 */
export class PipelineRun {
  /** The table the next step reads. */
  private current!: CountedTable;
  private readonly tables = new Map<string, CountedTable>();
  private readonly sources: Record<string, SourceStats> = {};
  private readonly stepStats: StepStats[] = [];
  private readonly upserts: UpsertReport[] = [];
  private readonly budget: SourceBudget;
  private readonly steps: Map<PipelineNode, PlannedStep<PipelineNode>>;
  private readonly started = performance.now();

  private constructor(
    private readonly ctx: RunContext,
    request: PipelineRequest,
    private readonly plan: Plan,
    private readonly engine: Engine,
  ) {
    this.budget = new SourceBudget(ctx.budgets);
    // The chain holds the request's nodes; the plan may have rewritten or dropped them (pushdown).
    this.steps = new Map(plan.steps.map((step) => [request.steps[step.index]!, step]));
  }

  /** Opens the DuckDB and fetches every source not semi-joined into it, the current table the plan's start source's. */
  static async start(ctx: RunContext, request: PipelineRequest, plan: Plan): Promise<PipelineRun> {
    const run = new PipelineRun(ctx, request, plan, await Engine.open(ctx.budgets));
    try {
      await run.fetchUpfront();
    } catch (err) {
      run.close();
      throw err;
    }
    run.current = run.tables.get(plan.start)!;
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

  /** Runs a step over the current table: its result becomes the current table. */
  async step(node: TableStep, index: number): Promise<void> {
    await this.made(index, () => this.engine.materialize(stepSql(node, this.current)));
  }

  /** A derive or a fill over the current table; a fill's grid is refused over maxRows before it is built. */
  async timeStep(node: TimeStep, index: number): Promise<void> {
    const input = await this.engine.named(this.current);
    if (node.kind === 'DeriveNode') return this.made(index, () => this.engine.materializeNamed(deriveSql(node, input)));
    const [size] = await this.engine.run(fillGridSql(node, input));
    checkFillGrid(node, { groups: Number(size!.groups), slots: Number(size!.slots) }, this.ctx.budgets.maxRows);
    return this.made(index, () => this.engine.materializeNamed(fillSql(node, input)));
  }

  /**
   * Joins the current table with the node's right source, fetched now for the current keys when it
   * is semi-joined; refused when the join would make more rows than maxRows.
   */
  async join(node: JoinNode, index: number): Promise<void> {
    const planned = this.plan.sources[node.right]!;
    if (!this.tables.has(node.right)) {
      const column = planned.semiJoin!.left;
      const keys = (await this.engine.read(await this.engine.materialize(joinKeysSql(this.current, column)))).map((row) => row[column]);
      await this.load(node.right, (sink) => fetchForKeys(this.ctx.backends, node.right, planned, keys, this.ctx.level, this.budget, sink));
    }
    const right = this.tables.get(node.right)!;
    // An as-of join makes at most one row per left row.
    if (node.asof) {
      const [left, named] = [await this.engine.named(this.current), await this.engine.named(right)];
      return this.made(index, () => this.engine.materializeNamed(asofJoinSql({ ...node, asof: node.asof! }, left, named)));
    }
    const { maxRows } = this.ctx.budgets;
    const [counts] = await this.engine.run(joinSizeSql(node, this.current, right));
    const size = joinSize(node, counts!);
    if (size > maxRows) throw overBudget(`body.pipeline.${index}.join`, `${size} rows (the join with "${node.right}")`, 'maxRows', maxRows, fewerRows);
    await this.made(index, () => this.engine.materialize(joinSql(node, this.current, right)));
  }

  /** Writes the current rows to the step's target, counting what could not be written. */
  async upsert(node: UpsertNode, index: number): Promise<void> {
    const rows = await this.engine.read(this.current);
    this.upserts.push(await upsertRows(this.ctx.backends, node.target, index, rows, atLeast(this.ctx.level, 'write')));
  }

  /**
   * The rows, their columns and the stats; 207 when an upsert could not write every row. The rows
   * are read and the DuckDB closed, unless they are to stream: then they are read as they are sent.
   */
  async result(stream: RowMediaType | undefined): Promise<MixResult | MixStream | Respond> {
    const columns = [...this.current.columns];
    let result: MixResult | MixStream;
    if (stream) {
      result = { type: stream, columns, rowCount: this.current.rows, blocks: this.engine.blocks(this.current), stats: this.stats(), close: () => this.close() };
    } else {
      let rows: Rows;
      try {
        rows = await this.engine.read(this.current);
      } finally {
        this.close();
      }
      result = { columns, rows, stats: this.stats() };
    }
    const failed = this.upserts.filter((u) => u.failed > 0);
    if (failed.length === 0) return result;
    return Respond.partial(result, failed.map((u) => `${u.failed} of ${u.failed + u.written} rows not written to ${u.target}`).join('; '));
  }

  /** Closes the DuckDB (its tables and spill files go with it). */
  close(): void {
    this.engine.close();
  }

  private stats(): MixStats {
    return {
      sources: this.sources,
      steps: this.stepStats,
      ...(this.upserts.length > 0 && { upserts: this.upserts }),
      ms: round(performance.now() - this.started),
    };
  }

  private async made(index: number, make: () => Promise<TableRef & { rows: number }>): Promise<void> {
    const begun = performance.now();
    const made = await refusingLargePatterns(`body.pipeline.${index}`, make);
    this.current = made;
    this.stepStats.push({ step: index, rows: made.rows, ms: round(performance.now() - begun) });
  }

  /** Fetches a source page by page into a new table of the engine; the pushed filters are checked again on it. */
  private async load(name: string, fetch: (sink: RowSink) => Promise<Fetched | SemiJoined>): Promise<void> {
    const begun = performance.now();
    const loader = this.engine.loader();
    let [rows, bytes] = [0, 0];
    const fetched = await fetch(async (page) => {
      rows += page.length;
      for (const row of page) bytes += rowBytes(row);
      await loader.append(page);
    });
    const { pushed } = this.plan.sources[name]!;
    const loaded = await loader.finish();
    const table =
      pushed.length > 0 ? await refusingLargePatterns(pushed[0]!.from, () => this.engine.materialize(filterSql(recheck(pushed), loaded))) : { ...loaded, rows };
    this.tables.set(name, table);
    this.sources[name] = {
      rows: table.rows,
      bytes,
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
            await this.load(name, (sink) => fetchRows(backends, name, this.plan.sources[name]!.fetch, level, this.budget, sink));
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
