import { QueryNode } from '../operator/query.js';
import type { ActionParser } from './request.js';

export const mixActions = {
  'service.ready': () => [QueryNode.create('mix', 'searchMeta', { kind: 'ready' })],
  'mix.instances': ({ query }) => [QueryNode.create('mix', 'list', { region: query.region })],
} satisfies Record<string, ActionParser>;
