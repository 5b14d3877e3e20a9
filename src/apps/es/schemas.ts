import type { z } from 'zod';
import { backendErrors, partialResponse, responses, success } from '../schemas.js';

export const read = { permission: { level: 'read', family: 'es' } } as const;
export const write = { permission: { level: 'write', family: 'es' } } as const;
export const admin = { permission: { level: 'admin', family: 'es' } } as const;

/** The responses of an /es route: its data, and what a cluster call can answer. */
export const esResponses = <T extends z.ZodType>(data: T) => responses(data, backendErrors.es);

/** The responses of a route that answers 201 when it creates something. */
export const createdResponses = <T extends z.ZodType>(data: T) => {
  const { 200: created, ...rest } = esResponses(data);
  return { 201: created, ...rest };
};

/** 200 when it replaced something, 201 when it created it. */
export const upsertResponses = <T extends z.ZodType>(data: T) => ({ ...esResponses(data), 201: success(data) });

/** 207: some items failed; the message counts them, the data reports each. */
export const partialResponses = <T extends z.ZodType>(data: T) => ({
  ...esResponses(data),
  207: partialResponse(data, { message: '1 of 2 items failed', data: data.meta()?.example }),
});
