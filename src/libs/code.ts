/**
 * Result codes carried in every response's `resultcode`. 50000-50002 are kept from the
 * original HostMonitor; the others are the HTTP status times 100 (plus a detail digit).
 */
export const Code = {
  OK: 200,
  PARTIAL: 20700,
  NOT_SUPPORTED: 50000,
  MISSING_PARAMETER: 50001,
  DATABASE_NOT_FOUND: 50002,
  VALIDATION: 40000,
  MALFORMED_BODY: 40001,
  UNAUTHORIZED: 40100,
  FORBIDDEN: 40300,
  NOT_FOUND: 40400,
  INSTANCE_NOT_FOUND: 40401,
  METHOD_NOT_ALLOWED: 40500,
  REQUEST_TIMEOUT: 40800,
  CONFLICT: 40900,
  PAYLOAD_TOO_LARGE: 41300,
  URI_TOO_LONG: 41400,
  UNSUPPORTED_MEDIA_TYPE: 41500,
  HEADERS_TOO_LARGE: 43100,
  RATE_LIMITED: 42900,
  /** The process runs as many pipelines as limits.pipeline.maxInFlight allows: retry shortly. */
  PIPELINES_BUSY: 42901,
  INTERNAL: 50500,
  BACKEND_UNAVAILABLE: 50300,
  OVERLOADED: 50301,
  BACKEND_TIMEOUT: 50400,
} as const;

export type ResultCode = (typeof Code)[keyof typeof Code];

/** The HTTP status that goes with each code. */
export const httpStatus: Record<ResultCode, number> = {
  [Code.OK]: 200,
  [Code.PARTIAL]: 207,
  [Code.NOT_SUPPORTED]: 501,
  [Code.MISSING_PARAMETER]: 400,
  [Code.DATABASE_NOT_FOUND]: 404,
  [Code.VALIDATION]: 400,
  [Code.MALFORMED_BODY]: 400,
  [Code.UNAUTHORIZED]: 401,
  [Code.FORBIDDEN]: 403,
  [Code.NOT_FOUND]: 404,
  [Code.INSTANCE_NOT_FOUND]: 404,
  [Code.METHOD_NOT_ALLOWED]: 405,
  [Code.REQUEST_TIMEOUT]: 408,
  [Code.CONFLICT]: 409,
  [Code.PAYLOAD_TOO_LARGE]: 413,
  [Code.URI_TOO_LONG]: 414,
  [Code.UNSUPPORTED_MEDIA_TYPE]: 415,
  [Code.HEADERS_TOO_LARGE]: 431,
  [Code.RATE_LIMITED]: 429,
  [Code.PIPELINES_BUSY]: 429,
  [Code.INTERNAL]: 500,
  [Code.BACKEND_UNAVAILABLE]: 503,
  [Code.OVERLOADED]: 503,
  [Code.BACKEND_TIMEOUT]: 504,
};
