import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ok } from '../middlewares/envelope.js';
import { runOperators } from '../operator/run.js';
import { parseRequest, type Action } from '../parser/index.js';

/**
 * The whole body of a route handler: parse the request into operators, run them, wrap the
 * result. Its data is typed by the route's response schema, hence `any` here.
 */
export function handle(action: Action) {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return async function (this: FastifyInstance, request: FastifyRequest): Promise<any> {
    const chain = parseRequest(action, {
      params: request.params as Record<string, string>,
      query: request.query as Record<string, unknown>,
      body: request.body,
    });
    return ok(await runOperators(chain, { backends: this.backends }));
  };
}
