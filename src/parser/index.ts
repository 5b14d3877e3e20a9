import type { OperatorChain } from '../operator/run.js';
import { mixActions } from './mix.js';
import type { Action } from './request.js';

// TRANSITIONAL (issue 12): the actions by name, untyped, until each family exports typed Actions.
/** What the untyped parsers read; the routes' schemas validated it. */
export interface LegacyInput {
  params: Record<string, string>;
  query: Record<string, unknown>;
  body: unknown;
}
export type ActionParser = (input: LegacyInput) => OperatorChain;

const actions = { ...mixActions };

export const legacy = (name: keyof typeof actions): Action => ({ schema: {}, parse: (input) => actions[name](input as unknown as LegacyInput) });
