import { describe, expect, it } from 'vitest';
import { runPipeline, UpsertNode, type PipelineStep } from '../../src/operator/pipeline.js';
import { columnsOf } from '../../src/operator/rows.js';
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
  it("runs DESIGN.md's example: left join, filter, aggregate by region, sort, limit", () => {
    const { start, steps } = inMemory(mixQueryExample);
    expect(runPipeline(start, steps, { hosts, cpu })).toEqual({
      columns: ['region', 'hosts', 'avgCpu'],
      rows: [
        { region: 'us', hosts: 1, avgCpu: 99 },
        { region: 'eu', hosts: 2, avgCpu: 88 },
      ],
    });
  });

  it('works on a single source without a join', () => {
    const { start, steps } = inMemory({
      sources: { hosts: { es: 'default', index: 'hosts' } },
      pipeline: [{ aggregate: { groupBy: ['region'], metrics: { n: { count: '*' } } } }, { sort: [{ n: 'desc' }, { region: 'asc' }] }],
    });
    expect(start).toBe('hosts');
    expect(runPipeline(start, steps, { hosts }).rows).toEqual([
      { region: 'eu', n: 2 },
      { region: 'us', n: 2 },
      { region: 'ap', n: 1 },
    ]);
  });

  it('chains joins: later joins join the current rows with their right source', () => {
    const owners = [{ region: 'eu', team: 'blue' }, { region: 'us', team: 'red' }];
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
    expect(runPipeline(start, steps, { hosts, cpu, owners })).toEqual({
      columns: ['host', 'team', 'cpu'],
      rows: [
        { host: 'web-2', team: 'blue', cpu: 85 },
        { host: 'db-1', team: 'red', cpu: 99 },
      ],
    });
  });

  it('returns the source rows as they are without steps, with every key as a column in first-seen order', () => {
    const rows = [{ a: 1 }, { b: 2, a: 3 }, { c: 4 }];
    expect(runPipeline('s', [], { s: rows })).toEqual({ columns: ['a', 'b', 'c'], rows });
    expect(columnsOf([])).toEqual([]);
  });

  it('refuses to run without the rows of a source it needs', () => {
    expect(() => runPipeline('s', [], {})).toThrow('pipeline: no rows for source "s"');
  });
});
