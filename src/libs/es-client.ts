import type { estypes } from '@elastic/elasticsearch';
import { redactUrl, type EsInstanceConfig, type Level } from '../config/settings.js';
import { esAuthorization } from './credentials.js';
import { AppError, errors } from './errors.js';
import { Code } from './code.js';
import { observeCall, type CallObserver } from './metrics.js';

export type HttpMethod = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface EsRequest {
  method: HttpMethod;
  path: string;
  querystring?: Record<string, unknown>;
  body?: unknown;
  /** NDJSON lines for _bulk and _msearch. */
  bulkBody?: string | unknown[];
  /** Statuses returned to the caller instead of raised (e.g. 404 for an existence check). */
  ignore?: number[];
}

export interface EsResponse<T> {
  statusCode: number;
  body: T;
}

type Send = <T>(req: EsRequest, timeoutMs: number, headers: Record<string, string>) => Promise<EsResponse<T>>;
interface Client {
  send: Send;
  close(): Promise<void>;
}

/**
 * A cluster's one client, shared by its connections of every level. It is loaded on the first
 * call: a gateway starts (and answers /health) without paying for the Elasticsearch and
 * OpenSearch clients it may not use yet.
 */
class SharedClient {
  private client?: Promise<Client>;
  constructor(private readonly load: () => Promise<Client>) {}
  get(): Promise<Client> {
    this.client ??= this.load();
    return this.client;
  }
  async close(): Promise<void> {
    if (this.client) await (await this.client).close();
  }
}

/**
 * One Elasticsearch or OpenSearch cluster as one credential level calls it. The flavor is chosen
 * once, in `createEsConnections`; above this adapter ESQuery speaks plain HTTP paths and bodies,
 * the same for both.
 */
export class EsConnection {
  readonly url: string;
  // The level's credential rides on each request rather than in a client per level: HTTP
  // authenticates per request, so every level shares one client and its keep-alive sockets.
  private readonly headers: Record<string, string>;

  constructor(
    readonly name: string,
    readonly config: EsInstanceConfig,
    readonly level: Level,
    private readonly client: SharedClient,
    private readonly observe?: CallObserver,
  ) {
    this.url = redactUrl(config.node);
    const authorization = esAuthorization(config, level);
    this.headers = authorization === undefined ? {} : { authorization };
  }

  /** Closes the client that every level of this cluster shares. */
  close(): Promise<void> {
    return this.client.close();
  }

  get flavor() {
    return this.config.flavor;
  }

  request<T = unknown>(req: EsRequest): Promise<EsResponse<T>> {
    return observeCall(this.observe, 'es', this.name, () => this.send<T>(req));
  }

  /** The call itself; its failure becomes an AppError here, where the client's errors are known. */
  private async send<T>(req: EsRequest): Promise<EsResponse<T>> {
    try {
      return await (await this.client.get()).send<T>(req, this.config.timeoutMs, this.headers);
    } catch (err) {
      throw toAppError(this.name, this.config.timeoutMs, err, this.level);
    }
  }
}

/**
 * What a failed call's body may hold: an error response, or a missing document's get or delete
 * answer. Local because a path the cluster has no handler for answers `error` as a bare string.
 */
type EsErrorBody = Partial<Pick<estypes.GetGetResult, '_index' | '_id' | 'found'>> & {
  result?: estypes.Result;
  error?: estypes.ErrorCause | string;
  status?: number;
};

