import type { FastifyInstance, HTTPMethods } from 'fastify';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, buildTestApp } from './helpers.js';

// Seeded and reproducible: FUZZ_SEED / FUZZ_RUNS override for a longer hunt.
const seed = Number(process.env.FUZZ_SEED ?? 20261126);
const numRuns = Number(process.env.FUZZ_RUNS ?? 10_000);

interface Operation {
  method: HTTPMethods;
  url: string;
  params: string[];
  query: string[];
  example: unknown;
}

interface OpenApi {
  paths: Record<
    string,
    Record<string, { parameters?: { in: string; name: string }[]; requestBody?: { content: Record<string, { schema?: { example?: unknown } }> } }>
  >;
}

/** Every API operation of the OpenAPI document, with its documented body example. */
function operations(app: FastifyInstance): Operation[] {
  const doc = app.swagger() as unknown as OpenApi;
  return Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops).map(([method, op]) => ({
      method: method.toUpperCase(),
      url: path,
      params: (op.parameters ?? []).filter((p) => p.in === 'path').map((p) => p.name),
      query: (op.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name),
      example: Object.values(op.requestBody?.content ?? {})[0]?.schema?.example,
    })),
  );
}

const nasty = fc.constantFrom(
  '',
  ' ',
  '..',
  '_all',
  '*',
  'a,b',
  '%',
  '"',
  "'",
  '\\',
  ';DROP',
  '\n',
  '../../etc',
  'ü',
  '😀',
  'x'.repeat(300),
  'x'.repeat(1100),
  '__proto__',
  'constructor',
  '-1',
  '1e999',
);
const paramValue = (name: string) =>
  name === 'instance'
    ? fc.oneof(fc.constantFrom('default', 'opensearch', 'nope'), fc.string())
    : fc.oneof(fc.constantFrom('fuzz-target', 'fuzz_target'), nasty, fc.string({ maxLength: 40 }));

/** The example with one random change: a value replaced, a key dropped or a key added. */
function mutated(example: unknown): fc.Arbitrary<unknown> {
  const anyJson = fc.jsonValue({ maxDepth: 3 });
  if (typeof example !== 'object' || example === null || Array.isArray(example)) return fc.oneof(fc.constant(example), anyJson);
  const keys = Object.keys(example);
  const obj = example as Record<string, unknown>;
  return fc.oneof(
    fc.constant(example),
    fc.tuple(fc.constantFrom(...keys), anyJson).map(([k, v]) => ({ ...obj, [k]: v })),
    fc.constantFrom(...keys).map((k) => Object.fromEntries(Object.entries(obj).filter(([key]) => key !== k))),
    fc.tuple(fc.string({ maxLength: 12 }), anyJson).map(([k, v]) => ({ ...obj, [k]: v })),
    anyJson,
  );
}

function request(op: Operation) {
  return fc.record({
    params: fc.tuple(...op.params.map(paramValue)),
    query: fc.dictionary(
      fc.oneof(op.query.length ? fc.constantFrom(...op.query) : fc.constant('q'), fc.string({ maxLength: 8 })),
      fc.oneof(nasty, fc.string({ maxLength: 20 }), fc.integer().map(String)),
      { maxKeys: 3 },
    ),
    body: op.example === undefined ? fc.option(fc.jsonValue({ maxDepth: 2 }), { nil: undefined }) : mutated(op.example),
    rawBody: fc.option(fc.constantFrom('{', 'null', '[]', '"x"', '{"a":', 'not json', '\u0000'), { freq: 8, nil: undefined }),
  });
}

async function clusterIndices(url: string): Promise<string[]> {
  const res = await fetch(`${url}/_cat/indices?format=json&h=index`);
  return ((await res.json()) as { index: string }[]).map((i) => i.index);
}

async function influxDatabases(url: string): Promise<string[]> {
  const res = await fetch(`${url}/query?q=SHOW%20DATABASES`);
  const body = (await res.json()) as { results: { series?: { values: string[][] }[] }[] };
  return (body.results[0]?.series?.[0]?.values ?? []).map((v) => v[0]!);
}

