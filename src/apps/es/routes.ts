import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { esActions } from '../../parser/es.js';
import { handle } from '../handle.js';
import { instanceStatuses, responses } from '../schemas.js';
import { documentRoutes } from './document-routes.js';
import { indexRoutes } from './index-routes.js';
import { aliases, clusterInfo, nodes, template, templateAck } from './responses.js';
import { admin, esResponses, read } from './schemas.js';
import { searchRoutes } from './search-routes.js';

export const esRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/es',
    {
      config: read,
      schema: {
        ...esActions.instances.schema,
        operationId: 'esInstanceList',
        tags: ['es'],
        summary: 'Configured Elasticsearch/OpenSearch instances the token can read, with reachability and version',
        response: responses(instanceStatuses),
      },
    },
    handle(esActions.instances),
  );

  app.get(
    '/es/:instance',
    {
      config: read,
      schema: {
        ...esActions.cluster.schema,
        operationId: 'esClusterGet',
        tags: ['es'],
        summary: 'Cluster info and health',
        response: esResponses(clusterInfo),
      },
    },
    handle(esActions.cluster),
  );

  app.get(
    '/es/:instance/nodes',
    {
      config: read,
      schema: {
        ...esActions.nodes.schema,
        operationId: 'esNodeList',
        tags: ['es'],
        summary: 'Nodes of the cluster with roles, address, version, heap and disk use',
        response: esResponses(nodes),
      },
    },
    handle(esActions.nodes),
  );

  app.get(
    '/es/:instance/aliases',
    {
      config: read,
      schema: {
        ...esActions.aliases.schema,
        operationId: 'esAliasList',
        tags: ['es'],
        summary: 'Every alias and the index it points at',
        response: esResponses(aliases),
      },
    },
    handle(esActions.aliases),
  );

  app.get(
    '/es/:instance/templates/:name',
    {
      config: read,
      schema: {
        ...esActions.templateGet.schema,
        operationId: 'esTemplateGet',
        tags: ['es'],
        summary: 'Get a composable index template',
        response: esResponses(template),
      },
    },
    handle(esActions.templateGet),
  );

  app.put(
    '/es/:instance/templates/:name',
    {
      config: admin,
      schema: {
        ...esActions.templatePut.schema,
        operationId: 'esTemplatePut',
        tags: ['es'],
        summary: 'Create or replace a composable index template',
        description: "The body is Elasticsearch's own _index_template body; GET returns it in the same form.",
        response: esResponses(templateAck),
      },
    },
    handle(esActions.templatePut),
  );

  app.delete(
    '/es/:instance/templates/:name',
    {
      config: admin,
      schema: {
        ...esActions.templateDelete.schema,
        operationId: 'esTemplateDelete',
        tags: ['es'],
        summary: 'Delete a composable index template',
        response: esResponses(templateAck),
      },
    },
    handle(esActions.templateDelete),
  );

  await app.register(indexRoutes);
  await app.register(documentRoutes);
  await app.register(searchRoutes);
};
