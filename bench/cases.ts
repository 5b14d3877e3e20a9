import type { BackendUrls, Gateway } from './gateway.js';
import { coldStart } from './cases/cold-start.js';
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

export const cases: BenchCase[] = [coldStart];
