import { HttpError } from '@influxdata/influxdb-client';
import { TasksAPI, type Run, type Task } from '@influxdata/influxdb-client-apis';
import { errors } from '../../libs/errors.js';
import type { InfluxConnection } from '../../libs/influx-client.js';
import { Respond } from '../../libs/respond.js';
import type { Handlers } from '../base-query.js';
import { requireV2 } from './generation.js';

type At<T> = T & { instance: string };

/** When a task runs: every interval, or a cron expression; offset delays each run. */
export type TaskSchedule = { every: string; offset?: string } | { cron: string; offset?: string };

export interface TaskSpec {
  name: string;
  /** The task's Flux, without an `option task` of its own: the gateway writes that from name and schedule. */
  flux: string;
  schedule: TaskSchedule;
}

export type TaskStatus = 'active' | 'inactive';

export type InfluxTaskTarget = At<{ kind: 'tasks' }> | At<{ kind: 'taskRuns'; id: string; limit: number; logs: boolean }>;
export type InfluxTaskCreation = At<{ kind: 'task'; task: TaskSpec }>;
export type InfluxTaskChange = At<{ kind: 'task'; id: string; status: TaskStatus }>;
export type InfluxTaskDeletion = At<{ kind: 'task'; id: string }>;

const v2Only = (conn: InfluxConnection) => requireV2(conn, 'tasks', `continuous queries (/influx/${conn.name}/databases/{db}/continuous-queries)`);

/**
 * A Flux string literal: backslash, quote and `${` (interpolation) escaped, so a value stays one
 * literal whatever it holds. The schemas allow no control characters in the values it quotes.
 */
export const fluxString = (value: string) => `"${value.replace(/[\\"]|\$\{/g, (m) => `\\${m}`)}"`;

/** The `option task` block the gateway puts before the task's Flux; durations are checked literals (parser). */
export function taskOption({ name, schedule }: Pick<TaskSpec, 'name' | 'schedule'>): string {
  const when = 'every' in schedule ? `every: ${schedule.every}` : `cron: ${fluxString(schedule.cron)}`;
  const offset = schedule.offset === undefined ? '' : `, offset: ${schedule.offset}`;
  return `option task = {name: ${fluxString(name)}, ${when}${offset}}`;
}

/** A task as the API shows it: what runs, when, and how its last run went. */
function shown(task: Task) {
  return {
    id: task.id,
    name: task.name,
    status: task.status ?? 'active',
    ...(task.every === undefined ? {} : { every: task.every }),
    ...(task.cron === undefined ? {} : { cron: task.cron }),
    ...(task.offset === undefined ? {} : { offset: task.offset }),
    flux: task.flux,
    ...(task.lastRunStatus === undefined ? {} : { lastRunStatus: task.lastRunStatus }),
    ...(task.lastRunError === undefined ? {} : { lastRunError: task.lastRunError }),
    ...(task.latestCompleted === undefined ? {} : { latestCompleted: task.latestCompleted }),
  };
}

function shownRun(run: Run) {
  return {
    id: run.id ?? '',
    status: run.status ?? 'scheduled',
    scheduledFor: run.scheduledFor ?? null,
    startedAt: run.startedAt ?? null,
    finishedAt: run.finishedAt ?? null,
  };
}

/** A call naming one task: the server's 404 becomes ours, naming the task and the instance. */
function onTask<T>(conn: InfluxConnection, id: string, run: (tasks: TasksAPI) => Promise<T>): Promise<T> {
  return conn.callV2(async ({ influx }) => {
    try {
      return await run(new TasksAPI(influx));
    } catch (err) {
      if (err instanceof HttpError && err.statusCode === 404) throw errors.notFound(`task "${id}" on influx/${conn.name}`);
      throw err;
    }
  });
}

async function listTasks(conn: InfluxConnection) {
  await v2Only(conn);
  const { tasks = [] } = await conn.callV2(({ influx, org }) => new TasksAPI(influx).getTasks({ org, limit: 500 }));
  return tasks.map(shown);
}

async function taskRuns(conn: InfluxConnection, t: Extract<InfluxTaskTarget, { kind: 'taskRuns' }>) {
  await v2Only(conn);
  return onTask(conn, t.id, async (tasks) => {
    const { runs = [] } = await tasks.getTasksIDRuns({ taskID: t.id, limit: t.limit });
    if (!t.logs) return runs.map(shownRun);
    return Promise.all(
      runs.map(async (run) => {
        const { events = [] } = await tasks.getTasksIDRunsIDLogs({ taskID: t.id, runID: run.id ?? '' });
        return { ...shownRun(run), logs: events.map((e) => ({ time: e.time ?? null, message: e.message ?? '' })) };
      }),
    );
  });
}

export const taskSearches = {
  tasks: listTasks,
  taskRuns,
} satisfies Handlers<InfluxTaskTarget, InfluxConnection>;

/** A task from Flux: the gateway writes its `option task` from the name and schedule; it runs with the admin credential's authorization. */
export async function createTask(conn: InfluxConnection, { task }: InfluxTaskCreation) {
  await v2Only(conn);
  const flux = `${taskOption(task)}\n\n${task.flux}`;
  const created = await conn.callV2(({ influx, org }) => new TasksAPI(influx).postTasks({ body: { org, flux } }));
  return Respond.created(shown(created));
}

/** Enables (active) or disables (inactive) a task. */
export async function setTaskStatus(conn: InfluxConnection, { id, status }: InfluxTaskChange) {
  await v2Only(conn);
  return shown(await onTask(conn, id, (tasks) => tasks.patchTasksID({ taskID: id, body: { status } })));
}

export async function deleteTask(conn: InfluxConnection, { id }: InfluxTaskDeletion) {
  await v2Only(conn);
  await onTask(conn, id, (tasks) => tasks.deleteTasksID({ taskID: id }));
  return { id, deleted: true as const };
}
