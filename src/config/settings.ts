import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { basic } from './basic.js';
import { local } from './local.js';
import { production } from './production.js';
import { test } from './test.js';

const envs = { local, test, production } as const;
export type EnvName = keyof typeof envs;

const instanceName = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'instance names use letters, digits, _ and - (1-64)');
const labels = z.record(z.string(), z.string()).default({});
const timeoutMs = z.number().int().positive().max(3_600_000).default(10_000);

// Like an index name (lowercase, none of \\ / ? " < > | , # space :, not starting with - _ +) with `*`
// wildcards. Dot-prefixed (system) indices need admin for any document write, so no pattern grants them.
const autoCreatePattern = z
  .string()
  .regex(/^[^-_+.\\/?"<>|,# :][^\\/?"<>|,# :]{0,254}$/, 'an index pattern such as logs-* (no dot-prefixed names: those need admin)')
  .refine((p) => p === p.toLowerCase(), 'an index pattern is lowercase');

/** What a backend credential may do, the same levels as a token's scopes; admin covers write, write covers read. */
export const levels = ['read', 'write', 'admin'] as const;
export type Level = (typeof levels)[number];

/** One credential per level; a level without its own uses the instance's top-level credential. */
const perLevel = <C extends z.ZodType>(credential: C) =>
  z.strictObject({ read: credential.optional(), write: credential.optional(), admin: credential.optional() });

/** Per-level credentials without a top-level default must name every level: a call must never go out anonymous by omission. */
function checkLevelsCovered(credentials: Partial<Record<Level, unknown>> | undefined, hasDefault: boolean, ctx: z.RefinementCtx): void {
  if (!credentials || hasDefault) return;
  for (const level of levels) {
    if (credentials[level] === undefined) {
      ctx.addIssue({ code: 'custom', path: ['credentials', level], message: `missing, and there is no top-level credential for this level to fall back on` });
    }
  }
}

const esCredential = z.union([z.strictObject({ username: z.string(), password: z.string() }), z.strictObject({ apiKey: z.string().min(1) })], {
  error: 'either {username, password} or {apiKey}',
});

const esInstanceSchema = z
  .strictObject({
    node: z.url(),
    flavor: z.enum(['elasticsearch', 'opensearch']).default('elasticsearch'),
    auth: esCredential.optional(),
    credentials: perLevel(esCredential).optional(),
    tls: z.strictObject({ rejectUnauthorized: z.boolean().default(true), ca: z.string().optional() }).optional(),
    timeoutMs,
    labels,
    /** Index patterns (`*` wildcards) a write token may create by writing documents (none when absent); admin creates any. */
    autoCreate: z.array(autoCreatePattern).optional(),
  })
  .superRefine((i, ctx) => {
    if (i.flavor === 'opensearch') {
      const named = [{ path: ['auth'], credential: i.auth }, ...levels.map((l) => ({ path: ['credentials', l], credential: i.credentials?.[l] }))];
      for (const { path, credential } of named) {
        if (credential && 'apiKey' in credential)
          ctx.addIssue({ code: 'custom', path, message: 'OpenSearch takes username/password, not an Elasticsearch API key' });
      }
    }
    checkLevelsCovered(i.credentials, i.auth !== undefined, ctx);
  });

const influxCredential = z.union([z.strictObject({ username: z.string(), password: z.string() }), z.strictObject({ token: z.string().min(1) })], {
  error: 'either {username, password} (InfluxDB 1.x) or {token} (InfluxDB 2 and later)',
});

const influxInstanceSchema = z
  .strictObject({
    url: z.url(),
    username: z.string().optional(),
    password: z.string().optional(),
    token: z.string().optional(),
    credentials: perLevel(influxCredential).optional(),
    /** 1.x or 2.x; absent, the gateway asks the server (/ping's version) on first use. */
    version: z.enum(['1', '2']).optional(),
    /**
     * Flux for read tokens (2.x): only with a read-only credentials.read.token, which InfluxDB holds to
     * reading; http.post and sql.to reach other systems whatever the token, so this is an explicit choice.
     */
    fluxForReaders: z.boolean().optional(),
    /** The organisation of an InfluxDB 2.x server: its buckets, DBRP mappings and tasks live there. */
    org: z.string().min(1).optional(),
    timeoutMs,
    labels,
  })
  .refine((i) => (i.username === undefined) === (i.password === undefined), {
    message: 'username and password go together',
    path: ['password'],
  })
  .refine((i) => i.version !== '2' || i.org !== undefined, { message: 'an InfluxDB 2.x instance names its organisation', path: ['org'] })
  .superRefine((i, ctx) => checkLevelsCovered(i.credentials, i.username !== undefined || i.token !== undefined, ctx));

const scopePattern = /^(read|write|admin):(es|influx|mix|\*)\/([A-Za-z0-9_-]{1,64}|\*)$/;

export interface ScopeParts {
  level: 'read' | 'write' | 'admin';
  family: 'es' | 'influx' | 'mix' | '*';
  /** An instance name, or `*` for every instance (never an instance name itself). */
  instance: string;
}

/** A token scope, level:family/instance, read into its parts; or why it is not one. */
export function readScope(text: string): ScopeParts | string {
  const m = scopePattern.exec(text);
  if (!m) return `bad scope "${text}" (expected level:family/instance, e.g. read:es/*)`;
  const scope = { level: m[1], family: m[2], instance: m[3] } as ScopeParts;
  if (scope.family === 'mix' && scope.instance !== '*') return `bad scope "${text}" (the mix family has no instances: ${scope.level}:mix/*)`;
  return scope;
}

const tokenSchema = z.strictObject({
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'a hex SHA-256 of the token'),
  scopes: z
    .array(
      z.string().superRefine((text, ctx) => {
        const scope = readScope(text);
        if (typeof scope === 'string') ctx.addIssue({ code: 'custom', message: scope });
      }),
    )
    .min(1),
});

export const settingsSchema = z.strictObject({
  env: z.enum(['local', 'test', 'production']),
  project: z.string().min(1),
  version: z.string().min(1),
  server: z.strictObject({
    host: z.string().min(1),
    port: z.number().int().min(0).max(65535),
    keepAliveTimeoutMs: z.number().int().positive(),
    bodyLimitBytes: z.number().int().positive(),
    requestTimeoutMs: z.number().int().nonnegative(),
    /**
     * Behind a reverse proxy: the proxies' addresses (or CIDR ranges) whose X-Forwarded-For names
     * the client, so that per-address limits see clients, not the proxy. Empty: the peer is the client.
     */
    trustProxy: z
      .array(
        z.union([z.ipv4(), z.ipv6(), z.cidrv4(), z.cidrv6(), z.enum(['loopback', 'linklocal', 'uniquelocal'])], {
          error: 'an IP address, a CIDR range, loopback, linklocal or uniquelocal',
        }),
      )
      .default([]),
  }),
  log: z.strictObject({
    level: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']),
    console: z.union([z.enum(['pretty', 'json']), z.literal(false)]),
    dir: z.string().min(1).nullable(),
  }),
  auth: z.strictObject({ tokens: z.record(instanceName, tokenSchema) }),
  limits: z.strictObject({
    /** Requests per token (per client address without a token) and window; null turns it off. */
    rateLimit: z.strictObject({ max: z.number().int().positive(), windowMs: z.number().int().positive() }).nullable(),
    /** Denied answers (401, 403) per client address and window; past it the address gets 429 before its token is read. */
    deniedRateLimit: z.strictObject({ max: z.number().int().positive(), windowMs: z.number().int().positive() }).nullable(),
    /** Above this event-loop delay new requests get 503; 0 turns the check off. */
    maxEventLoopDelayMs: z.number().int().nonnegative(),
    /** Budgets of one POST /mix/query (413 over one) and of the process (pipelines in flight, 429). */
    pipeline: z.strictObject({
      /** Rows of every source together, and of any one step's result. */
      maxRows: z.number().int().positive(),
      /** Bytes of every source's rows together (about their JSON size). */
      maxBytes: z.number().int().positive(),
      /** Conditions of every filter step together, counted before the body is validated. */
      maxConditions: z.number().int().positive(),
      maxSteps: z.number().int().positive(),
      maxSources: z.number().int().positive(),
      /** Sources of one pipeline fetched at once; the others wait. */
      sourceConcurrency: z.number().int().positive(),
      /** Pipelines running at once in this process. */
      maxInFlight: z.number().int().positive(),
      /** Bytes of a POST /mix/query body (below server.bodyLimitBytes): parsing the JSON holds the event loop. */
      maxBodyBytes: z.number().int().positive(),
      /** DuckDB's memory_limit for one pipeline ("512MB"): past it, joins, sorts and aggregates spill to spillDirectory. */
      memoryLimit: z.string().regex(/^[1-9][0-9]*(\.[0-9]+)?\s*(KB|MB|GB|TB|KiB|MiB|GiB|TiB)$/, 'expected a size such as "512MB"'),
      /** Where each pipeline's DuckDB spills, in a folder of its own that goes when the pipeline ends. */
      spillDirectory: z.string().min(1),
      /** DuckDB threads of one pipeline. */
      threads: z.number().int().positive(),
    }),
  }),
  cors: z.strictObject({ origins: z.array(z.string().min(1)) }),
  es: z.record(instanceName, esInstanceSchema),
  influx: z.record(instanceName, influxInstanceSchema),
});

export type Settings = z.infer<typeof settingsSchema>;
export type PipelineBudgets = Settings['limits']['pipeline'];
export type EsInstanceConfig = z.infer<typeof esInstanceSchema>;
export type InfluxInstanceConfig = z.infer<typeof influxInstanceSchema>;

/** A configuration problem, reported as one line naming the key. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

type Plain = Record<string, unknown>;
const isPlain = (v: unknown): v is Plain => typeof v === 'object' && v !== null && !Array.isArray(v);

function merge(base: Plain, over: Plain): Plain {
  const out: Plain = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const current = out[key];
    out[key] = isPlain(current) && isPlain(value) ? merge(current, value) : value;
  }
  return out;
}

function readConfigFile(path: string): Plain {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new ConfigError(`HOSTMONITOR_CONFIG: cannot read ${path} (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  try {
    const parsed: unknown = JSON.parse(text);
    if (!isPlain(parsed)) throw new Error('not a JSON object');
    return parsed;
  } catch (err) {
    throw new ConfigError(`HOSTMONITOR_CONFIG: ${path} is not a JSON object (${(err as Error).message})`);
  }
}

function hostPortUrl(host: string | undefined, port: string | undefined): string | undefined {
  return host ? `http://${host}:${port ?? ''}`.replace(/:$/, '') : undefined;
}

/** Environment overrides, as the original service read them (ES_HOST + ES_PORT) plus URLs. */
function fromEnvironment(env: NodeJS.ProcessEnv): Plain {
  const over: Plain = {};
  const esUrl = env.ES_URL ?? hostPortUrl(env.ES_HOST, env.ES_PORT);
  const openSearchUrl = env.OPENSEARCH_URL;
  const influxUrl = env.INFLUX_URL ?? hostPortUrl(env.INFLUX_HOST, env.INFLUX_PORT);
  const es: Plain = {};
  if (esUrl) es.default = { node: esUrl };
  if (openSearchUrl) es.opensearch = { node: openSearchUrl, flavor: 'opensearch' };
  if (Object.keys(es).length) over.es = es;
  if (influxUrl) over.influx = { default: { url: influxUrl } };
  if (env.INFLUX2_URL) {
    const influx = (over.influx ?? {}) as Plain;
    influx.influx2 = { url: env.INFLUX2_URL, version: '2', token: env.INFLUX2_TOKEN, org: env.INFLUX2_ORG };
    over.influx = influx;
  }
  const server: Plain = {};
  if (env.SERVER_HOST) server.host = env.SERVER_HOST;
  if (env.SERVER_PORT) server.port = Number(env.SERVER_PORT);
  if (Object.keys(server).length) over.server = server;
  if (env.LOG_LEVEL) over.log = { level: env.LOG_LEVEL };
  return over;
}

function fromFlags(argv: string[]): { env: string; over: Plain } {
  let values: { env?: string; host?: string; port?: string };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { env: { type: 'string' }, host: { type: 'string' }, port: { type: 'string' } },
      strict: true,
    }));
  } catch (err) {
    throw new ConfigError(`flags: ${(err as Error).message} (known: --env local|test|production, --host, --port)`);
  }
  const server: Plain = {};
  if (values.host !== undefined) server.host = values.host;
  if (values.port !== undefined) server.port = /^\d+$/.test(values.port) ? Number(values.port) : values.port;
  return { env: values.env ?? 'local', over: Object.keys(server).length ? { server } : {} };
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const key = issue.path.map(String).join('.') || '(root)';
  return `${key}: ${issue.message}`;
}