function describeEsError(body: unknown): { type: string; reason: string } {
  const b = (typeof body === 'object' && body !== null ? body : {}) as EsErrorBody;
  if (typeof b.error === 'string') return { type: 'error', reason: b.error };
  // A missing document is a 404 without an error object.
  if (b._id !== undefined && (b.found === false || b.result === 'not_found')) {
    return { type: 'document_not_found', reason: `no document [${b._id}] in index [${b._index}]` };
  }
  const root = b.error?.root_cause?.[0];
  // "all shards failed" names no culprit; the shard's root cause does.
  if (b.error?.type === 'search_phase_execution_exception' && root?.reason) return { type: root.type, reason: root.reason };
  const reason = b.error?.reason ?? root?.reason ?? (typeof body === 'string' ? body : 'no reason given');
  // "Failed to load settings from [...]" names no culprit; its cause does.
  const because = b.error?.type === 'settings_exception' ? b.error.caused_by?.reason : undefined;
  return { type: b.error?.type ?? root?.type ?? 'unknown', reason: because ? `${reason}: ${because}` : reason };
}

/**
 * Maps a client error to the envelope by the error's type first, then its status: the caller's
 * mistakes and index blocks are 4xx keeping ES's reason; 503 only when the cluster is unreachable,
 * refuses the gateway's own credentials (401) or fails on its own; timeout 504.
 */
export function toAppError(instance: string, timeoutMs: number, err: unknown, level: Level): AppError {
  if (err instanceof AppError) return err;
  const e = err as { name?: string; message?: string; meta?: { statusCode?: number; body?: unknown } };
  switch (e.name) {
    case 'TimeoutError':
      return errors.backendTimeout('es', instance, timeoutMs, err);
    case 'ConnectionError':
    case 'NoLivingConnectionsError':
      return errors.backendUnavailable('es', instance, e.message ?? 'connection failed', err);
    case 'ProductNotSupportedError':
      return errors.backendUnavailable('es', instance, 'the server is not Elasticsearch (for OpenSearch set flavor "opensearch")', err);
    case 'ResponseError':
      return fromStatus(instance, level, e.meta?.statusCode ?? 500, e.meta?.body, err);
    default:
      return errors.backendUnavailable('es', instance, e.message ?? String(err), err);
  }
}

// A REST endpoint the cluster lacks (a module not installed, an older version) answers like this.
const missingEndpoint = /^(?:no handler found for uri|Incorrect HTTP method for uri) \[([^\]]*)\] and method \[(\w+)\]/;

function fromStatus(instance: string, level: Level, status: number, body: unknown, cause: unknown): AppError {
  const { type, reason } = describeEsError(body);
  const missing = type === 'error' ? missingEndpoint.exec(reason) : null;
  if (missing) return errors.notSupported(`es/${instance} has no endpoint ${missing[2]} ${missing[1]!.split('?')[0]}`);
  const message = `es/${instance}: ${type}: ${reason}`;
  if (type === 'cluster_block_exception') return blocked(instance, status, message, reason, cause);
  if (callerMistakes.has(type)) return new AppError(Code.VALIDATION, message, { cause });
  if (status === 404) return new AppError(Code.NOT_FOUND, message, { cause });
  if (status === 409 || /already_exists|version_conflict/.test(type)) return new AppError(Code.CONFLICT, message, { cause });
  if (status === 401) return errors.backendUnavailable('es', instance, `the cluster refused the gateway's credentials for ${level} (${type})`, cause);
  // A security_exception is the cluster's own privilege check refusing the level's credential; other
  // 403s are blocks (a read-only index, a full disk).
  if (status === 403 && type === 'security_exception') return errors.backendForbidden('es', instance, level, reason, cause);
  if (status === 403) return new AppError(Code.FORBIDDEN, message, { cause });
  if (status === 413) return new AppError(Code.PAYLOAD_TOO_LARGE, message, { cause });
  // The cluster or a proxy before it timed out, not the gateway: there is no wait of ours to name.
  if (status === 408 || status === 504) return errors.backendGaveUp('es', instance, `it answered ${status} ${type}: ${reason}`, cause);
  if (status >= 400 && status < 500 && status !== 429) return new AppError(Code.VALIDATION, message, { cause });
  return errors.backendUnavailable('es', instance, `${status} ${type}: ${reason}`, cause);
}

// The caller's request, whatever status the cluster gives it: settings it cannot load answer 500.
const callerMistakes = new Set([
  'settings_exception',
  'illegal_argument_exception',
  'parse_exception',
  'parsing_exception',
  'x_content_parse_exception',
  'mapper_parsing_exception',
]);

