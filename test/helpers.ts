import type { FastifyInstance } from 'fastify';
import { inject } from 'vitest';
import { buildApp } from '../src/app.js';
import { loadSettings, type Settings } from '../src/config/settings.js';

export const backends = () => inject('backends');

/** Test settings over the run's real backends: es/default, es/opensearch and influx/default. */
export function testSettings(over: Partial<Omit<Settings, 'env'>> = {}): Settings {
  const urls = backends();
  const base = loadSettings(['--env', 'test'], { ES_URL: urls.es, OPENSEARCH_URL: urls.opensearch, INFLUX_URL: urls.influx });
  return { ...base, ...over };
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
