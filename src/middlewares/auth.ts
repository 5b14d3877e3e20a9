import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { readScope, type Level, type ScopeParts, type Settings } from '../config/settings.js';
import { covers, fullAccess, higher, noAccess, type Access } from '../libs/access.js';
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
  access: Access;
}

type Scope = ScopeParts;

declare module 'fastify' {
  interface FastifyContextConfig {
    permission?: Permission;
  }
  interface FastifyRequest {
    identity: Identity | null;
    /** What the caller may do per instance: everything with auth off, nothing without a token. */
    readonly access: Access;
    /** The call asked for more than its route's level (see Permission.elevate). */
    elevated: boolean;
    /** A read route that writes too (a pipeline with upsert steps), for the audit log. */
    writes: boolean;
  }
}

export function parseScope(text: string): Scope {
  const scope = readScope(text);
  if (typeof scope === 'string') throw new Error(scope);
  return scope;
}

// A scope's `*` means every instance; a requested instance is always a name, so a route or a
// body naming "*" matches only scopes that cover every instance.
const matches = (s: Scope, family: Family, instance: string | undefined) =>
  (s.family === '*' || s.family === family) && (instance === undefined || s.instance === '*' || s.instance === instance);

/**
 * Whether the scopes give `level` on one instance of a family. Without an instance (a route
 * that lists or spans instances: GET /es, /mix/...) some scope of the family must: such a
 * route then shows or touches only the instances the token can read (see Access).
 */
export function allows(scopes: Scope[], need: { level: Level; family: Family; instance?: string }): boolean {
  return scopes.some((s) => covers(s.level, need.level) && matches(s, need.family, need.instance));
}

/** The per-instance view of a token's scopes. */
export function accessOf(scopes: Scope[]): Access {
  return {
    levelOn: (kind, instance) => scopes.reduce<Level | null>((held, s) => (matches(s, kind, instance) ? higher(held, s.level) : held), null),
  };
}

const instanceOf = (request: FastifyRequest) => (request.params as { instance?: string } | undefined)?.instance;

const scopeName = (family: Family, instance: string | undefined) => (instance === undefined ? family : `${family}/${instance}`);

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
    throw new AppError(Code.FORBIDDEN, `token "${identity.token}" lacks admin on ${scopeName(family, instance)}, which ${reason} needs`);
  }
}

const sha256 = (text: string) => createHash('sha256').update(text).digest();

/**
 * Bearer tokens, configured by name as SHA-256 hashes with scopes. With no tokens configured
 * auth is off (the local env); production refuses to start that way.
 */
export const authPlugin = fp<{ settings: Settings }>(
  async (app, { settings }) => {
    const tokens = Object.entries(settings.auth.tokens).map(([name, t]) => {
      const scopes = t.scopes.map(parseScope);
      return { name, hash: Buffer.from(t.sha256, 'hex'), scopes, access: accessOf(scopes) };
    });
    const open = tokens.length === 0;
    app.decorateRequest('identity', null);
    app.decorateRequest('access', {
      getter(this: FastifyRequest) {
        return open ? fullAccess : (this.identity?.access ?? noAccess);
      },
    });
    app.decorateRequest('elevated', false);
    app.decorateRequest('writes', false);
    // What needs admin is noted even with auth off, so the audit log shows it.
    app.addHook('preValidation', async (request) => {
      const permission = request.routeOptions.config.permission;
      const reason = permission?.elevate?.(request);
      if (permission && reason) requireAdmin(request, permission.family, reason);
    });
    if (open) return;

    const identify = (request: FastifyRequest): Identity => {
      const header = request.headers.authorization;
      const m = header ? /^Bearer\s+(\S+)$/i.exec(header) : null;
      if (!m) throw new AppError(Code.UNAUTHORIZED, 'missing bearer token (Authorization: Bearer <token>)');
      const hash = sha256(m[1]!);
      const found = tokens.find((t) => timingSafeEqual(t.hash, hash));
      if (!found) throw new AppError(Code.UNAUTHORIZED, 'unknown token');
      return { token: found.name, scopes: found.scopes, access: found.access };
    };

    app.addHook('onRequest', async (request) => {
      const permission = request.routeOptions.config.permission;
      if (!permission) return;
      request.identity = identify(request);
      const instance = instanceOf(request);
      if (!allows(request.identity.scopes, { ...permission, instance })) {
        throw new AppError(Code.FORBIDDEN, `token "${request.identity.token}" lacks ${permission.level} on ${scopeName(permission.family, instance)}`);
      }
    });
  },
  { name: 'auth' },
);
