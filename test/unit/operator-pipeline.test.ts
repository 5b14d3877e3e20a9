import { describe, expect, it } from 'vitest';
import { AggregateNode } from '../../src/operator/aggregate.js';
import { FilterNode } from '../../src/operator/filter.js';
import { JoinNode } from '../../src/operator/join.js';
import { LimitNode } from '../../src/operator/limit.js';
import { columnsAfter, fieldsRead, UpsertNode, type PipelineStep } from '../../src/operator/pipeline.js';
import { runOnEngine as runPipeline, stepOnEngine as applyStep } from '../engine.js';
import { ProjectNode } from '../../src/operator/project.js';
import { isEsTarget } from '../../src/query/mix/upsert.js';
import { SortNode } from '../../src/operator/sort.js';
import { columnsOf } from '../../src/libs/rows.js';
import { mixQueryExample, parseMixQuery } from '../../src/parser/pipeline.js';

const hosts = [
  { hostname: 'web-1', region: 'eu' },
  { hostname: 'web-2', region: 'eu' },
  { hostname: 'db-1', region: 'us' },
  { hostname: 'db-2', region: 'us' },
  { hostname: 'idle', region: 'ap' },
];
const cpu = [
  { host: 'web-1', cpu: 91 },
  { host: 'web-2', cpu: 85 },
  { host: 'db-1', cpu: 99 },
  { host: 'db-2', cpu: 40 },
  { host: 'gone', cpu: 95 },
];

/** The in-memory steps of a parsed body (upserts are the mix query's to run). */
const inMemory = (body: unknown) => {
  const { start, steps } = parseMixQuery(body);
  return { start, steps: steps.filter((s): s is PipelineStep => !UpsertNode.is(s)) };
};

describe('pipeline', () => {
  it("runs DESIGN.md's example: left join, filter, aggregate by region, sort, limit", async () => {
    const { start, steps } = inMemory(mixQueryExample);
    expect(await runPipeline(start, steps, { hosts, cpu })).toEqual({
      columns: ['region', 'hosts', 'avgCpu'],
      rows: [
        { region: 'us', hosts: 1, avgCpu: 99 },
        { region: 'eu', hosts: 2, avgCpu: 88 },
      ],
    });
  });

  it('works on a single source without a join', async () => {
    const { start, steps } = inMemory({
      sources: { hosts: { es: 'default', index: 'hosts' } },
      pipeline: [{ aggregate: { groupBy: ['region'], metrics: { n: { count: '*' } } } }, { sort: [{ n: 'desc' }, { region: 'asc' }] }],
    });
    expect(start).toBe('hosts');
    expect((await runPipeline(start, steps, { hosts })).rows).toEqual([
      { region: 'eu', n: 2 },
      { region: 'us', n: 2 },
      { region: 'ap', n: 1 },
    ]);
  });

  it('chains joins: later joins join the current rows with their right source', async () => {
    const owners = [
      { region: 'eu', team: 'blue' },
      { region: 'us', team: 'red' },
    ];
    const { start, steps } = inMemory({
      sources: {
        hosts: { es: 'default', index: 'hosts' },
        cpu: { influx: 'default', db: 'telegraf', measurement: 'cpu' },
        owners: { es: 'default', index: 'owners' },
      },
      pipeline: [
        { join: { left: 'cpu', right: 'hosts', on: { host: 'hostname' } } },
        { join: { right: 'owners', on: { region: 'region' }, how: 'left' } },
        { project: { keep: ['host', 'team', 'cpu'] } },
        { limit: { count: 2, offset: 1 } },
      ],
    });
    expect(await runPipeline(start, steps, { hosts, cpu, owners })).toEqual({
      columns: ['host', 'team', 'cpu'],
      rows: [
        { host: 'web-2', team: 'blue', cpu: 85 },
        { host: 'db-1', team: 'red', cpu: 99 },
      ],
    });
  });

  it('returns the source rows as they are without steps, with every key as a column in first-seen order', async () => {
    const rows = [{ a: 1 }, { b: 2, a: 3 }, { c: 4 }];
    // A table's rows: a missing field is null.
    expect(await runPipeline('s', [], { s: rows })).toEqual({
      columns: ['a', 'b', 'c'],
      rows: [
        { a: 1, b: null, c: null },
        { a: 3, b: 2, c: null },
        { a: null, b: null, c: 4 },
      ],
    });
    expect(columnsOf([])).toEqual([]);
  });

  it('refuses to run without the rows of a source it needs', async () => {
    await expect(runPipeline('s', [], {})).rejects.toThrow('pipeline: no rows for source "s"');
  });
});

