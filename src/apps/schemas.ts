import { z } from 'zod';
import { envelopeOf, errorEnvelope } from '../middlewares/envelope.js';

export const instanceStatusExample = {
  kind: 'influx',
  name: 'default',
  url: 'http://127.0.0.1:8086',
  labels: { region: 'eu-west' },
  reachable: true,
  version: '1.6.7~rc0',
};

export const instanceStatus = z
  .object({
    kind: z.enum(['es', 'influx']),
    name: z.string(),
    url: z.string().describe('The server URL, without credentials'),
    flavor: z.string().optional(),
    labels: z.record(z.string(), z.string()),
    reachable: z.boolean(),
    version: z.string().optional(),
    error: z.string().optional(),
  })
  .meta({ example: instanceStatusExample });

/** The documented responses of a route: its data in the envelope, and the error envelope. */
export const responses = <T extends z.ZodType>(data: T) => ({
  200: envelopeOf(data),
  '4xx': errorEnvelope,
  '5xx': errorEnvelope,
});
