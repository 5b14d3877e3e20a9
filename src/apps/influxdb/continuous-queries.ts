import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { legacy } from '../../parser/index.js';
import { handle } from '../handle.js';
import { responses } from '../schemas.js';
import { admin, read } from './permissions.js';
import { continuousQueryBody, continuousQueryParams, createdResponses, data, databaseParams } from './schemas.js';

const tags = ['influx'];

export const continuousQueryRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/influx/:instance/databases/:db/continuous-queries', {
    config: read,
    schema: { tags, summary: 'Continuous queries of a database', params: databaseParams, response: responses(data.continuousQueries) },
  }, handle(legacy('influx.continuousQueries')));

  app.post('/influx/:instance/databases/:db/continuous-queries', {
    config: admin,
    schema: {
      tags,
      summary: 'Create a continuous query',
      description:
        'From structured parts (select, where, groupBy with a time interval, fill; plus from and into) or from the text of ' +
        'exactly one SELECT ... INTO statement as InfluxDB\'s parser reads it (sent as its canonical text). 409 when the name exists.',
      params: databaseParams,
      body: continuousQueryBody,
      response: createdResponses(data.continuousQuery),
    },
  }, handle(legacy('influx.createContinuousQuery')));

  app.delete('/influx/:instance/databases/:db/continuous-queries/:name', {
    config: admin,
    schema: { tags, summary: 'Drop a continuous query', params: continuousQueryParams, response: responses(data.dropped('continuousQuery', 'cpu_hourly')) },
  }, handle(legacy('influx.dropContinuousQuery')));
};
