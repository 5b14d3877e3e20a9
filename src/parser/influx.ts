import { QueryNode } from '../operator/query.js';
import type { ActionParser } from './request.js';

export const influxActions = {
  'influx.instances': () => [QueryNode.create('influx', 'list')],
  'influx.server': ({ params }) => [QueryNode.create('influx', 'searchMeta', { kind: 'server', instance: params.instance })],
} satisfies Record<string, ActionParser>;
