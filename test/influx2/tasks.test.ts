import type { FastifyInstance } from 'fastify';
import { TasksAPI } from '@influxdata/influxdb-client-apis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, bodyOf, buildTestApp, testSettings } from '../helpers.js';
import { gatewayTokens, influx2Instance, operator } from './direct.js';

// The tasks family on InfluxDB 2.8: list and runs need read, create, enable/disable and delete admin.
const P = `tasks_${process.pid}`;
const { tokens, bearer } = gatewayTokens(P, { reader: ['read:influx/*'], admin: ['admin:influx/*'] });

interface Task {
  id: string;
  name: string;
  status: string;
  every?: string;
  cron?: string;
  offset?: string;
  flux: string;
}
interface Run {
  id: string;
  status: string;
  scheduledFor: string | null;
  startedAt: string | null;
  finishedAt: string | null;
  logs?: { time: string | null; message: string }[];
}

let app: FastifyInstance;
const call = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, who: 'reader' | 'admin', payload?: object) =>
  app.inject({ method, url, headers: bearer(who), ...(payload && { payload }) });

const tasksApi = () => new TasksAPI(operator());
async function dropOurTasks() {
  const { tasks = [] } = await tasksApi().getTasks({ org: backends().influx2.org, limit: 500 });
  await Promise.all(tasks.filter((t) => t.name.startsWith(P)).map((t) => tasksApi().deleteTasksID({ taskID: t.id })));
}

const query = () => `from(bucket: "${backends().influx2.bucket}") |> range(start: -1m) |> limit(n: 1)`;

beforeAll(async () => {
  app = await buildTestApp({ auth: { tokens }, influx: { ...testSettings().influx, influx2: influx2Instance() } });
  await dropOurTasks();
});
afterAll(async () => {
  await dropOurTasks();
  await app.close();
});

