import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pipelineToText } from '../../src/parser/pipeline-print.js';
import type { Json, JsonObject } from '../../src/parser/pipeline-text-json.js';
import { pipelineFromText } from '../../src/parser/pipeline-text.js';

// Bodies of every step and source kind, valid or not: the printer must say each exactly, in its
// readable form where one exists and as a JSON literal where none does.

/** Names as columns come: plain, dotted, keywords, reserved words, and odd characters that need backticks. */
const name = fc.oneof(
  fc.constantFrom('host', 'host.name', '@timestamp', 'time', 'by', 'from', 'and', 'null', 'latency ms', 'a`b', 'é', 'x-y', '1st', 'line\nbreak'),
  fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,6}$/),
  fc.string({ minLength: 1, maxLength: 6 }),
);
const sourceName = fc.oneof(fc.constantFrom('hosts', 'cpu', 'b-1', '_x', 'from'), fc.stringMatching(/^[A-Za-z_][\w-]{0,8}$/));
const text = fc.string({ maxLength: 8, unit: 'grapheme' });
// Numbers as JSON carries them: no -0, no NaN or infinities.
const number = fc.oneof(
  fc.integer({ min: -1000, max: 1_000_000 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }).filter((n) => !Object.is(n, -0)),
);
const scalar = fc.oneof(text, number, fc.boolean());
const duration = fc.constantFrom('5m', '30s', '1h', '7d', '250ms', '1h30m');
// Through JSON text and back, as a request body arrives: -0 is written 0.
const json = fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.parse(JSON.stringify(v)) as Json);
const jsonObject = fc.dictionary(fc.string({ maxLength: 5 }), json, { maxKeys: 3 }) as fc.Arbitrary<JsonObject>;
const names = (min = 1) => fc.array(name, { minLength: min, maxLength: 3 });
const record = <T>(keys: fc.Arbitrary<string>, values: fc.Arbitrary<T>, minKeys = 1) => fc.dictionary(keys, values, { minKeys, maxKeys: 3 });
const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
/** An object of the given optional fields, without the ones left out. */
const fields = (shape: Record<string, fc.Arbitrary<unknown>>) =>
  fc
    .record(Object.fromEntries(Object.entries(shape).map(([key, arb]) => [key, opt(arb)])))
    .map((o) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as JsonObject);

const conditionKinds = ['eq', 'ne', 'gt', 'gte', 'lt', 'lte', 'in', 'nin', 'exists', 'contains', 'prefix', 'regex'] as const;
const conditionValue = (kind: string): fc.Arbitrary<Json> =>
  kind === 'in' || kind === 'nin' ? fc.array(scalar, { maxLength: 3 }) : kind === 'exists' ? fc.oneof(fc.boolean(), fc.constant(null)) : scalar;
const conditions = fc
  .subarray([...conditionKinds], { minLength: 1, maxLength: 3 })
  .chain((kinds) => fc.tuple(...kinds.map((k) => conditionValue(k).map((v) => [k, v] as const))))
  .map((pairs): JsonObject => Object.fromEntries(pairs));

const fieldConditions = record(
  name.filter((n) => !['and', 'or', 'not'].includes(n)),
  conditions,
);
const { filter } = fc.letrec<{ filter: JsonObject }>((tie) => ({
  filter: fc.oneof(
    { maxDepth: 3, depthSize: 'small' },
    fieldConditions,
    fc
      .tuple(
        record(
          name.filter((n) => !['and', 'or', 'not'].includes(n)),
          conditions,
          0,
        ),
        opt(fc.array(tie('filter'), { minLength: 1, maxLength: 3 })),
        opt(fc.array(tie('filter'), { minLength: 1, maxLength: 3 })),
        opt(tie('filter')),
      )
      .map(([byField, and, or, not]) => ({ ...byField, ...(and && { and }), ...(or && { or }), ...(not && { not }) })),
  ),
}));

const pair = (e: fc.Arbitrary<Json>) => fc.tuple(e, e);
const { expr } = fc.letrec<{ expr: Json }>((tie) => ({
  expr: fc.oneof(
    { maxDepth: 4, depthSize: 'small', withCrossShrink: true },
    name,
    number,
    fc.boolean(),
    fc.constant(null),
    scalar.map((v) => ({ lit: v })),
    fc.constantFrom('add', 'sub', 'mul', 'div', 'mod', 'eq', 'ne', 'gt', 'gte', 'lt', 'lte').chain((op) => pair(tie('expr')).map((args) => ({ [op]: args }))),
    fc.constantFrom('and', 'or', 'coalesce', 'concat').chain((op) => fc.array(tie('expr'), { minLength: 1, maxLength: 3 }).map((args) => ({ [op]: args }))),
    fc.constantFrom('not', 'lower', 'upper', 'time', 'round').chain((op) => tie('expr').map((arg) => ({ [op]: arg }))),
    fc.tuple(tie('expr'), fc.integer({ min: 0, max: 4 })).map((args) => ({ round: args })),
    fc.tuple(tie('expr'), duration).map((args) => ({ timeBucket: args })),
  ),
}));

