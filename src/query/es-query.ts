import type { EsConnection } from '../libs/es-client.js';
import { Respond } from '../libs/respond.js';
import { Query, readableInstances, type InstanceStatus } from './base-query.js';
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
  | { kind: 'cluster' | 'nodes' | 'aliases' }
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
    const conn = this.conn(t.instance);
    switch (t.kind) {
      case 'cluster':
        return clusterInfo(conn);
      case 'nodes':
        return nodes(conn);
      case 'aliases':
        return aliases(conn);
      case 'indices':
        return listIndices(conn, t.pattern);
      case 'index':
        return getIndex(conn, t.index);
      case 'template':
        return getTemplate(conn, t.name);
    }
  }

  async createMeta(t: EsMetaCreate): Promise<unknown> {
    const conn = this.conn(t.instance);
    return t.kind === 'index' ? createIndex(conn, t.index, t.body) : putTemplate(conn, t.name, t.template);
  }

  async updateMeta(t: EsMetaUpdate): Promise<unknown> {
    const conn = this.conn(t.instance);
    return t.kind === 'index' ? updateIndex(conn, t.index, t.changes) : runIndexAction(conn, t.index, t.action);
  }

  async deleteMeta(t: EsMetaDelete): Promise<unknown> {
    const conn = this.conn(t.instance);
    return t.kind === 'index' ? deleteIndex(conn, t.index) : deleteTemplate(conn, t.name);
  }

  async createData(t: EsDataCreate): Promise<unknown> {
    const conn = this.conn(t.instance);
    // A _bulk of deletes only creates no index (a missing one is an error per item).
    const creates = t.kind === 'doc' || t.operations.some((op) => op.action !== 'delete');
    await this.checkDocumentWrite(conn, t.index, creates);
    return t.kind === 'doc' ? writeDoc(conn, t) : bulk(conn, t);
  }

  async searchData(t: EsDataSearch): Promise<unknown> {
    const conn = this.conn(t.instance);
    switch (t.kind) {
      case 'doc':
        return getDoc(conn, t);
      case 'search':
        return search(conn, t.index, t.body);
      case 'count':
        return count(conn, t.index, t.query);
      case 'export':
        return Respond.stream(await exportStream(conn, t), 'application/x-ndjson');
    }
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
    return t.kind === 'doc' ? deleteDoc(conn, t) : deleteByQuery(conn, t);
  }

  private checkDocumentWrite(conn: EsConnection, index: string, creates: boolean): Promise<void> {
    return checkDocumentWrite(conn, index, this.ctx.access.levelOn('es', conn.name), creates);
  }
}