async function runsOf(id: string, until: (runs: Run[]) => boolean): Promise<Run[]> {
  for (let tries = 0; ; tries++) {
    const runs = bodyOf<Run[]>(await call('GET', `/influx/influx2/tasks/${id}/runs?logs=true`, 'reader')).data;
    if (until(runs) || tries === 40) return runs;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

describe('a task from Flux', () => {
  let task: Task;

  it('is created by an admin: the gateway writes the task option, the name kept as one string literal', async () => {
    const name = `${P} "quoted" \${x} \\ end`;
    const res = await call('POST', '/influx/influx2/tasks', 'admin', { name, every: '1s', offset: '0s', flux: query() });
    expect(res.statusCode).toBe(201);
    task = bodyOf<Task>(res).data;
    expect(task).toMatchObject({ name, status: 'active', every: '1s', flux: expect.stringContaining(query()) as string });
    expect(task.flux.startsWith('option task = {name: ')).toBe(true);
    const stored = await tasksApi().getTasksID({ taskID: task.id });
    expect(stored.name).toBe(name);
  });

  it('is listed for a read token, with its schedule', async () => {
    const res = await call('GET', '/influx/influx2/tasks', 'reader');
    expect(res.statusCode).toBe(200);
    expect(bodyOf<Task[]>(res).data.find((t) => t.id === task.id)).toMatchObject({ name: task.name, status: 'active', every: '1s' });
  });

  it('runs: status and times of each, with its logs on request', async () => {
    const runs = await runsOf(task.id, (rs) => rs.some((r) => r.status === 'success'));
    const done = runs.find((r) => r.status === 'success');
    expect(done).toMatchObject({
      status: 'success',
      scheduledFor: expect.any(String) as string,
      startedAt: expect.any(String) as string,
      finishedAt: expect.any(String) as string,
    });
    expect(done?.logs?.length).toBeGreaterThan(0);
    const plain = bodyOf<Run[]>(await call('GET', `/influx/influx2/tasks/${task.id}/runs?limit=1`, 'reader')).data;
    expect(plain).toHaveLength(1);
    expect(plain[0]).not.toHaveProperty('logs');
  });

  it('is disabled and enabled again by an admin', async () => {
    const off = await call('PATCH', `/influx/influx2/tasks/${task.id}`, 'admin', { status: 'inactive' });
    expect(off.statusCode).toBe(200);
    expect(bodyOf<Task>(off).data.status).toBe('inactive');
    expect((await tasksApi().getTasksID({ taskID: task.id })).status).toBe('inactive');
    const on = await call('PATCH', `/influx/influx2/tasks/${task.id}`, 'admin', { status: 'active' });
    expect(bodyOf<Task>(on).data.status).toBe('active');
  });

  it('a read token may not create, change or delete one: 403 naming admin', async () => {
    const attempts = [
      call('POST', '/influx/influx2/tasks', 'reader', { name: `${P}_no`, every: '1h', flux: query() }),
      call('PATCH', `/influx/influx2/tasks/${task.id}`, 'reader', { status: 'inactive' }),
      call('DELETE', `/influx/influx2/tasks/${task.id}`, 'reader'),
    ];
    for (const res of await Promise.all(attempts)) {
      expect(res.statusCode).toBe(403);
      expect(bodyOf(res).message).toBe('token "reader" lacks admin on influx/influx2');
    }
  });

  it('is deleted by an admin; then it is 404 for every route naming it', async () => {
    const res = await call('DELETE', `/influx/influx2/tasks/${task.id}`, 'admin');
    expect(res.statusCode).toBe(200);
    expect(bodyOf(res).data).toEqual({ id: task.id, deleted: true });
    const again = [
      call('DELETE', `/influx/influx2/tasks/${task.id}`, 'admin'),
      call('PATCH', `/influx/influx2/tasks/${task.id}`, 'admin', { status: 'active' }),
      call('GET', `/influx/influx2/tasks/${task.id}/runs`, 'reader'),
    ];
    for (const gone of await Promise.all(again)) {
      expect(gone.statusCode).toBe(404);
      expect(bodyOf(gone).message).toBe(`task "${task.id}" on influx/influx2 not found`);
    }
  });
});

describe('creating a task', () => {
  it('on a cron schedule', async () => {
    const res = await call('POST', '/influx/influx2/tasks', 'admin', { name: `${P}_cron`, cron: '0 * * * *', flux: query() });
    expect(res.statusCode).toBe(201);
    expect(bodyOf<Task>(res).data).toMatchObject({ name: `${P}_cron`, cron: '0 * * * *' });
    expect(bodyOf<Task>(res).data).not.toHaveProperty('every');
  });

  it.each([
    [{ every: '1h', cron: '0 * * * *' }, 'give exactly one of every and cron'],
    [{}, 'give exactly one of every and cron'],
    [{ every: '1h}\noption x = 1' }, 'a Flux duration such as 1h, 30m, 1h30m'],
    [{ cron: '0 * * * *"}' }, 'a cron expression such as "0 * * * *" or @hourly'],
  ])('refuses a schedule that is not one checked value: %j', async (schedule, reason) => {
    const res = await call('POST', '/influx/influx2/tasks', 'admin', { name: `${P}_bad`, flux: query(), ...schedule });
    expect(res.statusCode).toBe(400);
    expect(bodyOf(res).message).toContain(reason);
  });

  it("InfluxDB's own check of the Flux is a 400 naming the instance", async () => {
    const res = await call('POST', '/influx/influx2/tasks', 'admin', { name: `${P}_broken`, every: '1h', flux: 'from(bucket: ' });
    expect(res.statusCode).toBe(400);
    expect(bodyOf(res).message).toMatch(/^influx\/influx2: /);
  });
});

describe('an InfluxDB 1.x instance', () => {
  it.each([
    ['GET', '/influx/default/tasks', undefined],
    ['POST', '/influx/default/tasks', { name: `${P}_v1`, every: '1h', flux: 'buckets()' }],
    ['GET', '/influx/default/tasks/0c5bb4fa1f6d3000/runs', undefined],
  ] as const)('%s %s answers 501 naming continuous queries', async (method, url, payload) => {
    const res = await call(method, url, 'admin', payload);
    expect(res.statusCode).toBe(501);
    expect(bodyOf(res).message).toBe(
      'not supported: tasks on influx/default: it is InfluxDB 1.x; use continuous queries (/influx/default/databases/{db}/continuous-queries)',
    );
  });
});
