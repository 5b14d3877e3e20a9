import type { FastifyContextConfig } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { esActions } from '../../parser/es.js';
import { handle } from '../handle.js';
import { indexAck, indexActionResult, indexCreated, indexDetail, indexList, indexUpdated } from './responses.js';
import { admin, createdResponses, esResponses, read, write } from './schemas.js';

/** The routes that run one action on an index; their levels differ, so a row's config has the type of every route's config. */
const indexActionRoutes: readonly { path: string; operationId: string; config: FastifyContextConfig; summary: string; action: typeof esActions.indexOpen }[] = [
  { path: '_open', operationId: 'esIndexOpen', config: admin, summary: 'Open a closed index', action: esActions.indexOpen },
  {
    path: '_close',
    operationId: 'esIndexClose',
    config: admin,
    summary: 'Close an index (it keeps its data but serves no reads or writes)',
    action: esActions.indexClose,
  },
  {
    path: '_refresh',
    operationId: 'esIndexRefresh',
    config: write,
    summary: 'Refresh an index: make every write so far searchable',
    action: esActions.indexRefresh,
  },
];

export const indexRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/es/:instance/indices',
    {
      config: read,
      schema: {
        ...esActions.indices.schema,
        operationId: 'esIndexList',
        tags: ['es'],
        summary: 'List indices',
        description: 'Name, health, status, doc count, size, primaries and replicas of every index (or those matching `pattern`).',
        response: esResponses(indexList),
      },
    },
    handle(esActions.indices),
  );

  app.post(
    '/es/:instance/indices',
    {
      config: admin,
      schema: {
        ...esActions.indexCreate.schema,
        operationId: 'esIndexCreate',
        tags: ['es'],
        summary: 'Create an index',
        description: 'Creates an index with its settings, mappings and aliases. 409 when it exists.',
        response: createdResponses(indexCreated),
      },
    },
    handle(esActions.indexCreate),
  );

  app.get(
    '/es/:instance/indices/:index',
    {
      config: read,
      schema: {
        ...esActions.indexGet.schema,
        operationId: 'esIndexGet',
        tags: ['es'],
        summary: 'Settings, mappings, aliases, doc count and size of an index',
        response: esResponses(indexDetail),
      },
    },
    handle(esActions.indexGet),
  );

  app.patch(
    '/es/:instance/indices/:index',
    {
      config: admin,
      schema: {
        ...esActions.indexUpdate.schema,
        operationId: 'esIndexUpdate',
        tags: ['es'],
        summary: 'Add mapping fields, change dynamic settings, add or remove aliases',
        response: esResponses(indexUpdated),
      },
    },
    handle(esActions.indexUpdate),
  );

  app.delete(
    '/es/:instance/indices/:index',
    {
      config: admin,
      schema: {
        ...esActions.indexDelete.schema,
        operationId: 'esIndexDelete',
        tags: ['es'],
        summary: 'Delete an index',
        description: 'Exactly one index: _all, wildcards and comma lists are refused with 400.',
        response: esResponses(indexAck),
      },
    },
    handle(esActions.indexDelete),
  );

  for (const { path, operationId, config, summary, action } of indexActionRoutes) {
    app.post(
      `/es/:instance/indices/:index/${path}`,
      {
        config,
        schema: { ...action.schema, operationId, tags: ['es'], summary, response: esResponses(indexActionResult) },
      },
      handle(action),
    );
  }
};
