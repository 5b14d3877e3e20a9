import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { esActions } from '../../parser/es.js';
import { handle } from '../handle.js';
import { bulkResult, docRead, docWritten } from './responses.js';
import { createdResponses, esResponses, partialResponses, read, upsertResponses, write } from './schemas.js';

// Said on every route whose write can create its index.
const creation =
  " Writing into a missing index creates it: a write token may do that only for names matching the instance's autoCreate patterns " +
  '(403 naming the index otherwise; admin may create any). Documents of dot-prefixed indices (.security, .kibana...) need admin.';

export const documentRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/es/:instance/indices/:index/docs',
    {
      config: write,
      schema: {
        ...esActions.docCreate.schema,
        operationId: 'esDocumentCreate',
        tags: ['es'],
        summary: 'Add a document with a generated id',
        description: creation.trim(),
        response: createdResponses(docWritten),
      },
    },
    handle(esActions.docCreate),
  );

  app.post(
    '/es/:instance/indices/:index/docs/_bulk',
    {
      config: write,
      schema: {
        ...esActions.bulk.schema,
        operationId: 'esDocumentBulk',
        tags: ['es'],
        summary: 'Write many documents in one call',
        description: `Every item is reported. When some fail the answer is 207 with a message counting them; every other item is stored.${creation}`,
        consumes: ['application/json', 'application/x-ndjson'],
        response: partialResponses(bulkResult),
      },
    },
    handle(esActions.bulk),
  );

  app.put(
    '/es/:instance/indices/:index/docs/:id',
    {
      config: write,
      schema: {
        ...esActions.docPut.schema,
        operationId: 'esDocumentPut',
        tags: ['es'],
        summary: 'Create or replace a document',
        description: `201 when created, 200 when replaced. With op=create an existing document is a 409.${creation}`,
        response: upsertResponses(docWritten),
      },
    },
    handle(esActions.docPut),
  );

  app.get(
    '/es/:instance/indices/:index/docs/:id',
    {
      config: read,
      schema: { ...esActions.docGet.schema, operationId: 'esDocumentGet', tags: ['es'], summary: 'Get a document', response: esResponses(docRead) },
    },
    handle(esActions.docGet),
  );

  app.patch(
    '/es/:instance/indices/:index/docs/:id',
    {
      config: write,
      schema: {
        ...esActions.docUpdate.schema,
        operationId: 'esDocumentUpdate',
        tags: ['es'],
        summary: 'Update part of a document',
        description: `Merges the body into the stored document; 404 if it does not exist unless upsert=true (then 201).${creation}`,
        response: upsertResponses(docWritten),
      },
    },
    handle(esActions.docUpdate),
  );

  app.delete(
    '/es/:instance/indices/:index/docs/:id',
    {
      config: write,
      schema: { ...esActions.docDelete.schema, operationId: 'esDocumentDelete', tags: ['es'], summary: 'Delete a document', response: esResponses(docWritten) },
    },
    handle(esActions.docDelete),
  );
};
