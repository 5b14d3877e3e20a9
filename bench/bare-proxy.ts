/**
 * The floor of any Node hop: a pass-through proxy with no validation and no envelope. It forwards
 * method, path, headers and body to a backend through an undici Pool and sends the answer back
 * as is. `/es/...` goes to Elasticsearch and `/influx/...` to InfluxDB, the prefix dropped.
 * Run as its own process (bench/hop.ts spawns it) so that its CPU time is its own:
 *   node --import tsx bench/bare-proxy.ts <port> <es url> <influx url>
 */
import { createServer, type IncomingHttpHeaders } from 'node:http';
import { Pool } from 'undici';

const [port, es, influx] = process.argv.slice(2);
if (!port || !es || !influx) throw new Error('usage: bare-proxy.ts <port> <es url> <influx url>');

const pools: Record<string, Pool> = { es: new Pool(es, { connections: 32 }), influx: new Pool(influx, { connections: 32 }) };

// Hop-by-hop headers belong to one connection; undici sets host and the body's length itself.
const hopByHop = new Set(['connection', 'keep-alive', 'transfer-encoding', 'host', 'content-length', 'upgrade']);
const forwardable = (headers: IncomingHttpHeaders) => {
  const out: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(headers)) if (value !== undefined && !hopByHop.has(name)) out[name] = value;
  return out;
};

const server = createServer((req, res) => {
  const url = req.url ?? '/';
  const slash = url.indexOf('/', 1);
  const pool = pools[url.slice(1, slash === -1 ? undefined : slash)];
  if (!pool) {
    res.writeHead(404).end();
    return;
  }
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('end', () => {
    pool
      .request({
        method: req.method as 'GET',
        path: slash === -1 ? '/' : url.slice(slash),
        headers: forwardable(req.headers),
        body: chunks.length ? Buffer.concat(chunks) : null,
      })
      .then(async (answer) => {
        const headers = forwardable(answer.headers);
        const body = Buffer.from(await answer.body.arrayBuffer());
        res.writeHead(answer.statusCode, { ...headers, 'content-length': body.length }).end(body);
      })
      .catch((err: Error) => res.writeHead(502).end(err.message));
  });
});
server.keepAliveTimeout = 60_000;
server.listen(Number(port), '127.0.0.1', () => process.stdout.write('listening\n'));
process.on('SIGTERM', () => {
  server.close();
  void Promise.all(Object.values(pools).map((p) => p.close())).then(() => process.exit(0));
});
