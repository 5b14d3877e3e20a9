import type { OperatorChain } from '../operator/run.js';

/** What a route hands the parser: its path parameters, query string and JSON body. */
export interface RequestInput {
  params: Record<string, string>;
  query: Record<string, unknown>;
  body: unknown;
}

/** One API action: a validated request in, a plain-data operator chain out. */
export type ActionParser = (input: RequestInput) => OperatorChain;
