import { z } from 'zod';

// The request schemas shared by every family: a route validates with them, its parser reads their output.
export const instanceParams = z.object({
  instance: z.string().min(1).max(64).describe('A configured instance name, e.g. default').meta({ example: 'default' }),
});
