import { Code } from '../../libs/code.js';
import { AppError } from '../../libs/errors.js';

/**
 * The pipeline's limits in one place (candidates for settings): rows held by any one table (a
 * source's rows, a step's output), and the left keys up to which a join fetches its right side
 * for those keys only (a semi-join). Tests lower them for a while.
 */
export const limits = {
  maxRows: 100_000,
  semiJoinMaxKeys: 10_000,
  /** Keys per InfluxDB query of a semi-join (one regex); Elasticsearch takes them all in one terms filter. */
  influxKeysPerQuery: 5_000,
  /** Most documents one _search returns (index.max_result_window): a source without `all` gets at most this many. */
  esSearchWindow: 10_000,
  /** Documents per page when reading every match of an Elasticsearch source. */
  esPageSize: 10_000,
  /** Documents per _bulk call of an upsert. */
  esBulkSize: 5_000,
  /** Failed items reported per upsert; the counts are always complete. */
  reportedFailures: 100,
};

/** Too many rows for memory: refused with what to change, never truncated. */
export function tooManyRows(what: string, rows: number | string): AppError {
  return new AppError(
    Code.VALIDATION,
    `${what} has ${rows} rows, more than the ${limits.maxRows} a pipeline holds: filter it in its query, aggregate it ` +
      '(an InfluxDB select function with groupBy, or an aggregate step before the join), or take fewer (size, limit)',
  );
}
