import type { Level, PipelineBudgets } from '../config/settings.js';
import { canRead, type Access } from '../libs/access.js';
import type { Backends } from '../libs/db.js';
import type { EsConnection } from '../libs/es-client.js';
import { errors } from '../libs/errors.js';
import type { InfluxConnection } from '../libs/influx-client.js';

export type QueryKind = 'es' | 'influx' | 'mix';

export const verbs = [
  'createMeta',
  'searchMeta',
  'updateMeta',
  'deleteMeta',
  'createData',
  'searchData',
  'updateData',
  'deleteData',
  'list',
] as const;
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
 * The verbs every backend kind exposes. A kind implements what it supports; the rest answer
 * "not supported" (50000), as the original service did.
 */
export abstract class Query {
  abstract readonly kind: QueryKind;
  constructor(protected readonly ctx: QueryContext) {}

  createMeta(_args: unknown): Promise<unknown> {
    return this.unsupported('createMeta');
  }
  searchMeta(_args: unknown): Promise<unknown> {
    return this.unsupported('searchMeta');
  }
  updateMeta(_args: unknown): Promise<unknown> {
    return this.unsupported('updateMeta');
  }
  deleteMeta(_args: unknown): Promise<unknown> {
    return this.unsupported('deleteMeta');
  }
  createData(_args: unknown): Promise<unknown> {
    return this.unsupported('createData');
  }
  searchData(_args: unknown): Promise<unknown> {
    return this.unsupported('searchData');
  }
  updateData(_args: unknown): Promise<unknown> {
    return this.unsupported('updateData');
  }
  deleteData(_args: unknown): Promise<unknown> {
    return this.unsupported('deleteData');
  }
  list(_args: unknown): Promise<unknown> {
    return this.unsupported('list');
  }

  private unsupported(verb: Verb): Promise<never> {
    return Promise.reject(errors.notSupported(`${verb} on ${this.kind}`));
  }
}
