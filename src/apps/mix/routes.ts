import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Settings } from '../../config/settings.js';
import { Code } from '../../libs/code.js';
import { AppError } from '../../libs/errors.js';
import { fluxIsRead, fluxNeedsAdmin } from '../../libs/flux-access.js';
import { rowStreams } from '../../libs/rows-format.js';
import { allows, type Family, type Level } from '../../middlewares/auth.js';
import type { UpsertTarget } from '../../middlewares/audit.js';
import { mixActions } from '../../parser/mix.js';
import { checkPipelineSize, type MixQueryBody } from '../../parser/pipeline.js';
import { pipelineBodyOf } from '../../parser/pipeline-text.js';
import { findScript } from '../../query/es/scripts.js';
import type { MixResult, MixStream } from '../../operator/mix/run.js';
import { limits, overBudget } from '../../query/mix/limits.js';
import { sourceKind } from '../../query/mix/sources.js';
import { handle } from '../handle.js';
import { backendErrors, instanceStatuses, partialResponse, responses, streamable, success } from '../schemas.js';
import { explanation, nodeList, pipelineResult, resourceList } from './schemas.js';

const read = { permission: { level: 'read', family: 'mix' } } as const;

interface Need {
  level: Level;
  family: Family;
  instance: string;
  /** What in the request needs it, for the 403 message. */
  what: string;
}

/** What a pipeline needs beyond read on mix: read on each source's instance (admin for an ES script clause), write on each upsert target's. */
function pipelineNeeds(body: MixQueryBody, influx: Settings['influx']): Need[] {
  const needs = Object.entries(body.sources).map(([name, spec]): Need => {
    const source = sourceKind(spec);
    if (source.kind === 'flux') return fluxNeed(name, source.spec.influx, influx);
    if (source.kind !== 'es') return { level: 'read', family: 'influx', instance: source.spec.influx, what: `body.sources.${name}` };
    const script = findScript(source.spec.query, `body.sources.${name}.query`);
    return {
      level: script ? 'admin' : 'read',
      family: 'es',
      instance: source.spec.es,
      what: script ? `the script clause at ${script}` : `body.sources.${name}`,
    };
  });
  body.pipeline.forEach(({ upsert }, i) => {
    if (!upsert) return;
    const [family, instance] = 'es' in upsert ? (['es', upsert.es] as const) : (['influx', upsert.influx] as const);
    needs.push({ level: 'write', family, instance, what: `body.pipeline.${i}.upsert` });
  });
  return needs;
}

/** A Flux source is a read where the instance opens Flux to readers with a read-only token, else it needs admin (libs/flux-access.ts). */
function fluxNeed(name: string, instance: string, influx: Settings['influx']): Need {
  const config = Object.hasOwn(influx, instance) ? influx[instance] : undefined;
  const read = config === undefined || fluxIsRead(config);
  return { level: read ? 'read' : 'admin', family: 'influx', instance, what: read ? `body.sources.${name}` : `body.sources.${name}: ${fluxNeedsAdmin}` };
}

const upsertTargets = (body: MixQueryBody): UpsertTarget[] =>
  body.pipeline.flatMap(({ upsert }): UpsertTarget[] =>
    !upsert ? [] : 'es' in upsert ? [{ es: upsert.es, index: upsert.index }] : [{ influx: upsert.influx, db: upsert.db, measurement: upsert.measurement }],
  );

/**
 * The route checks read on mix; this checks every backend the body names, after validation and
 * before the parser runs. With auth off (no tokens) there is no identity and nothing to check.
 * What an upsert may create on its target is decided when it runs (query/es/index-creation.ts).
 */
async function checkPipelinePermissions(request: FastifyRequest, body: MixQueryBody): Promise<void> {
  const needs = pipelineNeeds(body, request.server.settings.influx);
  const upserts = upsertTargets(body);
  if (upserts.length > 0) request.upserts = upserts;
  if (needs.some((n) => n.level === 'admin')) request.elevated = true;
  if (needs.some((n) => n.level === 'write')) request.writes = true;
  const identity = request.identity;
  if (!identity) return;
  const missing = needs.find((need) => !allows(identity.scopes, need));
  if (missing) {
    throw new AppError(
      Code.FORBIDDEN,
      `token "${identity.token}" lacks ${missing.level} on ${missing.family}/${missing.instance}, which ${missing.what} needs`,
    );
  }
}

