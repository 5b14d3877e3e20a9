import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { handle } from '../handle.js';
import { instanceParams, instanceStatus, responses } from '../schemas.js';

const read = { permission: { level: 'read', family: 'es' } } as const;

const clusterInfo = z
  .object({
    instance: z.string(),
    flavor: z.enum(['elasticsearch', 'opensearch']),
    url: z.string(),
    name: z.string(),
    clusterName: z.string(),
    clusterUuid: z.string(),
    version: z.string(),
    health: z.record(z.string(), z.unknown()),
  })
  .meta({
    example: {
      instance: 'default',
      flavor: 'elasticsearch',
      url: 'http://127.0.0.1:9200',
      name: 'es-node-1',
      clusterName: 'hostmonitor-test',
      clusterUuid: 'kZ0y5q3WQ4-hXh0KjW5vQw',
      version: '8.19.7',
      health: { status: 'green', number_of_nodes: 1, active_shards: 3 },
    },
  });

const nodes = z.object({
  instance: z.string(),
  clusterName: z.string(),
  nodes: z.array(z.object({ id: z.string(), name: z.string(), ip: z.string(), host: z.string(), version: z.string(), roles: z.array(z.string()) })),
});

export const esRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/es', {
    config: read,
    schema: {
      tags: ['es'],
      summary: 'Configured Elasticsearch/OpenSearch instances with reachability and version',
      response: responses(z.array(instanceStatus)),
    },
  }, handle('es.instances'));

  app.get('/es/:instance', {
    config: read,
    schema: {
      tags: ['es'],
      summary: 'Cluster info and health',
      params: instanceParams,
      response: responses(clusterInfo),
    },
  }, handle('es.cluster'));

  app.get('/es/:instance/nodes', {
    config: read,
    schema: { tags: ['es'], summary: 'Nodes of the cluster', params: instanceParams, response: responses(nodes) },
  }, handle('es.nodes'));
};
