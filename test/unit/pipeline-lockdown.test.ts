import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isAppError } from '../../src/libs/errors.js';
import type { Row } from '../../src/libs/rows.js';
import type { PipelineStep } from '../../src/operator/pipeline.js';
import { UpsertNode } from '../../src/operator/upsert.js';
import { parseMixQuery } from '../../src/parser/pipeline.js';
import { runOnEngine } from '../engine.js';

// Every string a pipeline step takes (column names, values, patterns, prefixes and suffixes,
// source names) carrying SQL that would read or write a file: the request is refused (400) or
// the string is data, the answer holding it as text, and nothing is read or written.

const written = '/tmp/hostmonitor-lockdown-x';
const attacks = [
  "read_csv('/etc/passwd')",
  `'; COPY (SELECT 1) TO '${written}'; --`,
  `"; COPY (SELECT 1) TO '${written}'; --`,
  `x" FROM read_csv('/etc/passwd') --`,
  `x') OR true; ATTACH '${written}' AS a; --`,
  "'; INSTALL httpfs; LOAD httpfs; --",
  "'; SET enable_external_access = true; --",
  `"`,
  `'`,
  `""`,
  "''",
  '$1',
  '\\',
];

/** The parsed steps, or the 400 that refused them. */
function parsed(body: unknown): { start: string; steps: PipelineStep[] } | 'refused' {
  try {
    const { start, steps } = parseMixQuery(body);
    return { start, steps: steps.filter((s): s is PipelineStep => !UpsertNode.is(s)) };
  } catch (err) {
    if (isAppError(err) && err.status === 400) return 'refused';
    throw err;
  }
}

const source = { es: 'default', index: 'logs' };

describe.each(attacks)('the string %s in a pipeline', (text) => {
  const left: Row = { [text]: text, k: text };
  const right: Row = { [text]: text, k: text, v: 1 };

  async function run(pipeline: unknown[], start = 's'): Promise<Row[] | 'refused'> {
    const joins = pipeline.some((step) => typeof step === 'object' && step !== null && 'join' in step);
    const steps = parsed({ sources: joins ? { [start]: source, r: source } : { [start]: source }, pipeline });
    if (steps === 'refused') return 'refused';
    const result = await runOnEngine(steps.start, steps.steps, { [start]: [left], r: [right] });
    return result.rows as Row[];
  }

  it.each([
    ['a filter field and an eq value', [{ filter: { [text]: { eq: text } } }], [left]],
    ['in, contains and prefix values', [{ filter: { k: { in: [text], contains: text, prefix: text } } }], [left]],
    ['a sort field', [{ sort: [{ [text]: 'desc' }] }], [left]],
    ['kept and renamed columns', [{ project: { keep: [text], rename: { [text]: `${text}2` } } }], [{ [`${text}2`]: text }]],
    [
      'a groupBy field, a metric name and field',
      [{ aggregate: { groupBy: [text], metrics: { [`${text}n`]: { count: text } } } }],
      [{ [text]: text, [`${text}n`]: 1 }],
    ],
    [
      'join keys, prefix and suffix',
      [{ join: { left: 's', right: 'r', on: { [text]: text, k: 'k' }, how: 'full', prefix: text, suffix: text } }],
      [{ [text]: text, k: text, v: 1 }],
    ],
    [
      'a join clash renamed by prefix',
      [{ join: { left: 's', right: 'r', on: { k: 'k' }, prefix: text } }],
      [{ [text]: text, k: text, [`${text}${text}`]: text, v: 1 }],
    ],
  ])('as %s is data', async (_, pipeline, expected) => {
    // Names and values may be any string: these reach the SQL, as identifiers and bound values.
    expect(await run(pipeline)).toEqual(expected);
    expect(existsSync(written)).toBe(false);
  });

  it('as a regex is a pattern or a 400, never SQL', async () => {
    const rows = await run([{ filter: { k: { regex: text } } }]);
    if (rows !== 'refused') expect(rows.every((r) => r.k === text)).toBe(true);
    expect(existsSync(written)).toBe(false);
  });

  it('as a source name is a 400 (source names are plain names, and never reach SQL)', async () => {
    expect(await run([{ join: { left: text, right: 'r', on: { k: 'k' }, suffix: '_r' } }], text)).toBe('refused');
  });
});