// The index blocks ES names in a cluster_block_exception, and the setting that sets each.
const indexBlocks: [RegExp, string][] = [
  [
    /index read-only \/ allow delete|read-only-allow-delete/,
    'is read-only, deletes allowed (index.blocks.read_only_allow_delete; the flood-stage disk watermark sets it)',
  ],
  [/index read-only \(api\)/, 'is read-only (index.blocks.read_only)'],
  [/index write \(api\)/, 'is read-only (index.blocks.write)'],
  [/index read \(api\)/, 'refuses reads (index.blocks.read)'],
  [/index metadata \(api\)/, 'refuses metadata changes (index.blocks.metadata)'],
];

/**
 * A block refused the call: an index's own (a 4xx naming the setting) or, answered 503, the
 * cluster's (no master, state not recovered), which is the cluster being unavailable.
 */
function blocked(instance: string, status: number, message: string, reason: string, cause: unknown): AppError {
  if (status === 503) return errors.backendUnavailable('es', instance, message, cause);
  const block = indexBlocks.find(([pattern]) => pattern.test(reason))?.[1];
  const index = /index \[([^\]]+)\]/.exec(reason)?.[1];
  const named = block && index ? `${message} (index ${index} ${block})` : message;
  return new AppError(Code.FORBIDDEN, named, { cause });
}

// No credential here: each request carries its level's (EsConnection.headers).
function clientOptions(config: EsInstanceConfig) {
  return {
    node: config.node,
    requestTimeout: config.timeoutMs,
    maxRetries: 1,
    ssl: config.tls,
  };
}

/** The cluster's connection for every level, sharing one client; the one place where the flavor picks a client library. */
export function createEsConnections(name: string, config: EsInstanceConfig, observe?: CallObserver): Record<Level, EsConnection> {
  const client = new SharedClient(config.flavor === 'opensearch' ? () => openSearchClient(config) : () => elasticClient(config));
  const at = (level: Level) => new EsConnection(name, config, level, client, observe);
  return { read: at('read'), write: at('write'), admin: at('admin') };
}

async function openSearchClient(config: EsInstanceConfig): Promise<Client> {
  const { Client: OpenSearchClient } = await import('@opensearch-project/opensearch');
  const { ssl, ...common } = clientOptions(config);
  const client = new OpenSearchClient({ ...common, ssl });
  return {
    send: async <T>(req: EsRequest, timeoutMs: number, headers: Record<string, string>) => {
      // The OpenSearch client types its answer's body as any: read it as unknown, then as the caller's T, as the ES client does.
      const res: { body: unknown; statusCode: number | null } = await client.transport.request(
        { method: req.method, path: req.path, querystring: req.querystring, body: req.body as never, bulkBody: req.bulkBody as never },
        { requestTimeout: timeoutMs, ignore: req.ignore, headers },
      );
      return { body: res.body as T, statusCode: res.statusCode ?? 200 };
    },
    close: () => client.close(),
  };
}

async function elasticClient(config: EsInstanceConfig): Promise<Client> {
  const { Client: ElasticClient } = await import('@elastic/elasticsearch');
  const { ssl, ...common } = clientOptions(config);
  const client = new ElasticClient({ ...common, tls: ssl });
  return {
    send: async <T>(req: EsRequest, timeoutMs: number, headers: Record<string, string>) => {
      const res = await client.transport.request<T>(
        { method: req.method, path: req.path, querystring: req.querystring, body: req.body as never, bulkBody: req.bulkBody as never },
        // One immediate retry (a stale keep-alive socket), not the client's default backoff of seconds.
        { requestTimeout: timeoutMs, ignore: req.ignore, meta: true, retryBackoff: () => 0, headers },
      );
      return { body: res.body, statusCode: res.statusCode };
    },
    close: () => client.close(),
  };
}
