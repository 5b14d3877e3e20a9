import { QueryNode } from '../operator/query.js';
import type { ActionParser } from './request.js';

export const esActions = {
  'es.instances': () => [QueryNode.create('es', 'list')],
  'es.cluster': ({ params }) => [QueryNode.create('es', 'searchMeta', { kind: 'cluster', instance: params.instance })],
  'es.nodes': ({ params }) => [QueryNode.create('es', 'searchMeta', { kind: 'nodes', instance: params.instance })],
} satisfies Record<string, ActionParser>;
