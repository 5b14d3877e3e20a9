import { describe, expect, it } from 'vitest';
import { fluxBody, taskBody, taskParams, taskRunsQuery } from '../../src/parser/influx2-schemas.js';

// The checks that keep user text out of the `option task` block the gateway writes, and out of Flux's extern.
const issues = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  (result.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);

const task = { name: 'cpu_hourly', flux: 'from(bucket: "b") |> range(start: -1h)', every: '1h' };

describe('the task body', () => {
  it('takes a name, Flux and exactly one of every and cron', () => {
    expect(taskBody.safeParse(task).success).toBe(true);
    expect(taskBody.safeParse({ ...task, every: undefined, cron: '0 * * * *', offset: '5m' }).success).toBe(true);
    expect(issues(taskBody.safeParse({ ...task, cron: '@hourly' }))).toEqual([': give exactly one of every and cron']);
    expect(issues(taskBody.safeParse({ ...task, every: undefined }))).toEqual([': give exactly one of every and cron']);
  });

  it('refuses control characters in the name, and durations and cron expressions that are not literals', () => {
    for (const name of ['a\nb', 'a\u0000', 'a\u007f'])
      expect(issues(taskBody.safeParse({ ...task, name })), JSON.stringify(name)).toEqual(['name: no control characters']);
    expect(taskBody.safeParse({ ...task, name: 'a b "c" ${d}' }).success).toBe(true);
    for (const every of ['1h) |> to(bucket: "x")', '1 h', 'h', '']) expect(taskBody.safeParse({ ...task, every }).success, every).toBe(false);
    expect(taskBody.safeParse({ ...task, every: '1h30m' }).success).toBe(true);
    expect(taskBody.safeParse({ ...task, every: undefined, cron: '0 * * * *"' }).success).toBe(false);
  });

  it('names a task by 16 hex digits', () => {
    expect(taskParams.safeParse({ instance: 'i', id: '0c5bb4fa1f6d3000' }).success).toBe(true);
    expect(taskParams.safeParse({ instance: 'i', id: '0c5bb4fa1f6d300' }).success).toBe(false);
  });
});

describe('the task runs query', () => {
  it('reads logs=true as true, and anything else as false or a refusal', () => {
    expect(taskRunsQuery.parse({ logs: 'true' })).toEqual({ limit: 20, logs: true });
    expect(taskRunsQuery.parse({ logs: 'false', limit: '5' })).toEqual({ limit: 5, logs: false });
    expect(taskRunsQuery.parse({})).toEqual({ limit: 20, logs: false });
    expect(taskRunsQuery.safeParse({ logs: '1' }).success).toBe(false);
  });
});

describe('the Flux body', () => {
  it('takes params named by Flux identifiers only', () => {
    expect(fluxBody.safeParse({ query: 'x', params: { host: 'a', n: 1, ok: true } }).success).toBe(true);
    expect(fluxBody.safeParse({ query: 'x', params: { 'a.b': 'x' } }).success).toBe(false);
    expect(fluxBody.safeParse({ query: '' }).success).toBe(false);
  });
});
