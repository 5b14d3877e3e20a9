import type { PipelineBudgets } from '../../config/settings.js';
import { Code } from '../../libs/code.js';
import { AppError } from '../../libs/errors.js';
import type { Row, Rows } from '../../libs/rows.js';

export type { PipelineBudgets } from '../../config/settings.js';

/**
 * The pipeline's fixed limits (the budgets a deployment tunes are settings, limits.pipeline):
 * the left keys up to which a join fetches its right side for those keys only (a semi-join),
 * and how Elasticsearch and InfluxDB are paged. Tests lower them for a while.
 */
export const limits = {
  semiJoinMaxKeys: 10_000,
  /** Keys per InfluxDB query of a semi-join (one regex); Elasticsearch takes them all in one terms filter. */
  influxKeysPerQuery: 5_000,
  /** Most documents one _search returns (index.max_result_window): a source without `all` gets at most this many. */
  esSearchWindow: 10_000,
  /**
   * Documents per page when reading every match of an Elasticsearch source: decoding a page holds
   * the event loop (10 000 small documents, 60-230 ms; 2 000, under 60 ms).
   */
  esPageSize: 2_000,
  /** Buckets per page of an aggregated Elasticsearch source (one composite aggregation, paged by after_key). */
  esBucketPageSize: 2_000,
  /** Points per chunk of an InfluxDB source's response, for the same reason. */
  influxChunkSize: 2_000,
  /** Documents per _bulk call of an upsert. */
  esBulkSize: 5_000,
  /** Failed items reported per upsert; the counts are always complete. */
  reportedFailures: 100,
};

/** A request over one of its budgets: 413, naming the budget and the setting that raises it. */
export function overBudget(path: string, amount: string, budget: keyof PipelineBudgets, limit: number, hint?: string): AppError {
  return new AppError(Code.PAYLOAD_TOO_LARGE, `${path}: ${amount} over the budget of ${limit} (limits.pipeline.${budget})${hint ? `; ${hint}` : ''}`);
}

/** What to change when a pipeline holds too much: refused with this, never truncated. */
export const fewerRows =
  'filter it in its query, aggregate it (an InfluxDB select function with groupBy, or an aggregate step before the join), or take fewer (size, limit)';

const valueBytes = (value: unknown): number => {
  switch (typeof value) {
    case 'string':
      return value.length + 2;
    case 'number':
      return 8;
    case 'boolean':
      return 5;
    case 'undefined':
      return 4;
    default:
      return value === null ? 4 : JSON.stringify(value).length;
  }
};

/** About a row's JSON size (a number counts 8): cheap enough to run on every fetched row. */
export function rowBytes(row: Row): number {
  let bytes = 2;
  for (const key in row) bytes += key.length + 4 + valueBytes(row[key]);
  return bytes;
}

/**
 * The rows and bytes one request's sources hold together, counted as each page arrives so a
 * fetch stops at the first page over budget instead of loading everything first.
 */
export class SourceBudget {
  rows = 0;
  bytes = 0;
  constructor(private readonly budgets: Pick<PipelineBudgets, 'maxRows' | 'maxBytes'>) {}

  take(source: string, rows: Rows): void {
    this.rows += rows.length;
    if (this.rows > this.budgets.maxRows) {
      throw overBudget(`source "${source}"`, `${this.rows} rows (all sources together)`, 'maxRows', this.budgets.maxRows, fewerRows);
    }
    for (const row of rows) this.bytes += rowBytes(row);
    if (this.bytes > this.budgets.maxBytes) {
      throw overBudget(
        `source "${source}"`,
        `${this.bytes} bytes (all sources together)`,
        'maxBytes',
        this.budgets.maxBytes,
        `fetch fewer fields (fields, select), or ${fewerRows}`,
      );
    }
  }
}
