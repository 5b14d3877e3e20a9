import type { TestProject } from 'vitest/node';
import type { Influx2Setup } from './backends/influxdb2.js';
import { peakRss, startAll } from './backends/engines.js';

/** Every engine of the matrix, started once per run and shared by all test files. */
export interface BackendUrls {
  /** InfluxDB 1.6.7 (Debian's; 1.13 in the influx113 project), Elasticsearch 8.19, OpenSearch 2.19. */
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
type Engines = Awaited<ReturnType<typeof startAll<typeof everyEngine>>>;

/** The engines of this run, shared by the projects that list this setup (each loads it apart). */
interface SharedEngines {
  engines: Promise<Engines>;
  users: number;
}
// `var`: how TypeScript declares a process-wide slot on globalThis.
declare global {
  var hostmonitorEngines: SharedEngines | undefined;
}

async function startEveryEngine(): Promise<Engines> {
  const started = Date.now();
  const engines = await startAll(everyEngine);
  process.stderr.write(`[engines] all backends ready in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  return engines;
}

/** The project whose InfluxDB route tests run on InfluxDB 1.13 (vitest.config.ts): its `influx` is that server. */
const influx113Project = 'integration-influx113';

/**
 * Starts every engine once per run, whichever projects run (InfluxDB builds first: minutes from
 * empty caches, none when warm; then all in parallel) and stops them after the last project;
 * INFLUX_URL, ES_URL, OPENSEARCH_URL, ES9_URL, OPENSEARCH3_URL, INFLUX113_URL and
 * INFLUX2_URL (+ INFLUX2_TOKEN) point at running servers instead.
 */
export default async function setup(project: TestProject) {
  const shared = (globalThis.hostmonitorEngines ??= { engines: startEveryEngine(), users: 0 });
  shared.users += 1;
  const engines = await shared.engines;
  const influx = project.name === influx113Project ? engines.influx113 : engines.influx;
  project.provide('backends', {
    influx: influx.url,
    es: engines.es.url,
    opensearch: engines.opensearch.url,
    es9: engines.es9.url,
    opensearch3: engines.opensearch3.url,
    influx113: engines.influx113.url,
    influx2: { ...engines.influx2.setup, url: engines.influx2.url },
  });
  return async () => {
    shared.users -= 1;
    if (shared.users > 0) return;
    globalThis.hostmonitorEngines = undefined;
    const all = [engines.influx, engines.es, engines.opensearch, engines.es9, engines.opensearch3, engines.influx113, engines.influx2];
    process.stderr.write(`[engines] peak RSS: ${all.map((e) => `${e.kind} ${e.version} ${peakRss(e)}`).join(', ')}\n`);
    await engines.stopAll();
  };
}
