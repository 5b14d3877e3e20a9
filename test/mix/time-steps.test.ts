import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { direct, dropIndices, seed } from '../es/es-helpers.js';
import { buildTestApp } from '../helpers.js';
import { influxDirect, writeDirect } from '../influx/support.js';
import { mix, ok } from './fixtures.js';

// The three examples on real Elasticsearch and InfluxDB. They need the DuckDB engine
// wired into the pipeline run (derive, fill and as-of joins answer 501 before) and the ES source's
// "time" and "aggregate" (the first example).
const P = 'timesteps';
const logs = `${P}-logs`;
const telegraf = `${P}_telegraf`;
const ops = `${P}_ops`;
const at = (hms: string) => `2026-12-01T${hms}Z`;
const range = `time >= '${at('10:00:00')}' AND time < '${at('10:15:00')}'`;

const events = [
  { '@timestamp': at('10:01:00'), host: { name: 'web-01' }, level: 'error', message: 'disk full' },
  { '@timestamp': at('10:02:00'), host: { name: 'web-01' }, level: 'info', message: 'retrying' },
  { '@timestamp': at('10:03:30'), host: { name: 'web-01' }, level: 'error', message: 'disk full' },
  { '@timestamp': at('10:06:00'), host: { name: 'WEB-02' }, level: 'error', message: 'timeout' },
  { '@timestamp': at('10:12:10'), host: { name: 'web-01' }, level: 'error', message: 'oom' },
];
/** usage_user per host: [time, value]. */
const cpu: Record<string, [string, number][]> = {
  'web-01': [
    ['10:00:00', 50],
    ['10:02:00', 60],
    ['10:05:00', 70],
    ['10:10:00', 80],
  ],
  'WEB-02': [
    ['10:04:00', 30],
    ['10:15:00', 40],
  ],
};

describe('time-aware pipelines: the issue examples on Elasticsearch and InfluxDB', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestApp();
    await dropIndices('default', P);
    await direct('default', 'PUT', `/${logs}`, {
      settings: { number_of_shards: 1, number_of_replicas: 0 },
      mappings: {
        properties: {
          '@timestamp': { type: 'date' },
          host: { properties: { name: { type: 'keyword' } } },
          level: { type: 'keyword' },
          message: { type: 'keyword' },
        },
      },
    });
    await seed('default', logs, events);
    await influxDirect(`DROP DATABASE "${telegraf}"; CREATE DATABASE "${telegraf}"; DROP DATABASE "${ops}"; CREATE DATABASE "${ops}"`);
    const lines = Object.entries(cpu).flatMap(([host, points]) => points.map(([hms, v]) => `cpu,host=${host} usage_user=${v} ${Date.parse(at(hms))}`));
    await writeDirect(telegraf, lines.join('\n'), 'ms');
  });
  afterAll(async () => {
    await dropIndices('default', P);
    await influxDirect(`DROP DATABASE "${telegraf}"; DROP DATABASE "${ops}"`);
    await app.close();
  });

  const errorsOnly = { term: { level: 'error' } };

  it('counts errors per host per 5 minutes beside the CPU of those 5 minutes, quiet buckets filled with 0', async () => {
    const data = ok(
      await mix(app, {
        sources: {
          errors: {
            es: 'default',
            index: logs,
            query: errorsOnly,
            time: { field: '@timestamp', gte: at('10:00:00'), lt: at('10:15:00') },
            aggregate: { groupBy: { host: { terms: 'host.name' }, bucket: { timeBucket: ['@timestamp', '5m'] } }, metrics: { errors: { count: '*' } } },
          },
          cpu: { influx: 'default', db: telegraf, q: `SELECT mean(usage_user) AS cpu FROM cpu WHERE ${range} GROUP BY time(5m), host fill(none)` },
        },
        pipeline: [
          { join: { left: 'errors', right: 'cpu', on: { host: 'host' }, how: 'left', asof: { left: 'bucket', right: 'time', within: '4m' } } },
          { fill: { time: 'bucket', every: '5m', by: ['host'], with: { errors: { value: 0 } } } },
          { project: { keep: ['host', 'bucket', 'errors', 'cpu'] } },
        ],
      }),
    );
    expect(data.rows).toEqual([
      { host: 'WEB-02', bucket: at('10:00:00.000'), errors: 0, cpu: null },
      // The CPU bucket before is 5 minutes away, beyond within.
      { host: 'WEB-02', bucket: at('10:05:00.000'), errors: 1, cpu: null },
      { host: 'WEB-02', bucket: at('10:10:00.000'), errors: 0, cpu: null },
      { host: 'web-01', bucket: at('10:00:00.000'), errors: 2, cpu: 55 },
      { host: 'web-01', bucket: at('10:05:00.000'), errors: 0, cpu: null },
      { host: 'web-01', bucket: at('10:10:00.000'), errors: 1, cpu: 80 },
    ]);
  });

  it('attaches to each error event the last CPU point before it', async () => {
    const data = ok(
      await mix(app, {
        sources: {
          events: { es: 'default', index: logs, query: errorsOnly, fields: ['@timestamp', 'host.name', 'message'], all: true },
          cpu: { influx: 'default', db: telegraf, q: `SELECT usage_user, host FROM cpu WHERE ${range}` },
        },
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
          { sort: [{ '@timestamp': 'asc' }] },
        ],
      }),
    );
    expect(data.rows).toEqual([
      { '@timestamp': at('10:01:00'), 'host.name': 'web-01', message: 'disk full', usage_user: 50 },
      { '@timestamp': at('10:03:30'), 'host.name': 'web-01', message: 'disk full', usage_user: 60 },
      { '@timestamp': at('10:06:00'), 'host.name': 'WEB-02', message: 'timeout', usage_user: 30 },
      { '@timestamp': at('10:12:10'), 'host.name': 'web-01', message: 'oom', usage_user: 80 },
    ]);
  });

  it('rolls error events up per host and minute into an InfluxDB measurement', async () => {
    const data = ok(
      await mix(app, {
        sources: { events: { es: 'default', index: logs, query: errorsOnly, fields: ['@timestamp', 'host.name'], all: true } },
        pipeline: [
          { derive: { minute: { timeBucket: ['@timestamp', '1m'] }, host: { lower: 'host.name' } } },
          { aggregate: { groupBy: ['host', 'minute'], metrics: { errors: { count: '*' } } } },
          { upsert: { influx: 'default', db: ops, measurement: 'errors_per_minute', tags: ['host'], fields: ['errors'], time: 'minute' } },
        ],
      }),
    );
    expect(data.rows).toHaveLength(4);
    const [result] = await influxDirect('SELECT errors FROM errors_per_minute GROUP BY host', ops);
    const series = Object.fromEntries(result!.series!.map((s) => [s.tags!.host, s.values]));
    expect(series).toEqual({
      'web-01': [
        [at('10:01:00'), 1],
        [at('10:03:00'), 1],
        [at('10:12:00'), 1],
      ],
      'web-02': [[at('10:06:00'), 1]],
    });
  });
});
