import type { InfluxGeneration } from '../../libs/influx-client.js';

/** What an InfluxDB server of each generation can do through the gateway (GET /influx/{instance} shows it). */
export interface InfluxCapabilities {
  influxql: boolean;
  flux: boolean;
  buckets: boolean;
  tasks: boolean;
  continuousQueries: boolean;
  retentionPolicies: boolean;
  deleteByPredicate: boolean;
}

export const capabilities: Record<InfluxGeneration, InfluxCapabilities> = {
  1: { influxql: true, flux: false, buckets: false, tasks: false, continuousQueries: true, retentionPolicies: true, deleteByPredicate: true },
  // Retention policies are DBRP mappings onto buckets; DELETE and DROP MEASUREMENT run through its v1-compatible /query.
  2: { influxql: true, flux: true, buckets: true, tasks: true, continuousQueries: false, retentionPolicies: true, deleteByPredicate: true },
};
