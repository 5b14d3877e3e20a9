import type { IncomingHttpHeaders } from 'node:http';
import type { z } from 'zod';
import type { OperatorChain } from '../operator/run.js';

/** The parts of a request a route validates, as Fastify names them in a route's schema. */
export interface RequestSchema {
  params?: z.ZodType;
  querystring?: z.ZodType;
  body?: z.ZodType;
}

type Output<S> = S extends z.ZodType ? z.output<S> : undefined;

/**
 * What a route hands the parser: its path parameters, query string and body, as its schema made
 * them, and its headers as sent (for content negotiation).
 */
export interface RequestInput<S extends RequestSchema = RequestSchema> {
  params: Output<S['params']>;
  query: Output<S['querystring']>;
  body: Output<S['body']>;
  headers: Readonly<IncomingHttpHeaders>;
}

/**
 * One API action: the request schema a route validates with, and the parser that turns the
 * validated request into a plain-data operator chain. The route spreads `schema` into its own,
 * so the parser's input type is the schema's output (z.infer), not a copy of it.
 */
export interface Action<S extends RequestSchema = RequestSchema, C extends OperatorChain = OperatorChain> {
  readonly schema: S;
  parse(input: RequestInput<S>): C;
}

// C keeps the chain's own node types: an action of query nodes alone gives QueryNode[].
export const action = <const S extends RequestSchema, C extends OperatorChain>(schema: S, parse: (input: RequestInput<S>) => C): Action<S, C> => ({
  schema,
  parse,
});
