import type { Level } from '../../config/settings.js';
import type { Backends } from '../../libs/db.js';
import type { EsConnection } from '../../libs/es-client.js';
import { errors } from '../../libs/errors.js';
import type { Row, RowSink } from '../../libs/rows.js';
import { openCursor } from '../es/export-cursor.js';
import { search as esSearch } from '../es/search.js';
import { executeInChunks, seriesRows } from '../influx/execute.js';
import { searchStatement } from '../influx/read.js';
import { userQuery } from '../influxql.js';
import { fluxRowList, type FluxParam } from '../influx2/flux.js';
import { readBuckets, type EsAggregate, type EsTimeRange } from './es-aggregate.js';
import { limits, type SourceBudget } from './limits.js';
import type { SearchSpec } from '../influx/search.js';

/** An Elasticsearch or OpenSearch search as a pipeline source. */
export interface EsSource {
  es: string;
  index: string;
  query?: Record<string, unknown>;
  /** A range on a date field, ANDed with the query. */
  time?: EsTimeRange;
  /** Buckets made inside Elasticsearch are the rows (excludes fields, size and all). */
  aggregate?: EsAggregate;
  fields?: string[];
  size?: number;
  all?: boolean;
}

/** A structured InfluxDB query, as in measurements/{m}/_search. */
export type InfluxSource = { influx: string; db: string; measurement: string } & SearchSpec;

/** Read-only raw InfluxQL. */
export interface InfluxqlSource {
  influx: string;
  db: string;
  q: string;
}

/** Flux on an InfluxDB 2.x server (read-only token, or admin: apps/mix/routes.ts). */
export interface FluxSource {
  influx: string;
  flux: string;
  params?: Record<string, FluxParam>;
}

/** Where a pipeline's rows come from (parser/pipeline.ts validates each shape). */
export type SourceSpec = EsSource | InfluxSource | InfluxqlSource | FluxSource;

/** A source with its kind: an Elasticsearch search, a structured InfluxDB query or raw InfluxQL. */
export type KindedSource =
  { kind: 'es'; spec: EsSource } | { kind: 'influx'; spec: InfluxSource } | { kind: 'influxql'; spec: InfluxqlSource } | { kind: 'flux'; spec: FluxSource };

export function sourceKind(spec: SourceSpec): KindedSource {
  if ('es' in spec) return { kind: 'es', spec };
  if ('flux' in spec) return { kind: 'flux', spec };
  return 'q' in spec ? { kind: 'influxql', spec } : { kind: 'influx', spec };
}

/** How a source is read: the backend request, with everything pushed into it. */
export type Fetch =
  | {
      kind: 'es';
      instance: string;
      index: string;
      query: object;
      /** The _source fields to fetch; null for the whole documents. */
      source: string[] | null;
      /** size: the first n matches; page: every match, one _search of at most 10 000; all: every match, page by page. */
      mode: 'size' | 'page' | 'all';
      size?: number;
    }
  | { kind: 'es-aggregate'; instance: string; index: string; query: object; aggregate: EsAggregate }
  | { kind: 'influx'; instance: string; database: string; measurement: string; spec: SearchSpec }
  | { kind: 'influxql'; instance: string; database: string; q: string }
  | { kind: 'flux'; instance: string; query: string; params?: Record<string, FluxParam> };

/** The backend query that produced a source's rows (ES body, InfluxQL text), all given to its sink. */
export interface Fetched {
  query: unknown;
  /** Backend calls made (pages of a point in time, chunks of a semi-join). */
  requests: number;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A document's _source as one row: nested objects become dotted columns ({"host": {"name": "a"}}
 * -> {"host.name": "a"}), the names Elasticsearch itself gives those fields, so that filters,
 * joins and pushdown address them alike. Arrays, of objects too, stay values.
 */
export function flatten(source: object | undefined): Row {
  const row: Row = {};
  const walk = (object: Record<string, unknown>, prefix: string) => {
    for (const [key, value] of Object.entries(object)) {
      if (key === '__proto__') continue;
      if (isObject(value) && Object.keys(value).length > 0) walk(value, `${prefix}${key}.`);
      else row[prefix + key] = value;
    }
  };
  if (source) walk(source as Record<string, unknown>, '');
  return row;
}

