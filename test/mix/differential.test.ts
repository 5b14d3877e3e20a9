import type { FastifyInstance } from 'fastify';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FilterInput } from '../../src/operator/filter.js';
import type { Rows } from '../../src/libs/rows.js';
import { direct, dropIndices, flavors, seed } from '../es/es-helpers.js';
import { buildTestApp } from '../helpers.js';
import { influxDirect, writeDirect } from '../influx/support.js';
import { mix, ok } from './fixtures.js';

const P = 'mx6d';
const index = `${P}-inventory`;
const db = `${P}_metrics`;

// Strings are dynamic (text + .keyword), the others mapped; some documents hold arrays, nulls, or lack fields.
const inventory = [
  { hostname: 'h0', region: 'eu', os: 'linux', cores: 4, load: 0.5, up: true, tags: ['web', 'prod'] },
  { hostname: 'h1', region: 'eu', os: 'linux', cores: 8, load: 1.5, up: false, tags: 'web' },
  { hostname: 'h2', region: 'us', os: 'windows', cores: 16, load: 0.25, up: true, tags: [] },
  { hostname: 'h3', region: 'us', os: null, cores: 2, up: true },
  { hostname: 'h4', region: ['us', 'eu'], os: 'linux', cores: 4, load: 2.0, tags: ['db'] },
  { hostname: 'h5', region: 'ap', os: 'bsd', load: 0.75, up: false, tags: ['web', 'db'] },
  { hostname: 'h6', os: 'linux', cores: 32, load: 3.0, up: true },
  { hostname: 'h6', region: 'sa', os: 'linux', cores: 1, up: false, tags: ['dup'] },
  { hostname: 'h7', region: 'eu', os: 'linux', cores: 8, load: 1.0, up: true },
  { region: 'eu', os: 'linux', cores: 4 },
];

const points = [
  'm,host=h0,dc=a usage=10,state="ok",on=true',
  'm,host=h0,dc=b usage=90,state="busy",on=true',
  'm,host=h1,dc=a usage=55.5,state="ok"',
  'm,host=h2 usage=70,on=false',
  'm,host=h3,dc=c usage=5,state="idle",on=false',
  'm,host=h4,dc=a usage=99,state="busy"',
  'm,host=h6,dc=b usage=40,state="ok",on=true',
  'm,host=h6,dc=b usage=41',
  'm,host=hx,dc=a usage=80,state="busy",on=true',
  'm,dc=a usage=1',
];

const values = (rows: Rows) => rows.map((row) => Object.fromEntries(Object.entries(row).filter(([, v]) => v !== null && v !== undefined)));

const text = (field: string, domain: string[]) =>
  fc
    .oneof(
      fc.record({ eq: fc.constantFrom(...domain) }),
      fc.record({ in: fc.array(fc.constantFrom(...domain), { minLength: 1, maxLength: 3 }) }),
      fc.record({ ne: fc.constantFrom(...domain) }),
      fc.record({ prefix: fc.constantFrom('', ...domain.map((d) => d.slice(0, 1))) }),
      fc.record({ contains: fc.constantFrom(...domain.map((d) => d.slice(1))) }),
      fc.record({ gt: fc.constantFrom(...domain) }),
      fc.record({ exists: fc.boolean() }),
      fc.record({ regex: fc.constantFrom('^h[0-3]', 'b') }),
    )
    .map((c) => ({ [field]: c }));
const number = (field: string, domain: number[]) =>
  fc
    .oneof(
      fc.record({ eq: fc.constantFrom(...domain) }),
      fc.record({ in: fc.array(fc.constantFrom(...domain), { minLength: 1, maxLength: 3 }) }),
      fc.record({ gte: fc.constantFrom(...domain) }),
      fc.record({ lt: fc.constantFrom(...domain) }),
      fc.record({ nin: fc.array(fc.constantFrom(...domain), { maxLength: 2 }) }),
    )
    .map((c) => ({ [field]: c }));
