import { QueryNode } from '../operator/run.js';
import type { CqSpec } from '../query/influx/continuous-queries.js';
import { checkLineProtocol } from '../query/influx/line-protocol.js';
import { jsonPointsToLines, type Precision } from '../query/influx/points.js';
import type { Epoch } from '../query/influx/read.js';
import type { SearchSpec, Where } from '../query/influx/search.js';
import { userQuery } from '../query/influxql.js';
import type { ActionParser, LegacyInput as RequestInput } from './index.js';

// Route schemas have validated shapes and names; the casts below only name those shapes.
const at = ({ params }: RequestInput) => ({ instance: params.instance! });
const db = (input: RequestInput) => ({ ...at(input), database: input.params.db! });
const body = <T>(input: RequestInput) => input.body as T;
const query = <T>(input: RequestInput) => input.query as T;

type CqBody = { name: string; query: string | (Omit<SearchSpec, 'retentionPolicy'> & { from: string; into: { measurement: string; retentionPolicy?: string } }); resample?: CqSpec['resample'] };

function cqSpec({ name, query: q, resample }: CqBody): CqSpec {
  if (typeof q === 'string') return { name, resample, select: { kind: 'text', text: q } };
  const { from, into, ...spec } = q;
  return { name, resample, select: { kind: 'parts', from, into, spec } };
}

/** JSON points are validated and serialized here, line protocol checked: nothing is sent before every point passed. */
function pointsWrite(input: RequestInput) {
  const { precision = 'ns', rp } = query<{ precision?: Precision; rp?: string }>(input);
  const lines =
    typeof input.body === 'string'
      ? { lines: input.body, count: checkLineProtocol(input.body, precision), precision }
      : { ...jsonPointsToLines(input.body, precision), precision: 'ns' as const };
  return { ...db(input), ...(rp === undefined ? {} : { retentionPolicy: rp }), ...lines };
}

function rawQueryArgs(input: RequestInput) {
  const b = body<{ q: string; params?: Record<string, unknown>; epoch?: Epoch; format: 'series' | 'rows'; admin: boolean }>(input);
  // Admin mode needs an admin token: the route's permission checks it (middlewares/elevation.ts).
  const statement = userQuery(b.q, { admin: b.admin, params: b.params });
  return { ...db(input), kind: 'query' as const, statement, epoch: b.epoch, format: b.format };
}

export const influxActions = {
  'influx.instances': () => [QueryNode.create('influx', 'list')],
  'influx.server': (input) => [QueryNode.create('influx', 'searchMeta', { kind: 'server', ...at(input) })],

  'influx.databases': (input) => [QueryNode.create('influx', 'searchMeta', { kind: 'databases', ...at(input) })],
  'influx.createDatabase': (input) => [QueryNode.create('influx', 'createMeta', { kind: 'database', ...at(input), ...body<object>(input) })],
  'influx.dropDatabase': (input) => [QueryNode.create('influx', 'deleteMeta', { kind: 'database', ...at(input), name: input.params.db })],

  'influx.retentionPolicies': (input) => [QueryNode.create('influx', 'searchMeta', { kind: 'retentionPolicies', ...db(input) })],
  'influx.createRetentionPolicy': (input) => [QueryNode.create('influx', 'createMeta', { kind: 'retentionPolicy', ...db(input), retentionPolicy: body(input) })],
  'influx.alterRetentionPolicy': (input) => [
    QueryNode.create('influx', 'updateMeta', { kind: 'retentionPolicy', ...db(input), name: input.params.rp, change: body(input) }),
  ],
  'influx.dropRetentionPolicy': (input) => [QueryNode.create('influx', 'deleteMeta', { kind: 'retentionPolicy', ...db(input), name: input.params.rp })],

  'influx.measurements': (input) => [QueryNode.create('influx', 'searchMeta', { kind: 'measurements', ...db(input), match: query<{ match?: string }>(input).match })],
  'influx.measurement': (input) => [QueryNode.create('influx', 'searchMeta', { kind: 'measurement', ...db(input), measurement: input.params.m })],
  'influx.dropMeasurement': (input) => [QueryNode.create('influx', 'deleteMeta', { kind: 'measurement', ...db(input), name: input.params.m })],
  'influx.tagValues': (input) => [
    QueryNode.create('influx', 'searchMeta', { kind: 'tagValues', ...db(input), measurement: input.params.m, key: input.params.key }),
  ],
  'influx.series': (input) => [QueryNode.create('influx', 'searchMeta', { kind: 'series', ...db(input), ...query<{ measurement?: string; limit?: number }>(input) })],

  'influx.continuousQueries': (input) => [QueryNode.create('influx', 'searchMeta', { kind: 'continuousQueries', ...db(input) })],
  'influx.createContinuousQuery': (input) => [
    QueryNode.create('influx', 'createMeta', { kind: 'continuousQuery', ...db(input), continuousQuery: cqSpec(body<CqBody>(input)) }),
  ],
  'influx.dropContinuousQuery': (input) => [QueryNode.create('influx', 'deleteMeta', { kind: 'continuousQuery', ...db(input), name: input.params.name })],

  'influx.writePoints': (input) => [QueryNode.create('influx', 'createData', pointsWrite(input))],
  'influx.query': (input) => [QueryNode.create('influx', 'searchData', rawQueryArgs(input))],
  'influx.search': (input) => {
    const { epoch, ...spec } = body<SearchSpec & { epoch?: Epoch }>(input);
    return [QueryNode.create('influx', 'searchData', { kind: 'search', ...db(input), measurement: input.params.m, spec, epoch })];
  },
  'influx.deletePoints': (input) => [
    QueryNode.create('influx', 'deleteData', { ...db(input), measurement: input.params.m, ...body<{ from?: string; to?: string; tags?: Omit<Where, 'time'> }>(input) }),
  ],
} satisfies Record<string, ActionParser>;
