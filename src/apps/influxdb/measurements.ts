import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { influxActions } from '../../parser/influx.js';
import { handle } from '../handle.js';
import { admin, read } from './permissions.js';
import { data, influxResponses } from './schemas.js';

const tags = ['influx'];

export const measurementRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/influx/:instance/databases/:db/measurements',
    {
      config: read,
      schema: {
        ...influxActions.measurements.schema,
        operationId: 'influxMeasurementList',
        tags,
        summary: 'Measurement names, optionally those containing a substring',
        response: influxResponses(data.names(['cpu_load', 'mem'])),
      },
    },
    handle(influxActions.measurements),
  );

  app.get(
    '/influx/:instance/databases/:db/measurements/:m',
    {
      config: read,
      schema: {
        ...influxActions.measurement.schema,
        operationId: 'influxMeasurementGet',
        tags,
        summary: 'Tag keys and field keys with their types',
        description: 'A measurement without fields does not exist: 404.',
        response: influxResponses(data.measurement),
      },
    },
    handle(influxActions.measurement),
  );

  app.delete(
    '/influx/:instance/databases/:db/measurements/:m',
    {
      config: admin,
      schema: {
        ...influxActions.dropMeasurement.schema,
        operationId: 'influxMeasurementDrop',
        tags,
        summary: 'Drop a measurement and all its points',
        response: influxResponses(data.dropped('measurement', 'cpu_load')),
      },
    },
    handle(influxActions.dropMeasurement),
  );

  app.get(
    '/influx/:instance/databases/:db/measurements/:m/tags/:key',
    {
      config: read,
      schema: {
        ...influxActions.tagValues.schema,
        operationId: 'influxTagValueList',
        tags,
        summary: 'The values of one tag key',
        response: influxResponses(data.names(['server01', 'server02'])),
      },
    },
    handle(influxActions.tagValues),
  );

  app.get(
    '/influx/:instance/databases/:db/series',
    {
      config: read,
      schema: {
        ...influxActions.series.schema,
        operationId: 'influxSeriesList',
        tags,
        summary: 'Series keys, parsed into measurement and tags',
        response: influxResponses(data.series),
      },
    },
    handle(influxActions.series),
  );
};
