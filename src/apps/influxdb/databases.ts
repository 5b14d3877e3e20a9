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
        description: '201 when created; 409 when it already exists.',
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
        description: 'A database that does not exist is a 404 with resultcode 50002.',
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
        description: 'Durations are validated (30s, 90m, 1h30m, 7d, INF); 409 when the name exists.',
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
        response: influxResponses(data.dropped('retentionPolicy', 'one_week')),
      },
    },
    handle(influxActions.dropRetentionPolicy),
  );
};
