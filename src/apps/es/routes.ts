import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { legacy } from '../../parser/index.js';
import { handle } from '../handle.js';
import { instanceParams } from '../../parser/schemas.js';
import { instanceStatus, responses } from '../schemas.js';
import { documentRoutes } from './document-routes.js';
import { indexRoutes } from './index-routes.js';
import { aliases, clusterInfo, nodes, template, templateAck, templateExample, templateShape } from './responses.js';
import { admin, read, templateParams } from './schemas.js';
import { searchRoutes } from './search-routes.js';

export const esRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/es', {
    config: read,
    schema: {
      tags: ['es'],
      summary: 'Configured Elasticsearch/OpenSearch instances the token can read, with reachability and version',
      response: responses(z.array(instanceStatus)),
    },
  }, handle(legacy('es.instances')));

  app.get('/es/:instance', {
    config: read,
    schema: { tags: ['es'], summary: 'Cluster info and health', params: instanceParams, response: responses(clusterInfo) },
  }, handle(legacy('es.cluster')));

  app.get('/es/:instance/nodes', {
    config: read,
    schema: { tags: ['es'], summary: 'Nodes of the cluster with roles, address, version, heap and disk use', params: instanceParams, response: responses(nodes) },
  }, handle(legacy('es.nodes')));

  app.get('/es/:instance/aliases', {
    config: read,
    schema: { tags: ['es'], summary: 'Every alias and the index it points at', params: instanceParams, response: responses(aliases) },
  }, handle(legacy('es.aliases')));

  app.get('/es/:instance/templates/:name', {
    config: read,
    schema: { tags: ['es'], summary: 'Get a composable index template', params: templateParams, response: responses(template) },
  }, handle(legacy('es.template.get')));

  app.put('/es/:instance/templates/:name', {
    config: admin,
    schema: {
      tags: ['es'],
      summary: 'Create or replace a composable index template',
      description: 'The body is Elasticsearch\'s own _index_template body; GET returns it in the same form.',
      params: templateParams,
      body: z.strictObject(templateShape).meta({ example: templateExample }),
      response: responses(templateAck),
    },
  }, handle(legacy('es.template.put')));

  app.delete('/es/:instance/templates/:name', {
    config: admin,
    schema: { tags: ['es'], summary: 'Delete a composable index template', params: templateParams, response: responses(templateAck) },
  }, handle(legacy('es.template.delete')));

  await app.register(indexRoutes);
  await app.register(documentRoutes);
  await app.register(searchRoutes);
};
