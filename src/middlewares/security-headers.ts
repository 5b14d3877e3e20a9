import { IncomingMessage, ServerResponse } from 'node:http';
import { Socket } from 'node:net';
import helmet from 'helmet';

/**
 * The security headers of every answer, with a CSP Swagger UI can live with. helmet is built
 * once, not through @fastify/helmet, which rebuilds it (parsing the CSP) per request.
 */
const securityHeaders = helmet({
  contentSecurityPolicy: {
    directives: {
      defaultSrc: ["'self'"],
      // Swagger UI's index page starts itself with an inline script and styles.
      scriptSrc: ["'self'", "'unsafe-inline'"],
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:'],
    },
  },
});

/**
 * The same headers as values: every answer gets them (protection.ts), also those written where no
 * hook runs (errors met before routing, errors of Node's HTTP parser). They depend on no request:
 * read once off a detached response.
 */
export const securityHeaderValues: Readonly<Record<string, string>> = (() => {
  const response = new ServerResponse(new IncomingMessage(new Socket()));
  securityHeaders(response.req, response, () => {});
  return Object.fromEntries(Object.entries(response.getHeaders()).map(([name, value]) => [name, String(value)]));
})();
