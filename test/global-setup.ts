import type { TestProject } from 'vitest/node';
import type { Influx2Setup } from './backends/influxdb2.js';
import { peakRss, startAll } from './backends/engines.js';

/** Every engine of the matrix, started once per run and shared by all test files. */
export interface BackendUrls {
  /** InfluxDB 1.6.7 (Debian's), Elasticsearch 8.19, OpenSearch 2.19. */
  influx: string;
  es: string;
  opensearch: string;
  /** The 2026 servers: Elasticsearch 9.5, OpenSearch 3.9, InfluxDB 1.13 and InfluxDB 2.8 (with its setup). */
  es9: string;
  opensearch3: string;
  influx113: string;
  influx2: Influx2Setup & { url: string };
}

declare module 'vitest' {
  export interface ProvidedContext {
    backends: BackendUrls;
  }
}

const everyEngine = { influx: true, es: true, opensearch: true, es9: true, opensearch3: true, influx113: true, influx2: true } as const;

/**
 * Starts every engine once per run (InfluxDB builds first: minutes from empty caches, none when
 * warm; then all in parallel) and stops them
 * after it; INFLUX_URL, ES_URL, OPENSEARCH_URL, ES9_URL, OPENSEARCH3_URL, INFLUX113_URL and
 * INFLUX2_URL (+ INFLUX2_TOKEN) point at running servers instead.
 */
export default async function setup(project: TestProject) {
  const started = Date.now();
  const engines = await startAll(everyEngine);
  process.stderr.write(`[engines] all backends ready in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  project.provide('backends', {
    influx: engines.influx.url,
    es: engines.es.url,
    opensearch: engines.opensearch.url,
    es9: engines.es9.url,
    opensearch3: engines.opensearch3.url,
    influx113: engines.influx113.url,
    influx2: { ...engines.influx2.setup, url: engines.influx2.url },
  });
  return async () => {
    const all = [engines.influx, engines.es, engines.opensearch, engines.es9, engines.opensearch3, engines.influx113, engines.influx2];
    process.stderr.write(`[engines] peak RSS: ${all.map((e) => `${e.kind} ${e.version} ${peakRss(e)}`).join(', ')}\n`);
    await engines.stopAll();
  };
}
