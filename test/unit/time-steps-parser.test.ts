import { describe, expect, it } from 'vitest';
import { Code } from '../../src/libs/code.js';
import { isAppError } from '../../src/libs/errors.js';
import { columnsAfter, fieldsRead } from '../../src/operator/pipeline.js';
import { mixQueryBody, parseMixQuery } from '../../src/parser/pipeline.js';

const logs = { logs: { es: 'default', index: 'logs-*' } };
const two = { logs: logs.logs, cpu: { influx: 'default', db: 'telegraf', measurement: 'cpu' } };

/** The 400 message of a body. */
function refusal(body: unknown): string {
  try {
    parseMixQuery(body);
  } catch (err) {
    if (!isAppError(err)) throw err;
    expect(err.code).toBe(Code.VALIDATION);
    expect(err.status).toBe(400);
    return err.message;
  }
  throw new Error('expected a validation error');
}

const nest = (depth: number): unknown => (depth === 0 ? 'x' : { not: nest(depth - 1) });

describe('derive, fill and as-of join in the request schema', () => {
  it('turns the steps into plain-data nodes', () => {
    const { steps } = parseMixQuery({
      sources: two,
      pipeline: [
        { join: { left: 'logs', right: 'cpu', on: { 'host.name': 'host' }, how: 'left', asof: { left: '@timestamp', right: 'time', within: '5m' } } },
        { derive: { bucket: { timeBucket: ['@timestamp', '5m'] }, ratio: { round: [{ div: ['a', { lit: 'b' }] }, 2] }, flag: true } },
        { fill: { time: 'bucket', every: '5m', by: ['host'], with: { cpu: 'previous', errors: { value: 0 }, note: null } } },
      ],
    });
    expect(steps).toEqual([
      {
        kind: 'JoinNode',
        right: 'cpu',
        on: [['host.name', 'host']],
        how: 'left',
        prefix: '',
        suffix: '_cpu',
        asof: { left: '@timestamp', right: 'time', direction: 'backward', within: '5m' },
        at: 'body.pipeline.0.join',
      },
      {
        kind: 'DeriveNode',
        columns: [
          ['bucket', { op: 'timeBucket', args: [{ op: 'column', name: '@timestamp' }], every: '5m' }],
          [
            'ratio',
            {
              op: 'round',
              args: [
                {
                  op: 'div',
                  args: [
                    { op: 'column', name: 'a' },
                    { op: 'literal', value: 'b' },
                  ],
                },
              ],
              digits: 2,
            },
          ],
          ['flag', { op: 'literal', value: true }],
        ],
      },
      { kind: 'FillNode', time: 'bucket', every: '5m', by: ['host'], with: { cpu: 'previous', errors: { value: 0 }, note: null }, at: 'body.pipeline.2.fill' },
    ]);
    expect(JSON.parse(JSON.stringify(steps))).toEqual(steps);
  });

  it('accepts an as-of join without on, and its own output', () => {
    const body = { sources: two, pipeline: [{ join: { left: 'logs', right: 'cpu', asof: { left: 't', right: 'time', direction: 'forward' } } }] };
    expect(parseMixQuery(body).steps[0]).toMatchObject({ on: [], asof: { direction: 'forward' } });
    const once = mixQueryBody.parse(body);
    expect(mixQueryBody.parse(once)).toEqual(once);
  });

  it.each([
    [{ derive: { ratio: { div: ['a'] } } }, 'body.pipeline.0.derive.ratio.div: expected two expressions'],
    [{ derive: { ratio: { div: 'a' } } }, 'body.pipeline.0.derive.ratio.div: expected two expressions'],
    [
      { derive: { ratio: { pow: ['a', 2] } } },
      'body.pipeline.0.derive.ratio: unknown expression operator "pow" (expected: lit, add, sub, mul, div, mod, eq, ne, gt, gte, lt, lte, and, or, coalesce, concat, not, lower, upper, time, round, timeBucket)',
    ],
    [{ derive: { x: { add: [1, 2], sub: [1, 2] } } }, 'body.pipeline.0.derive.x: expected exactly one operator, e.g. {"div": ["a", "b"]}; found "add", "sub"'],
    [{ derive: { x: [1] } }, 'body.pipeline.0.derive.x: expected an expression: a column name, a literal or an operation like {"div": ["a", "b"]}'],
    [{ derive: { x: { and: [] } } }, 'body.pipeline.0.derive.x.and: expected at least one expression'],
    [{ derive: { x: { concat: { lit: 'a' } } } }, 'body.pipeline.0.derive.x.concat: expected a list of expressions'],
    [
      { derive: { x: { eq: ['a', { upper: [] }] } } },
      'body.pipeline.0.derive.x.eq.1.upper: expected an expression: a column name, a literal or an operation like {"div": ["a", "b"]}',
    ],
    [{ derive: { x: { lit: [1] } } }, 'body.pipeline.0.derive.x.lit: expected a string, number, boolean or null'],
    [
      { derive: { x: { timeBucket: ['t', '5x'] } } },
      'body.pipeline.0.derive.x.timeBucket.1: expected a duration: a whole number above 0, then ms, s, m, h, d or w, e.g. 5m',
    ],
    [
      { derive: { x: { timeBucket: ['t', '0m'] } } },
      'body.pipeline.0.derive.x.timeBucket.1: expected a duration: a whole number above 0, then ms, s, m, h, d or w, e.g. 5m',
    ],
    [{ derive: { x: { timeBucket: ['t', '36601d'] } } }, 'body.pipeline.0.derive.x.timeBucket.1: at most a century (36600d)'],
    [{ derive: { x: { timeBucket: 't' } } }, 'body.pipeline.0.derive.x.timeBucket: expected [expression, duration], e.g. ["@timestamp", "5m"]'],
    [{ derive: { x: { round: ['x', 1.5] } } }, 'body.pipeline.0.derive.x.round.1: expected a whole number of digits from -15 to 15'],
    [{ derive: { x: { round: ['x', 16] } } }, 'body.pipeline.0.derive.x.round.1: expected a whole number of digits from -15 to 15'],
    [{ derive: { x: nest(9) } }, `body.pipeline.0.derive.x${'.not'.repeat(9)}: expressions nest at most 8 levels deep`],
    [{ derive: { x: '' } }, 'body.pipeline.0.derive.x: Too small: expected string to have >=1 characters'],
    [{ derive: {} }, 'body.pipeline.0.derive: name at least one column, {"column": expression}'],
    [{ derive: Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`c${i}`, 1])) }, 'body.pipeline.0.derive: at most 100 columns in one derive'],
    [{ fill: { every: '5m' } }, 'body.pipeline.0.fill.time: Invalid input: expected string, received undefined'],
    [{ fill: { time: 't', every: '5m', with: { x: 'next' } } }, 'body.pipeline.0.fill.with.x: expected "previous", {"value": v} or null'],
    [{ fill: { time: 't', every: '5m', with: { x: { value: [0] } } } }, 'body.pipeline.0.fill.with.x.value: expected a string, number, boolean or null'],
    [
      { fill: { time: 't', every: '5m', by: ['h'], with: { h: 'previous' } } },
      'body.pipeline.0.fill.with.h: the time and by columns of an added row are set by the grid',
    ],
    [{ fill: { time: 't', every: '5m', from: 'yesterday' } }, 'body.pipeline.0.fill.from: expected an RFC3339 time, e.g. "2026-12-01T00:00:00Z"'],
    [{ fill: { time: 't', every: '5m', to: '2026-13-01T00:00:00Z' } }, 'body.pipeline.0.fill.to: not a valid time'],
    [{ fill: { time: 't', every: '5m', from: '2026-12-01T01:00:00Z', to: '2026-12-01T00:00:00Z' } }, 'body.pipeline.0.fill.to: before from'],
    [{ fill: { time: 't', every: '5m', step: 1 } }, 'body.pipeline.0.fill: unknown fill argument "step" (expected: time, every, by, with, from, to)'],
  ])('refuses %j: %s', (step, message) => {
    expect(refusal({ sources: logs, pipeline: [step] })).toBe(message);
  });

  it.each([
    [{ left: 'logs', right: 'cpu' }, 'body.pipeline.0.join.on: name at least one pair of fields, {"leftField": "rightField"}, or give asof'],
    [{ left: 'logs', right: 'cpu', how: 'full', asof: { left: 't', right: 'time' } }, 'body.pipeline.0.join.how: an as-of join is inner or left'],
    [
      { left: 'logs', right: 'cpu', asof: { left: 't', right: 'time', direction: 'back' } },
      'body.pipeline.0.join.asof.direction: expected "backward" or "forward"',
    ],
    [
      { left: 'logs', right: 'cpu', asof: { left: 't', right: 'time', within: '5' } },
      'body.pipeline.0.join.asof.within: expected a duration: a whole number above 0, then ms, s, m, h, d or w, e.g. 5m',
    ],
    [{ left: 'logs', right: 'cpu', asof: { left: 't' } }, 'body.pipeline.0.join.asof.right: Invalid input: expected string, received undefined'],
    [
      { left: 'logs', right: 'cpu', asof: { left: 't', right: 'time', near: '5m' } },
      'body.pipeline.0.join.asof: unknown asof argument "near" (expected: left, right, direction, within)',
    ],
  ])('refuses the join %j: %s', (join, message) => {
    expect(refusal({ sources: two, pipeline: [{ join }] })).toBe(message);
  });

  it("accepts the README's last CPU point before each error event, and events rolled up into InfluxDB", () => {
    const events = { es: 'default', index: 'logs-*', query: { term: { level: 'error' } }, fields: ['@timestamp', 'host.name', 'message'], all: true };
    const cpu = { influx: 'default', db: 'telegraf', q: 'SELECT usage_user, host FROM cpu WHERE time > now() - 1h' };
    const lastCpu = parseMixQuery({
      sources: { events, cpu },
      pipeline: [
        {
          join: {
            left: 'events',
            right: 'cpu',
            on: { 'host.name': 'host' },
            how: 'left',
            asof: { left: '@timestamp', right: 'time', direction: 'backward', within: '5m' },
          },
        },
        { project: { keep: ['@timestamp', 'host.name', 'message', 'usage_user'] } },
      ],
    });
    expect(lastCpu.steps.map((s) => s.kind)).toEqual(['JoinNode', 'ProjectNode']);
    const rollUp = parseMixQuery({
      sources: { events },
      pipeline: [
        { derive: { minute: { timeBucket: ['@timestamp', '1m'] }, host: { lower: 'host.name' } } },
        { aggregate: { groupBy: ['host', 'minute'], metrics: { errors: { count: '*' } } } },
        { upsert: { influx: 'default', db: 'ops', measurement: 'errors_per_minute', tags: ['host'], fields: ['errors'], time: 'minute' } },
      ],
    });
    expect(rollUp.steps.map((s) => s.kind)).toEqual(['DeriveNode', 'AggregateNode', 'UpsertNode']);
  });

  it('knows the columns a derive adds and a fill keeps, and what they read', () => {
    const body = (pipeline: unknown[]) => ({
      sources: logs,
      pipeline: [{ aggregate: { groupBy: ['host', 't'], metrics: { n: { count: '*' } } } }, ...pipeline],
    });
    const { steps } = parseMixQuery(
      body([
        { derive: { n: { mul: ['n', 2] }, bucket: { timeBucket: ['t', '5m'] } } },
        { fill: { time: 'bucket', every: '5m', by: ['host'], with: { n: { value: 0 } } } },
        { aggregate: { groupBy: ['bucket'], metrics: { n: { sum: 'n' } } } },
      ]),
    );
    expect(fieldsRead(steps[1]!)).toEqual(['n', 't']);
    expect(columnsAfter(steps[1]!, ['host', 't', 'n'])).toEqual(['host', 't', 'n', 'bucket']);
    expect(fieldsRead(steps[2]!)).toEqual(['bucket', 'host', 'n']);
    expect(columnsAfter(steps[2]!, ['host', 't', 'n', 'bucket'])).toEqual(['host', 't', 'n', 'bucket']);
    expect(refusal(body([{ derive: { x: { add: ['cpu', 1] } } }]))).toBe('body.pipeline.1: no column "cpu" after step 0 (columns: host, t, n)');
    expect(refusal(body([{ fill: { time: 'bucket', every: '5m' } }]))).toBe('body.pipeline.1: no column "bucket" after step 0 (columns: host, t, n)');
    expect(refusal(body([{ derive: { b: 1 } }, { aggregate: { groupBy: ['c'] } }]))).toBe(
      'body.pipeline.2: no column "c" after step 1 (columns: host, t, n, b)',
    );
  });
});