describe('what a node reads and the columns after it', () => {
  const join = JoinNode.create({ right: 'hosts', on: { host: 'hostname', dc: 'site' } });
  const filterNode = FilterNode.create({ cpu: { gt: 80 }, or: [{ host: { prefix: 'web' } }, { not: { region: { eq: 'eu' } } }] });
  const aggregateNode = AggregateNode.create({ groupBy: ['region'], metrics: { n: { count: '*' }, avg: { avg: 'cpu' } } });
  const sortNode = SortNode.create([{ cpu: 'desc' }, { host: 'asc' }]);
  const limitNode = LimitNode.create({ count: 3 });
  const keep = ProjectNode.create({ keep: ['host', 'cpu'], rename: { cpu: 'usage' } });
  const renameOnly = ProjectNode.create({ rename: { cpu: 'usage' } });
  const es = UpsertNode.create({ es: 'default', index: 'hosts', id: 'host' });
  const influx = UpsertNode.create({ influx: 'default', db: 'd', measurement: 'm', tags: ['host'], fields: ['cpu', 'mem'], time: 't' });
  const influxNoTime = UpsertNode.create({ influx: 'default', db: 'd', measurement: 'm', tags: ['host'], fields: ['cpu'] });

  it('lists the columns each kind of node reads', () => {
    expect(fieldsRead(join)).toEqual(['host', 'dc']);
    expect(fieldsRead(filterNode)).toEqual(['cpu', 'host', 'region']);
    expect(fieldsRead(aggregateNode)).toEqual(['region', 'cpu']);
    expect(fieldsRead(sortNode)).toEqual(['cpu', 'host']);
    expect(fieldsRead(limitNode)).toEqual([]);
    expect(fieldsRead(keep)).toEqual(['host', 'cpu', 'cpu']);
    expect(fieldsRead(renameOnly)).toEqual(['cpu']);
    expect(fieldsRead(es)).toEqual(['host']);
    expect(fieldsRead(influx)).toEqual(['host', 'cpu', 'mem', 't']);
    expect(fieldsRead(influxNoTime)).toEqual(['host', 'cpu']);
  });

  it('knows the columns after a node when the node decides them, else passes on what it was given', () => {
    const before = ['host', 'cpu', 'region'];
    expect(columnsAfter(join, before)).toBeUndefined();
    expect(columnsAfter(aggregateNode, undefined)).toEqual(['region', 'n', 'avg']);
    expect(columnsAfter(keep, undefined)).toEqual(['host', 'usage']);
    expect(columnsAfter(renameOnly, before)).toEqual(['host', 'usage', 'region']);
    expect(columnsAfter(renameOnly, undefined)).toBeUndefined();
    expect(columnsAfter(ProjectNode.create({ rename: { constructor: 'c' } }), ['toString', 'constructor'])).toEqual(['toString', 'c']);
    for (const node of [filterNode, sortNode, limitNode, es]) {
      expect(columnsAfter(node, before)).toBe(before);
      expect(columnsAfter(node, undefined)).toBeUndefined();
    }
  });

  it('runs each kind of step on the current rows, a join with its right source', async () => {
    const rows = [
      { host: 'web-1', cpu: 90, region: 'eu', dc: 1 },
      { host: 'db-1', cpu: 85, region: 'us', dc: 2 },
      { host: 'web-2', cpu: 10, region: 'us', dc: 1 },
    ];
    const tables = { hosts: [{ hostname: 'web-1', site: 1, rack: 'a' }] };
    expect(await applyStep(join, rows, tables)).toEqual([{ host: 'web-1', cpu: 90, region: 'eu', dc: 1, hostname: 'web-1', site: 1, rack: 'a' }]);
    expect(await applyStep(filterNode, rows, tables)).toEqual([rows[0], rows[1]]);
    expect(await applyStep(aggregateNode, rows, tables)).toEqual([
      { region: 'eu', n: 1, avg: 90 },
      { region: 'us', n: 2, avg: 47.5 },
    ]);
    expect(await applyStep(sortNode, rows, tables)).toEqual([rows[0], rows[1], rows[2]]);
    expect(await applyStep(LimitNode.create({ count: 1, offset: 1 }), rows, tables)).toEqual([rows[1]]);
    expect(await applyStep(keep, rows, tables)).toEqual(rows.map((r) => ({ host: r.host, usage: r.cpu })));
    await expect(applyStep(JoinNode.create({ right: 'gone', on: { a: 'b' } }), rows, tables)).rejects.toThrow('pipeline: no rows for source "gone"');
  });
});

describe('UpsertNode', () => {
  it('holds a frozen copy of its target, an Elasticsearch one told apart by its es key', () => {
    const target = { es: 'default', index: 'hosts', id: 'host' };
    const node = UpsertNode.create(target);
    target.index = 'changed';
    expect(node).toEqual({ kind: 'UpsertNode', target: { es: 'default', index: 'hosts', id: 'host' } });
    expect(Object.isFrozen(node) && Object.isFrozen(node.target)).toBe(true);
    expect(UpsertNode.is(node) && !UpsertNode.is({ kind: 'JoinNode' })).toBe(true);
    expect(isEsTarget(node.target)).toBe(true);
    expect(isEsTarget({ influx: 'default', db: 'd', measurement: 'm', tags: [], fields: ['v'] })).toBe(false);
  });
});
