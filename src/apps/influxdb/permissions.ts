import { fluxElevation, influxAdminModeElevation } from '../../middlewares/elevation.js';

/** Reads need read; points written or deleted need write; databases, policies, queries, drops need admin. */
export const read = { permission: { level: 'read', family: 'influx' } } as const;
export const write = { permission: { level: 'write', family: 'influx' } } as const;
export const admin = { permission: { level: 'admin', family: 'influx' } } as const;
// Raw InfluxQL is a read unless it asks for admin mode, which needs an admin token.
export const rawQuery = { permission: { ...read.permission, elevate: influxAdminModeElevation } };
// Flux is a read where the instance opens it to readers with a read-only token, else it needs admin (see fluxElevation).
export const fluxQuery = { permission: { ...read.permission, elevate: fluxElevation } };
