import { z } from 'zod';
import { Code } from '../libs/code.js';
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

export const instanceStatuses = z.array(instanceStatus).meta({ example: [instanceStatusExample] });

/** The success envelope around a route's data, showing its data's example. */
export const success = <T extends z.ZodType>(data: T) =>
  envelopeOf(data).meta({ example: { result: true, resultcode: Code.OK, message: '', data: data.meta()?.example } });

/**
 * A response that is not JSON (an NDJSON stream, Prometheus text): declared under its own media
 * type, which @fastify/swagger takes from a schema's `content` as it is, while errors stay JSON.
 */
export const mediaResponse = (mediaType: string, description: string, example: string) =>
  z.string().meta({ description, content: { [mediaType]: { schema: { type: 'string' }, example } } });

/** The documented responses of a route: its data in the envelope, and the error envelope. */
export const responses = <T extends z.ZodType>(data: T) => ({ 200: success(data), ...errorResponses });

/** The error envelope, for every error status. */
export const errorResponses = { '4xx': errorEnvelope, '5xx': errorEnvelope };
