import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { legacy } from '../../parser/index.js';
import { handle } from '../handle.js';
import { responses } from '../schemas.js';
import { bulkResult, docRead, docWritten } from './responses.js';
import { createdResponses, docParams, indexParams, jsonObject, partialResponses, read, refreshQuery, upsertResponses, write } from './schemas.js';

const docBody = jsonObject
  .describe('The document source')
  .meta({ example: { user: 'kimchy', post_date: '2009-11-15T14:12:12', message: 'trying out Elasticsearch' } });

const bulkBody = z
  .union([z.array(z.unknown()), z.string()])
  .describe(
    'A JSON array of documents (each may carry its `_id`), or with content-type application/x-ndjson the Elasticsearch ' +
      'bulk lines: an action line ({"index"|"create"|"update"|"delete": {"_id"?}}) followed, except for delete, by its source line. ' +
      'An action line naming another _index is refused. Lines end with \\n (\\r\\n too; the last may lack it); a blank line, a byte order mark ' +
      'or a line that is not one JSON object is a 400 naming the line. An update with a script needs admin.',
  )
  .meta({ example: [{ _id: '1', user: 'kimchy', post_date: '2009-11-15T14:12:12' }, { user: 'olivere', post_date: '2009-11-16T10:00:00' }] });

// Said on every route whose write can create its index.
const creation =
  ' Writing into a missing index creates it: a write token may do that only for names matching the instance\'s autoCreate patterns ' +
  '(403 naming the index otherwise; admin may create any). Documents of dot-prefixed indices (.security, .kibana...) need admin.';

export const documentRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post('/es/:instance/indices/:index/docs', {
    config: write,
    schema: { tags: ['es'], summary: 'Add a document with a generated id', description: creation.trim(), params: indexParams, querystring: refreshQuery, body: docBody, response: createdResponses(docWritten) },
  }, handle(legacy('es.doc.create')));

  app.post('/es/:instance/indices/:index/docs/_bulk', {
    config: write,
    schema: {
      tags: ['es'],
      summary: 'Write many documents in one call',
      description: `Every item is reported. When some fail the answer is 207 with a message counting them; every other item is stored.${creation}`,
      consumes: ['application/json', 'application/x-ndjson'],
      params: indexParams,
      querystring: refreshQuery,
      body: bulkBody,
      response: partialResponses(bulkResult),
    },
  }, handle(legacy('es.bulk')));

  app.put('/es/:instance/indices/:index/docs/:id', {
    config: write,
    schema: {
      tags: ['es'],
      summary: 'Create or replace a document',
      description: `201 when created, 200 when replaced. With op=create an existing document is a 409.${creation}`,
      params: docParams,
      querystring: refreshQuery.extend({ op: z.enum(['index', 'create']).optional().describe('create: fail with 409 if the document exists') }),
      body: docBody,
      response: upsertResponses(docWritten),
    },
  }, handle(legacy('es.doc.put')));

  app.get('/es/:instance/indices/:index/docs/:id', {
    config: read,
    schema: { tags: ['es'], summary: 'Get a document', params: docParams, response: responses(docRead) },
  }, handle(legacy('es.doc.get')));

  app.patch('/es/:instance/indices/:index/docs/:id', {
    config: write,
    schema: {
      tags: ['es'],
      summary: 'Update part of a document',
      description: `Merges the body into the stored document; 404 if it does not exist unless upsert=true (then 201).${creation}`,
      params: docParams,
      querystring: refreshQuery.extend({ upsert: z.enum(['true', 'false']).optional().describe('true: create the document from the body if missing') }),
      body: docBody.meta({ example: { message: 'still trying out Elasticsearch' } }),
      response: upsertResponses(docWritten),
    },
  }, handle(legacy('es.doc.update')));

  app.delete('/es/:instance/indices/:index/docs/:id', {
    config: write,
    schema: { tags: ['es'], summary: 'Delete a document', params: docParams, querystring: refreshQuery, response: responses(docWritten) },
  }, handle(legacy('es.doc.delete')));
};
