import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import { direct, dropIndices, seed, type Instance } from '../es/es-helpers.js';
import { bodyOf, type EnvelopeBody } from '../helpers.js';
import { influxDirect, writeDirect } from '../influx/support.js';

/** The host inventory: hostname, region, os. */
export const hosts = [
  { hostname: 'web-01', region: 'eu', os: 'linux' },
  { hostname: 'web-02', region: 'eu', os: 'linux' },
  { hostname: 'web-03', region: 'eu', os: 'windows' },
  { hostname: 'web-04', region: 'eu', os: 'linux' },
  { hostname: 'db-01', region: 'us', os: 'linux' },
  { hostname: 'db-02', region: 'us', os: 'linux' },
  { hostname: 'db-03', region: 'us', os: 'windows' },
  { hostname: 'app-01', region: 'ap', os: 'linux' },
  { hostname: 'app-02', region: 'ap', os: 'linux' },
  { hostname: 'idle-01', region: 'sa', os: 'linux' },
];

/** usage_user points per host tag (two each, so that every mean is exact); "gone" has no inventory entry. */
export const cpu: Record<string, [number, number]> = {
  'web-01': [90, 94],
  'web-02': [84, 86],
  'web-03': [99, 97],
  'web-04': [10, 20],
  'db-01': [99, 99],
  'db-02': [81, 83],
  'db-03': [40, 42],
  'app-01': [88, 90],
  gone: [95, 95],
};

export const hostsIndex = (prefix: string) => `${prefix}-hosts`;
export const cpuDatabase = (prefix: string) => `${prefix}_telegraf`;

/** The inventory in an index of one replica-less shard: explicit keyword fields, or dynamic mapping (text + .keyword). */
export async function seedHosts(prefix: string, instance: Instance = 'default', dynamic = false): Promise<void> {
  await dropIndices(instance, prefix);
  const keyword = { type: 'keyword' };
  await direct(instance, 'PUT', `/${hostsIndex(prefix)}`, {
    settings: { number_of_shards: 1, number_of_replicas: 0 },
    ...(!dynamic && { mappings: { properties: { hostname: keyword, region: keyword, os: keyword } } }),
  });
  await seed(instance, hostsIndex(prefix), hosts);
}

/** The cpu points, each within the last minutes. */
export async function seedCpu(prefix: string): Promise<void> {
  const db = cpuDatabase(prefix);
  await influxDirect(`DROP DATABASE "${db}"; CREATE DATABASE "${db}"`);
  const now = BigInt(Date.now()) * 1_000_000n;
  const lines = Object.entries(cpu).flatMap(([host, values]) =>
    values.map((v, i) => `cpu,host=${host} usage_user=${v} ${now - BigInt(i + 1) * 10_000_000_000n}`),
  );
  await writeDirect(db, lines.join('\n'));
}

export async function dropCpu(prefix: string): Promise<void> {
  await influxDirect(`DROP DATABASE "${cpuDatabase(prefix)}"`);
}

/** DESIGN.md's pipeline over the fixtures: linux hosts left-joined to their mean cpu, those above 80, by region. */
export function designPipeline(prefix: string, instance: Instance = 'default') {
  return {
    sources: {
      hosts: { es: instance, index: hostsIndex(prefix), query: { term: { os: 'linux' } } as Record<string, unknown>, fields: ['hostname', 'region'] },
      cpu: {
        influx: 'default',
        db: cpuDatabase(prefix),
        measurement: 'cpu',
        select: { cpu: { mean: 'usage_user' } },
        where: { time: { gte: 'now-1h' } },
        groupBy: ['host'],
      },
    },
    pipeline: [
      { join: { left: 'hosts', right: 'cpu', on: { hostname: 'host' }, how: 'left' } },
      { filter: { cpu: { gt: 80 } } },
      { aggregate: { groupBy: ['region'], metrics: { hosts: { count: '*' }, avgCpu: { avg: 'cpu' } } } },
      { sort: [{ avgCpu: 'desc' }] },
      { limit: 10 },
    ] as Record<string, unknown>[],
  };
}

/** What it returns: us (db-01 99, db-02 82), ap (app-01 89), eu (web-01 92, web-02 85); web-04 (15) is filtered out, app-02 and idle-01 have no cpu. */
export const designResult = {
  columns: ['region', 'hosts', 'avgCpu'],
  rows: [
    { region: 'us', hosts: 2, avgCpu: 90.5 },
    { region: 'ap', hosts: 1, avgCpu: 89 },
    { region: 'eu', hosts: 2, avgCpu: 88.5 },
  ],
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- answers are read loosely; test/es/responses.test.ts checks their schema
export interface Answer<T = any> {
  status: number;
  body: EnvelopeBody<T>;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- answers are read loosely; test/es/responses.test.ts checks their schema
export async function mix<T = any>(app: FastifyInstance, body: unknown, opts: { explain?: boolean; token?: string } = {}): Promise<Answer<T>> {
  const res = await app.inject({
    method: 'POST',
    url: `/mix/query${opts.explain ? '?explain=true' : ''}`,
    payload: body as object,
    headers: opts.token ? { authorization: `Bearer ${opts.token}` } : {},
  });
  return { status: res.statusCode, body: bodyOf<T>(res) };
}

/** POST /mix/query with the whole body as text/plain (the pipeline's text form). */
export async function mixText(app: FastifyInstance, text: string, explain = false): Promise<Answer> {
  const res = await app.inject({
    method: 'POST',
    url: `/mix/query${explain ? '?explain=true' : ''}`,
    headers: { 'content-type': 'text/plain' },
    payload: text,
  });
  return { status: res.statusCode, body: bodyOf(res) };
}

/** The data of a 200 answer. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- answers are read loosely; test/es/responses.test.ts checks their schema
export function ok<T = any>(answer: Answer<T>): T {
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  return answer.body.data;
}

/** The message of a refusal with this status and result code. */
export function refused(answer: Answer, status: number, resultcode: number): string {
  expect(answer.status, JSON.stringify(answer.body)).toBe(status);
  expect(answer.body).toMatchObject({ result: false, resultcode, data: null });
  return answer.body.message;
}
