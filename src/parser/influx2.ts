import type { z } from 'zod';
import { QueryNode } from '../operator/run.js';
import type { TaskSchedule } from '../query/influx2/tasks.js';
import { fluxBody, taskBody, taskChange, taskParams, taskRunsQuery } from './influx2-schemas.js';
import { action } from './request.js';
import { instanceParams } from './schemas.js';

function schedule({ every, cron, offset }: z.output<typeof taskBody>): TaskSchedule {
  const delay = offset === undefined ? {} : { offset };
  // The schema lets exactly one of every and cron through.
  return every === undefined ? { cron: cron ?? '', ...delay } : { every, ...delay };
}

/** The InfluxDB 2.x routes: tasks and Flux (a 1.x instance answers them 501). */
export const influx2Actions = {
  tasks: action({ params: instanceParams }, ({ params }) => [QueryNode.create('influx', 'searchMeta', { kind: 'tasks', instance: params.instance })]),
  createTask: action({ params: instanceParams, body: taskBody }, ({ params, body }) => [
    QueryNode.create('influx', 'createMeta', { kind: 'task', instance: params.instance, task: { name: body.name, flux: body.flux, schedule: schedule(body) } }),
  ]),
  setTaskStatus: action({ params: taskParams, body: taskChange }, ({ params, body }) => [
    QueryNode.create('influx', 'updateMeta', { kind: 'task', instance: params.instance, id: params.id, status: body.status }),
  ]),
  deleteTask: action({ params: taskParams }, ({ params }) => [
    QueryNode.create('influx', 'deleteMeta', { kind: 'task', instance: params.instance, id: params.id }),
  ]),
  taskRuns: action({ params: taskParams, querystring: taskRunsQuery }, ({ params, query }) => [
    QueryNode.create('influx', 'searchMeta', { kind: 'taskRuns', instance: params.instance, id: params.id, limit: query.limit, logs: query.logs }),
  ]),

  // Who may call it is decided from the instance's configuration (apps/influxdb/permissions.ts: fluxQuery).
  flux: action({ params: instanceParams, body: fluxBody }, ({ params, body }) => [
    QueryNode.create('influx', 'searchData', { kind: 'flux', instance: params.instance, query: body.query, params: body.params, format: body.format }),
  ]),
};
