import type { BackendUrls, Gateway } from './gateway.js';
import { coldStart } from './cases/cold-start.js';
import { esBulk } from './cases/es-bulk.js';
import { esSearch } from './cases/es-search.js';
import { esExport } from './cases/export.js';
import { influxQuery, influxWrite } from './cases/influx.js';
import { pipelineEndToEnd, pipelineEndToEndLarge } from './cases/pipeline-e2e.js';
import { pipelineHealth } from './cases/pipeline-health.js';
import { pipelineInMemory } from './cases/pipeline.js';
import { pipelineSpill } from './cases/pipeline-spill.js';
import type { Row } from './report.js';

export interface BenchContext {
  quick: boolean;
  urls: BackendUrls;
  gateway: Gateway;
  repetitions: number;
}

export interface BenchCase {
  id: string;
  title: string;
  run(ctx: BenchContext): Promise<Row[]>;
}

// Export first, so its RSS growth is measured on a gateway that no bulk load has grown yet.
export const cases: BenchCase[] = [
  esExport,
  esSearch,
  influxQuery,
  esBulk,
  influxWrite,
  pipelineEndToEnd,
  pipelineEndToEndLarge,
  pipelineInMemory,
  pipelineSpill,
  pipelineHealth,
  coldStart,
];
