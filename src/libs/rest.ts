import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Settings } from '../config/settings.js';

export const tags = [
  { name: 'service', description: 'Health, readiness and this documentation' },
  { name: 'es', description: 'Elasticsearch and OpenSearch clusters: /es/{instance}/...' },
  { name: 'influx', description: 'InfluxDB servers: /influx/{instance}/...' },
  { name: 'mix', description: 'Across every backend: resources, nodes and the pipeline' },
];

type Transformed = ReturnType<typeof jsonSchemaTransform>;

/**
 * A route that also consumes text/plain documents its body as anyOf: the string branch is the
 * text/plain body, the others are the JSON one (each media type then shows only its own form).
 */
function textBodySplit(documented: Transformed, consumes: readonly string[] | undefined): Transformed {
  const body = documented.schema.body as { anyOf?: { type?: string }[]; example?: unknown } | undefined;
  if (!consumes?.includes('text/plain') || !body?.anyOf) return documented;
  const text = body.anyOf.find((branch) => branch.type === 'string');
  const content = {
    'application/json': { schema: { ...body, anyOf: body.anyOf.filter((branch) => branch !== text) } },
    'text/plain': { schema: text },
  };
  return { ...documented, schema: { ...documented.schema, body: { content } } };
}

/** The OpenAPI document (from the routes' zod schemas) at /openapi.json and Swagger UI at /. */
export const restPlugin = fp<{ settings: Settings }>(
  async (app: FastifyInstance, { settings }) => {
    // The operations whose body schema takes no body: @fastify/swagger marks every body required.
    const optionalBodies = new Set<unknown>();
    await app.register(swagger, {
      openapi: {
        // zod 4 emits JSON Schema 2020-12, the dialect of OpenAPI 3.1 (3.0 has no prefixItems, no boolean items).
        openapi: '3.1.0',
        info: {
          title: `${settings.project} API`,
          version: settings.version,
          description:
            'One REST API over many Elasticsearch clusters and InfluxDB servers. Every response is ' +
            '`{result, resultcode, message, data}`; errors carry `result: false`, a result code and a message naming the culprit.',
        },
        tags,
        components: {
          securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'A HostMonitor token' } },
        },
        security: [{ bearer: [] }],
      },
      transform: (route) => {
        const body: unknown = route.schema.body;
        if (body instanceof z.ZodType && body.safeParse(undefined).success) optionalBodies.add(route.schema.operationId);
        const documented = textBodySplit(jsonSchemaTransform(route), route.schema.consumes);
        // A route open to all (health, readiness, metrics) needs no token: it overrides the document's security.
        if (route.route.config?.permission !== null) return documented;
        return { ...documented, schema: { ...documented.schema, security: [] } };
      },
      transformObject: (document) => {
        if (!('openapiObject' in document)) return document.swaggerObject;
        for (const item of Object.values(document.openapiObject.paths ?? {})) {
          for (const operation of Object.values(item ?? {})) {
            const isOptional = typeof operation === 'object' && 'operationId' in operation && optionalBodies.has(operation.operationId);
            if (isOptional && operation.requestBody && 'content' in operation.requestBody) operation.requestBody.required = false;
          }
        }
        return document.openapiObject;
      },
    });
    await app.register(swaggerUi, {
      routePrefix: '/',
      uiConfig: { docExpansion: 'list', deepLinking: true, tryItOutEnabled: true },
    });
    app.get('/openapi.json', { config: { permission: null }, schema: { hide: true } }, () => app.swagger());
  },
  { name: 'rest' },
);
