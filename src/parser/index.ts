import { QueryNode } from '../operator/query.js';
import type { OperatorChain } from '../operator/run.js';

/** What a route hands the parser: its path parameters, query string and JSON body. */
export interface RequestInput {
  params: Record<string, string>;
  query: Record<string, unknown>;
  body: unknown;
}

/**
 * Each API action turns a validated request into a plain-data operator chain. Routes name
 * the action; nothing here talks to a backend.
 */
const actions = {
  'es.instances': () => [QueryNode.create('es', 'list')],
  'es.cluster': ({ params }) => [QueryNode.create('es', 'searchMeta', { kind: 'cluster', instance: params.instance })],
  'es.nodes': ({ params }) => [QueryNode.create('es', 'searchMeta', { kind: 'nodes', instance: params.instance })],
  'influx.instances': () => [QueryNode.create('influx', 'list')],
  'influx.server': ({ params }) => [QueryNode.create('influx', 'searchMeta', { kind: 'server', instance: params.instance })],
  'service.ready': () => [QueryNode.create('mix', 'searchMeta', { kind: 'ready' })],
  'mix.instances': ({ query }) => [QueryNode.create('mix', 'list', { region: query.region })],
} satisfies Record<string, (input: RequestInput) => OperatorChain>;

export type Action = keyof typeof actions;

export function parseRequest(action: Action, input: RequestInput): OperatorChain {
  return actions[action](input);
}