const bool = (field: string) => fc.record({ eq: fc.boolean() }).map((c) => ({ [field]: c }));

const leaf = fc.oneof(
  text('hostname', ['h0', 'h1', 'h4', 'h6']),
  text('region', ['eu', 'us', 'sa']),
  text('os', ['linux', 'bsd']),
  text('tags', ['web', 'db']),
  text('host', ['h0', 'h2', 'hx']),
  text('dc', ['a', 'b']),
  text('state', ['ok', 'busy']),
  number('cores', [2, 4, 8, 16]),
  number('load', [0.5, 1, 1.5]),
  number('usage', [10, 55.5, 80, 90]),
  bool('up'),
  bool('on'),
);
/** Filters nested at most `depth` and/or/not levels (the parser allows 4). */
const whereOf = (depth: number): fc.Arbitrary<FilterInput> =>
  depth === 0
    ? leaf
    : fc.oneof(
        leaf,
        fc.array(whereOf(depth - 1), { minLength: 1, maxLength: 3 }).map((and) => ({ and })),
        fc.array(whereOf(depth - 1), { minLength: 1, maxLength: 2 }).map((or) => ({ or })),
        whereOf(depth - 1).map((not) => ({ not })),
      );
// Mostly conditions joined by and, the shape that pushdown splits and moves.
const where = fc
  .array(
    fc.oneof(
      { weight: 6, arbitrary: leaf },
      { weight: 2, arbitrary: fc.array(leaf, { minLength: 1, maxLength: 3 }).map((or) => ({ or })) },
      { weight: 1, arbitrary: whereOf(2) },
    ),
    {
      minLength: 1,
      maxLength: 3,
    },
  )
  .map((and): FilterInput => (and.length === 1 ? and[0]! : { and }));

describe('pushdown against the real backends', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestApp();
    await influxDirect(`DROP DATABASE "${db}"; CREATE DATABASE "${db}"`);
    await writeDirect(db, points.map((p, i) => `${p} ${1_600_000_000 + i}`).join('\n'), 's');
    for (const { instance } of flavors) {
      await dropIndices(instance, P);
      await direct(instance, 'PUT', `/${index}`, {
        settings: { number_of_shards: 1, number_of_replicas: 0 },
        mappings: { properties: { hostname: { type: 'keyword' }, cores: { type: 'long' }, load: { type: 'double' }, up: { type: 'boolean' } } },
      });
      await seed(instance, index, inventory);
    }
  });
  afterAll(async () => {
    await Promise.all(flavors.map(({ instance }) => dropIndices(instance, P)));
    await influxDirect(`DROP DATABASE "${db}"`);
    await app.close();
  });

  it('gives the rows of the in-memory run for random filters over every join kind, on both flavors', async () => {
    let moved = 0;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('default', 'opensearch'), fc.constantFrom('inner', 'left', 'right', 'full'), where, async (instance, how, filter) => {
        const body = {
          sources: { hosts: { es: instance, index }, metrics: { influx: 'default', db, measurement: 'm' } },
          pipeline: [
            { join: { left: 'hosts', right: 'metrics', on: { hostname: 'host' }, how } },
            { filter },
            { sort: [{ hostname: 'asc' }, { host: 'asc' }, { time: 'asc' }, { cores: 'asc' }] },
          ],
        };
        const plan = ok(await mix(app, body, { explain: true }));
        if (plan.sources.hosts.pushed.length + plan.sources.metrics.pushed.length > 0) moved++;
        const on = ok(await mix(app, body));
        const off = ok(await mix(app, { ...body, options: { pushdown: false } }));
        expect(values(on.rows)).toEqual(values(off.rows));
      }),
      { numRuns: 150 },
    );
    expect(moved).toBeGreaterThan(60);
    // 450 pipelines, each opening its own DuckDB: minutes on a loaded 2-core runner.
  }, 300_000);
});
