import { AggregateNode } from '../aggregate.js';
import { FilterNode, holdsOnNulls, predicateFields, type Predicate } from '../filter.js';
import { JoinNode, type JoinHow } from '../join.js';
import { fieldsRead, type PipelineNode } from '../pipeline.js';
import { ProjectNode } from '../project.js';
import { SortNode } from '../sort.js';
import { UpsertNode } from '../upsert.js';
import type { PipelineRequest } from './request.js';
import { timeRangeClause } from '../../query/mix/es-aggregate.js';
import { sourceKind, type EsSource, type Fetch, type SourceSpec } from '../../query/mix/sources.js';
import { mergeWhere, type SemiJoin } from '../../query/mix/semi-join.js';
import type { Where } from '../../query/influx/search.js';
import type { Catalogs, SourceCatalog } from '../../query/mix/catalog.js';
import { esClause, withFilters } from './es-filter.js';
import { influxConditions } from './influx-filter.js';
import type { JoinRewrite, Plan, PlannedSource } from './plan.js';

/** The clause of an Elasticsearch source's time range, if it has one. */
const timeClauses = (spec: EsSource): object[] => (spec.time ? [timeRangeClause(spec.time)] : []);

/** The request as it is, each source read whole: the plan without pushdown. */
function baseFetch(spec: SourceSpec): Fetch {
  const source = sourceKind(spec);
  switch (source.kind) {
    case 'es': {
      const s = source.spec;
      const query = withFilters(s.query, timeClauses(s));
      if (s.aggregate) return { kind: 'es-aggregate', instance: s.es, index: s.index, query, aggregate: s.aggregate };
      const mode = s.all ? 'all' : s.size !== undefined ? 'size' : 'page';
      return {
        kind: 'es',
        instance: s.es,
        index: s.index,
        query,
        source: s.fields ?? null,
        mode,
        ...(s.size !== undefined && { size: s.size }),
      };
    }
    case 'influx': {
      const { influx, db, measurement, ...spec } = source.spec;
      return { kind: 'influx', instance: influx, database: db, measurement, spec };
    }
    case 'influxql':
      return { kind: 'influxql', instance: source.spec.influx, database: source.spec.db, q: source.spec.q };
    case 'flux':
      return { kind: 'flux', instance: source.spec.influx, query: source.spec.flux, params: source.spec.params };
  }
}

interface Member {
  source: string;
  /** Position in `steps` of the join that brought it; null for the start source. */
  join: number | null;
}

const nullRejecting = (where: Predicate) => !holdsOnNulls(where);
const filterNode = (where: Predicate): FilterNode => Object.freeze({ kind: 'FilterNode', where });

/**
 * Plans a pipeline: with catalogs (pushdown on), moves filters into source queries, marks
 * semi-joins and trims the Elasticsearch fields fetched; without, reads every source whole.
 *
 * A filter is split at its top-level and. A part moves into a source when every column it
 * reads can only come from that source (its catalog says it may have it, every other source
 * joined so far says it cannot), only filters, sorts and joins stand between them, the source
 * returns every match (no size or limit) and the part translates to the source's query. An
 * outer join that would keep that source's rows null-padded is made inner (or one-sided), which
 * only keeps the rows when the part rejects null rows, as the filter would have dropped them.
 */
export function planPipeline(query: PipelineRequest, catalogs: Catalogs | null): Plan {
  const sources: Record<string, PlannedSource> = Object.fromEntries(
    Object.entries(query.sources).map(([name, spec]) => [name, { spec, fetch: baseFetch(spec), pushed: [] }]),
  );
  const plan: Plan = { pushdown: catalogs !== null, start: query.start, sources, steps: query.steps.map((node, index) => ({ index, node })), rewrites: [] };
  if (catalogs === null) return plan;
  new Pushdown(query, catalogs, plan).run();
  return plan;
}

class Pushdown {
  private readonly members: Member[];
  private readonly uses = new Map<string, number>();
  private readonly clauses = new Map<string, object[]>();
  private readonly wheres = new Map<string, Where | undefined>();

  constructor(
    private readonly query: PipelineRequest,
    private readonly catalogs: Catalogs,
    private readonly plan: Plan,
  ) {
    this.members = [{ source: query.start, join: null }];
    for (const name of [query.start, ...query.steps.flatMap((n) => (JoinNode.is(n) ? [n.right] : []))]) this.uses.set(name, (this.uses.get(name) ?? 0) + 1);
  }

