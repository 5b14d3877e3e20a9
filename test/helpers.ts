import type { FastifyInstance } from 'fastify';
import { inject } from 'vitest';
import { buildApp } from '../src/app.js';
import { loadSettings, type Settings } from '../src/config/settings.js';

export const backends = () => inject('backends');

/**
 * Test settings over the run's real backends: es/default (8.19), es/opensearch (2.19), es/es9 (9.5),
 * es/opensearch3 (3.9) and influx/default (the project's InfluxDB 1.x line).
 */
export function testSettings(over: Partial<Omit<Settings, 'env'>> = {}): Settings {
  const urls = backends();
  const base = loadSettings(['--env', 'test'], { ES_URL: urls.es, OPENSEARCH_URL: urls.opensearch, INFLUX_URL: urls.influx });
  const es = { ...base.es, es9: { ...base.es.default!, node: urls.es9 }, opensearch3: { ...base.es.opensearch!, node: urls.opensearch3 } };
  return { ...base, es, ...over };
}

export function buildTestApp(over: Parameters<typeof testSettings>[0] = {}): Promise<FastifyInstance> {
  return buildApp(testSettings(over));
}

/** A loopback port nothing listens on: connecting to it is refused at once. */
export const closedPortUrl = 'http://127.0.0.1:9';

export interface EnvelopeBody<T = unknown> {
  result: boolean;
  resultcode: number;
  message: string;
  data: T;
}

export const bodyOf = <T = unknown>(res: { json(): unknown }) => res.json() as EnvelopeBody<T>;