const pipelineHandler = handle(mixActions.query);

/**
 * Sends a run's rows as the stream asked for, read from its engine as they go out; `closed` is
 * called once the stream closes (its end, a failed block, or the client gone), after the engine is.
 * The stats go in a header (the result table is made before the first byte, so they are known):
 * rows, bytes and ms per source, upserts' counts, the total.
 */
function streamRows(reply: FastifyReply, run: MixStream, closed: () => void) {
  const body = rowStreams[run.type](run);
  body.once('close', () => {
    run.close();
    closed();
  });
  const { stats } = run;
  const sources = Object.fromEntries(
    Object.entries(stats.sources).map(([name, s]) => [name, { rows: s.rows, bytes: s.bytes, ms: s.ms, requests: s.requests }]),
  );
  const upserts = stats.upserts?.map(({ step, written, failed }) => ({ step, written, failed }));
  reply.header('x-pipeline-stats', JSON.stringify({ rows: run.rowCount, ms: stats.ms, sources, ...(upserts && { upserts }) }));
  return reply.type(run.type === 'text/csv' ? 'text/csv; charset=utf-8' : run.type).send(body);
}
const pipelineAnswer = z.union([pipelineResult, explanation]).meta({ example: pipelineResult.meta()?.example });
const pipelineStreams = {
  'application/x-ndjson': '{"region":"us","hosts":12,"avgCpu":91.5}\n{"region":"eu","hosts":4,"avgCpu":85.2}\n',
  'text/csv': 'region,hosts,avgCpu\r\nus,12,91.5\r\neu,4,85.2\r\n',
};