async function readAll(conn: EsConnection, f: Extract<Fetch, { kind: 'es' }>, name: string, budget: SourceBudget, sink: RowSink): Promise<Fetched> {
  const cursor = await openCursor(conn, { index: f.index, query: f.query, fields: f.source ?? undefined, pageSize: limits.esPageSize });
  let requests = 0;
  try {
    for (;;) {
      const hits = await cursor.next();
      requests++;
      const page = hits.map((hit) => flatten(hit._source));
      budget.take(name, page);
      await sink(page);
      if (hits.length < limits.esPageSize) break;
    }
  } finally {
    // Best effort: an unclosed point in time expires after its keep-alive anyway.
    await cursor.close().catch(() => undefined);
  }
  return { query: { query: f.query, _source: f.source ?? true, size: limits.esPageSize, [cursor.via === 'scroll' ? 'scroll' : 'pit']: true }, requests };
}

async function esRows(
  backends: Backends,
  f: Extract<Fetch, { kind: 'es' }>,
  name: string,
  level: Level,
  budget: SourceBudget,
  sink: RowSink,
): Promise<Fetched> {
  const conn = backends.esInstance(f.instance, level);
  if (f.mode === 'all') return readAll(conn, f, name, budget, sink);
  const body = { query: f.query, _source: f.source ?? true, size: f.size ?? limits.esSearchWindow, track_total_hits: f.mode === 'page' };
  const result = await esSearch(conn, f.index, body);
  const total = result.total?.value ?? result.hits.length;
  if (f.mode === 'page' && total > result.hits.length) {
    throw errors.validation(
      `body.sources.${name}`,
      `${total} documents match in es/${f.instance}/${f.index}, more than one search returns (${limits.esSearchWindow}): set "all": true to read every one, or "size" to take the first ones`,
    );
  }
  const rows = result.hits.map((hit) => flatten(hit.source));
  budget.take(name, rows);
  await sink(rows);
  return { query: body, requests: 1 };
}

/**
 * Reads one source's rows into `sink` a page at a time, each counted against the request's budget
 * as it arrives (each page of an Elasticsearch point in time, each chunk InfluxDB streams): more
 * than the budget is refused, never cut, and the rest is not read. Read with the credential of `level`.
 */
export async function fetchRows(backends: Backends, name: string, f: Fetch, level: Level, budget: SourceBudget, sink: RowSink): Promise<Fetched> {
  if (f.kind === 'es') return esRows(backends, f, name, level, budget, sink);
  if (f.kind === 'es-aggregate') return readBuckets(backends.esInstance(f.instance, level), f, name, budget, sink);
  if (f.kind === 'flux') return fluxRows(backends, f, name, level, budget, sink);
  const statement =
    f.kind === 'influx'
      ? searchStatement({ database: f.database, measurement: f.measurement, spec: f.spec })
      : userQuery(f.q, { admin: false, where: `body.sources.${name}.q`, single: true });
  await executeInChunks(backends.influxInstance(f.instance, level), statement, { db: f.database, chunkSize: limits.influxChunkSize }, async (results) => {
    const chunk = results.flatMap((r) => seriesRows(r.series ?? []));
    budget.take(name, chunk);
    await sink(chunk);
  });
  return { query: statement.text, requests: 1 };
}

/** Flux's rows, counted against the budget once InfluxDB has answered (Flux is not read in chunks). */
async function fluxRows(
  backends: Backends,
  f: Extract<Fetch, { kind: 'flux' }>,
  name: string,
  level: Level,
  budget: SourceBudget,
  sink: RowSink,
): Promise<Fetched> {
  const rows = await fluxRowList(backends.influxInstance(f.instance, level), { query: f.query, params: f.params });
  budget.take(name, rows);
  await sink(rows);
  return { query: f.query, requests: 1 };
}