  run(): void {
    const { steps } = this.plan;
    let open = true;
    for (let i = 0; i < steps.length; i++) {
      const { node, index } = steps[i]!;
      if (JoinNode.is(node)) this.members.push({ source: node.right, join: i });
      else if (FilterNode.is(node)) {
        if (!open) continue;
        const kept = this.pushFilter(node, i, `body.pipeline.${index}.filter`);
        if (kept) steps[i] = { index, node: kept };
        else steps.splice(i--, 1);
      } else if (!SortNode.is(node)) open = false;
    }
    this.compileQueries();
    this.planSemiJoins();
    this.trimFields();
  }

  /** Pushes what it can of one filter; returns the filter left in memory, or null. */
  private pushFilter(node: FilterNode, at: number, from: string): FilterNode | null {
    const parts = node.where.op === 'and' ? node.where.of : [node.where];
    const kept = parts.filter((part) => !this.push(part, at, from));
    if (kept.length === 0) return null;
    return kept.length === parts.length ? node : filterNode(kept.length === 1 ? kept[0]! : { op: 'and', of: kept });
  }

  private push(part: Predicate, at: number, from: string): boolean {
    const owner = this.ownerOf(part);
    if (!owner) return false;
    const catalog = this.catalogs[owner.source]!;
    const rewrites = this.rewritesFor(part, owner, at, from);
    if (!rewrites || !this.translate(part, owner.source, catalog)) return false;
    this.plan.sources[owner.source]!.pushed.push({ from, where: part });
    for (const r of rewrites) {
      const position = this.plan.steps.findIndex((s) => s.index === r.step);
      const join = this.plan.steps[position]!.node as JoinNode;
      this.plan.steps[position] = { index: r.step, node: Object.freeze({ ...join, how: r.to }) };
      this.plan.rewrites.push(r);
    }
    return true;
  }

  /** The one source every column of the part can come from, unrenamed; undefined when unsure. */
  private ownerOf(part: Predicate): Member | undefined {
    let owner: Member | undefined;
    for (const column of new Set(predicateFields(part))) {
      const candidates = this.members.filter((m) => this.mayProvide(m, column) !== 'no');
      if (candidates.length !== 1 || this.mayProvide(candidates[0]!, column) !== 'as is') return undefined;
      if (owner && owner !== candidates[0]) return undefined;
      owner = candidates[0];
    }
    if (!owner || this.uses.get(owner.source) !== 1 || !this.catalogs[owner.source]!.restrictable) return undefined;
    return owner;
  }

  /** Whether a member's rows may put a value in the column: under its own name, or renamed by its join. */
  private mayProvide(member: Member, column: string): 'as is' | 'renamed' | 'no' {
    const catalog: SourceCatalog = this.catalogs[member.source]!;
    if (catalog.presence(column) !== 'no') return 'as is';
    if (member.join === null) return 'no';
    const { prefix, suffix } = this.plan.steps[member.join]!.node as JoinNode;
    const affixed = column.length > prefix.length + suffix.length && column.startsWith(prefix) && column.endsWith(suffix);
    return affixed && catalog.presence(column.slice(prefix.length, column.length - suffix.length)) !== 'no' ? 'renamed' : 'no';
  }

  /**
   * The joins to make inner or one-sided so that the part can move below them: those keeping
   * rows where the owner's columns are null-padded. Undefined when the part would keep such rows.
   */
  private rewritesFor(part: Predicate, owner: Member, at: number, because: string): JoinRewrite[] | undefined {
    const rewrites: JoinRewrite[] = [];
    for (let k = 0; k < at; k++) {
      const { node, index } = this.plan.steps[k]!;
      if (!JoinNode.is(node)) continue;
      let to: JoinHow | undefined;
      if (k === owner.join) to = ({ left: 'inner', full: 'right' } as const)[node.how as 'left' | 'full'];
      else if (owner.join === null || owner.join < k) to = ({ right: 'inner', full: 'left' } as const)[node.how as 'right' | 'full'];
      if (to === undefined) continue;
      if (!nullRejecting(part)) return undefined;
      rewrites.push({ step: index, from: node.how, to, because });
    }
    return rewrites;
  }

