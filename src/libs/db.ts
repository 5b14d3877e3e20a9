import fp from 'fastify-plugin';
import type { Level, Settings } from '../config/settings.js';
import { createEsConnections, type EsConnection } from './es-client.js';
import { errors } from './errors.js';
import { createInfluxConnections, type InfluxConnection } from './influx-client.js';
import type { CallObserver } from './metrics.js';

/**
 * Every configured backend instance, one client each, opened at start and closed at stop. A call
 * asks for an instance at a credential level; listings and probes use `es` and `influx`, at read.
 */
export class Backends {
  readonly es: ReadonlyMap<string, EsConnection>;
  readonly influx: ReadonlyMap<string, InfluxConnection>;
  private readonly esLevels: ReadonlyMap<string, Record<Level, EsConnection>>;
  private readonly influxLevels: ReadonlyMap<string, Record<Level, InfluxConnection>>;

  constructor(settings: Pick<Settings, 'es' | 'influx'>, observe?: CallObserver) {
    this.esLevels = new Map(Object.entries(settings.es).map(([name, cfg]) => [name, createEsConnections(name, cfg, observe)]));
    this.influxLevels = new Map(Object.entries(settings.influx).map(([name, cfg]) => [name, createInfluxConnections(name, cfg, observe)]));
    this.es = new Map([...this.esLevels].map(([name, at]) => [name, at.read]));
    this.influx = new Map([...this.influxLevels].map(([name, at]) => [name, at.read]));
  }

  esInstance(name: string, level: Level): EsConnection {
    const at = this.esLevels.get(name);
    if (!at) throw errors.instanceNotFound('es', name, [...this.es.keys()]);
    return at[level];
  }

  influxInstance(name: string, level: Level): InfluxConnection {
    const at = this.influxLevels.get(name);
    if (!at) throw errors.instanceNotFound('influx', name, [...this.influx.keys()]);
    return at[level];
  }

  /** The levels of an instance share its client: closing the read one closes it. */
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
