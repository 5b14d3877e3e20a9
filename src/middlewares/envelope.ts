import { maxHeaderSize, STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { ConnectionError, FastifyError, FastifyInstance, FastifyReply, FastifyRequest, RouteOptions } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { Code, httpStatus, type ResultCode } from '../libs/code.js';
import { canRead } from '../libs/access.js';
import { AppError, InstanceNotFoundError } from '../libs/errors.js';
import { securityHeaderValues } from './security-headers.js';

export interface Success<T> {
  result: true;
  resultcode: typeof Code.OK;
  message: '';
  data: T;
}

export interface Failure {
  result: false;
  resultcode: number;
  message: string;
  data: null;
}

export const ok = <T>(data: T): Success<T> => ({ result: true, resultcode: Code.OK, message: '', data });

const failure = (code: ResultCode, message: string): Failure => ({ result: false, resultcode: code, message, data: null });

/** Response schema for the OpenAPI document: the envelope around a route's data. */
export const envelopeOf = <T extends z.ZodType>(data: T) => z.object({ result: z.literal(true), resultcode: z.literal(200), message: z.literal(''), data });

export const errorEnvelope = z
  .object({ result: z.literal(false), resultcode: z.number().int(), message: z.string(), data: z.null() })
  .describe('Every error: a result code, a message naming the culprit, no data')
  .meta({ example: { result: false, resultcode: 40401, message: 'unknown es instance "nope" (configured: default, logs)', data: null } });

// Fastify's own body errors: malformed JSON and friends are the client's fault, never a 500.
const fastifyCodes: Record<string, ResultCode> = {
  FST_ERR_CTP_BODY_TOO_LARGE: Code.PAYLOAD_TOO_LARGE,
  FST_ERR_CTP_INVALID_MEDIA_TYPE: Code.UNSUPPORTED_MEDIA_TYPE,
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: Code.MALFORMED_BODY,
  FST_ERR_CTP_EMPTY_JSON_BODY: Code.MALFORMED_BODY,
  FST_ERR_CTP_INVALID_JSON_BODY: Code.MALFORMED_BODY,
};

const byStatus: Partial<Record<number, ResultCode>> = {
  400: Code.VALIDATION,
  401: Code.UNAUTHORIZED,
  403: Code.FORBIDDEN,
  404: Code.NOT_FOUND,
  405: Code.METHOD_NOT_ALLOWED,
  409: Code.CONFLICT,
  413: Code.PAYLOAD_TOO_LARGE,
  414: Code.URI_TOO_LONG,
  415: Code.UNSUPPORTED_MEDIA_TYPE,
  429: Code.RATE_LIMITED,
};

function validationMessage(err: Partial<FastifyError> & { validation: { instancePath: string; message?: string }[] }): string {
  const where = err.validationContext ?? 'request';
  return err.validation
    .map((issue) => {
      const path = issue.instancePath.split('/').filter(Boolean).join('.');
      return `${path ? `${where}.${path}` : where}: ${issue.message ?? 'invalid'}`;
    })
    .join('; ');
}

/** Turns any thrown error into the envelope; 5xx details go to the log only. */
function classify(err: Error, request: FastifyRequest): { code: ResultCode; message: string } {
  if (err instanceof InstanceNotFoundError) {
    // Only the instances this caller can read are named (all with auth off, none without a token).
    return { code: err.code, message: err.describe(err.configured.filter((name) => canRead(request.access, err.kind, name))) };
  }
  if (err instanceof AppError) return { code: err.code, message: err.message };
  if (hasZodFastifySchemaValidationErrors(err)) return { code: Code.VALIDATION, message: validationMessage(err) };
  return classifyFastifyError(err as FastifyError, request);
}

function classifyFastifyError(err: FastifyError, request: FastifyRequest): { code: ResultCode; message: string } {
  if (err.code === 'FST_ERR_MAX_PARAM_LENGTH') {
    const limit = request.server.initialConfig.routerOptions?.maxParamLength;
    return { code: Code.URI_TOO_LONG, message: `a segment of the path is longer than ${limit ?? 'the limit of'} characters` };
  }
  const known = err.code ? fastifyCodes[err.code] : undefined;
  if (known) return { code: known, message: known === Code.MALFORMED_BODY ? `malformed request body: ${err.message}` : err.message };
  const status = err.statusCode ?? 500;
  if (status >= 400 && status < 500) {
    // A SyntaxError from a content parser is a malformed body.
    const code = err.name === 'SyntaxError' ? Code.MALFORMED_BODY : (byStatus[status] ?? Code.VALIDATION);
    return { code, message: err.message };
  }
  return { code: Code.INTERNAL, message: 'internal error' };
}

export function errorHandler(err: FastifyError, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  // A body method without a Content-Type (QUERY) on a path no route answers: the missing route is the answer, a 405 or 404.
  if (request.is404 && err.code === 'FST_ERR_ROUTE_MISSING_CONTENT_TYPE') return notFoundHandler(request, reply);
  const { code, message } = classify(err, request);
  if (code === Code.INTERNAL) {
    request.log.error({ err }, 'unhandled error');
    return reply.code(500).send(failure(code, `internal error (request ${request.id}); details are in the server log`));
  }
  const status = httpStatus[code];
  if (status >= 500) request.log.warn({ code, cause: (err.cause as Error | undefined)?.message }, message);
  return reply.code(status).send(failure(code, message));
}

/** No route answers this method on this path: 405 with `Allow` when the path has other methods, else 404. */
export function notFoundHandler(request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const path = request.url.split('?')[0]!;
  const allowed = methodsAt(request.server.routeTable, path);
  if (allowed.length > 0) {
    reply.header('allow', allowed.join(', '));
    return reply.code(405).send(failure(Code.METHOD_NOT_ALLOWED, `method ${request.method} not allowed on ${path}; it allows ${allowed.join(', ')}`));
  }
  return reply.code(404).send(failure(Code.NOT_FOUND, `route not found: ${request.method} ${path}`));
}

interface RoutePattern {
  methods: string[];
  pattern: RegExp;
}

// The route table is complete once the app listens; its patterns are compiled on the first 404 or 405.
const compiled = new WeakMap<readonly RouteOptions[], RoutePattern[]>();

/** The methods some route answers on a concrete path (`OPTIONS` alone, as from CORS's catch-all, does not make a path exist). */
function methodsAt(routes: readonly RouteOptions[], path: string): string[] {
  let patterns = compiled.get(routes);
  if (!patterns) {
    patterns = routes.map((route) => ({ methods: [route.method].flat(), pattern: patternOf(route.url) }));
    compiled.set(routes, patterns);
  }
  const methods = new Set(patterns.filter((route) => route.pattern.test(path)).flatMap((route) => route.methods));
  if (![...methods].some((method) => method !== 'OPTIONS')) return [];
  return [...methods].sort();
}

/** A route URL as find-my-way matches it: `:name` one segment, `*` the rest. */
function patternOf(url: string): RegExp {
  const segments = url.split('/').map((segment) => {
    if (segment === '*') return '.*';
    if (segment.startsWith(':')) return '[^/]+';
    return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  });
  return new RegExp(`^${segments.join('/')}$`);
}

/**
 * Errors Fastify meets before routing (a URL it cannot decode, a path segment over maxParamLength):
 * no hook runs for them, so the request id and the security headers are set here.
 */
export function frameworkErrorHandler(err: FastifyError, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  reply.headers({ ...securityHeaderValues, 'x-request-id': request.id });
  return errorHandler(err, request, reply);
}

const parserErrors: Partial<Record<string, ResultCode>> = {
  HPE_HEADER_OVERFLOW: Code.HEADERS_TOO_LARGE,
  ERR_HTTP_REQUEST_TIMEOUT: Code.REQUEST_TIMEOUT,
};

/**
 * Errors of Node's HTTP parser, met before Fastify has a request: headers (or a URL) over
 * maxHeaderSize (16 KiB), a request that did not arrive in time, bytes that are not HTTP. The
 * envelope is written to the socket by hand, with a request id of its own (logged with the
 * error) and the security headers; the connection is then closed. No hook runs, so the access
 * log and the metrics do not count these. Cases that cannot carry the envelope: the client reset
 * the connection or the socket is no longer writable (only logged), and a client that pipelines
 * a bad request behind one still being answered may get the envelope after that answer's bytes.
 */
export function clientErrorHandler(this: FastifyInstance, err: ConnectionError, socket: Socket): void {
  const id = crypto.randomUUID();
  if (err.code === 'ECONNRESET' || !socket.writable) {
    this.log.debug({ reqId: id, code: err.code }, 'client error on a closed connection: nothing answered');
    socket.destroy();
    return;
  }
  const code = requestLineTooLong(err) ? Code.URI_TOO_LONG : (parserErrors[err.code] ?? Code.MALFORMED_BODY);
  const status = httpStatus[code];
  const message = clientErrorMessages[code] ?? `malformed HTTP request (${err.code})`;
  this.log.info({ reqId: id, code: err.code, status }, message);
  const body = JSON.stringify(failure(code, message));
  const headers = {
    ...securityHeaderValues,
    'content-type': 'application/json; charset=utf-8',
    'content-length': String(Buffer.byteLength(body)),
    'x-request-id': id,
    connection: 'close',
  };
  const head = Object.entries(headers)
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join('');
  socket.end(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n${head}\r\n${body}`);
}

const clientErrorMessages: Partial<Record<ResultCode, string>> = {
  [Code.URI_TOO_LONG]: `the request line is longer than ${maxHeaderSize} bytes: send long queries in a body`,
  [Code.HEADERS_TOO_LARGE]: `the request line and headers are longer than ${maxHeaderSize} bytes together`,
  [Code.REQUEST_TIMEOUT]: 'the request did not arrive in time (server.requestTimeoutMs)',
};

/** An overflow whose packet starts a request line that has not ended within the limit: the URL is at fault, not the headers. */
function requestLineTooLong(err: ConnectionError): boolean {
  if (err.code !== 'HPE_HEADER_OVERFLOW' || !Buffer.isBuffer(err.rawPacket)) return false;
  const packet = err.rawPacket;
  const lineEnd = packet.indexOf('\r\n');
  return /^[A-Z]+ /.test(packet.subarray(0, 16).toString('latin1')) && (lineEnd === -1 ? packet.length : lineEnd) >= maxHeaderSize;
}
