import type { EsConnection } from '../libs/es-client.js';
import { Respond } from '../libs/respond.js';
import { dispatch, Query, readableInstances, type Handlers, type InstanceStatus } from './base-query.js';
import { bulk, type BulkWrite } from './es/bulk.js';
import { aliases, clusterInfo, instanceStatus, nodes } from './es/cluster.js';
import { deleteDoc, getDoc, updateDoc, writeDoc, type DocRef, type DocUpdate, type DocWrite } from './es/documents.js';
import { exportStream, type ExportRequest } from './es/export.js';
import { checkDocumentWrite } from './es/index-creation.js';
import {
  createIndex,
  deleteIndex,
  getIndex,
  listIndices,
  runIndexAction,
  updateIndex,
  type IndexAction,
  type IndexBody,
  type IndexChanges,
} from './es/indices.js';
import { count, deleteByQuery, search, type DeleteByQuery, type SearchBody } from './es/search.js';
import { deleteTemplate, getTemplate, putTemplate, type IndexTemplate } from './es/templates.js';

type On<T> = T & { instance: string };

export type EsMetaSearch = On<
  | { kind: 'cluster' }
  | { kind: 'nodes' }
  | { kind: 'aliases' }
  | { kind: 'indices'; pattern?: string }
  | { kind: 'index'; index: string }
  | { kind: 'template'; name: string }
>;
export type EsMetaCreate = On<{ kind: 'index'; index: string; body: IndexBody } | { kind: 'template'; name: string; template: IndexTemplate }>;
export type EsMetaUpdate = On<{ kind: 'index'; index: string; changes: IndexChanges } | { kind: 'indexAction'; index: string; action: IndexAction }>;
export type EsMetaDelete = On<{ kind: 'index'; index: string } | { kind: 'template'; name: string }>;
export type EsDataCreate = On<({ kind: 'doc' } & DocWrite) | ({ kind: 'bulk' } & BulkWrite)>;
export type EsDataSearch = On<
  | ({ kind: 'doc' } & DocRef)
  | { kind: 'search'; index: string; body: SearchBody }
  | { kind: 'count'; index: string; query?: object }
  | ({ kind: 'export' } & ExportRequest)
>;
export type EsDataUpdate = On<{ kind: 'doc' } & DocUpdate>;
export type EsDataDelete = On<({ kind: 'doc' } & DocRef) | ({ kind: 'byQuery' } & DeleteByQuery)>;

// What each verb does per kind of target; the instance is already resolved to its connection.
const metaSearches = {
  cluster: (conn) => clusterInfo(conn),
  nodes: (conn) => nodes(conn),
  aliases: (conn) => aliases(conn),
  indices: (conn, t) => listIndices(conn, t.pattern),
  index: (conn, t) => getIndex(conn, t.index),
  template: (conn, t) => getTemplate(conn, t.name),
} satisfies Handlers<EsMetaSearch, EsConnection>;

const metaCreates = {
  index: (conn, t) => createIndex(conn, t.index, t.body),
  template: (conn, t) => putTemplate(conn, t.name, t.template),
} satisfies Handlers<EsMetaCreate, EsConnection>;

const metaUpdates = {
  index: (conn, t) => updateIndex(conn, t.index, t.changes),
  indexAction: (conn, t) => runIndexAction(conn, t.index, t.action),
} satisfies Handlers<EsMetaUpdate, EsConnection>;

const metaDeletes = {
  index: (conn, t) => deleteIndex(conn, t.index),
  template: (conn, t) => deleteTemplate(conn, t.name),
} satisfies Handlers<EsMetaDelete, EsConnection>;

const dataCreates = {
  doc: (conn, t) => writeDoc(conn, t),
  bulk: (conn, t) => bulk(conn, t),
} satisfies Handlers<EsDataCreate, EsConnection>;

const dataSearches = {
  doc: (conn, t) => getDoc(conn, t),
  search: (conn, t) => search(conn, t.index, t.body),
  count: (conn, t) => count(conn, t.index, t.query),
  export: async (conn, t) => Respond.stream(await exportStream(conn, t), 'application/x-ndjson'),
} satisfies Handlers<EsDataSearch, EsConnection>;

const dataDeletes = {
  doc: (conn, t) => deleteDoc(conn, t),
  byQuery: (conn, t) => deleteByQuery(conn, t),
} satisfies Handlers<EsDataDelete, EsConnection>;

/** Elasticsearch and OpenSearch: each verb picks the module for its target kind. */
export class ESQuery extends Query {
  readonly kind = 'es' as const;

  private conn(instance: string): EsConnection {
    return this.ctx.backends.esInstance(instance, this.ctx.level);
  }

  /** Every configured cluster the caller can read, with reachability and server version, checked concurrently. */
  async list(): Promise<InstanceStatus[]> {
    return Promise.all(readableInstances(this.ctx).es.map(instanceStatus));
  }

  async searchMeta(t: EsMetaSearch): Promise<unknown> {
    return dispatch(metaSearches, this.conn(t.instance), t);
  }

  async createMeta(t: EsMetaCreate): Promise<unknown> {
    return dispatch(metaCreates, this.conn(t.instance), t);
  }

  async updateMeta(t: EsMetaUpdate): Promise<unknown> {
    return dispatch(metaUpdates, this.conn(t.instance), t);
  }

  async deleteMeta(t: EsMetaDelete): Promise<unknown> {
    return dispatch(metaDeletes, this.conn(t.instance), t);
  }

  async createData(t: EsDataCreate): Promise<unknown> {
    const conn = this.conn(t.instance);
    // A _bulk of deletes only creates no index (a missing one is an error per item).
    const creates = t.kind === 'doc' || t.operations.some((op) => op.action !== 'delete');
    await this.checkDocumentWrite(conn, t.index, creates);
    return dispatch(dataCreates, conn, t);
  }

  async searchData(t: EsDataSearch): Promise<unknown> {
    return dispatch(dataSearches, this.conn(t.instance), t);
  }

  // An update creates a missing index even when it does not upsert the document.
  async updateData(t: EsDataUpdate): Promise<unknown> {
    const conn = this.conn(t.instance);
    await this.checkDocumentWrite(conn, t.index, true);
    return updateDoc(conn, t);
  }

  async deleteData(t: EsDataDelete): Promise<unknown> {
    const conn = this.conn(t.instance);
    await this.checkDocumentWrite(conn, t.index, false);
    return dispatch(dataDeletes, conn, t);
  }

  private checkDocumentWrite(conn: EsConnection, index: string, creates: boolean): Promise<void> {
    return checkDocumentWrite(conn, index, this.ctx.access.levelOn('es', conn.name), creates);
  }
}
