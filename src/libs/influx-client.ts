import { AbortError, HttpError, InfluxDB, RequestTimedOutError, type Transport } from '@influxdata/influxdb-client';
import { redactUrl, type InfluxInstanceConfig, type Level } from '../config/settings.js';
import { influxAuthorization } from './credentials.js';
import { AppError, errors } from './errors.js';
import { Code } from './code.js';
import { observeCall, type CallObserver } from './metrics.js';

/** One statement's result as InfluxDB's /query returns it. */
export interface InfluxStatementResult {
  statement_id: number;
  // InfluxDB omits an empty series's values (models.Row has `values,omitempty`).
  series?: { name: string; tags?: Record<string, string>; columns: string[]; values?: unknown[][] }[];
  error?: string;
}

export interface InfluxQueryOptions {
  db?: string;
  params?: Record<string, unknown>;
  epoch?: 'ns' | 'u' | 'ms' | 's' | 'm' | 'h';
}

export interface InfluxWriteOptions {
  db: string;
  rp?: string;
  precision?: 'ns' | 'u' | 'ms' | 's' | 'm' | 'h';
}

/** InfluxDB refused some or all points of a write: `dropped` of them (when it says), for `reason`. */
export class PartialWriteError extends AppError {
  override name = 'PartialWriteError';
  constructor(
    instance: string,
    readonly reason: string,
    readonly dropped: number | undefined,
    cause: unknown,
  ) {
    super(Code.VALIDATION, `influx/${instance}: partial write: ${reason}`, { cause });
  }
}

/** InfluxDB's per-statement errors that mean something more precise than a bad request. */
const knownStatementErrors: [RegExp, (instance: string, m: RegExpExecArray, database?: string) => AppError][] = [
  [/^database not found: "?([^"]*)"?$/s, (instance, m) => errors.databaseNotFound(instance, m[1]!)],
  [/^retention policy not found: ([\s\S]*)$/, (instance, m, db) => errors.notFound(`retention policy "${m[1]}" in influx/${instance}/${db ?? ''}`)],
  [/already exists|conflicts with an existing/, (instance, m) => errors.conflict(`influx/${instance}: ${m.input}`)],
  // InfluxDB 2.x's v1-compatible /query lacks some statements (CREATE DATABASE, SELECT INTO, DROP SERIES…).
  [/^not implemented: ([\s\S]*)$/, (instance, m) => errors.notSupported(`${m[1]} on influx/${instance}: InfluxDB 2.x's InfluxQL does not implement it`)],
];

/**
 * A failed statement as an AppError. InfluxDB answers 200 with the error inside the statement's
 * result, so the caller that judges the results maps it; `several` numbers the statement.
 */
export function statementError(instance: string, failed: InfluxStatementResult, several: boolean, database?: string): AppError {
  const message = failed.error!;
  for (const [pattern, make] of knownStatementErrors) {
    const m = pattern.exec(message);
    if (m) return make(instance, m, database);
  }
  return new AppError(Code.VALIDATION, `influx/${instance}: ${several ? `statement ${failed.statement_id + 1}: ` : ''}${message}`);
}

/** Which InfluxDB an instance is: 1.x speaks only the v1 endpoints; 2.x has buckets, orgs, tasks and Flux besides them. */
export type InfluxGeneration = 1 | 2;

/** What the levels of one server share: the transport and, once known, the server's generation. */
class InfluxServer {
  private known: Promise<InfluxGeneration> | undefined;

  constructor(
    readonly config: InfluxInstanceConfig,
    readonly transport: Transport,
  ) {}

  /** The configured generation, else the one /ping names (asked once; a failed ask is asked again next time). */
  generation(ping: () => Promise<{ version: string }>): Promise<InfluxGeneration> {
    if (this.config.version) return Promise.resolve(this.config.version === '1' ? 1 : 2);
    this.known ??= ping().then(
      ({ version }) => (/^v?1\./.test(version) ? 1 : 2),
      (err: unknown) => {
        this.known = undefined;
        throw err;
      },
    );
    return this.known;
  }
}

/** An InfluxDB 2.x server's own API at one level: the client (with the level's token) and the organisation. */
export interface InfluxV2 {
  influx: InfluxDB;
  org: string;
}

/**
 * One InfluxDB server as one credential level calls it, spoken to through
 * @influxdata/influxdb-client's transport on the v1 endpoints (/ping, /query, /write): the
 * surface InfluxDB 1.x, 2.x (v1 compat) and 3.x share.
 */
export class InfluxConnection {
  readonly url: string;
  // The level's credential rides on each request, so every level shares the server's one
  // transport (and its keep-alive sockets); HTTP authenticates per request anyway.
  private readonly headers: Record<string, string>;

