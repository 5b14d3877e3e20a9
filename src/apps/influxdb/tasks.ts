import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { influx2Actions } from '../../parser/influx2.js';
import { handle } from '../handle.js';
import { admin, read } from './permissions.js';
import { v2CreatedResponses, v2Data, v2Responses } from './v2-schemas.js';

const tags = ['influx'];
const onOneX = ' On an InfluxDB 1.x server: 501, naming continuous queries.';

export const taskRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/influx/:instance/tasks',
    {
      config: read,
      schema: {
        ...influx2Actions.tasks.schema,
        operationId: 'influxTaskList',
        tags,
        summary: 'Tasks of the organisation (InfluxDB 2.x)',
        description: `Each with its schedule, Flux and how its last run went.${onOneX}`,
        response: v2Responses(v2Data.tasks),
      },
    },
    handle(influx2Actions.tasks),
  );

  app.post(
    '/influx/:instance/tasks',
    {
      config: admin,
      schema: {
        ...influx2Actions.createTask.schema,
        operationId: 'influxTaskCreate',
        tags,
        summary: 'Create a task from Flux (InfluxDB 2.x)',
        description:
          'The gateway writes the `option task` block from name, every or cron, and offset (checked values, the name an escaped string), ' +
          "then the Flux as given. The task runs with the authorization of the instance's admin credential, so it may write (to())." +
          onOneX,
        response: v2CreatedResponses(v2Data.task),
      },
    },
    handle(influx2Actions.createTask),
  );

  app.patch(
    '/influx/:instance/tasks/:id',
    {
      config: admin,
      schema: {
        ...influx2Actions.setTaskStatus.schema,
        operationId: 'influxTaskUpdate',
        tags,
        summary: 'Enable or disable a task (InfluxDB 2.x)',
        description: `404 when no task has the ID.${onOneX}`,
        response: v2Responses(v2Data.task),
      },
    },
    handle(influx2Actions.setTaskStatus),
  );

  app.delete(
    '/influx/:instance/tasks/:id',
    {
      config: admin,
      schema: {
        ...influx2Actions.deleteTask.schema,
        operationId: 'influxTaskDelete',
        tags,
        summary: 'Delete a task and its runs (InfluxDB 2.x)',
        description: `404 when no task has the ID.${onOneX}`,
        response: v2Responses(v2Data.deleted),
      },
    },
    handle(influx2Actions.deleteTask),
  );

  app.get(
    '/influx/:instance/tasks/:id/runs',
    {
      config: read,
      schema: {
        ...influx2Actions.taskRuns.schema,
        operationId: 'influxTaskRunList',
        tags,
        summary: "A task's runs, newest first (InfluxDB 2.x)",
        description: `Status and times of each run; ?logs=true adds each run's log lines.${onOneX}`,
        response: v2Responses(v2Data.runs),
      },
    },
    handle(influx2Actions.taskRuns),
  );
};