const asof = fields({ direction: fc.constantFrom('backward', 'forward'), within: duration }).chain((rest) =>
  fc.record({ left: name, right: name }).map((ends) => ({ ...ends, ...rest })),
);
const metricKinds = fc.constantFrom('count', 'sum', 'avg', 'min', 'max', 'first', 'last', 'distinct', 'p50', 'p95');

const step: fc.Arbitrary<JsonObject> = fc.oneof(
  fc
    .record({ right: sourceName })
    .chain((r) =>
      fields({ left: sourceName, on: record(name, name), how: fc.constantFrom('inner', 'left', 'right', 'full'), prefix: text, suffix: text, asof }).map(
        (o) => ({ ...r, ...o }),
      ),
    )
    .map((join) => ({ join })),
  filter.map((f) => ({ filter: f })),
  record(name, expr).map((derive) => ({ derive })),
  fields({
    groupBy: names(0),
    metrics: record(
      name,
      fc.tuple(metricKinds, fc.oneof(name, fc.constant('*'))).map(([k, f]) => ({ [k]: f })),
      0,
    ),
  }).map((aggregate) => ({ aggregate })),
  fc
    .array(
      fc.tuple(name, fc.constantFrom('asc', 'desc')).map(([f, o]) => ({ [f]: o })),
      { minLength: 1, maxLength: 3 },
    )
    .map((sort) => ({ sort })),
  fc.oneof(fc.nat(), fc.record({ count: fc.nat() }), fc.record({ count: fc.nat(), offset: fc.nat() })).map((limit) => ({ limit })),
  fields({ keep: names(), rename: record(name, name) }).map((project) => ({ project })),
  fc
    .record({ time: name, every: duration })
    .chain((r) =>
      fields({
        by: names(),
        with: record(
          name,
          fc.oneof(
            fc.constant('previous'),
            fc.constant(null),
            scalar.map((value) => ({ value })),
          ),
        ),
        from: text,
        to: text,
      }).map((o) => ({ ...r, ...o })),
    )
    .map((fill) => ({ fill })),
  fc.record({ es: name, index: name, id: name }).map((upsert) => ({ upsert })),
  fc
    .record({ influx: name, db: name, measurement: name, tags: names(0), fields: names() })
    .chain((r) => fields({ time: name }).map((o) => ({ ...r, ...o })))
    .map((upsert) => ({ upsert })),
  // A step the schema refuses still prints and reads back as it is.
  fc.constantFrom('join', 'aggregate', 'project', 'fill', 'upsert').chain((kind) => jsonObject.map((arg) => ({ [kind]: arg }))),
);

const source: fc.Arbitrary<JsonObject> = fc.oneof(
  fc.record({ es: name, index: name }).chain((head) =>
    fields({
      query: jsonObject,
      fields: names(),
      size: fc.nat(),
      all: fc.boolean(),
      time: fields({ field: name, gte: text, lt: text }),
      aggregate: jsonObject,
    }).map((o) => ({ ...head, ...o })),
  ),
  fc
    .record({ influx: name, db: name, measurement: name })
    .chain((head) => fields({ select: json, where: jsonObject, groupBy: json, limit: fc.nat(), retentionPolicy: name }).map((o) => ({ ...head, ...o }))),
  fc.record({ influx: name, db: name, q: text }),
  fc.record({ influx: name, flux: text }).chain((head) => fields({ params: jsonObject }).map((o) => ({ ...head, ...o }))),
  jsonObject,
);

const body = fc
  .record({ sources: record(sourceName, source), pipeline: fc.array(step, { maxLength: 5 }) })
  .chain((b) => fields({ options: fc.oneof(fc.record({ pushdown: fc.boolean() }), fc.constant({})) }).map((o): JsonObject => ({ ...b, ...o })));

describe('the pipeline text round-trips: JSON -> text -> JSON', () => {
  it('compiles the printed text of any body back to that body', () => {
    fc.assert(
      fc.property(body, (b) => {
        const text = pipelineToText(b);
        expect(pipelineFromText(text)).toEqual(b);
      }),
      { numRuns: 200 },
    );
  });

  it('prints the compiled text as it was printed: text -> JSON -> text -> JSON is stable', () => {
    fc.assert(
      fc.property(body, (b) => {
        const text = pipelineToText(b);
        const again = pipelineToText(pipelineFromText(text));
        expect(again).toBe(text);
        expect(pipelineFromText(again)).toEqual(pipelineFromText(text));
      }),
      { numRuns: 200 },
    );
  });

  it('prints filters and expressions readably, a JSON literal only where the text has no spelling', () => {
    const printed = pipelineToText({
      sources: { cpu: { influx: 'default', db: 'telegraf', measurement: 'cpu' } },
      pipeline: [
        { filter: { or: [{ a: { eq: 1 } }, { and: [{ b: { gt: 2 } }, { not: { c: { exists: true } } }] }], and: [{ d: { in: [1] } }] } },
        { derive: { x: { mul: [{ add: ['a', 1] }, { sub: ['b', { sub: ['c', 2] }] }] }, y: { not: { and: ['p', { or: ['q', 'r'] }] } } } },
      ],
    });
    expect(printed.split('\n').slice(1)).toEqual([
      '| where a == 1 or b > 2 and not c exists, {"and":[{"d":{"in":[1]}}]}',
      '| derive x = (a + 1) * (b - (c - 2)), y = not (p and (q or r))',
    ]);
  });
});
