import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadSettings, redactUrl } from '../../src/config/settings.js';

const writeJson = (value: unknown) => {
  const file = join(mkdtempSync(join(tmpdir(), 'hm-config-')), 'config.json');
  writeFileSync(file, typeof value === 'string' ? value : JSON.stringify(value));
  return file;
};

const configError = (fn: () => unknown) => {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as Error).message;
  }
  throw new Error('expected a ConfigError');
};

describe('settings', () => {
  it('defaults to the local env on port 8000 with local backends', () => {
    const s = loadSettings([], {});
    expect(s.env).toBe('local');
    expect(s.server).toMatchObject({ host: '127.0.0.1', port: 8000 });
    expect(s.es.default).toMatchObject({ node: 'http://127.0.0.1:9200', flavor: 'elasticsearch', timeoutMs: 10_000 });
    expect(s.influx.default).toMatchObject({ url: 'http://127.0.0.1:8086' });
  });

  const withToken = () => writeJson({ auth: { tokens: { ops: { sha256: 'a'.repeat(64), scopes: ['read:*/*'] } } } });

  it('picks the env with --env and takes --host and --port', () => {
    const s = loadSettings(['--env', 'production', '--host', '127.0.0.2', '--port', '9001'], { HOSTMONITOR_CONFIG: withToken() });
    expect(s.env).toBe('production');
    expect(s.server).toMatchObject({ host: '127.0.0.2', port: 9001 });
    expect(s.es).toEqual({});
  });

  it('reads ES_HOST + ES_PORT as the original did, and URLs and the rest from the environment', () => {
    const s = loadSettings(['--env', 'test'], {
      ES_HOST: 'es.internal',
      ES_PORT: '9201',
      INFLUX_HOST: 'influx.internal',
      INFLUX_PORT: '8087',
      OPENSEARCH_URL: 'http://os.internal:9200',
      SERVER_HOST: '0.0.0.0',
      LOG_LEVEL: 'debug',
      HOSTMONITOR_CONFIG: withToken(),
    });
    expect(Object.keys(s.es)).toEqual(['default', 'opensearch']);
    expect(s.es.default?.node).toBe('http://es.internal:9201');
    expect(s.es.opensearch).toMatchObject({ node: 'http://os.internal:9200', flavor: 'opensearch' });
    expect(s.influx.default?.url).toBe('http://influx.internal:8087');
    expect(s.server.host).toBe('0.0.0.0');
    expect(s.log.level).toBe('debug');
    expect(loadSettings(['--env', 'test'], { ES_URL: 'http://a:1', ES_HOST: 'b' }).es.default?.node).toBe('http://a:1');
  });

  it('takes the full instance map from HOSTMONITOR_CONFIG, replacing the env file instances', () => {
    const file = writeJson({
      es: { logs: { node: 'https://logs.example:9200', auth: { username: 'u', password: 'p' }, labels: { region: 'eu' } } },
      influx: { metrics: { url: 'http://metrics:8086', token: 't', timeoutMs: 2000 } },
    });
    const s = loadSettings([], { HOSTMONITOR_CONFIG: file });
    expect(Object.keys(s.es)).toEqual(['logs']);
    expect(s.es.logs?.labels).toEqual({ region: 'eu' });
    expect(Object.keys(s.influx)).toEqual(['metrics']);
    expect(s.influx.metrics?.timeoutMs).toBe(2000);
  });

  it.each([
    [['--port', 'http'], {}, /server\.port/],
    [['--env', 'staging'], {}, /env: unknown environment "staging"/],
    [['--verbose'], {}, /flags: .*--verbose/],
    [[], { ES_URL: 'not a url' }, /es\.default\.node/],
    [[], { LOG_LEVEL: 'loud' }, /log\.level/],
    [[], { HOSTMONITOR_CONFIG: '/nonexistent/hm.json' }, /HOSTMONITOR_CONFIG: cannot read/],
  ])('refuses %j %j with one line naming the key', (argv, env, pattern) => {
    const message = configError(() => loadSettings(argv, env));
    expect(message).toMatch(pattern);
    expect(message).not.toContain('\n');
  });

  it('has pipeline budgets by default, each one overridable alone, and names a bad one', () => {
    const defaults = {
      maxRows: 100_000,
      maxBytes: 64 * 1024 * 1024,
      maxConditions: 1000,
      maxSteps: 64,
      maxSources: 16,
      sourceConcurrency: 4,
      maxInFlight: 8,
      maxBodyBytes: 1024 * 1024,
      memoryLimit: '512MB',
      spillDirectory: join(tmpdir(), 'hostmonitor-duckdb'),
      threads: 2,
    };
    expect(loadSettings([], {}).limits.pipeline).toEqual(defaults);
    const one = writeJson({ limits: { pipeline: { maxInFlight: 2 } } });
    expect(loadSettings([], { HOSTMONITOR_CONFIG: one }).limits.pipeline).toEqual({ ...defaults, maxInFlight: 2 });
    const zero = writeJson({ limits: { pipeline: { maxRows: 0 } } });
    expect(configError(() => loadSettings([], { HOSTMONITOR_CONFIG: zero }))).toMatch(/^config: limits\.pipeline\.maxRows: /);
    const memory = writeJson({ limits: { pipeline: { memoryLimit: '1TB; SET x' } } });
    expect(configError(() => loadSettings([], { HOSTMONITOR_CONFIG: memory }))).toMatch(
      /^config: limits\.pipeline\.memoryLimit: expected a size such as "512MB"/,
    );
  });

  it('names the key inside a HOSTMONITOR_CONFIG file', () => {
    expect(configError(() => loadSettings([], { HOSTMONITOR_CONFIG: writeJson('{oops') }))).toMatch(/not a JSON object/);
    const badTimeout = writeJson({ influx: { a: { url: 'http://x:1', timeoutMs: -5 } } });
    expect(configError(() => loadSettings([], { HOSTMONITOR_CONFIG: badTimeout }))).toMatch(/^config: influx\.a\.timeoutMs: /);
    const halfAuth = writeJson({ influx: { a: { url: 'http://x:1', username: 'u' } } });
    expect(configError(() => loadSettings([], { HOSTMONITOR_CONFIG: halfAuth }))).toMatch(/influx\.a\.password: username and password go together/);
    const badScope = writeJson({ auth: { tokens: { ops: { sha256: 'a'.repeat(64), scopes: ['root'] } } } });
    expect(configError(() => loadSettings([], { HOSTMONITOR_CONFIG: badScope }))).toMatch(/auth\.tokens\.ops\.scopes\.0/);
    const unknownKey = writeJson({ es: { a: { node: 'http://x:1', nodes: [] } } });
    expect(configError(() => loadSettings([], { HOSTMONITOR_CONFIG: unknownKey }))).toMatch(/es\.a.*nodes/);
  });

  it('takes an InfluxDB 2.x instance from INFLUX2_URL, and a 2.x instance must name its organisation', () => {
    const s = loadSettings([], { INFLUX2_URL: 'http://127.0.0.1:8087', INFLUX2_TOKEN: 't0k', INFLUX2_ORG: 'ops' });
    expect(s.influx.influx2).toMatchObject({ url: 'http://127.0.0.1:8087', version: '2', token: 't0k', org: 'ops' });
    expect(s.influx.default?.version).toBeUndefined();
    const file = writeJson({ influx: { v2: { url: 'http://127.0.0.1:8087', version: '2', token: 't0k' } } });
    expect(configError(() => loadSettings([], { HOSTMONITOR_CONFIG: file }))).toBe('config: influx.v2.org: an InfluxDB 2.x instance names its organisation');
    const v3 = writeJson({ influx: { v3: { url: 'http://127.0.0.1:8087', version: '3', org: 'ops' } } });
    expect(configError(() => loadSettings([], { HOSTMONITOR_CONFIG: v3 }))).toMatch(/^config: influx\.v3\.version: /);
  });

  it('refuses production without tokens, and a non-loopback address while auth is off', () => {
    expect(configError(() => loadSettings(['--env', 'production'], {}))).toBe(
      'config: auth.tokens: production refuses to start without tokens (create one with npm run token)',
    );
    expect(configError(() => loadSettings(['--host', '0.0.0.0'], {}))).toMatch(/^config: server\.host: auth is off/);
    expect(loadSettings(['--host', '0.0.0.0'], { HOSTMONITOR_CONFIG: withToken() }).server.host).toBe('0.0.0.0');
  });

  it('never shows credentials in URLs it reports', () => {
    expect(redactUrl('https://admin:s3cret@es.example:9200/')).toBe('https://es.example:9200');
  });
});
