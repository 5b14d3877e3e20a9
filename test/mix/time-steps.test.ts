import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { direct, dropIndices, seed } from '../es/es-helpers.js';
import { buildTestApp } from '../helpers.js';
import { influxDirect, writeDirect } from '../influx/support.js';
import { mixQueryBody } from '../../src/parser/pipeline.js';
import { mix, mixText, ok } from './fixtures.js';

// The three examples on real Elasticsearch and InfluxDB, each from its JSON form and from
// its text form (text/plain), which answers the same rows and explains itself as that JSON form.
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

const errorsOnly = { term: { level: 'error' } };
const logsText = `es:default/\`${logs}\` query {"term": {"level": "error"}}`;

// Errors per host per 5 minutes (bucketed inside Elasticsearch) beside that host's CPU in those 5 minutes.
const cpuPer5m = `SELECT mean(usage_user) AS cpu FROM cpu WHERE ${range} GROUP BY time(5m), host fill(none)`;
const errorsBesideCpu = {
  sources: {
    errors: {
      es: 'default',
      index: logs,
      query: errorsOnly,
      time: { field: '@timestamp', gte: at('10:00:00'), lt: at('10:15:00') },
      aggregate: { groupBy: { host: { terms: 'host.name' }, bucket: { timeBucket: ['@timestamp', '5m'] } }, metrics: { errors: { count: '*' } } },
    },
    cpu: { influx: 'default', db: telegraf, q: cpuPer5m },
  },
  pipeline: [
    { join: { left: 'errors', right: 'cpu', on: { host: 'host' }, how: 'left', asof: { left: 'bucket', right: 'time', within: '4m' } } },
    { fill: { time: 'bucket', every: '5m', by: ['host'], with: { errors: { value: 0 } } } },
    { project: { keep: ['host', 'bucket', 'errors', 'cpu'] } },
  ],
};
const errorsBesideCpuText = [
  `from errors = ${logsText} time {"field": "@timestamp", "gte": "${at('10:00:00')}", "lt": "${at('10:15:00')}"}`,
  '  aggregate {"groupBy": {"host": {"terms": "host.name"}, "bucket": {"timeBucket": ["@timestamp", "5m"]}}, "metrics": {"errors": {"count": "*"}}}',
  `from cpu = influx:default/${telegraf} q ${JSON.stringify(cpuPer5m)}`,
  '| join errors with cpu how left on host = host asof bucket = time within 4m',
  '| fill bucket every 5m by host with errors = 0',
  '| select host, bucket, errors, cpu',
].join('\n');

// The last CPU point (at most 5 minutes old) before each error event.
const cpuPoints = `SELECT usage_user, host FROM cpu WHERE ${range}`;
const lastCpuBeforeError = {
  sources: {
    events: { es: 'default', index: logs, query: errorsOnly, fields: ['@timestamp', 'host.name', 'message'], all: true },
    cpu: { influx: 'default', db: telegraf, q: cpuPoints },
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
};
const lastCpuBeforeErrorText = [
  `from events = ${logsText} fields ["@timestamp", "host.name", "message"] all true`,
  `from cpu = influx:default/${telegraf} q ${JSON.stringify(cpuPoints)}`,
  '| join events with cpu how left on `host.name` = host asof `@timestamp` = time backward within 5m',
  '| select `@timestamp`, `host.name`, message, usage_user',
  '| sort `@timestamp` asc',
].join('\n');

// Error events rolled up per host and minute into an InfluxDB measurement.
const rollUp = (measurement: string) => ({
  sources: { events: { es: 'default', index: logs, query: errorsOnly, fields: ['@timestamp', 'host.name'], all: true } },
  pipeline: [
    { derive: { minute: { timeBucket: ['@timestamp', '1m'] }, host: { lower: 'host.name' } } },
    { aggregate: { groupBy: ['host', 'minute'], metrics: { errors: { count: '*' } } } },
    { upsert: { influx: 'default', db: ops, measurement, tags: ['host'], fields: ['errors'], time: 'minute' } },
  ],
});
const rollUpText = (measurement: string) =>
  [
    `from events = ${logsText} fields ["@timestamp", "host.name"] all true`,
    '| derive minute = timeBucket(`@timestamp`, 1m), host = lower(`host.name`)',
    '| stats count() as errors by host, minute',
    `| into influx:default/${ops}/${measurement} tags host fields errors time minute`,
  ].join('\n');

describe('time-aware pipelines: the issue examples on Elasticsearch and InfluxDB, from the JSON and the text form', () => {
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

  /** The text answers the JSON form's columns and rows, and explains itself as that JSON form (validated: defaults filled in). */
  async function sameFromText(json: object, text: string, answer: { columns: string[]; rows: object[] }) {
    const fromText = ok(await mixText(app, text));
    expect({ columns: fromText.columns, rows: fromText.rows }).toEqual({ columns: answer.columns, rows: answer.rows });
    expect(ok(await mixText(app, text, true)).pipeline).toEqual(mixQueryBody.parse(json));
  }

  it('counts errors per host per 5 minutes beside the CPU of those 5 minutes, quiet buckets filled with 0', async () => {
    const data = ok(await mix(app, errorsBesideCpu));
    expect(data.rows).toEqual([
      { host: 'WEB-02', bucket: at('10:00:00.000'), errors: 0, cpu: null },
      // The CPU bucket before is 5 minutes away, beyond within.
      { host: 'WEB-02', bucket: at('10:05:00.000'), errors: 1, cpu: null },
      { host: 'WEB-02', bucket: at('10:10:00.000'), errors: 0, cpu: null },
      { host: 'web-01', bucket: at('10:00:00.000'), errors: 2, cpu: 55 },
      { host: 'web-01', bucket: at('10:05:00.000'), errors: 0, cpu: null },
      { host: 'web-01', bucket: at('10:10:00.000'), errors: 1, cpu: 80 },
    ]);
    await sameFromText(errorsBesideCpu, errorsBesideCpuText, data);
  });

  it('attaches to each error event the last CPU point before it', async () => {
    const data = ok(await mix(app, lastCpuBeforeError));
    expect(data.rows).toEqual([
      { '@timestamp': at('10:01:00'), 'host.name': 'web-01', message: 'disk full', usage_user: 50 },
      { '@timestamp': at('10:03:30'), 'host.name': 'web-01', message: 'disk full', usage_user: 60 },
      { '@timestamp': at('10:06:00'), 'host.name': 'WEB-02', message: 'timeout', usage_user: 30 },
      { '@timestamp': at('10:12:10'), 'host.name': 'web-01', message: 'oom', usage_user: 80 },
    ]);
    await sameFromText(lastCpuBeforeError, lastCpuBeforeErrorText, data);
  });

  it('rolls error events up per host and minute into an InfluxDB measurement, the text form into one of its own', async () => {
    const data = ok(await mix(app, rollUp('errors_per_minute')));
    expect(data.rows).toHaveLength(4);
    await sameFromText(rollUp('errors_per_minute_text'), rollUpText('errors_per_minute_text'), data);
    const written = async (measurement: string) => {
      const [result] = await influxDirect(`SELECT errors FROM ${measurement} GROUP BY host`, ops);
      return Object.fromEntries(result!.series!.map((s) => [s.tags!.host, s.values]));
    };
    const series = {
      'web-01': [
        [at('10:01:00'), 1],
        [at('10:03:00'), 1],
        [at('10:12:00'), 1],
      ],
      'web-02': [[at('10:06:00'), 1]],
    };
    expect(await written('errors_per_minute')).toEqual(series);
    expect(await written('errors_per_minute_text')).toEqual(series);
  });
});
