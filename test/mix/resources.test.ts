import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeList, resourceList } from '../../src/apps/mix/schemas.js';
import { direct, dropIndices } from '../es/es-helpers.js';
import { bodyOf, buildTestApp, closedPortUrl, testSettings } from '../helpers.js';
import { influxDirect, writeDirect } from '../influx/support.js';

const P = 'mx6r';

async function get<T>(app: FastifyInstance, url: string): Promise<T> {
  const res = await app.inject(url);
  expect(res.statusCode, res.body).toBe(200);
  return bodyOf<T>(res).data;
}

type Resources = { resources: Record<string, unknown>[]; unavailable: { kind: string; instance: string; error: string }[] };

describe('GET /mix/resources and /mix/nodes', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    const base = testSettings();
    const down = { timeoutMs: 2000, labels: { region: 'nowhere' } };
    app = await buildTestApp({
      es: {
        default: { ...base.es.default!, labels: { region: 'eu-west' } },
        opensearch: base.es.opensearch!,
        down: { ...down, node: closedPortUrl, flavor: 'elasticsearch' },
      },
      influx: { default: { ...base.influx.default!, labels: { region: 'eu-west' } }, gone: { ...down, url: closedPortUrl } },
    });
    for (const instance of ['default', 'opensearch'] as const) await dropIndices(instance, P);
    await direct('default', 'PUT', `/${P}-cpu-hosts`, { settings: { number_of_replicas: 0 } });
    await direct('opensearch', 'PUT', `/${P}-cpu-os`, { settings: { number_of_replicas: 0 } });
    await influxDirect(`DROP DATABASE "${P}_a"; CREATE DATABASE "${P}_a"; DROP DATABASE "${P}_b"; CREATE DATABASE "${P}_b"`);
    await writeDirect(`${P}_a`, `${P}_cpu v=1 1\n${P}_mem v=1 1`);
    await writeDirect(`${P}_b`, `${P}_cpu v=1 1`);
  });
  afterAll(async () => {
    await Promise.all([dropIndices('default', P), dropIndices('opensearch', P), influxDirect(`DROP DATABASE "${P}_a"; DROP DATABASE "${P}_b"`)]);
    await app.close();
  });

  it('finds every index and measurement whose name holds the keyword, naming the instances that did not answer', async () => {
    const data = await get<Resources>(app, `/mix/resources?keyword=${P}`);
    expect(resourceList.parse(data)).toEqual(data);
    expect(data.resources.map(({ docs: _, sizeBytes: __, ...r }) => r)).toEqual([
      { kind: 'es', instance: 'default', index: `${P}-cpu-hosts` },
      { kind: 'es', instance: 'opensearch', index: `${P}-cpu-os` },
      { kind: 'influx', instance: 'default', database: `${P}_a`, measurement: `${P}_cpu` },
      { kind: 'influx', instance: 'default', database: `${P}_a`, measurement: `${P}_mem` },
      { kind: 'influx', instance: 'default', database: `${P}_b`, measurement: `${P}_cpu` },
    ]);
    expect(data.unavailable.map((u) => [u.kind, u.instance])).toEqual([
      ['es', 'down'],
      ['influx', 'gone'],
    ]);
    for (const u of data.unavailable) expect(u.error).toMatch(new RegExp(`^${u.kind}/${u.instance} is unavailable`));
    const cpu = await get<Resources>(app, `/mix/resources?keyword=${P}_cpu`);
    expect(cpu.resources.map((r) => r.database)).toEqual([`${P}_a`, `${P}_b`]);
  });

  it('lists the nodes of the instances labelled with a region, an unreachable one with its error', async () => {
    const west = await get<Record<string, unknown>[]>(app, '/mix/nodes?region=eu-west');
    expect(nodeList.parse(west)).toEqual(west);
    expect(west).toMatchObject([
      { kind: 'es', instance: 'default', flavor: 'elasticsearch', labels: { region: 'eu-west' }, reachable: true, clusterName: expect.any(String) },
      { kind: 'influx', instance: 'default', labels: { region: 'eu-west' }, reachable: true, version: expect.stringMatching(/^1\.6/) },
    ]);
    const [es] = west as { nodes: { version: string; roles: string[] }[] }[];
    expect(es!.nodes).toHaveLength(1);
    expect(es!.nodes[0]!.version).toBe('8.19.21');
    const nowhere = await get<Record<string, unknown>[]>(app, '/mix/nodes?region=nowhere');
    expect(nodeList.parse(nowhere)).toEqual(nowhere);
    expect(nowhere).toEqual([
      {
        kind: 'es',
        instance: 'down',
        url: closedPortUrl,
        flavor: 'elasticsearch',
        labels: { region: 'nowhere' },
        reachable: false,
        error: expect.stringMatching(/^es\/down is unavailable/),
      },
      {
        kind: 'influx',
        instance: 'gone',
        url: closedPortUrl,
        labels: { region: 'nowhere' },
        reachable: false,
        error: expect.stringMatching(/^influx\/gone is unavailable/),
      },
    ]);
    expect((await get<unknown[]>(app, '/mix/nodes')).length).toBe(5);
    expect(await get<unknown[]>(app, '/mix/nodes?region=mars')).toEqual([]);
  });

  it('keeps GET /mix/instances', async () => {
    const list = await get<{ name: string; reachable: boolean }[]>(app, '/mix/instances?region=nowhere');
    expect(list.map((i) => [i.name, i.reachable])).toEqual([
      ['down', false],
      ['gone', false],
    ]);
  });
});
