/** Writes the current rows to an Elasticsearch index (document id from a column). */
export interface EsUpsertTarget {
  es: string;
  index: string;
  id: string;
}

/** Writes the current rows as points of an InfluxDB measurement. */
export interface InfluxUpsertTarget {
  influx: string;
  db: string;
  measurement: string;
  tags: readonly string[];
  fields: readonly string[];
  /** The time column (RFC3339, or epoch milliseconds); without it InfluxDB stamps the points. */
  time?: string;
}

export type UpsertTarget = EsUpsertTarget | InfluxUpsertTarget;

/**
 * Writes the current rows to a backend and passes them on unchanged. It has a side effect, so
 * the mix query runs it (src/query/mix/upsert.ts), not the pure pipeline runner.
 */
export interface UpsertNode {
  readonly kind: 'UpsertNode';
  readonly target: Readonly<UpsertTarget>;
}

export const UpsertNode = {
  create: (target: UpsertTarget): UpsertNode => Object.freeze({ kind: 'UpsertNode', target: Object.freeze({ ...target }) }),
  is: (node: { kind: string }): node is UpsertNode => node.kind === 'UpsertNode',
};

export const isEsTarget = (target: Readonly<UpsertTarget>): target is Readonly<EsUpsertTarget> => 'es' in target;
