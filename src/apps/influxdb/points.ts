import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { influxActions } from '../../parser/influx.js';
import { MAX_POINTS_PER_WRITE } from '../../query/influx/points.js';
import { handle } from '../handle.js';
import { rawQuery, read, write } from './permissions.js';
import { data, influxResponses, writeResponses } from './schemas.js';

const tags = ['influx'];

export const pointRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/influx/:instance/databases/:db/points',
    {
      config: write,
      schema: {
        ...influxActions.writePoints.schema,
        operationId: 'influxWritePoints',
        tags,
        summary: 'Write points: JSON or line protocol',
        description:
          'Every point is checked before anything is sent; a 400 names the point and the field (body[3].fields.usage, or body line 3). ' +
          `More than ${MAX_POINTS_PER_WRITE} points is a 413: split the batch. When InfluxDB drops some points (partial write, ` +
          'field type conflict) the answer is a 207 saying how many and why; when it drops all of them, an error (409 for a type conflict).',
        response: writeResponses,
      },
    },
    handle(influxActions.writePoints),
  );

  app.post(
    '/influx/:instance/databases/:db/query',
    {
      config: rawQuery,
      schema: {
        ...influxActions.query.schema,
        operationId: 'influxQuery',
        tags,
        summary: 'Raw InfluxQL with bound parameters',
        description:
          "Statements are parsed by InfluxDB's own InfluxQL parser (compiled to WebAssembly); InfluxDB gets their canonical text, with params ($name) bound as literals. " +
          'Only SELECT without INTO, EXPLAIN of one and SHOW of databases, measurements, series, tag keys/values, field keys, retention policies and continuous queries ' +
          '(and their cardinalities) run unless "admin": true, which needs an admin token. Pass user values as params ($name), never in q.',
        response: influxResponses(data.query),
      },
    },
    handle(influxActions.query),
  );

  app.post(
    '/influx/:instance/databases/:db/measurements/:m/_search',
    {
      config: read,
      schema: {
        ...influxActions.search.schema,
        operationId: 'influxSearch',
        tags,
        summary: 'Structured query: select, where, groupBy, fill, order, limit -> safe InfluxQL -> rows',
        response: influxResponses(data.search),
      },
    },
    handle(influxActions.search),
  );

  app.delete(
    '/influx/:instance/databases/:db/measurements/:m/points',
    {
      config: write,
      schema: {
        ...influxActions.deletePoints.schema,
        operationId: 'influxDeletePoints',
        tags,
        summary: 'Delete points by time range and tags',
        description: 'DELETE FROM the measurement WHERE time >= from AND time < to AND the tag conditions; InfluxDB deletes by nothing else.',
        response: influxResponses(data.deleted),
      },
    },
    handle(influxActions.deletePoints),
  );
};