/**
 * Settings in increasing priority: basic < env file (--env) < HOSTMONITOR_CONFIG instance map
 * < environment variables < --host/--port flags. Throws ConfigError naming the first bad key.
 */
export function loadSettings(argv: string[] = process.argv.slice(2), env: NodeJS.ProcessEnv = process.env): Settings {
  const flags = fromFlags(argv);
  if (!(flags.env in envs)) throw new ConfigError(`env: unknown environment "${flags.env}" (local, test or production)`);
  let raw = merge(merge(basic, envs[flags.env as EnvName]), { env: flags.env });
  if (env.HOSTMONITOR_CONFIG) {
    const file = readConfigFile(env.HOSTMONITOR_CONFIG);
    // An instance map in the file is the full map: it replaces the env file's instead of merging.
    raw = merge({ ...raw, es: file.es ?? raw.es, influx: file.influx ?? raw.influx }, omit(file, ['es', 'influx']));
  }
  raw = merge(merge(raw, fromEnvironment(env)), flags.over);
  const parsed = settingsSchema.safeParse(raw);
  if (!parsed.success) throw new ConfigError(`config: ${describeIssue(parsed.error.issues[0]!)}`);
  checkAuthPolicy(parsed.data);
  return parsed.data;
}

const loopback = new Set(['127.0.0.1', 'localhost', '::1']);

/** Production needs tokens; without tokens (auth off) the server may only listen on loopback. */
function checkAuthPolicy(settings: Settings): void {
  if (Object.keys(settings.auth.tokens).length > 0) return;
  if (settings.env === 'production') {
    throw new ConfigError('config: auth.tokens: production refuses to start without tokens (create one with npm run token)');
  }
  if (!loopback.has(settings.server.host)) {
    throw new ConfigError(`config: server.host: auth is off (no tokens), so only a loopback address is allowed, not ${settings.server.host}`);
  }
}

function omit(obj: Plain, keys: string[]): Plain {
  return Object.fromEntries(Object.entries(obj).filter(([k]) => !keys.includes(k)));
}

/** A URL without its user:password part, safe to show and log. */
export function redactUrl(url: string): string {
  const u = new URL(url);
  u.username = '';
  u.password = '';
  return u.toString().replace(/\/$/, '');
}
