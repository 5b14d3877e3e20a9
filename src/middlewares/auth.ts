import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Level, Settings } from '../config/settings.js';
import { Code } from '../libs/code.js';
import { AppError } from '../libs/errors.js';

export type { Level };
export type Family = 'es' | 'influx' | 'mix';

/**
 * What a route needs; `null` marks a public route (health, docs). `elevate` names what in a
 * request needs admin beyond the route's level (raw InfluxQL admin mode); ES script clauses are
 * found by the parser in the values it will send (QueryNode.elevation).
 */
export type Permission = { level: Level; family: Family; elevate?: (request: FastifyRequest) => string | null } | null;

export interface Identity {
  token: string;
  scopes: Scope[];
}

interface Scope {
  level: Level;
  family: Family | '*';
  instance: string;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    permission?: Permission;
  }
  interface FastifyRequest {
    identity: Identity | null;
    /** The call asked for more than its route's level (see Permission.elevate). */
    elevated: boolean;
    /** A read route that writes too (a pipeline with upsert steps), for the audit log. */
    writes: boolean;
  }
}

// admin covers write, write covers read.
const rank: Record<Level, number> = { read: 1, write: 2, admin: 3 };

export function parseScope(text: string): Scope {
  const m = /^(read|write|admin):(es|influx|mix|\*)\/([A-Za-z0-9_*-]+)$/.exec(text);
  if (!m) throw new Error(`bad scope "${text}" (expected level:family/instance, e.g. read:es/*)`);
  return { level: m[1] as Level, family: m[2] as Family | '*', instance: m[3]! };
}

export function allows(scopes: Scope[], need: { level: Level; family: Family; instance: string }): boolean {
  return scopes.some(
    (s) =>
      rank[s.level] >= rank[need.level] &&
      (s.family === '*' || s.family === need.family) &&
      (s.instance === '*' || need.instance === '*' || s.instance === need.instance),
  );
}

const instanceOf = (request: FastifyRequest) => (request.params as { instance?: string } | undefined)?.instance ?? '*';

/**
 * `reason` in the request needs admin on the route's instance: noted for the audit log, and a 403
 * naming it when the token lacks admin. With auth off there is no identity and nothing to refuse.
 */
export function requireAdmin(request: FastifyRequest, family: Family, reason: string): void {
  request.elevated = true;
  const identity = request.identity;
  if (!identity) return;
  const instance = instanceOf(request);
  if (!allows(identity.scopes, { level: 'admin', family, instance })) {
    throw new AppError(Code.FORBIDDEN, `token "${identity.token}" lacks admin on ${family}/${instance}, which ${reason} needs`);
  }
}

const sha256 = (text: string) => createHash('sha256').update(text).digest();

/**
 * Bearer tokens, configured by name as SHA-256 hashes with scopes. With no tokens configured
 * auth is off (the local env); production refuses to start that way.
 */
export const authPlugin = fp<{ settings: Settings }>(
  async (app, { settings }) => {
    const tokens = Object.entries(settings.auth.tokens).map(([name, t]) => ({
      name,
      hash: Buffer.from(t.sha256, 'hex'),
      scopes: t.scopes.map(parseScope),
    }));
    app.decorateRequest('identity', null);
    app.decorateRequest('elevated', false);
    app.decorateRequest('writes', false);
    // What needs admin is noted even with auth off, so the audit log shows it.
    app.addHook('preValidation', async (request) => {
      const permission = request.routeOptions.config.permission;
      const reason = permission?.elevate?.(request);
      if (permission && reason) requireAdmin(request, permission.family, reason);
    });
    if (tokens.length === 0) return;

    const identify = (request: FastifyRequest): Identity => {
      const header = request.headers.authorization;
      const m = header ? /^Bearer\s+(\S+)$/i.exec(header) : null;
      if (!m) throw new AppError(Code.UNAUTHORIZED, 'missing bearer token (Authorization: Bearer <token>)');
      const hash = sha256(m[1]!);
      const found = tokens.find((t) => timingSafeEqual(t.hash, hash));
      if (!found) throw new AppError(Code.UNAUTHORIZED, 'unknown token');
      return { token: found.name, scopes: found.scopes };
    };

    app.addHook('onRequest', async (request) => {
      const permission = request.routeOptions.config.permission;
      if (!permission) return;
      request.identity = identify(request);
      const instance = instanceOf(request);
      if (!allows(request.identity.scopes, { ...permission, instance })) {
        throw new AppError(
          Code.FORBIDDEN,
          `token "${request.identity.token}" lacks ${permission.level} on ${permission.family}/${instance}`,
        );
      }
    });
  },
  { name: 'auth' },
);
