import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { legacy } from '../../parser/index.js';
import { handle } from '../handle.js';
import { responses } from '../schemas.js';
import { admin, read } from './permissions.js';
import { data, databaseParams, measurementParams, name, tagParams } from './schemas.js';

const tags = ['influx'];

export const measurementRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/influx/:instance/databases/:db/measurements', {
    config: read,
    schema: {
      tags,
      summary: 'Measurement names, optionally those containing a substring',
      params: databaseParams,
      querystring: z.strictObject({
        match: z.string().min(1).max(1024).optional().describe('A substring, taken literally (turned into an escaped regex)'),
      }),
      response: responses(data.names(['cpu_load', 'mem'])),
    },
  }, handle(legacy('influx.measurements')));

  app.get('/influx/:instance/databases/:db/measurements/:m', {
    config: read,
    schema: {
      tags,
      summary: 'Tag keys and field keys with their types',
      description: 'A measurement without fields does not exist: 404.',
      params: measurementParams,
      response: responses(data.measurement),
    },
  }, handle(legacy('influx.measurement')));

  app.delete('/influx/:instance/databases/:db/measurements/:m', {
    config: admin,
    schema: { tags, summary: 'Drop a measurement and all its points', params: measurementParams, response: responses(data.dropped('measurement', 'cpu_load')) },
  }, handle(legacy('influx.dropMeasurement')));

  app.get('/influx/:instance/databases/:db/measurements/:m/tags/:key', {
    config: read,
    schema: { tags, summary: 'The values of one tag key', params: tagParams, response: responses(data.names(['server01', 'server02'])) },
  }, handle(legacy('influx.tagValues')));

  app.get('/influx/:instance/databases/:db/series', {
    config: read,
    schema: {
      tags,
      summary: 'Series keys, parsed into measurement and tags',
      params: databaseParams,
      querystring: z.strictObject({
        measurement: name('Only the series of this measurement').optional(),
        limit: z.coerce.number().int().min(1).max(100_000).optional().describe('At most this many series'),
      }),
      response: responses(data.series),
    },
  }, handle(legacy('influx.series')));
};
