import { z } from 'zod';
import { instanceParams } from './schemas.js';

// The request schemas of the InfluxDB 2.x routes (tasks, Flux); their actions are in ./influx2.ts.

export const taskParams = instanceParams.extend({
  id: z
    .string()
    .regex(/^[0-9a-f]{16}$/, 'a task ID is 16 hex digits')
    .describe('A task ID')
    .meta({ example: '0c5bb4fa1f6d3000' }),
});

// Flux's duration literal (1h30m, 5m, 1d); it is written into the task option as it is, so nothing else passes.
const fluxDuration = z
  .string()
  .regex(/^(?:\d{1,9}(?:ns|us|µs|ms|mo|s|m|h|d|w|y)){1,8}$/, 'a Flux duration such as 1h, 30m, 1h30m')
  .meta({ example: '1h' });
// Written as a Flux string literal (escaped), and checked by InfluxDB's cron parser when the task is created.
const cron = z
  .string()
  .regex(/^[0-9A-Za-z*?/,#@\- ]{1,120}$/, 'a cron expression such as "0 * * * *" or @hourly')
  .meta({ example: '0 * * * *' });

export const taskBody = z
  .strictObject({
    name: z
      .string()
      .min(1)
      .max(200)
      .refine((n) => ![...n].some((c) => c < ' ' || c === '\u007f'), 'no control characters')
      .describe('The task name')
      .meta({ example: 'cpu_hourly' }),
    flux: z.string().min(1).describe('What the task runs, without an `option task` of its own: the gateway writes it from name, every or cron, and offset'),
    every: fluxDuration.optional().describe('Run at this interval'),
    cron: cron.optional().describe('Run on this cron schedule (instead of every)'),
    offset: fluxDuration.optional().describe('Delay each run by this much (late data)'),
  })
  .refine((t) => (t.every === undefined) !== (t.cron === undefined), 'give exactly one of every and cron')
  .meta({
    example: {
      name: 'cpu_hourly',
      every: '1h',
      offset: '5m',
      flux: 'from(bucket: "telegraf")\n  |> range(start: -task.every)\n  |> filter(fn: (r) => r._measurement == "cpu")\n  |> aggregateWindow(every: 1h, fn: mean)\n  |> to(bucket: "telegraf_hourly")',
    },
  });

export const taskChange = z
  .strictObject({ status: z.enum(['active', 'inactive']).describe('active runs the task on its schedule; inactive stops it') })
  .meta({ example: { status: 'inactive' } });

export const taskRunsQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(500).default(20).describe('At most this many runs, newest first').meta({ example: 20 }),
  logs: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true')
    .describe('true: each run with its log lines (one more call per run)')
    .meta({ example: 'true' }),
});

export const fluxBody = z
  .strictObject({
    query: z.string().min(1).describe('Flux'),
    params: z
      .record(z.string().regex(/^[A-Za-z_][A-Za-z0-9_]{0,63}$/, 'a Flux identifier'), z.union([z.string(), z.number(), z.boolean()]))
      .optional()
      .describe(
        'Flux parameters: params.name in the query, each bound as a typed literal (an integer, a float, a string, a boolean), never spliced into the text',
      ),
    format: z
      .enum(['rows', 'csv', 'ndjson'])
      .default('rows')
      .describe(
        "rows: one list of rows (each with Flux's result and table columns, typed from the CSV annotations); " +
          "csv: InfluxDB's annotated CSV streamed as it comes (text/csv); ndjson: the rows streamed one a line (application/x-ndjson)",
      ),
  })
  .meta({
    example: {
      query: 'from(bucket: "telegraf")\n  |> range(start: -1h)\n  |> filter(fn: (r) => r._measurement == "cpu" and r.host == params.host)\n  |> mean()',
      params: { host: 'server01' },
      format: 'rows',
    },
  });
