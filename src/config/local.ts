// A developer's machine: backends on their default local ports, readable console logs.
export const local = {
  log: { console: process.stdout.isTTY ? 'pretty' : 'json' },
  es: { default: { node: 'http://127.0.0.1:9200' } },
  influx: { default: { url: 'http://127.0.0.1:8086' } },
};
