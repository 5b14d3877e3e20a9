import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { influx2Actions } from '../../parser/influx2.js';
import { handle } from '../handle.js';
import { fluxQuery } from './permissions.js';
import { v2Data, v2Responses } from './v2-schemas.js';

export const fluxRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/influx/:instance/flux',
    {
      config: fluxQuery,
      schema: {
        ...influx2Actions.flux.schema,
        operationId: 'influxFluxQuery',
        tags: ['influx'],
        summary: 'Run Flux (InfluxDB 2.x)',
        description:
          "Flux can write (to(), experimental.to, http.post, sql.to), so it runs with the instance's read credential and is open to read " +
          'tokens only when the instance sets fluxForReaders and a read-only InfluxDB token of its own (credentials.read.token): InfluxDB then refuses ' +
          'writes to its buckets (403 naming the instance and the read credential); no token stops http.post or sql.to. Otherwise Flux needs admin (403 naming admin). ' +
          'format csv streams the annotated CSV (text/csv), ndjson one row a line (application/x-ndjson). ' +
          'On an InfluxDB 1.x server: 501, naming the InfluxQL route.',
        response: v2Responses(v2Data.fluxRows),
      },
    },
    handle(influx2Actions.flux),
  );
};
