import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { influxActions } from '../../parser/influx.js';
import { handle } from '../handle.js';
import { admin, read } from './permissions.js';
import { createdResponses, data, influxResponses } from './schemas.js';

const tags = ['influx'];
const onV2 = 'InfluxDB 2.x has no continuous queries: there it answers 501 naming its tasks (/influx/{instance}/tasks).';

export const continuousQueryRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/influx/:instance/databases/:db/continuous-queries',
    {
      config: read,
      schema: {
        ...influxActions.continuousQueries.schema,
        operationId: 'influxContinuousQueryList',
        tags,
        summary: 'Continuous queries of a database',
        description: onV2,
        response: influxResponses(data.continuousQueries),
      },
    },
    handle(influxActions.continuousQueries),
  );

  app.post(
    '/influx/:instance/databases/:db/continuous-queries',
    {
      config: admin,
      schema: {
        ...influxActions.createContinuousQuery.schema,
        operationId: 'influxContinuousQueryCreate',
        tags,
        summary: 'Create a continuous query',
        description:
          'From structured parts (select, where, groupBy with a time interval, fill; plus from and into) or from the text of ' +
          "exactly one SELECT ... INTO statement as InfluxDB's parser reads it (sent as its canonical text). 409 when the name exists. " +
          onV2,
        response: createdResponses(data.continuousQuery),
      },
    },
    handle(influxActions.createContinuousQuery),
  );

  app.delete(
    '/influx/:instance/databases/:db/continuous-queries/:name',
    {
      config: admin,
      schema: {
        ...influxActions.dropContinuousQuery.schema,
        operationId: 'influxContinuousQueryDrop',
        tags,
        summary: 'Drop a continuous query',
        description: onV2,
        response: influxResponses(data.dropped('continuousQuery', 'cpu_hourly')),
      },
    },
    handle(influxActions.dropContinuousQuery),
  );
};