  private translate(part: Predicate, source: string, catalog: SourceCatalog): boolean {
    if (catalog.kind === 'es') {
      const clause = esClause(part, catalog.target);
      if (clause) this.clauses.set(source, [...(this.clauses.get(source) ?? []), clause]);
      return clause !== undefined;
    }
    if (catalog.kind === 'influx') {
      const fetch = this.plan.sources[source]!.fetch as Extract<Fetch, { kind: 'influx' }>;
      const conditions = influxConditions(part, catalog.key);
      const where = conditions && mergeWhere(this.wheres.has(source) ? this.wheres.get(source) : fetch.spec.where, conditions);
      if (where) this.wheres.set(source, where);
      return where !== undefined;
    }
    return false;
  }

  private compileQueries(): void {
    for (const [name, planned] of Object.entries(this.plan.sources)) {
      const { fetch } = planned;
      const source = sourceKind(planned.spec);
      if (fetch.kind === 'es' && source.kind === 'es' && this.clauses.has(name))
        fetch.query = withFilters(source.spec.query, [...timeClauses(source.spec), ...this.clauses.get(name)!]);
      if (fetch.kind === 'influx' && this.wheres.has(name)) fetch.spec = { ...fetch.spec, where: this.wheres.get(name) };
    }
  }

  /** Inner and left joins whose right source can be restricted to a key: fetched for the left keys. */
  private planSemiJoins(): void {
    for (const { index, node } of this.plan.steps) {
      if (!JoinNode.is(node) || (node.how !== 'inner' && node.how !== 'left') || this.uses.get(node.right) !== 1) continue;
      const catalog = this.catalogs[node.right]!;
      if (!catalog.restrictable) continue;
      const planned = this.plan.sources[node.right]!;
      for (const [left, right] of node.on) {
        const semiJoin = semiJoinOn(catalog, planned, index, left, right);
        if (semiJoin) {
          planned.semiJoin = semiJoin;
          break;
        }
      }
    }
  }

  /** Elasticsearch sources fetch only the fields the steps read, when a step decides the final columns. */
  private trimFields(): void {
    const needed = neededColumns(this.query.steps);
    if (!needed) return;
    for (const planned of Object.values(this.plan.sources)) {
      const fetch = planned.fetch;
      if (fetch.kind !== 'es' || fetch.source?.some((f) => f.includes('*'))) continue;
      const related = (f: string) => [...needed].some((n) => n === f || n.startsWith(`${f}.`) || f.startsWith(`${n}.`));
      const trimmed = fetch.source === null ? [...needed] : fetch.source.filter(related);
      // An empty list would fetch whole documents (Elasticsearch reads [] as no filter).
      if (trimmed.length > 0) fetch.source = trimmed;
    }
  }
}

function semiJoinOn(catalog: SourceCatalog, planned: PlannedSource, step: number, left: string, right: string): SemiJoin | undefined {
  if (catalog.kind === 'es') {
    const target = catalog.target(right);
    return target && { step, left, right, by: { kind: 'es', target } };
  }
  if (catalog.kind !== 'influx' || planned.fetch.kind !== 'influx') return undefined;
  const key = catalog.key(right);
  // The keys go in as a regex of a tag or string field; the source's where must not have one on that key already.
  if (key?.accepts !== 'string' || !mergeWhere(planned.fetch.spec.where, { [key.key]: { regex: '' } })) return undefined;
  return { step, left, right, by: { kind: 'influx', key } };
}

/**
 * The columns the steps read up to the first one that decides the output columns (an aggregate,
 * a project with keep), with the names a join's prefix/suffix renamed them from; null when no
 * step decides them, or an upsert (which writes whole rows) comes first.
 */
export function neededColumns(steps: readonly PipelineNode[]): Set<string> | null {
  const needed = new Set<string>();
  const joins: JoinNode[] = [];
  for (const node of steps) {
    if (UpsertNode.is(node)) return null;
    for (const column of fieldsRead(node)) needed.add(column);
    if (JoinNode.is(node)) {
      joins.push(node);
      for (const [, right] of node.on) needed.add(right);
      if (node.asof) needed.add(node.asof.right);
    }
    if (AggregateNode.is(node) || (ProjectNode.is(node) && node.keep !== null)) {
      for (const { prefix, suffix } of joins) {
        for (const column of [...needed]) {
          if (column.length > prefix.length + suffix.length && column.startsWith(prefix) && column.endsWith(suffix)) {
            needed.add(column.slice(prefix.length, column.length - suffix.length));
          }
        }
      }
      return needed;
    }
  }
  return null;
}
