import { z } from 'zod';
import { rowStreamAsked } from '../libs/rows-format.js';
import { ExplainNode, SourcesNode } from '../operator/mix/start.js';
import { QueryNode, ResultNode } from '../operator/run.js';
import { documentedAs, documentOf, mixQueryBody, mixQueryExample, pipelineRequest } from './pipeline.js';
import { pipelineTextExample, textRequest } from './pipeline-text.js';
import { action } from './request.js';

// The request schemas of the mix routes (the pipeline body is in pipeline.ts).
const regionQuery = z.object({ region: z.string().min(1).optional().describe('Only instances whose labels.region equals this').meta({ example: 'eu-west' }) });
const keywordQuery = z.object({
  keyword: z.string().max(256).optional().describe('Part of the name, case-sensitive (every index and measurement without it)').meta({ example: 'cpu' }),
});
const explainQuery = z.object({
  explain: z
    .enum(['true', 'false'])
    .optional()
    .describe('true: return the plan (backend queries, pushed filters, steps in memory) without running it')
    .meta({ example: 'true' }),
});

/**
 * The body of POST /mix/query as the route validates it: the JSON form. A text body (text/plain,
 * or {"text": ...}) was compiled to it before validation (pipelineBodyOf, in the route's
 * preValidation); the document lists all three forms, the string one as text/plain.
 */
const queryBody = documentedAs(mixQueryBody, {
  anyOf: [
    documentOf(mixQueryBody),
    documentOf(textRequest),
    { type: 'string', description: "The pipeline in its text form (Content-Type: text/plain); README, 'The pipeline as text'", example: pipelineTextExample },
  ],
  example: mixQueryExample,
});

export const mixActions = {
  ready: action({}, () => [QueryNode.create('mix', 'searchMeta', { kind: 'ready' })]),
  instances: action({ querystring: regionQuery }, ({ query }) => [QueryNode.create('mix', 'list', { region: query.region })]),
  /**
   * A pipeline is a chain: its first node plans it and fetches its sources, each step runs on the
   * state that makes, the last node answers (streaming the rows when Accept asks for NDJSON or CSV).
   * With ?explain=true, the plan alone.
   */
  query: action({ querystring: explainQuery, body: queryBody }, ({ query, body, headers }) => {
    const request = pipelineRequest(body);
    if (query.explain === 'true') return [ExplainNode.create(request, body)];
    return [SourcesNode.create(request), ...request.steps, ResultNode.create(rowStreamAsked(headers))];
  }),
  resources: action({ querystring: keywordQuery }, ({ query }) => [QueryNode.create('mix', 'searchMeta', { kind: 'resources', keyword: query.keyword })]),
  nodes: action({ querystring: regionQuery }, ({ query }) => [QueryNode.create('mix', 'searchMeta', { kind: 'nodes', region: query.region })]),
};
