import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { direct, flavors, seed as seedDocs, type Instance } from '../es/es-helpers.js';
import { buildTestApp } from '../helpers.js';
import { influxDirect, writeDirect } from '../influx/support.js';

// Seeded and bounded: CONTRACT_SEED / CONTRACT_MAX_EXAMPLES override for a longer hunt.
const seed = Number(process.env.CONTRACT_SEED ?? 20261201);
const maxExamples = Number(process.env.CONTRACT_MAX_EXAMPLES ?? 12);

// What the answers are held to. not_a_server_error is widened to the 5xx that relay a backend
// (501 not supported by the cluster, 503 unavailable, 504 timed out): hooks.py's own check then
// requires each of them to name the backend at fault, so a 500 (the gateway's own) always fails.
const checks: Record<string, string[]> = {
  not_a_server_error: ['expected-statuses = ["2XX", "3XX", "4XX", 501, 503, 504]'],
  backend_5xx_names_the_backend: [],
  status_code_conformance: [],
  content_type_conformance: [],
  response_schema_conformance: [],
  response_headers_conformance: [],
  unsupported_method: [],
  allow_header_conformance: [],
};

/**
 * Where the document does not yet say what the gateway does: the ONE list of known gaps, each
 * check switched off for one operation, with the reason. Remove an entry once its fix lands.
 */
const gaps: { operation: string; check: string; reason: string }[] = [
  {
    operation: 'POST /es/{instance}/indices/{index}/docs/_bulk',
    check: 'allow_header_conformance',
    reason: 'a path under /docs/{id} with id "_bulk": GET/PUT/PATCH/DELETE do answer there, the document lists only POST',
  },
];

// The fixtures hooks.py swaps into part of the generated path parameters.
const fixtures = { index: 'contract-fuzz', db: 'contract_fuzz', measurement: 'cpu', tagKey: 'host' };

const repoRoot = resolve(import.meta.dirname, '../..');
const schemathesis = join(repoRoot, '.cache/contract-venv/bin/schemathesis');

/** schemathesis.toml: the hooks, a real instance name to start from, the checks and the gaps. */
function configToml(): string {
  const lines = ['hooks = "hooks"', '', '[parameters]', 'instance = "default"', '', '[checks]', 'enabled = false'];
  for (const [check, settings] of Object.entries(checks)) lines.push('', `[checks.${check}]`, 'enabled = true', ...settings);
  for (const gap of gaps) {
    lines.push('', `# ${gap.reason}`, '[[operations]]', `include-name = ${JSON.stringify(gap.operation)}`, `checks.${gap.check}.enabled = false`);
  }
  return `${lines.join('\n')}\n`;
}

interface RunReport {
  exit_code: number;
  operations: { selected: number; tested: number };
  test_cases: { generated: number };
}

interface Run {
  code: number;
  output: string;
  report: RunReport;
}

function runSchemathesis(baseUrl: string, dir: string): Promise<Run> {
  const args = [
    '--config-file',
    join(dir, 'schemathesis.toml'),
    'run',
    `${baseUrl}/openapi.json`,
    '--seed',
    String(seed),
    '--max-examples',
    String(maxExamples),
    // One worker: the same seed generates the same requests in the same order.
    '--workers',
    '1',
    // Past the backends' timeoutMs (10 s): a slow backend is the gateway's 504, not a client timeout.
    '--request-timeout',
    '30',
    '--no-color',
    '--report',
    'json',
    '--report-dir',
    dir,
  ];
  const env = {
    ...process.env,
    PYTHONPATH: import.meta.dirname,
    CONTRACT_INDEX: fixtures.index,
    CONTRACT_DB: fixtures.db,
    CONTRACT_MEASUREMENT: fixtures.measurement,
    CONTRACT_TAG_KEY: fixtures.tagKey,
  };
  return new Promise((done, fail) => {
    execFile(schemathesis, args, { cwd: dir, env, maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === 'number' ? err.code : -1) : 0;
      readdir(dir)
        .then((files) => files.find((f) => f.startsWith('json-') && f.endsWith('.json')))
        .then((file) => {
          if (!file) throw new Error(`schemathesis wrote no report (exit ${code}):\n${stdout}\n${stderr}`);
          return readFile(join(dir, file), 'utf8');
        })
        .then((text) => done({ code, output: `${stdout}\n${stderr}`, report: JSON.parse(text) as RunReport }))
        .catch(fail);
    });
  });
}

const esIndices = async (instance: Instance) =>
  (await direct<{ index: string }[]>(instance, 'GET', '/_cat/indices?format=json&h=index')).map((row) => row.index);

