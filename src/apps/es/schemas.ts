import { z } from 'zod';
import { Code } from '../../libs/code.js';
import { responses, success } from '../schemas.js';

export const read = { permission: { level: 'read', family: 'es' } } as const;
export const write = { permission: { level: 'write', family: 'es' } } as const;
export const admin = { permission: { level: 'admin', family: 'es' } } as const;

/** The responses of a route that answers 201 when it creates something. */
export const createdResponses = <T extends z.ZodType>(data: T) => {
  const { 200: created, ...rest } = responses(data);
  return { 201: created, ...rest };
};

/** 200 when it replaced something, 201 when it created it. */
export const upsertResponses = <T extends z.ZodType>(data: T) => ({ ...responses(data), 201: success(data) });

/** 207: some items failed; the message counts them, the data reports each. */
export const partialResponses = <T extends z.ZodType>(data: T) => ({
  ...responses(data),
  207: z
    .object({ result: z.literal(true), resultcode: z.literal(Code.PARTIAL), message: z.string(), data })
    .meta({ example: { result: true, resultcode: Code.PARTIAL, message: '1 of 3 items failed', data: data.meta()?.example } }),
});
