import { Readable } from 'node:stream';
import { chunksToLinesIterable, linesToRowsIterable } from '@influxdata/influxdb-client';
import type { InfluxConnection, InfluxV2 } from '../../libs/influx-client.js';
import { Respond } from '../../libs/respond.js';
import { requireV2 } from './generation.js';

/** A Flux parameter: bound as a typed literal of the `params` option, never spliced into the text. */
export type FluxParam = string | number | boolean;

/** rows: the annotated CSV parsed to one list of rows; csv: InfluxDB's annotated CSV as it comes; ndjson: one row a line. */
export type FluxFormat = 'rows' | 'csv' | 'ndjson';

export interface FluxQuery {
  query: string;
  params?: Record<string, FluxParam>;
  format: FluxFormat;
}

const literal = (value: FluxParam) => {
  if (typeof value === 'string') return { type: 'StringLiteral', value };
  if (typeof value === 'boolean') return { type: 'BooleanLiteral', value };
  return Number.isInteger(value) ? { type: 'IntegerLiteral', value: String(value) } : { type: 'FloatLiteral', value };
};

/**
 * `option params = {…}` as the syntax tree InfluxDB takes in a query's `extern`: each value a
 * typed literal node, so nothing a caller sends becomes Flux text. (InfluxDB OSS 2.x has no
 * `params` field of its own: that is InfluxDB Cloud's.)
 */
export function paramsExtern(params: Record<string, FluxParam>) {
  const properties = Object.entries(params).map(([name, value]) => ({ type: 'Property', key: { type: 'Identifier', name }, value: literal(value) }));
  const init = { type: 'ObjectExpression', properties };
  const assignment = { type: 'VariableAssignment', id: { type: 'Identifier', name: 'params' }, init };
  return { type: 'File', package: null, imports: null, body: [{ type: 'OptionStatement', assignment }] };
}

const contentTypes = { csv: 'text/csv; charset=utf-8', ndjson: 'application/x-ndjson' } as const;

/** The response's bytes once InfluxDB accepted the query: its refusal (a 400, a 403) is thrown here, before anything is sent on. */
async function opened(source: AsyncIterableIterator<Uint8Array>): Promise<AsyncIterable<Uint8Array>> {
  const first = await source.next();
  return (async function* () {
    if (first.done) return;
    yield first.value;
    yield* source;
  })();
}

async function* ndjson(chunks: AsyncIterable<Uint8Array>): AsyncIterable<string> {
  for await (const row of linesToRowsIterable(chunksToLinesIterable(chunks))) yield `${JSON.stringify(row.tableMeta.toObject(row.values))}\n`;
}

/**
 * Flux on a 2.x server, run with the connection's level's token: the engine decides what that
 * token may read and write (a read-only token makes `to()` fail there, see the README). Rows carry
 * Flux's `result` and `table` columns, typed from the CSV's datatype annotations.
 */
export async function runFlux(conn: InfluxConnection, f: FluxQuery): Promise<unknown> {
  if (f.format === 'rows') return fluxRowList(conn, f);
  await requireFlux(conn);
  const chunks = await conn.callV2((api) => opened(send(api, f)));
  return Respond.stream(Readable.from(f.format === 'csv' ? chunks : ndjson(chunks)), contentTypes[f.format]);
}

/** Flux's result as one list of rows (the route's rows format, a pipeline's Flux source). */
export async function fluxRowList(conn: InfluxConnection, f: Omit<FluxQuery, 'format'>): Promise<Record<string, unknown>[]> {
  await requireFlux(conn);
  return conn.callV2(async (api) => {
    const rows: Record<string, unknown>[] = [];
    for await (const row of linesToRowsIterable(chunksToLinesIterable(send(api, f)))) rows.push(row.tableMeta.toObject(row.values));
    return rows;
  });
}

const requireFlux = (conn: InfluxConnection) => requireV2(conn, 'Flux', `InfluxQL (/influx/${conn.name}/databases/{db}/query)`);

/** POST /api/v2/query: the annotated CSV's bytes as they arrive. */
function send({ influx, org }: InfluxV2, f: Omit<FluxQuery, 'format'>) {
  const body = JSON.stringify({
    query: f.query,
    ...(f.params === undefined ? {} : { extern: paramsExtern(f.params) }),
    dialect: { header: true, annotations: ['datatype', 'group', 'default'] },
  });
  return influx.transport.iterate(`/api/v2/query?${new URLSearchParams({ org })}`, body, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/csv' },
  });
}
