import { createHash } from 'node:crypto';
import type { FastifyInstance, HTTPMethods } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Permission } from '../src/middlewares/auth.js';
import { buildTestApp, testSettings } from './helpers.js';

const sha256 = (t: string) => createHash('sha256').update(t).digest('hex');
const tokens = { read: 'hm_matrix_read', write: 'hm_matrix_write', admin: 'hm_matrix_admin' } as const;
type Caller = 'none' | keyof typeof tokens;
const rank = { read: 1, write: 2, admin: 3 } as const;

// Names that exist nowhere, so that an allowed DELETE or POST changes nothing.
const paramValues: Record<string, string> = {
  instance: 'default',
  index: 'matrix-nothing',
  id: 'matrix-nothing',
  name: 'matrix-nothing',
  db: 'matrix_nothing',
  measurement: 'matrix_nothing',
  rp: 'matrix_nothing',
  key: 'matrix_nothing',
};
const fill = (url: string) => url.replace(/:(\w+)/g, (_m, p: string) => paramValues[p] ?? 'matrix-nothing');
// Routes that @fastify/swagger-ui registers for the docs: public by design, no permission declared.
const isDocsRoute = (url: string) =>
  url === '/' || url === '//' || url.startsWith('/static') || url === '/json' || url === '/yaml' || url.startsWith('/documentation');

// Routes whose level the instance's configuration raises: Flux needs admin on an instance without a
// read-only token and fluxForReaders (middlewares/elevation.ts), and influx/default has neither.
const raisedToAdmin = new Set(['POST /influx/:instance/flux']);

function expected(route: string, permission: Permission | undefined, caller: Caller): 'allowed' | 401 | 403 {
  if (!permission) return 'allowed';
  if (caller === 'none') return 401;
  const level = raisedToAdmin.has(route) ? 'admin' : permission.level;
  return rank[caller] >= rank[level] ? 'allowed' : 403;
}

describe('every route x every kind of token', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    const base = testSettings();
    app = await buildTestApp({
      // A write token may write documents into a missing index only by an autoCreate pattern
      // (test/scopes.test.ts); here the route's level alone decides.
      es: { ...base.es, default: { ...base.es.default!, autoCreate: ['matrix-*'] } },
      auth: {
        tokens: {
          read: { sha256: sha256(tokens.read), scopes: ['read:*/*'] },
          write: { sha256: sha256(tokens.write), scopes: ['write:*/*'] },
          admin: { sha256: sha256(tokens.admin), scopes: ['admin:*/*'] },
        },
      },
    });
    await app.ready();
  });
  afterAll(() => app.close());

  it('declares a permission on every API route', () => {
    const undeclared = app.routeTable.filter((r) => !isDocsRoute(r.url) && r.config?.permission === undefined).map((r) => `${String(r.method)} ${r.url}`);
    expect(undeclared).toEqual([]);
  });

  it('answers 401 / 403 / allowed exactly as the permission says, with zero mismatches', async () => {
    const mismatches: string[] = [];
    let checked = 0;
    for (const route of app.routeTable) {
      const methods = ([] as HTTPMethods[]).concat(route.method).filter((m) => m !== 'HEAD' && m !== 'OPTIONS');
      for (const method of methods) {
        for (const caller of ['none', 'read', 'write', 'admin'] as const) {
          const res = await app.inject({
            method,
            url: fill(route.url),
            headers: caller === 'none' ? {} : { authorization: `Bearer ${tokens[caller]}` },
            ...(['POST', 'PUT', 'PATCH'].includes(method) ? { payload: {} } : {}),
          });
          const want = expected(`${method} ${route.url}`, route.config?.permission, caller);
          const got = res.statusCode === 401 || res.statusCode === 403 ? res.statusCode : 'allowed';
          checked++;
          if (got !== want) mismatches.push(`${method} ${route.url} as ${caller}: want ${want}, got ${res.statusCode} ${res.body.slice(0, 120)}`);
        }
      }
    }
    expect(mismatches).toEqual([]);
    expect(checked).toBeGreaterThan(4 * 20);
  });
});
