import { describe, expect, it } from 'vitest';
import { mixActions } from '../../src/parser/mix.js';
import { pipelineRequest, type MixQueryBody } from '../../src/parser/pipeline.js';

// The mix routes' parsers: each request becomes its chain of plain-data nodes.
const body = {
  sources: { cpu: { influx: 'default', db: 'telegraf', q: 'SELECT usage_user, host FROM cpu' } },
  pipeline: [{ filter: { usage_user: { gt: 90 } } }, { limit: 5 }],
} as unknown as MixQueryBody;
const parseQuery = (explain: 'true' | 'false' | undefined, accept?: string) =>
  mixActions.query.parse({ params: undefined, query: { explain }, body, headers: accept === undefined ? {} : { accept } });

describe('mixActions.query', () => {
  it('chains the sources, every step in order, then the result as the JSON envelope', () => {
    const chain = parseQuery(undefined);
    const request = pipelineRequest(body);
    expect(chain.map((node) => node.kind)).toEqual(['SourcesNode', 'FilterNode', 'LimitNode', 'ResultNode']);
    expect(chain[0]).toEqual({ kind: 'SourcesNode', request });
    expect(chain.slice(1, -1)).toEqual(request.steps);
    expect(chain.at(-1)).toEqual({ kind: 'ResultNode', stream: undefined });
    expect(parseQuery('false')).toEqual(chain);
  });

  it('plans only with explain=true: one node with the request and the body as sent', () => {
    expect(parseQuery('true')).toEqual([{ kind: 'ExplainNode', request: pipelineRequest(body), body }]);
  });

  it('streams the rows as the Accept header asks: NDJSON or CSV, else the envelope', () => {
    const streamOf = (accept: string) => parseQuery(undefined, accept).at(-1);
    expect(streamOf('application/x-ndjson')).toEqual({ kind: 'ResultNode', stream: 'application/x-ndjson' });
    expect(streamOf('text/csv')).toEqual({ kind: 'ResultNode', stream: 'text/csv' });
    expect(streamOf('text/csv;q=0.5, application/json')).toEqual({ kind: 'ResultNode', stream: undefined });
    expect(streamOf('text/html')).toEqual({ kind: 'ResultNode', stream: undefined });
    expect(streamOf('*/*')).toEqual({ kind: 'ResultNode', stream: undefined });
  });
});

describe('the mix catalog actions', () => {
  const input = <Q>(query: Q) => ({ params: undefined, query, body: undefined, headers: {} });

  it('lists instances and nodes of a region, resources by keyword, and readiness', () => {
    expect(mixActions.instances.parse(input({ region: 'eu' }))).toEqual([
      expect.objectContaining({ kind: 'QueryNode', backend: 'mix', verb: 'list', args: [{ region: 'eu' }] }),
    ]);
    expect(mixActions.nodes.parse(input({ region: undefined }))).toEqual([
      expect.objectContaining({ backend: 'mix', verb: 'searchMeta', args: [{ kind: 'nodes', region: undefined }] }),
    ]);
    expect(mixActions.resources.parse(input({ keyword: 'cpu' }))).toEqual([
      expect.objectContaining({ backend: 'mix', verb: 'searchMeta', args: [{ kind: 'resources', keyword: 'cpu' }] }),
    ]);
    expect(mixActions.ready.parse(input(undefined))).toEqual([expect.objectContaining({ backend: 'mix', verb: 'searchMeta', args: [{ kind: 'ready' }] })]);
  });
});
