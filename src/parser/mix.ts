import { QueryNode } from '../operator/run.js';
import { parseMixQuery } from './pipeline.js';
import type { ActionParser, LegacyInput as RequestInput } from './index.js';

const query = <T>(input: RequestInput) => input.query as T;

/** The whole pipeline request is validated here, before any backend is called. */
const pipeline = (input: RequestInput, explain: boolean) => [
  QueryNode.create('mix', 'searchData', { kind: 'pipeline', request: parseMixQuery(input.body), explain }),
];

export const mixActions = {
  'service.ready': () => [QueryNode.create('mix', 'searchMeta', { kind: 'ready' })],
  'mix.instances': (input) => [QueryNode.create('mix', 'list', { region: query<{ region?: string }>(input).region })],
  'mix.query': (input) => pipeline(input, false),
  'mix.explain': (input) => pipeline(input, true),
  'mix.resources': (input) => [QueryNode.create('mix', 'searchMeta', { kind: 'resources', keyword: query<{ keyword?: string }>(input).keyword })],
  'mix.nodes': (input) => [QueryNode.create('mix', 'searchMeta', { kind: 'nodes', region: query<{ region?: string }>(input).region })],
} satisfies Record<string, ActionParser>;