export const mixRoutes: FastifyPluginAsyncZod = async (app) => {
  const budgets = app.settings.limits.pipeline;
  // Pipelines running now (one app per process, so per process): over maxInFlight a new one is a 429.
  let inFlight = 0;
  app.get(
    '/mix/instances',
    {
      config: read,
      schema: {
        ...mixActions.instances.schema,
        operationId: 'mixInstanceList',
        tags: ['mix'],
        summary: 'Every configured instance the token can read, Elasticsearch and InfluxDB, optionally by region label',
        response: responses(instanceStatuses),
      },
    },
    handle(mixActions.instances),
  );

  app.post(
    '/mix/query',
    {
      config: read,
      // Parsing 16 MB of JSON holds the event loop for a second: a pipeline body is read up to its own budget.
      bodyLimit: budgets.maxBodyBytes,
      // Thrown on to the app's error handler, which renders every error.
      errorHandler: (err) => {
        throw err.code === 'FST_ERR_CTP_BODY_TOO_LARGE'
          ? overBudget('body', `more than ${budgets.maxBodyBytes} bytes`, 'maxBodyBytes', budgets.maxBodyBytes)
          : err;
      },
      // Before the schema: a text body becomes its JSON form, and a body over its budgets is refused without being validated.
      preValidation: async (request) => {
        // Typed as validated, but it is the raw body until the schema runs next.
        request.body = pipelineBodyOf(request.body) as typeof request.body;
        checkPipelineSize(request.body, budgets);
      },
      preHandler: async (request) => checkPipelinePermissions(request, request.body),
      schema: {
        ...mixActions.query.schema,
        operationId: 'mixQuery',
        tags: ['mix'],
        summary: 'Run a pipeline over Elasticsearch and InfluxDB sources: join, filter, aggregate, sort, limit, project, upsert',
        consumes: ['application/json', 'text/plain'],
        description: [
          'Sources are fetched (concurrently), then the pipeline steps run in memory, in order. The whole body is validated before any backend is called;',
          "every source needs read on its instance, an upsert write on its target; a write token's upsert creates a missing index only when its name matches the instance's autoCreate patterns (dot-prefixed indices need admin).",
          '\n\n**Pushdown** (off with `options.pushdown: false`; the rows are the same): a filter (or a part of its top-level and) whose columns can only come',
          "from one source moves into that source's query (Elasticsearch bool filter; InfluxDB WHERE) when it can be translated; fetched rows are",
          `checked against it again, so the result is exact. An inner or left join whose left rows have at most ${limits.semiJoinMaxKeys} distinct keys fetches its right source`,
          'for those keys only (semi-join). Elasticsearch sources fetch only the fields the steps read, when an aggregate or project decides the columns.',
          "\n\n`?explain=true` answers the plan instead: each source's backend query, the filters moved into it, semi-joins, the steps left in memory, and the body's JSON form (pipeline).",
          '\n\n**Text form**: the same pipeline as a pipe language, sent as `Content-Type: text/plain` or as `{"text": ..., "options"?: ...}`;',
          'it compiles to exactly the JSON form, which is then validated and run as one. A syntax error is a 400 naming line:column, with the line and a caret.',
          `\n\n**Budgets** (settings limits.pipeline.*): more than ${budgets.maxSteps} steps, ${budgets.maxSources} sources or ${budgets.maxConditions} filter conditions,`,
          `or sources holding more than ${budgets.maxRows} rows or ${budgets.maxBytes} bytes together (or a join making more than ${budgets.maxRows} rows) is refused (413)`,
          `naming the budget, with a hint to filter, aggregate or limit; rows are never cut silently. At most ${budgets.sourceConcurrency} sources are fetched at once;`,
          `beyond ${budgets.maxInFlight} pipelines in flight a new one is refused (429, retry shortly).`,
          "An Elasticsearch source's `time` range is ANDed with its query; with `aggregate` it buckets inside Elasticsearch (a composite aggregation read page",
          'by page, each page counted against the budgets): its rows are the buckets, and no filter moves into it.',
          'Elasticsearch documents become rows with nested objects as dotted columns (host.name). 207 when an upsert could not write every row.',
          '\n\n**Streamed rows**: `Accept: application/x-ndjson` answers one JSON row a line, `Accept: text/csv` CSV with a header of the columns',
          '(null empty, arrays and objects as JSON text); the stats (rows, bytes and ms per source, upserts written and failed, total ms) are then in the',
          '`x-pipeline-stats` header. An error before the first row is the JSON envelope as usual.',
        ].join(' '),
        response: {
          ...responses(pipelineAnswer, backendErrors.mix),
          200: streamable(success(pipelineAnswer), pipelineStreams),
          207: streamable(
            partialResponse(pipelineAnswer, { message: '1 of 3 rows not written by the upsert of step 5', data: pipelineResult.meta()?.example }),
            pipelineStreams,
          ),
        },
      },
    },
    async function (request, reply) {
      // A plan fetches no rows: only a run counts against maxInFlight.
      if (request.query.explain === 'true') return pipelineHandler.call(this, request, reply);
      if (inFlight >= budgets.maxInFlight) {
        reply.header('retry-after', '1');
        throw new AppError(
          Code.PIPELINES_BUSY,
          `${inFlight} pipelines in flight, the budget of ${budgets.maxInFlight} (limits.pipeline.maxInFlight): retry shortly`,
        );
      }
      inFlight++;
      let streaming = false;
      try {
        // A run's answer: its result in the envelope (200, or 207 with the upserts' message).
        const answer = (await pipelineHandler.call(this, request, reply)) as { data: MixResult | MixStream };
        if (!('blocks' in answer.data)) return answer;
        // A streaming run's engine is open until its stream closes: it stays in flight until then.
        streaming = true;
        return streamRows(reply, answer.data, () => inFlight--);
      } finally {
        if (!streaming) inFlight--;
      }
    },
  );

  app.get(
    '/mix/resources',
    {
      config: read,
      schema: {
        ...mixActions.resources.schema,
        operationId: 'mixResourceList',
        tags: ['mix'],
        summary: 'Every Elasticsearch index and InfluxDB measurement whose name contains a keyword, on every instance the token can read',
        description:
          'Measurements of every database of every readable InfluxDB instance; an instance that does not answer is listed under unavailable with its error. read:mix/* alone lists nothing: each instance needs read on it (e.g. read:es/default).',
        response: responses(resourceList),
      },
    },
    handle(mixActions.resources),
  );

  app.get(
    '/mix/nodes',
    {
      config: read,
      schema: {
        ...mixActions.nodes.schema,
        operationId: 'mixNodeList',
        tags: ['mix'],
        summary: 'Every Elasticsearch node and InfluxDB server of the instances the token can read, by their region label',
        description:
          'Elasticsearch nodes come from _nodes (roles, heap, disk), an InfluxDB server from /ping; an instance that does not answer is listed with its error.',
        response: responses(nodeList),
      },
    },
    handle(mixActions.nodes),
  );
};