  private readonly transport: Transport;
  private v2Client: InfluxV2 | undefined;

  constructor(
    readonly name: string,
    readonly config: InfluxInstanceConfig,
    readonly level: Level,
    private readonly server: InfluxServer,
    private readonly observe?: CallObserver,
  ) {
    this.url = redactUrl(config.url);
    this.transport = server.transport;
    const authorization = influxAuthorization(config, level);
    this.headers = authorization === undefined ? {} : { authorization };
  }

  /** 1 or 2: configured, or asked of the server once (see InfluxServer). */
  generation(): Promise<InfluxGeneration> {
    return this.server.generation(() => this.ping());
  }

  /**
   * The 2.x API at this level (for @influxdata/influxdb-client-apis and Flux): a client of its own
   * carrying the level's token. Only for a 2.x server; 503 naming the instance when its
   * configuration lacks the organisation or a token for the level.
   */
  v2(): InfluxV2 {
    if (this.v2Client) return this.v2Client;
    const authorization = this.headers.authorization;
    const missing = this.config.org === undefined ? 'its org' : authorization?.startsWith('Token ') ? undefined : `a token for ${this.level}`;
    if (missing) throw errors.backendUnavailable('influx', this.name, `it is InfluxDB 2.x and its configuration lacks ${missing}`);
    this.v2Client = {
      influx: new InfluxDB({ url: this.config.url, token: authorization!.slice('Token '.length), timeout: this.config.timeoutMs }),
      org: this.config.org!,
    };
    return this.v2Client;
  }

  /** A call of the 2.x API (client-apis, Flux), observed and with its errors mapped like every other call here. */
  callV2<T>(run: (api: InfluxV2) => Promise<T>): Promise<T> {
    const api = this.v2();
    return this.call(() => run(api));
  }

  /** GET /ping; the version comes from the X-Influxdb-Version header. */
  async ping(): Promise<{ version: string }> {
    let version = 'unknown';
    await this.send('/ping', null, 'GET', {}, (headers) => {
      const v = headers['x-influxdb-version'];
      if (v) version = String(v);
    });
    return { version };
  }

  /** POST /query; per-statement errors stay in the results for the caller to judge. */
  async query(q: string, options: InfluxQueryOptions = {}): Promise<InfluxStatementResult[]> {
    const form = new URLSearchParams({ q });
    if (options.db) form.set('db', options.db);
    if (options.epoch) form.set('epoch', options.epoch);
    if (options.params) form.set('params', JSON.stringify(options.params));
    const body = (await this.send('/query', form.toString(), 'POST', {
      'content-type': 'application/x-www-form-urlencoded',
    })) as { results?: InfluxStatementResult[]; error?: string };
    if (body.error) throw new AppError(Code.VALIDATION, `influx/${this.name}: ${body.error}`);
    return body.results ?? [];
  }

  /**
   * POST /query with chunked=true: InfluxDB answers one JSON object a line, each of at most
   * chunkSize points, handed to onChunk as they arrive. When onChunk throws, the read stops there
   * (the response is abandoned) and its error is the answer.
   */
  async queryChunks(
    q: string,
    options: InfluxQueryOptions & { chunkSize: number },
    onChunk: (results: InfluxStatementResult[]) => Promise<void>,
  ): Promise<void> {
    const form = new URLSearchParams({ q, chunked: 'true', chunk_size: String(options.chunkSize) });
    if (options.db) form.set('db', options.db);
    if (options.epoch) form.set('epoch', options.epoch);
    if (options.params) form.set('params', JSON.stringify(options.params));
    let refused: { reason: unknown } | undefined;
    // The next chunk is read once the last one is taken: a slow taker holds the response back.
    const take = async (line: string) => {
      if (line.trim() === '') return true;
      const body = JSON.parse(line) as { results?: InfluxStatementResult[]; error?: string };
      if (body.error) throw new AppError(Code.VALIDATION, `influx/${this.name}: ${body.error}`);
      try {
        await onChunk(body.results ?? []);
        return true;
      } catch (reason) {
        refused = { reason };
        return false;
      }
    };
    await this.call(async () => {
      const decoder = new TextDecoder();
      let pending = '';
      const headers = { ...this.headers, 'content-type': 'application/x-www-form-urlencoded' };
      for await (const bytes of this.transport.iterate('/query', form.toString(), { method: 'POST', headers })) {
        pending += decoder.decode(bytes, { stream: true });
        // JSON escapes newlines inside strings: a newline ends a chunk.
        for (let end = pending.indexOf('\n'); end !== -1; end = pending.indexOf('\n')) {
          const line = pending.slice(0, end);
          pending = pending.slice(end + 1);
          if (!(await take(line))) return;
        }
      }
      await take(pending + decoder.decode());
    });
    if (refused) throw refused.reason;
  }

