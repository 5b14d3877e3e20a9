import type { z } from 'zod';
import { QueryNode } from '../operator/run.js';
import type { CqSpec } from '../query/influx/continuous-queries.js';
import { checkLineProtocol } from '../query/influx/line-protocol.js';
import { jsonPointsToLines, type Precision } from '../query/influx/points.js';
import { userQuery } from '../query/influxql.js';
import {
  continuousQueryBody,
  continuousQueryParams,
  databaseBody,
  databaseParams,
  deletePointsBody,
  measurementParams,
  measurementsQuery,
  pointsBody,
  pointsQuery,
  queryBody,
  retentionPolicyBody,
  retentionPolicyChange,
  retentionPolicyParams,
  searchBody,
  seriesQuery,
  tagParams,
} from './influx-schemas.js';
import { action } from './request.js';
import { instanceParams } from './schemas.js';

/** The database a route names, as the query verbs call it. */
const onDatabase = ({ instance, db }: z.output<typeof databaseParams>) => ({ instance, database: db });

function cqSpec({ name, query, resample }: z.output<typeof continuousQueryBody>): CqSpec {
  if (typeof query === 'string') return { name, resample, select: { kind: 'text', text: query } };
  const { from, into, ...spec } = query;
  return { name, resample, select: { kind: 'parts', from, into, spec } };
}

/** JSON points are validated and serialized, line protocol checked: nothing is sent before every point passed. */
function linesOf(body: z.output<typeof pointsBody>, precision: Precision = 'ns') {
  if (typeof body === 'string') return { lines: body, count: checkLineProtocol(body, precision), precision };
  return { ...jsonPointsToLines(body, precision), precision: 'ns' as const };
}

export const influxActions = {
  instances: action({}, () => [QueryNode.create('influx', 'list')]),
  server: action({ params: instanceParams }, ({ params }) => [QueryNode.create('influx', 'searchMeta', { kind: 'server', instance: params.instance })]),

  databases: action({ params: instanceParams }, ({ params }) => [QueryNode.create('influx', 'searchMeta', { kind: 'databases', instance: params.instance })]),
  createDatabase: action({ params: instanceParams, body: databaseBody }, ({ params, body }) => [
    QueryNode.create('influx', 'createMeta', { kind: 'database', instance: params.instance, ...body }),
  ]),
  dropDatabase: action({ params: databaseParams }, ({ params }) => [
    QueryNode.create('influx', 'deleteMeta', { kind: 'database', instance: params.instance, name: params.db }),
  ]),

  retentionPolicies: action({ params: databaseParams }, ({ params }) => [
    QueryNode.create('influx', 'searchMeta', { kind: 'retentionPolicies', ...onDatabase(params) }),
  ]),
  createRetentionPolicy: action({ params: databaseParams, body: retentionPolicyBody }, ({ params, body }) => [
    QueryNode.create('influx', 'createMeta', { kind: 'retentionPolicy', ...onDatabase(params), retentionPolicy: body }),
  ]),
  alterRetentionPolicy: action({ params: retentionPolicyParams, body: retentionPolicyChange }, ({ params, body }) => [
    QueryNode.create('influx', 'updateMeta', { kind: 'retentionPolicy', ...onDatabase(params), name: params.rp, change: body }),
  ]),
  dropRetentionPolicy: action({ params: retentionPolicyParams }, ({ params }) => [
    QueryNode.create('influx', 'deleteMeta', { kind: 'retentionPolicy', ...onDatabase(params), name: params.rp }),
  ]),

  measurements: action({ params: databaseParams, querystring: measurementsQuery }, ({ params, query }) => [
    QueryNode.create('influx', 'searchMeta', { kind: 'measurements', ...onDatabase(params), match: query.match }),
  ]),
  measurement: action({ params: measurementParams }, ({ params }) => [
    QueryNode.create('influx', 'searchMeta', { kind: 'measurement', ...onDatabase(params), measurement: params.m }),
  ]),
  dropMeasurement: action({ params: measurementParams }, ({ params }) => [
    QueryNode.create('influx', 'deleteMeta', { kind: 'measurement', ...onDatabase(params), name: params.m }),
  ]),
  tagValues: action({ params: tagParams }, ({ params }) => [
    QueryNode.create('influx', 'searchMeta', { kind: 'tagValues', ...onDatabase(params), measurement: params.m, key: params.key }),
  ]),
  series: action({ params: databaseParams, querystring: seriesQuery }, ({ params, query }) => [
    QueryNode.create('influx', 'searchMeta', { kind: 'series', ...onDatabase(params), measurement: query.measurement, limit: query.limit }),
  ]),

  continuousQueries: action({ params: databaseParams }, ({ params }) => [
    QueryNode.create('influx', 'searchMeta', { kind: 'continuousQueries', ...onDatabase(params) }),
  ]),
  createContinuousQuery: action({ params: databaseParams, body: continuousQueryBody }, ({ params, body }) => [
    QueryNode.create('influx', 'createMeta', { kind: 'continuousQuery', ...onDatabase(params), continuousQuery: cqSpec(body) }),
  ]),
  dropContinuousQuery: action({ params: continuousQueryParams }, ({ params }) => [
    QueryNode.create('influx', 'deleteMeta', { kind: 'continuousQuery', ...onDatabase(params), name: params.name }),
  ]),

  writePoints: action({ params: databaseParams, querystring: pointsQuery, body: pointsBody }, ({ params, query, body }) => [
    QueryNode.create('influx', 'createData', {
      ...onDatabase(params),
      ...(query.rp === undefined ? {} : { retentionPolicy: query.rp }),
      ...linesOf(body, query.precision),
    }),
  ]),
  // Admin mode needs an admin token: the route's permission checks it (middlewares/elevation.ts).
  query: action({ params: databaseParams, body: queryBody }, ({ params, body }) => [
    QueryNode.create('influx', 'searchData', {
      kind: 'query',
      ...onDatabase(params),
      statement: userQuery(body.q, { admin: body.admin, params: body.params }),
      epoch: body.epoch,
      format: body.format,
    }),
  ]),
  search: action({ params: measurementParams, body: searchBody }, ({ params, body }) => {
    const { epoch, ...spec } = body ?? {};
    return [QueryNode.create('influx', 'searchData', { kind: 'search', ...onDatabase(params), measurement: params.m, spec, epoch })];
  }),
  deletePoints: action({ params: measurementParams, body: deletePointsBody }, ({ params, body }) => [
    QueryNode.create('influx', 'deleteData', { ...onDatabase(params), measurement: params.m, ...body }),
  ]),
};
