import type { TestProject } from 'vitest/node';
import { startAll } from './backends/engines.js';

export interface BackendUrls {
  influx: string;
  es: string;
  opensearch: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    backends: BackendUrls;
  }
}

/**
 * Starts real InfluxDB, Elasticsearch and OpenSearch once per run (in parallel) and stops them
 * after it; INFLUX_URL, ES_URL and OPENSEARCH_URL point at existing servers instead.
 */
export default async function setup(project: TestProject) {
  const started = Date.now();
  const engines = await startAll({ influx: true, es: true, opensearch: true });
  process.stderr.write(`[engines] all backends ready in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  project.provide('backends', { influx: engines.influx.url, es: engines.es.url, opensearch: engines.opensearch.url });
  return () => engines.stopAll();
}
