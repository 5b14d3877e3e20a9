import type { QueryContext, QueryKind, Verb } from './base-query.js';
import { ESQuery } from './es-query.js';
import { InfluxQuery } from './influx-query.js';
import { MixQuery } from './mix-query.js';

/** The query class of each backend kind: a node's backend picks one, its verb one of its methods. */
export const queries = { es: ESQuery, influx: InfluxQuery, mix: MixQuery } satisfies Record<QueryKind, new (ctx: QueryContext) => { kind: QueryKind }>;

export type QueryOf<B extends QueryKind> = InstanceType<(typeof queries)[B]>;

/** The verbs a backend kind implements. */
export type VerbOf<B extends QueryKind> = Extract<keyof QueryOf<B>, Verb>;

/** The arguments of a verb of a backend kind, as a tuple (empty for a verb that takes none). */
export type ArgsOf<B extends QueryKind, V extends VerbOf<B>> = QueryOf<B>[V] extends (...args: infer A) => Promise<unknown> ? A : never;
