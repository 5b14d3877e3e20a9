import { z } from 'zod';
import { Code, type ResultCode } from '../libs/code.js';
import { envelopeOf, errorEnvelope } from '../middlewares/envelope.js';

export const instanceStatusExample = {
  kind: 'influx',
  name: 'default',
  url: 'http://127.0.0.1:8086',
  labels: { region: 'eu-west' },
  reachable: true,
  version: '1.6.7~rc0',
};

export const instanceStatus = z
  .object({
    kind: z.enum(['es', 'influx']),
    name: z.string(),
    url: z.string().describe('The server URL, without credentials'),
    flavor: z.string().optional(),
    labels: z.record(z.string(), z.string()),
    reachable: z.boolean(),
    version: z.string().optional(),
    error: z.string().optional(),
  })
  .meta({ example: instanceStatusExample });

export const instanceStatuses = z.array(instanceStatus).meta({ example: [instanceStatusExample] });

/** The success envelope around a route's data, showing its data's example. */
export const success = <T extends z.ZodType>(data: T) =>
  envelopeOf(data).meta({ example: { result: true, resultcode: Code.OK, message: '', data: data.meta()?.example } });

/**
 * A response that is not JSON (an NDJSON stream, Prometheus text): declared under its own media
 * type, which @fastify/swagger takes from a schema's `content` as it is, while errors stay JSON.
 */
export const mediaResponse = (mediaType: string, description: string, example: string) =>
  z.string().meta({ description, example, content: { [mediaType]: { schema: { type: 'string' }, example } } });

/**
 * A JSON response that Accept can also ask for as streams of other media types: the document
 * lists them all under the status (the JSON one with its schema), as `content` as it is.
 */
export function streamable<T extends z.ZodType>(json: T, streams: Record<string, string>) {
  const { $schema: _, ...schema } = z.toJSONSchema(json, { io: 'output', unrepresentable: 'any' });
  const others = Object.entries(streams).map(([mediaType, example]) => [mediaType, { schema: { type: 'string' }, example }]);
  return json.meta({ content: { 'application/json': { schema }, ...Object.fromEntries(others) } });
}

/** The error statuses the gateway answers, each with the example the document shows for it. */
const errorExamples = {
  400: [Code.VALIDATION, 'Invalid request: the message names the field', 'body.index: must be lower case'],
  401: [Code.UNAUTHORIZED, 'No token, or an unknown one', 'missing bearer token (Authorization: Bearer <token>)'],
  403: [Code.FORBIDDEN, 'The token lacks the scope, or the backend refused the call', 'token "ops" lacks write on es/default'],
  404: [Code.INSTANCE_NOT_FOUND, 'Unknown instance, or the named resource does not exist', 'unknown es instance "nope" (configured: default, logs)'],
  408: [Code.REQUEST_TIMEOUT, 'The request did not arrive in time', 'the request did not arrive in time (server.requestTimeoutMs)'],
  409: [Code.CONFLICT, 'It exists already, or a version or field type conflict', 'database "my_db" already exists on influx/default'],
  413: [
    Code.PAYLOAD_TOO_LARGE,
    'The body, or what it asks for, is over a limit',
    '20000 points in one write; the limit is 10000: split the batch into several requests',
  ],
  414: [Code.URI_TOO_LONG, 'The URL or a path segment is too long', 'a segment of the path is longer than 1024 characters'],
  415: [Code.UNSUPPORTED_MEDIA_TYPE, 'The body has a content type the route does not read', 'Unsupported Media Type: application/xml'],
  429: [
    Code.RATE_LIMITED,
    'Rate limited, or too many pipelines in flight: retry after Retry-After',
    'rate limit of 100 requests per 1 minute reached for token "ops"; retry in 12 s',
  ],
  431: [Code.HEADERS_TOO_LARGE, 'The request line and headers are over 16 KiB', 'the request line and headers are longer than 16384 bytes together'],
  500: [
    Code.INTERNAL,
    "The gateway's own failure: details are in its log under the request id",
    'internal error (request 1f0c…); details are in the server log',
  ],
  501: [
    Code.NOT_SUPPORTED,
    'The cluster lacks what the call needs',
    'not supported: _delete_by_query on es/default: the cluster lacks the reindex module that provides it',
  ],
  503: [Code.BACKEND_UNAVAILABLE, 'A backend is unavailable, or the gateway is overloaded', 'es/default is unavailable: connect ECONNREFUSED 127.0.0.1:9200'],
  504: [Code.BACKEND_TIMEOUT, 'A backend did not answer in time', 'influx/default did not answer within 10000 ms'],
} as const satisfies Record<number, readonly [ResultCode, string, string]>;

export type ErrorStatus = keyof typeof errorExamples;

/** The error envelope as the response of one status, with the usual example or a route's own message. */
export const errorResponse = (status: ErrorStatus, message: string = errorExamples[status][2]) => {
  const [resultcode, description] = errorExamples[status];
  return errorEnvelope.meta({ description, example: { result: false, resultcode, message, data: null } });
};

/** The error responses of the given statuses. */
export const errorResponses = (statuses: readonly ErrorStatus[]): Partial<Record<ErrorStatus, typeof errorEnvelope>> =>
  Object.fromEntries(statuses.map((status) => [status, errorResponse(status)]));

/** What a call to an Elasticsearch cluster or an InfluxDB server can answer, besides the framework's answers (routes.ts adds those). */
export const backendErrors = {
  es: [400, 403, 404, 409, 413, 501, 503, 504],
  influx: [400, 403, 404, 409, 413, 503, 504],
  // A pipeline calls both, and refuses what is over its budgets (413) or beyond maxInFlight (429).
  mix: [400, 403, 404, 409, 413, 429, 501, 503, 504],
} as const satisfies Record<string, readonly ErrorStatus[]>;

/** The documented responses of a route: its data in the envelope, and the errors it can answer itself. */
export const responses = <T extends z.ZodType>(data: T, errors: readonly ErrorStatus[] = []) => ({ 200: success(data), ...errorResponses(errors) });

/** 207: some items failed; the message counts them, the data reports each. */
export const partialResponse = <T extends z.ZodType>(data: T, example: { message: string; data: unknown }) =>
  z.object({ result: z.literal(true), resultcode: z.literal(Code.PARTIAL), message: z.string(), data }).meta({
    example: { result: true, resultcode: Code.PARTIAL, ...example },
  });

const anyRequest: ErrorStatus[] = [408, 414, 429, 431, 500, 503];
const tokenChecked: ErrorStatus[] = [401, 403];
const bodyRead: ErrorStatus[] = [400, 413, 415];
// Fastify reads a body on these methods whatever the route: a malformed, oversized or unknown one is refused.
const bodyMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Answers a request can get before or around its route's work (the HTTP parser, the rate limit,
 * overload, auth, validation, body parsing); routes.ts declares them on every route from what it is.
 */
export function frameworkErrors(route: { method: string | string[]; isPublic: boolean; validates: boolean }): ErrorStatus[] {
  const statuses = [...anyRequest];
  if (!route.isPublic) statuses.push(...tokenChecked);
  if (route.validates) statuses.push(400);
  if ([route.method].flat().some((m) => bodyMethods.has(m))) statuses.push(...bodyRead);
  return [...new Set(statuses)];
}
