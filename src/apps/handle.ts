import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Level } from '../config/settings.js';
import { Code } from '../libs/code.js';
import { requireAdmin } from '../middlewares/auth.js';
import { ok } from '../middlewares/envelope.js';
import { Respond } from '../libs/respond.js';
import { QueryNode, runOperators } from '../operator/run.js';
import type { Action, RequestInput, RequestSchema } from '../parser/request.js';

/**
 * The backend credential a request's calls use: the least that covers it. That is its route's
 * level, admin when the request was elevated (a script clause, raw InfluxQL admin mode), read for
 * public routes (probes). A pipeline raises its upserts to write itself (operator/mix/run.ts).
 */
const credentialLevel = (request: FastifyRequest): Level => (request.elevated ? 'admin' : (request.routeOptions.config.permission?.level ?? 'read'));

/**
 * The whole body of a route handler: parse the request into operators, run them, wrap the
 * result. Its data is typed by the route's response schema, hence `any` here.
 */
export function handle<S extends RequestSchema>(action: Action<S>) {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the route's response schema types the data, not this shared handler
  return async function (this: FastifyInstance, request: FastifyRequest, reply: FastifyReply): Promise<any> {
    // Fastify validated these with action.schema, which the route spreads into its own schema.
    const input = { params: request.params, query: request.query, body: request.body, headers: request.headers } as RequestInput<S>;
    const chain = action.parse(input);
    // Decided on the parsed values the chain will send, not on the request text.
    for (const node of chain) if (QueryNode.is(node) && node.elevation) requireAdmin(request, node.backend, node.elevation);
    const result = await runOperators(chain, {
      backends: this.backends,
      level: credentialLevel(request),
      access: request.access,
      budgets: this.settings.limits.pipeline,
    });
    if (!(result instanceof Respond)) return ok(result);
    reply.code(result.status);
    if (result.stream) return reply.type(result.stream.contentType).send(result.stream.body);
    if (result.status === 207) return { result: true, resultcode: Code.PARTIAL, message: result.message, data: result.data };
    return ok(result.data);
  };
}
