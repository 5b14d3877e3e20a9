import { z } from 'zod';
import { envelopeOf } from '../../middlewares/envelope.js';
import { responses } from '../schemas.js';

export const read = { permission: { level: 'read', family: 'es' } } as const;
export const write = { permission: { level: 'write', family: 'es' } } as const;
export const admin = { permission: { level: 'admin', family: 'es' } } as const;

/** The responses of a route that answers 201 when it creates something. */
export const createdResponses = <T extends z.ZodType>(data: T) => {
  const { 200: created, ...rest } = responses(data);
  return { 201: created, ...rest };
};

/** 200 when it replaced something, 201 when it created it. */
export const upsertResponses = <T extends z.ZodType>(data: T) => ({ ...responses(data), 201: envelopeOf(data) });

/** 207: some items failed; the message counts them, the data reports each. */
export const partialResponses = <T extends z.ZodType>(data: T) => ({
  ...responses(data),
  207: z.object({ result: z.literal(true), resultcode: z.literal(20700), message: z.string().meta({ example: '1 of 3 items failed' }), data }),
});