// Generated writes must not leave the shared test backends full of indices: auto-creation is
// off while the fuzz runs, and whatever it created is removed afterwards.
async function setAutoCreate(url: string, value: 'false' | null) {
  await fetch(`${url}/_cluster/settings`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ persistent: { 'action.auto_create_index': value } }),
  });
}

describe('fuzzing every JSON endpoint against the real backends', () => {
  let app: FastifyInstance;
  const before: { es: string[]; opensearch: string[]; influx: string[] } = { es: [], opensearch: [], influx: [] };

  beforeAll(async () => {
    const urls = backends();
    app = await buildTestApp();
    await app.ready();
    before.es = await clusterIndices(urls.es);
    before.opensearch = await clusterIndices(urls.opensearch);
    before.influx = await influxDatabases(urls.influx);
    await Promise.all([setAutoCreate(urls.es, 'false'), setAutoCreate(urls.opensearch, 'false')]);
  });

  afterAll(async () => {
    const urls = backends();
    await Promise.all([setAutoCreate(urls.es, null), setAutoCreate(urls.opensearch, null)]);
    for (const [name, url] of [
      ['es', urls.es],
      ['opensearch', urls.opensearch],
    ] as const) {
      const created = (await clusterIndices(url)).filter((i) => !before[name].includes(i) && !i.startsWith('.'));
      for (const index of created) await fetch(`${url}/${encodeURIComponent(index)}`, { method: 'DELETE' });
    }
    for (const db of (await influxDatabases(urls.influx)).filter((d) => !before.influx.includes(d))) {
      await fetch(`${urls.influx}/query?q=${encodeURIComponent(`DROP DATABASE "${db.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`)}`, { method: 'POST' });
    }
    await app.close();
  });

  it(`never answers 500, and every error is an envelope with a message (${numRuns} cases, seed ${seed})`, async () => {
    const ops = operations(app);
    expect(ops.length).toBeGreaterThan(20);
    const statuses = new Map<number, number>();
    const property = fc.asyncProperty(
      fc.integer({ min: 0, max: ops.length - 1 }).chain((i) => request(ops[i]!).map((r) => ({ op: ops[i]!, ...r }))),
      async ({ op, params, query, body, rawBody }) => {
        let url = op.url;
        op.params.forEach((p, i) => (url = url.replace(`{${p}}`, encodeURIComponent(params[i]!))));
        const qs = new URLSearchParams(query).toString();
        const hasBody = ['POST', 'PUT', 'PATCH', 'DELETE'].includes(op.method) && (body !== undefined || rawBody !== undefined);
        const res = await app.inject({
          method: op.method,
          url: qs ? `${url}?${qs}` : url,
          ...(hasBody ? { headers: { 'content-type': 'application/json' }, payload: rawBody ?? JSON.stringify(body) } : {}),
        });
        statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1);
        // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- JSON.stringify(undefined) is undefined, whatever its type says
        const where = `${op.method} ${url}?${qs} body=${JSON.stringify(rawBody ?? body)?.slice(0, 300)}`;
        expect(res.statusCode, `${where} -> ${res.body.slice(0, 300)}`).not.toBe(500);
        if (res.statusCode >= 400) {
          const envelope = res.json<{ result: unknown; resultcode: unknown; message: unknown; data: unknown }>();
          expect(envelope.result, where).toBe(false);
          expect(typeof envelope.resultcode, where).toBe('number');
          expect(typeof envelope.message === 'string' && envelope.message.length > 0, where).toBe(true);
          expect(envelope.data, where).toBeNull();
        }
      },
    );
    await fc.assert(property, { seed, numRuns, endOnFailure: true });
    process.stderr.write(`[fuzz] ${numRuns} cases, seed ${seed}, statuses ${JSON.stringify(Object.fromEntries([...statuses].sort(([a], [b]) => a - b)))}\n`);
    expect([...statuses.values()].reduce((a, b) => a + b, 0)).toBe(numRuns);
  }, 900_000);
});
