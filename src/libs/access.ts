import type { Level } from '../config/settings.js';
import type { BackendKind } from './errors.js';

export type { Level };

// Levels of a token and of a backend credential: admin covers write, write covers read.
const rank: Record<Level, number> = { read: 1, write: 2, admin: 3 };

/** Whether holding `held` (null: nothing) is enough for `need`. */
export const covers = (held: Level | null, need: Level): boolean => held !== null && rank[held] >= rank[need];

/** The higher of two levels (null: nothing). */
export const higher = (a: Level | null, b: Level | null): Level | null => (b === null || covers(a, b) ? a : b);

/**
 * What the caller of a request may do on each configured backend instance, as the auth plugin
 * read it from the token's scopes. The query layer asks it to show only the instances a caller
 * can read (listings, messages) and to decide what a write may create.
 */
export interface Access {
  /** The highest level the caller holds on one instance; null when it holds none. */
  levelOn(kind: BackendKind, instance: string): Level | null;
}

/** Auth off (no tokens configured, loopback only): everything, as an admin token would. */
export const fullAccess: Access = Object.freeze({ levelOn: () => 'admin' as const });

/** A caller without a token on a public route, with auth on: no instance. */
export const noAccess: Access = Object.freeze({ levelOn: () => null });

export const canRead = (access: Access, kind: BackendKind, instance: string): boolean => access.levelOn(kind, instance) !== null;
