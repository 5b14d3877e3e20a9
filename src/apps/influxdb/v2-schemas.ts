import { z } from 'zod';
import { errorResponses } from '../schemas.js';
import { influxResponses } from './schemas.js';

// The data of the InfluxDB 2.x routes' responses (tasks, Flux); their request schemas are in parser/influx2-schemas.ts.

const taskExample = {
  id: '0c5bb4fa1f6d3000',
  name: 'cpu_hourly',
  status: 'active',
  every: '1h',
  offset: '5m',
  flux: 'option task = {name: "cpu_hourly", every: 1h, offset: 5m}\n\nfrom(bucket: "telegraf") |> range(start: -task.every) |> aggregateWindow(every: 1h, fn: mean) |> to(bucket: "telegraf_hourly")',
  lastRunStatus: 'success',
  latestCompleted: '2026-12-01T06:00:00Z',
};

const task = z.object({
  id: z.string(),
  name: z.string(),
  status: z.enum(['active', 'inactive']),
  every: z.string().optional(),
  cron: z.string().optional(),
  offset: z.string().optional(),
  flux: z.string().describe('As InfluxDB stores it, the option task block included'),
  lastRunStatus: z.enum(['failed', 'success', 'canceled']).optional(),
  lastRunError: z.string().optional(),
  latestCompleted: z.string().optional().describe('The latest time the task has run up to'),
});

const run = z.object({
  id: z.string(),
  status: z.enum(['scheduled', 'started', 'failed', 'success', 'canceled']),
  scheduledFor: z.string().nullable(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
  logs: z
    .array(z.object({ time: z.string().nullable(), message: z.string() }))
    .optional()
    .describe('With ?logs=true'),
});

export const v2Data = {
  task: task.meta({ example: taskExample }),
  tasks: z.array(task).meta({ example: [taskExample] }),
  runs: z.array(run).meta({
    example: [
      {
        id: '0c5bb5d6e0ed3000',
        status: 'success',
        scheduledFor: '2026-12-01T06:00:00Z',
        startedAt: '2026-12-01T06:05:00.0125Z',
        finishedAt: '2026-12-01T06:05:00.0431Z',
        logs: [{ time: '2026-12-01T06:05:00.0125Z', message: 'Started task from script: ...' }],
      },
    ],
  }),
  deleted: z.object({ id: z.string(), deleted: z.literal(true) }).meta({ example: { id: '0c5bb4fa1f6d3000', deleted: true } }),
  fluxRows: z.array(z.record(z.string(), z.unknown())).meta({
    example: [
      {
        result: '_result',
        table: 0,
        _start: '2026-12-01T05:00:00Z',
        _stop: '2026-12-01T06:00:00Z',
        _measurement: 'cpu',
        host: 'server01',
        _field: 'usage',
        _value: 0.64,
      },
    ],
  }),
};

/** An InfluxDB 2.x route's responses: an /influx route's, and 501 from a 1.x server. */
export const v2Responses = <T extends z.ZodType>(data: T) => ({ ...influxResponses(data), ...errorResponses([501]) });

/** The same, answering 201 Created. */
export function v2CreatedResponses<T extends z.ZodType>(data: T) {
  const { 200: ok, ...failures } = v2Responses(data);
  return { 201: ok, ...failures };
}
