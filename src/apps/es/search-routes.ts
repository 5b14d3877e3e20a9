import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { esActions } from '../../parser/es.js';
import { unsupported } from '../../query/es/capabilities.js';
import { handle } from '../handle.js';
import { errorResponse } from '../schemas.js';
import { countResult, deleteByQueryResult, exportLines, searchResult } from './responses.js';
import { esResponses, read, write } from './schemas.js';

export const searchRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/es/:instance/indices/:index/_search',
    {
      config: read,
      schema: {
        ...esActions.search.schema,
        operationId: 'esSearch',
        tags: ['es'],
        summary: 'Search an index with the query DSL',
        description:
          'Returns hits, total, aggregations and took. from + size beyond 10 000 is refused: use _export to read every match. ' +
          'A key naming a script in any case (script, *_script, scripted_metric, ...), runtime_mappings, a template, collate or percolate, ' +
          'here or inside a decoded wrapper query, needs admin; so on _count, _delete_by_query, _export and /mix/query sources.',
        response: esResponses(searchResult),
      },
    },
    handle(esActions.search),
  );

  app.post(
    '/es/:instance/indices/:index/_count',
    {
      config: read,
      schema: {
        ...esActions.count.schema,
        operationId: 'esCount',
        tags: ['es'],
        summary: 'Count the documents matching a query',
        response: esResponses(countResult),
      },
    },
    handle(esActions.count),
  );

  app.post(
    '/es/:instance/indices/:index/_delete_by_query',
    {
      config: write,
      schema: {
        ...esActions.deleteByQuery.schema,
        operationId: 'esDeleteByQuery',
        tags: ['es'],
        summary: 'Delete every document matching a query',
        description:
          "Needs the cluster's reindex module (capabilities.deleteByQuery of GET /es/{instance}); a cluster without it answers 501 " +
          '(resultcode 50000) naming it and what to use instead: delete by id through _export and docs/_bulk.',
        response: { ...esResponses(deleteByQueryResult), 501: errorResponse(501, unsupported('default', 'deleteByQuery').message) },
      },
    },
    handle(esActions.deleteByQuery),
  );

  app.get(
    '/es/:instance/indices/:index/_export',
    {
      config: read,
      schema: {
        ...esActions.export.schema,
        operationId: 'esExport',
        tags: ['es'],
        summary: 'Stream every matching document as NDJSON',
        description:
          'One {"_index","_id","_source"} line per document, read page by page through a point in time with search_after ' +
          '(a scroll on clusters without point in time) as fast as the client reads, so memory stays flat whatever the size. ' +
          'The point in time is closed at the end or when the client disconnects. Errors before the first line are the usual JSON envelope.',
        response: { ...esResponses(exportLines), 200: exportLines },
      },
    },
    handle(esActions.export),
  );
};
