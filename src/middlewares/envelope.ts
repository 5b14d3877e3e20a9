import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { Code, httpStatus, type ResultCode } from '../libs/code.js';
import { canRead } from '../libs/access.js';
import { AppError, InstanceNotFoundError } from '../libs/errors.js';

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
export const envelopeOf = <T extends z.ZodType>(data: T) =>
  z.object({ result: z.literal(true), resultcode: z.literal(200), message: z.literal(''), data });

export const errorEnvelope = z
  .object({ result: z.literal(false), resultcode: z.number().int(), message: z.string(), data: z.null() })
  .describe('Every error: a result code, a message naming the culprit, no data');

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
  return classifyFastifyError(err as FastifyError);
}

function classifyFastifyError(err: FastifyError): { code: ResultCode; message: string } {
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
  const { code, message } = classify(err, request);
  if (code === Code.INTERNAL) {
    request.log.error({ err }, 'unhandled error');
    return reply.code(500).send(failure(code, `internal error (request ${request.id}); details are in the server log`));
  }
  const status = httpStatus[code];
  if (status >= 500) request.log.warn({ code, cause: (err.cause as Error | undefined)?.message }, message);
  return reply.code(status).send(failure(code, message));
}

export function notFoundHandler(request: FastifyRequest, reply: FastifyReply): FastifyReply {
  return reply.code(404).send(failure(Code.NOT_FOUND, `route not found: ${request.method} ${request.url.split('?')[0]}`));
}
