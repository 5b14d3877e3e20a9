import { readFileSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import type { Engine } from './backends/engines.js';
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
  return async () => {
    process.stderr.write(`[engines] peak RSS: ${[engines.influx, engines.es, engines.opensearch].map(peakRss).join(', ')}\n`);
    await engines.stopAll();
  };
}

/** VmHWM of a local engine's process, for the record (remote engines have pid 0). */
function peakRss(engine: Engine): string {
  if (!engine.pid) return `${engine.kind} remote`;
  const kb = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${engine.pid}/status`, 'utf8'))?.[1];
  return `${engine.kind} ${kb ? Math.round(Number(kb) / 1024) : '?'} MB`;
}