const esTemplates = async (instance: Instance) =>
  (await direct<{ index_templates: { name: string }[] }>(instance, 'GET', '/_index_template')).index_templates.map((t) => t.name);

async function influxDatabases(): Promise<string[]> {
  const [result] = await influxDirect('SHOW DATABASES');
  return (result?.series?.[0]?.values ?? []).map((row) => String(row[0]));
}

const quoted = (name: string) => `"${name.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

interface BackendState {
  indices: Record<string, string[]>;
  templates: Record<string, string[]>;
  databases: string[];
}

async function backendState(): Promise<BackendState> {
  const state: BackendState = { indices: {}, templates: {}, databases: await influxDatabases() };
  for (const { instance } of flavors) {
    state.indices[instance] = await esIndices(instance);
    state.templates[instance] = await esTemplates(instance);
  }
  return state;
}

// Generated writes must not leave the shared backends full of indices: auto-creation is off
// while the fuzzer runs, and whatever it (or the fixtures) created is removed afterwards.
const setAutoCreate = (instance: Instance, value: 'false' | null) =>
  direct(instance, 'PUT', '/_cluster/settings', { persistent: { 'action.auto_create_index': value } });

async function createFixtures(): Promise<void> {
  for (const { instance } of flavors) {
    await direct(instance, 'PUT', `/${fixtures.index}`, { settings: { number_of_shards: 1, number_of_replicas: 0 } });
    await seedDocs(instance, fixtures.index, [
      { user: 'kimchy', post_date: '2009-11-15T14:12:12', message: 'trying out Elasticsearch' },
      { user: 'olivere', post_date: '2009-11-16T10:00:00', message: 'a second tweet' },
    ]);
  }
  await influxDirect(`CREATE DATABASE ${quoted(fixtures.db)}`);
  await writeDirect(fixtures.db, `${fixtures.measurement},${fixtures.tagKey}=server01 value=0.64 1257894000000000000\n`);
}

async function restore(before: BackendState): Promise<void> {
  for (const { instance } of flavors) {
    for (const index of (await esIndices(instance)).filter((i) => !before.indices[instance]!.includes(i) && !i.startsWith('.'))) {
      await direct(instance, 'DELETE', `/${encodeURIComponent(index)}`);
    }
    for (const template of (await esTemplates(instance)).filter((t) => !before.templates[instance]!.includes(t))) {
      await direct(instance, 'DELETE', `/_index_template/${encodeURIComponent(template)}`);
    }
  }
  for (const db of (await influxDatabases()).filter((d) => !before.databases.includes(d))) await influxDirect(`DROP DATABASE ${quoted(db)}`);
}

describe('the OpenAPI document is the contract: Schemathesis against the live gateway', () => {
  let app: FastifyInstance;
  let baseUrl: string;
  let dir: string;
  let before: BackendState;

  beforeAll(async () => {
    expect(existsSync(schemathesis), `${schemathesis} is missing: run npm run setup`).toBe(true);
    before = await backendState();
    await createFixtures();
    for (const { instance } of flavors) await setAutoCreate(instance, 'false');
    app = await buildTestApp();
    baseUrl = await app.listen({ host: '127.0.0.1', port: 0 });
    dir = await mkdtemp(join(tmpdir(), 'contract-'));
    await writeFile(join(dir, 'schemathesis.toml'), configToml());
  });

  afterAll(async () => {
    await app.close();
    for (const { instance } of flavors) await setAutoCreate(instance, null);
    await restore(before);
    await rm(dir, { recursive: true, force: true });
  });

  it(`every answer is one the document declares (seed ${seed}, at most ${maxExamples} cases per operation and phase)`, async () => {
    const { code, output, report } = await runSchemathesis(baseUrl, dir);
    const { operations, test_cases: cases } = report;
    process.stderr.write(`[contract] seed ${seed}: ${operations.tested}/${operations.selected} operations, ${cases.generated} cases, exit ${code}\n`);
    // On failure, Schemathesis's report: each failing operation, its check and a curl to replay it.
    expect(code, output.slice(Math.max(0, output.search(/^=+ (?:ERRORS|FAILURES) =+$/m)))).toBe(0);
    // Not vacuous: every operation of the document was tested, with cases to spare.
    const document: { paths: Record<string, object> } = JSON.parse(await (await fetch(`${baseUrl}/openapi.json`)).text());
    const documented = Object.values(document.paths).flatMap((ops) => Object.keys(ops)).length;
    expect(operations.tested).toBe(documented);
    expect(cases.generated).toBeGreaterThan(documented * 10);
  }, 900_000);
});
