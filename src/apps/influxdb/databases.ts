import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { legacy } from '../../parser/index.js';
import { handle } from '../handle.js';
import { instanceParams } from '../../parser/schemas.js';
import { responses } from '../schemas.js';
import { admin, read } from './permissions.js';
import {
  createdResponses,
  data,
  databaseBody,
  databaseParams,
  retentionPolicyBody,
  retentionPolicyChange,
  retentionPolicyParams,
} from './schemas.js';

const tags = ['influx'];

export const databaseRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/influx/:instance/databases', {
    config: read,
    schema: { tags, summary: 'Database names', params: instanceParams, response: responses(data.names(['_internal', 'my_db'])) },
  }, handle(legacy('influx.databases')));

  app.post('/influx/:instance/databases', {
    config: admin,
    schema: {
      tags,
      summary: 'Create a database, optionally with its default retention policy',
      description: '201 when created; 409 when it already exists.',
      params: instanceParams,
      body: databaseBody,
      response: createdResponses(data.database),
    },
  }, handle(legacy('influx.createDatabase')));

  app.delete('/influx/:instance/databases/:db', {
    config: admin,
    schema: {
      tags,
      summary: 'Drop a database and all its data',
      description: 'A database that does not exist is a 404 with resultcode 50002.',
      params: databaseParams,
      response: responses(data.droppedDatabase),
    },
  }, handle(legacy('influx.dropDatabase')));

  app.get('/influx/:instance/databases/:db/retention-policies', {
    config: read,
    schema: { tags, summary: 'Retention policies of a database', params: databaseParams, response: responses(data.retentionPolicies) },
  }, handle(legacy('influx.retentionPolicies')));

  app.post('/influx/:instance/databases/:db/retention-policies', {
    config: admin,
    schema: {
      tags,
      summary: 'Create a retention policy',
      description: 'Durations are validated (30s, 90m, 1h30m, 7d, INF); 409 when the name exists.',
      params: databaseParams,
      body: retentionPolicyBody,
      response: createdResponses(data.retentionPolicy),
    },
  }, handle(legacy('influx.createRetentionPolicy')));

  app.patch('/influx/:instance/databases/:db/retention-policies/:rp', {
    config: admin,
    schema: {
      tags,
      summary: 'Change a retention policy (duration, replication, shard duration, default)',
      params: retentionPolicyParams,
      body: retentionPolicyChange,
      response: responses(data.retentionPolicy),
    },
  }, handle(legacy('influx.alterRetentionPolicy')));

  app.delete('/influx/:instance/databases/:db/retention-policies/:rp', {
    config: admin,
    schema: {
      tags,
      summary: 'Drop a retention policy and its data',
      params: retentionPolicyParams,
      response: responses(data.dropped('retentionPolicy', 'one_week')),
    },
  }, handle(legacy('influx.dropRetentionPolicy')));
};
