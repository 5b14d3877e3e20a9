import { describe, expect, it } from 'vitest';
import { explainPlan } from '../../src/operator/mix/explain.js';
import { planPipeline } from '../../src/operator/mix/pushdown.js';
import { parseMixQuery } from '../../src/parser/pipeline.js';

const sources = {
  logs: { es: 'default', index: 'logs-*', fields: ['@timestamp', 'host.name', 'level', 'latency'], all: true },
  cpu: { influx: 'default', db: 'telegraf', q: 'SELECT usage_user, host FROM cpu WHERE time > now() - 1h' },
};

/** The steps ?explain=true shows (pushdown off: the steps stay as written), as the route answers them: JSON. */
function explainedSteps(body: object) {
  const plan = planPipeline(parseMixQuery(body), null);
  return (JSON.parse(JSON.stringify(explainPlan(plan))) as ReturnType<typeof explainPlan>).steps;
}

/** The explained steps sent again as a pipeline (the first join naming the start): the same nodes. */
function reparsed(body: { sources: object; pipeline: object[] }) {
  const steps = explainedSteps(body).map(({ step: _, ...rest }) => rest as Record<string, Record<string, unknown>>);
  const [first] = steps;
  if (first?.join) first.join = { left: parseMixQuery(body).start, ...first.join };
  return parseMixQuery({ sources: body.sources, pipeline: steps }).steps;
}

describe('?explain=true shows derive, fill and as-of joins in the request language', () => {
  const fiveMinutes = {
    time: 'bucket',
    every: '5m',
    by: ['host'],
    with: { errors: { value: 0 }, cpu: 'previous' },
    from: '2026-12-01T10:00:00Z',
    to: '2026-12-01T11:00:00Z',
  };
  const body = {
    sources,
    pipeline: [
      { join: { left: 'logs', right: 'cpu', on: { 'host.name': 'host' }, how: 'left', asof: { left: '@timestamp', right: 'time', within: '5m' } } },
      {
        derive: {
          bucket: { timeBucket: ['@timestamp', '5m'] },
          host: { lower: 'host.name' },
          label: { concat: [{ upper: 'level' }, { lit: ':' }, 'host.name'] },
          slow: { and: [{ gt: ['latency', 250] }, { not: { eq: ['level', { lit: 'debug' }] } }] },
          cpu: { round: [{ coalesce: ['usage_user', 0] }, 1] },
          whole: { round: 'usage_user' },
          ratio: { div: [{ sub: ['latency', 10] }, { add: [{ mul: ['usage_user', 2] }, { mod: ['latency', 7] }] }] },
          seen: { time: '@timestamp' },
          flag: true,
          none: null,
          five: { lit: 5 },
        },
      },
      { aggregate: { groupBy: ['host', 'bucket'], metrics: { errors: { count: '*' }, cpu: { avg: 'cpu' } } } },
      { fill: fiveMinutes },
      { fill: { time: 'bucket', every: '1h', with: { cpu: null } } },
    ],
  };

  it('shows each step with its defaults filled in: the join backward with its suffix, round to 0 digits, a fill without by over no groups', () => {
    expect(explainedSteps(body)).toEqual([
      {
        step: 0,
        join: {
          right: 'cpu',
          on: { 'host.name': 'host' },
          how: 'left',
          prefix: '',
          suffix: '_cpu',
          asof: { left: '@timestamp', right: 'time', direction: 'backward', within: '5m' },
        },
      },
      {
        step: 1,
        derive: {
          bucket: { timeBucket: ['@timestamp', '5m'] },
          host: { lower: 'host.name' },
          label: { concat: [{ upper: 'level' }, { lit: ':' }, 'host.name'] },
          slow: { and: [{ gt: ['latency', 250] }, { not: { eq: ['level', { lit: 'debug' }] } }] },
          cpu: { round: [{ coalesce: ['usage_user', 0] }, 1] },
          whole: { round: ['usage_user', 0] },
          ratio: { div: [{ sub: ['latency', 10] }, { add: [{ mul: ['usage_user', 2] }, { mod: ['latency', 7] }] }] },
          seen: { time: '@timestamp' },
          flag: true,
          none: null,
          five: 5,
        },
      },
      { step: 2, aggregate: { groupBy: ['host', 'bucket'], metrics: { errors: { count: '*' }, cpu: { avg: 'cpu' } } } },
      // Every member of this fill was sent: it is shown as it came.
      { step: 3, fill: fiveMinutes },
      { step: 4, fill: { time: 'bucket', every: '1h', by: [], with: { cpu: null } } },
    ]);
  });

  it('shows steps that, sent again, make the same nodes', () => {
    expect(reparsed(body)).toEqual(parseMixQuery(body).steps);
  });

  it('shows an as-of join without equal keys (no "on", which the request refuses empty), forward', () => {
    const asofOnly = {
      sources,
      pipeline: [{ join: { left: 'logs', right: 'cpu', asof: { left: '@timestamp', right: 'time', direction: 'forward' } } }],
    };
    expect(explainedSteps(asofOnly)).toEqual([
      { step: 0, join: { right: 'cpu', how: 'inner', prefix: '', suffix: '_cpu', asof: { left: '@timestamp', right: 'time', direction: 'forward' } } },
    ]);
    expect(reparsed(asofOnly)).toEqual(parseMixQuery(asofOnly).steps);
  });
});