  /** POST /write with line protocol. */
  async write(lines: string, options: InfluxWriteOptions): Promise<void> {
    const qs = new URLSearchParams({ db: options.db, precision: options.precision ?? 'ns' });
    if (options.rp) qs.set('rp', options.rp);
    await this.send(`/write?${qs}`, lines, 'POST', { 'content-type': 'text/plain; charset=utf-8' });
  }

  async close(): Promise<void> {
    // The transport keeps no pooled state that needs closing; kept for symmetry with ES.
  }

  private send(
    path: string,
    body: string | null,
    method: string,
    headers: Record<string, string>,
    onHeaders?: (headers: Record<string, string | string[] | undefined>) => void,
  ): Promise<unknown> {
    return this.call(() => this.transport.request(path, body, { method, headers: { ...this.headers, ...headers } }, onHeaders) as Promise<unknown>);
  }

  /** One observed call; its failure becomes an AppError here, where the client's errors are known. */
  private call<T>(run: () => Promise<T>): Promise<T> {
    return observeCall(this.observe, 'influx', this.name, async () => {
      try {
        return await run();
      } catch (err) {
        throw this.toAppError(err);
      }
    });
  }

  private toAppError(err: unknown): AppError {
    if (err instanceof AppError) return err;
    // The transport's socket timeout is the instance's timeoutMs (createInfluxConnections).
    if (err instanceof RequestTimedOutError) return errors.backendTimeout('influx', this.name, this.config.timeoutMs, err);
    // The server closed the connection mid-answer: no wait of the gateway's ran out.
    if (err instanceof AbortError) return errors.backendGaveUp('influx', this.name, 'it broke off its answer (response aborted)', err);
    if (err instanceof HttpError) {
      // 1.x says `error`, 2.x `message`.
      const json = err.json as { error?: string; message?: string } | undefined;
      const reason = json?.error ?? json?.message ?? err.body ?? err.message;
      if (err.statusCode === 401)
        return errors.backendUnavailable('influx', this.name, `the server refused the gateway's credentials for ${this.level} (${reason})`, err);
      // An authenticated user without the privilege: the engine enforcing the level, not an outage.
      if (err.statusCode === 403) return errors.backendForbidden('influx', this.name, this.level, reason, err);
      const missingDb = /database not found: "?([^"]*)"?/.exec(reason);
      if (missingDb) return errors.databaseNotFound(this.name, missingDb[1] ?? '');
      // InfluxDB 1.13 adds " for database: D for retention policy: R" (1.6 does not), which the answer names already;
      // 2.x's /api/v2/write puts "failure writing points to database: " before it.
      const partial = /^(?:failure writing points to database: )?partial write: ([\s\S]*?)(?: dropped=(\d+)(?: for database: [\s\S]*)?)?$/.exec(reason);
      if (partial) return new PartialWriteError(this.name, partial[1]!, partial[2] === undefined ? undefined : Number(partial[2]), err);
      // A write to a missing retention policy is a 500 from InfluxDB 1.x.
      const missingRp = /^retention policy not found: ([\s\S]*)$/.exec(reason);
      if (missingRp) return errors.notFound(`retention policy "${missingRp[1]}" in influx/${this.name}`);
      if (err.statusCode === 409) return errors.conflict(`influx/${this.name}: ${reason}`);
      if (err.statusCode === 413) return new AppError(Code.PAYLOAD_TOO_LARGE, `influx/${this.name}: ${reason}`, { cause: err });
      if (err.statusCode >= 400 && err.statusCode < 500) {
        return new AppError(Code.VALIDATION, `influx/${this.name}: ${reason}`, { cause: err });
      }
      return errors.backendUnavailable('influx', this.name, `${err.statusCode} ${reason}`, err);
    }
    const e = err as NodeJS.ErrnoException;
    return errors.backendUnavailable('influx', this.name, e.message || String(e.code), err);
  }
}

/** The server's connection for every level, sharing one transport (no credential of its own: see InfluxConnection.headers). */
export function createInfluxConnections(name: string, config: InfluxInstanceConfig, observe?: CallObserver): Record<Level, InfluxConnection> {
  const transport = new InfluxDB({
    url: config.url,
    timeout: config.timeoutMs,
    // InfluxDB 1.x echoes a query's error, user text included, in the X-Influxdb-Error header;
    // Node's strict parser would fail the whole response on a control character there.
    transportOptions: { insecureHTTPParser: true },
  }).transport;
  const server = new InfluxServer(config, transport);
  const at = (level: Level) => new InfluxConnection(name, config, level, server, observe);
  return { read: at('read'), write: at('write'), admin: at('admin') };
}
