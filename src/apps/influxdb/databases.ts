import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { influxActions } from '../../parser/influx.js';
import { handle } from '../handle.js';
import { admin, read } from './permissions.js';
import { createdResponses, data, influxResponses } from './schemas.js';

const tags = ['influx'];

export const databaseRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/influx/:instance/databases',
    {
      config: read,
      schema: {
        ...influxActions.databases.schema,
        operationId: 'influxDatabaseList',
        tags,
        summary: 'Database names',
        description: "On InfluxDB 2.x: the bucket names of the organisation (a retention policy's bucket `db/rp` counts as `db`).",
        response: influxResponses(data.names(['_internal', 'my_db'])),
      },
    },
    handle(influxActions.databases),
  );

  app.post(
    '/influx/:instance/databases',
    {
      config: admin,
      schema: {
        ...influxActions.createDatabase.schema,
        operationId: 'influxDatabaseCreate',
        tags,
        summary: 'Create a database, optionally with its default retention policy',
        description:
          "201 when created; 409 when it already exists. On InfluxDB 2.x: a bucket of that name (the retention policy's duration as its retention rule) and a default DBRP mapping (database = name, retention policy autogen or the one named) so InfluxQL keeps working.",
        response: createdResponses(data.database),
      },
    },
    handle(influxActions.createDatabase),
  );

  app.delete(
    '/influx/:instance/databases/:db',
    {
      config: admin,
      schema: {
        ...influxActions.dropDatabase.schema,
        operationId: 'influxDatabaseDrop',
        tags,
        summary: 'Drop a database and all its data',
        description: 'A database that does not exist is a 404 with resultcode 50002. On InfluxDB 2.x: its DBRP mappings and the buckets they map.',
        response: influxResponses(data.droppedDatabase),
      },
    },
    handle(influxActions.dropDatabase),
  );

  app.get(
    '/influx/:instance/databases/:db/retention-policies',
    {
      config: read,
      schema: {
        ...influxActions.retentionPolicies.schema,
        operationId: 'influxRetentionPolicyList',
        tags,
        summary: 'Retention policies of a database',
        response: influxResponses(data.retentionPolicies),
      },
    },
    handle(influxActions.retentionPolicies),
  );

  app.post(
    '/influx/:instance/databases/:db/retention-policies',
    {
      config: admin,
      schema: {
        ...influxActions.createRetentionPolicy.schema,
        operationId: 'influxRetentionPolicyCreate',
        tags,
        summary: 'Create a retention policy',
        description:
          'Durations are validated (30s, 90m, 1h30m, 7d, INF); 409 when the name exists. On InfluxDB 2.x: the retention policy is a DBRP mapping onto a bucket `db/rp` whose retention rule is the duration and shard duration; 2.x keeps one copy, so a replication other than 1 is a 400 naming the field.',
        response: createdResponses(data.retentionPolicy),
      },
    },
    handle(influxActions.createRetentionPolicy),
  );

  app.patch(
    '/influx/:instance/databases/:db/retention-policies/:rp',
    {
      config: admin,
      schema: {
        ...influxActions.alterRetentionPolicy.schema,
        operationId: 'influxRetentionPolicyAlter',
        tags,
        summary: 'Change a retention policy (duration, replication, shard duration, default)',
        description:
          "On InfluxDB 2.x: duration and shard duration change the bucket's retention rule, default moves the database's default DBRP mapping; a replication other than 1 is a 400 naming the field.",
        response: influxResponses(data.retentionPolicy),
      },
    },
    handle(influxActions.alterRetentionPolicy),
  );

  app.delete(
    '/influx/:instance/databases/:db/retention-policies/:rp',
    {
      config: admin,
      schema: {
        ...influxActions.dropRetentionPolicy.schema,
        operationId: 'influxRetentionPolicyDrop',
        tags,
        summary: 'Drop a retention policy and its data',
        description: 'On InfluxDB 2.x: its DBRP mapping, and the bucket `db/rp` when the retention policy created it.',
        response: influxResponses(data.dropped('retentionPolicy', 'one_week')),
      },
    },
    handle(influxActions.dropRetentionPolicy),
  );
};
