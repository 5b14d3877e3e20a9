import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Code } from '../libs/code.js';
import { ok, Respond } from '../middlewares/envelope.js';
import { runOperators } from '../operator/run.js';
import { parseRequest, type Action } from '../parser/index.js';

/**
 * The whole body of a route handler: parse the request into operators, run them, wrap the
 * result. Its data is typed by the route's response schema, hence `any` here.
 */
export function handle(action: Action) {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return async function (this: FastifyInstance, request: FastifyRequest, reply: FastifyReply): Promise<any> {
    const chain = parseRequest(action, {
      params: request.params as Record<string, string>,
      query: request.query as Record<string, unknown>,
      body: request.body,
    });
    const result = await runOperators(chain, { backends: this.backends, budgets: this.settings.limits.pipeline });
    if (!(result instanceof Respond)) return ok(result);
    reply.code(result.status);
    if (result.stream) return reply.type(result.stream.contentType).send(result.stream.body);
    if (result.status === 207) return { result: true, resultcode: Code.PARTIAL, message: result.message, data: result.data };
    return ok(result.data);
  };
}
