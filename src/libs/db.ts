import fp from 'fastify-plugin';
import type { Settings } from '../config/settings.js';
import { createEsConnection, type EsConnection } from './es-client.js';
import { errors } from './errors.js';
import { InfluxConnection } from './influx-client.js';
import type { CallObserver } from './metrics.js';

/** Every configured backend instance, one client each, opened at start and closed at stop. */
export class Backends {
  readonly es: ReadonlyMap<string, EsConnection>;
  readonly influx: ReadonlyMap<string, InfluxConnection>;

  constructor(settings: Pick<Settings, 'es' | 'influx'>, observe?: CallObserver) {
    this.es = new Map(Object.entries(settings.es).map(([name, cfg]) => [name, createEsConnection(name, cfg, observe)]));
    this.influx = new Map(Object.entries(settings.influx).map(([name, cfg]) => [name, new InfluxConnection(name, cfg, observe)]));
  }

  esInstance(name: string): EsConnection {
    const conn = this.es.get(name);
    if (!conn) throw errors.instanceNotFound('es', name, [...this.es.keys()]);
    return conn;
  }

  influxInstance(name: string): InfluxConnection {
    const conn = this.influx.get(name);
    if (!conn) throw errors.instanceNotFound('influx', name, [...this.influx.keys()]);
    return conn;
  }

  async close(): Promise<void> {
    await Promise.allSettled([...this.es.values(), ...this.influx.values()].map((c) => c.close()));
  }
}

declare module 'fastify' {
  interface FastifyInstance {
    backends: Backends;
  }
}

export const dbPlugin = fp<{ settings: Settings }>(
  async (app, { settings }) => {
    const backends = new Backends(settings, app.telemetry.backendCall);
    app.decorate('backends', backends);
    app.addHook('onClose', () => backends.close());
  },
  { name: 'db', dependencies: ['metrics'] },
);
