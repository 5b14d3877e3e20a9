import type { Level } from '../config/settings.js';
import { Code, httpStatus, type ResultCode } from './code.js';

/** An error as a value: a result code, its HTTP status and a message naming the culprit. */
export class AppError extends Error {
  override name = 'AppError';
  readonly status: number;
  constructor(
    readonly code: ResultCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.status = httpStatus[code];
  }
}

export const isAppError = (err: unknown): err is AppError => err instanceof AppError;

export type BackendKind = 'es' | 'influx';

/**
 * A name no instance of the kind has. Its message names no instance: the one place that renders
 * errors adds the configured ones the caller can read (see describe).
 */
export class InstanceNotFoundError extends AppError {
  override name = 'InstanceNotFoundError';
  constructor(
    readonly kind: BackendKind,
    readonly instance: string,
    readonly configured: readonly string[],
  ) {
    super(Code.INSTANCE_NOT_FOUND, `unknown ${kind} instance "${instance}"`);
  }
  describe(shown: readonly string[]): string {
    return `${this.message} (configured: ${shown.length ? shown.join(', ') : 'none'})`;
  }
}

export const errors = {
  notSupported: (what: string) => new AppError(Code.NOT_SUPPORTED, `not supported: ${what}`),
  missingParameter: (name: string) => new AppError(Code.MISSING_PARAMETER, `missing required parameter: ${name}`),
  databaseNotFound: (instance: string, db: string) => new AppError(Code.DATABASE_NOT_FOUND, `database "${db}" does not exist on influx/${instance}`),
  validation: (path: string, reason: string) => new AppError(Code.VALIDATION, `${path}: ${reason}`),
  notFound: (what: string) => new AppError(Code.NOT_FOUND, `${what} not found`),
  instanceNotFound: (kind: BackendKind, name: string, known: string[]) => new InstanceNotFoundError(kind, name, known),
  conflict: (what: string) => new AppError(Code.CONFLICT, what),
  backendUnavailable: (kind: BackendKind, instance: string, reason: string, cause?: unknown) =>
    new AppError(Code.BACKEND_UNAVAILABLE, `${kind}/${instance} is unavailable: ${reason}`, { cause }),
  /** The backend itself refused a call made with the gateway's credential for `level`: the engine's own check, not the gateway's. */
  backendForbidden: (kind: BackendKind, instance: string, level: Level, reason: string, cause?: unknown) =>
    new AppError(Code.FORBIDDEN, `${kind}/${instance} refused this call made with the gateway's ${level} credential: ${reason}`, { cause }),
  /** The gateway stopped waiting: `ms` is the instance's timeoutMs, the wait the client was given. */
  backendTimeout: (kind: BackendKind, instance: string, ms: number, cause?: unknown) =>
    new AppError(Code.BACKEND_TIMEOUT, `${kind}/${instance} did not answer within ${ms} ms`, { cause }),
  /** The backend, or a proxy before it, gave up (a 408 or 504 answer, a response broken off): no wait of the gateway's to name. */
  backendGaveUp: (kind: BackendKind, instance: string, reason: string, cause?: unknown) =>
    new AppError(Code.BACKEND_TIMEOUT, `${kind}/${instance} gave up on the call: ${reason}`, { cause }),
};
