import type { Level, PipelineBudgets } from '../config/settings.js';
import { canRead, type Access } from '../libs/access.js';
import type { Backends } from '../libs/db.js';
import type { EsConnection } from '../libs/es-client.js';
import type { InfluxConnection } from '../libs/influx-client.js';

export type QueryKind = 'es' | 'influx' | 'mix';

export const verbs = ['createMeta', 'searchMeta', 'updateMeta', 'deleteMeta', 'createData', 'searchData', 'updateData', 'deleteData', 'list'] as const;
export type Verb = (typeof verbs)[number];

export interface QueryContext {
  backends: Backends;
  /** The backend credential the call uses: the least one that covers what it does (apps/handle.ts decides). */
  level: Level;
  /** What the caller may do per instance: listings show only what it can read. */
  access: Access;
  /** What one pipeline may fetch and hold (limits.pipeline). */
  budgets: PipelineBudgets;
}

/** The configured instances the caller can read, of each kind: every listing starts from these. */
export function readableInstances({ backends, access }: QueryContext): { es: EsConnection[]; influx: InfluxConnection[] } {
  return {
    es: [...backends.es.values()].filter((conn) => canRead(access, 'es', conn.name)),
    influx: [...backends.influx.values()].filter((conn) => canRead(access, 'influx', conn.name)),
  };
}

/** A configured instance as GET /es, GET /influx and /ready show it (never with credentials). */
export interface InstanceStatus {
  kind: 'es' | 'influx';
  name: string;
  url: string;
  flavor?: string;
  labels: Record<string, string>;
  reachable: boolean;
  version?: string;
  error?: string;
}

/**
 * What every backend kind's query class shares. A kind implements the verbs it supports as
 * methods; a node can only name those (operator/run.ts types nodes by kind and verb).
 */
export abstract class Query {
  abstract readonly kind: QueryKind;
  constructor(protected readonly ctx: QueryContext) {}
}

/** One handler per kind of target of a verb, each given the target of its kind. */
export type Handlers<T extends { kind: string }, C> = { [K in T['kind']]: (conn: C, target: Extract<T, { kind: K }>) => Promise<unknown> };

/** Calls the handler of the target's kind (the map is checked exhaustive where it is declared). */
export function dispatch<T extends { kind: string }, C>(handlers: Handlers<T, C>, conn: C, target: T): Promise<unknown> {
  // A handler takes its own kind's target; TypeScript cannot correlate the lookup with the argument.
  const handler = handlers[target.kind as T['kind']] as (conn: C, target: T) => Promise<unknown>;
  return handler(conn, target);
}
