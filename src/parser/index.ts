import type { OperatorChain } from '../operator/run.js';
import { esActions } from './es.js';
import { influxActions } from './influx.js';
import { mixActions } from './mix.js';
import type { RequestInput } from './request.js';

export type { RequestInput } from './request.js';

/**
 * Every API action by name. Routes name their action; the parsers turn the request into a
 * plain-data operator chain and never talk to a backend.
 */
const actions = { ...esActions, ...influxActions, ...mixActions };

export type Action = keyof typeof actions;

export function parseRequest(action: Action, input: RequestInput): OperatorChain {
  return actions[action](input);
}
