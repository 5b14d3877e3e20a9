import type { Query, QueryContext, QueryKind } from './base-query.js';
import { ESQuery } from './es-query.js';
import { InfluxQuery } from './influx-query.js';
import { MixQuery } from './mix-query.js';

const kinds: Record<QueryKind, new (ctx: QueryContext) => Query> = {
  es: ESQuery,
  influx: InfluxQuery,
  mix: MixQuery,
};

export function createQuery(kind: QueryKind, ctx: QueryContext): Query {
  return new kinds[kind](ctx);
}
