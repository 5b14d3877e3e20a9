import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ConfigError, levels, loadSettings } from '../../src/config/settings.js';
import { atLeast, credentialFor, esAuthorization, influxAuthorization } from '../../src/libs/credentials.js';
import { Backends } from '../../src/libs/db.js';
import { createLogs } from '../../src/libs/logs.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'hm-creds-'));

/** Settings from a HOSTMONITOR_CONFIG file holding these instance maps. */
const settingsWith = (instances: { es?: object; influx?: object }) => {
  const file = join(tmp(), 'config.json');
  writeFileSync(file, JSON.stringify({ es: {}, influx: {}, ...instances }));
  return loadSettings([], { HOSTMONITOR_CONFIG: file });
};
const configError = (instances: { es?: object; influx?: object }) => {
  try {
    settingsWith(instances);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as Error).message;
  }
  throw new Error('expected a ConfigError');
};

const basic = (user: string, password: string) => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
const es = { node: 'http://127.0.0.1:9200' };
const influx = { url: 'http://127.0.0.1:8086' };

describe('per-level credentials in the settings', () => {
  it('accepts a credential per level for Elasticsearch (user or API key) and InfluxDB (user or token)', () => {
    const s = settingsWith({
      es: { a: { ...es, auth: { apiKey: 'YWRtaW4=' }, credentials: { read: { username: 'r', password: 'rp' }, write: { apiKey: 'd3JpdGU=' } } } },
      influx: {
        a: { ...influx, credentials: { read: { username: 'r', password: 'rp' }, write: { token: 'w-token' }, admin: { username: 'a', password: 'ap' } } },
      },
    });
    expect(s.es.a!.credentials).toEqual({ read: { username: 'r', password: 'rp' }, write: { apiKey: 'd3JpdGU=' } });
    expect(s.influx.a!.credentials!.write).toEqual({ token: 'w-token' });
  });

  it('names the key of a bad credential', () => {
    expect(configError({ es: { a: { ...es, credentials: { read: { username: 'r' } } } } })).toBe(
      'config: es.a.credentials.read: either {username, password} or {apiKey}',
    );
    expect(configError({ es: { a: { ...es, auth: { apiKey: 'k' }, credentials: { write: { apiKey: 'k', username: 'u' } } } } })).toBe(
      'config: es.a.credentials.write: Unrecognized key: "username"',
    );
    expect(configError({ influx: { a: { ...influx, token: 't', credentials: { admin: { apiKey: 'k' } } } } })).toBe(
      'config: influx.a.credentials.admin: either {username, password} (InfluxDB 1.x) or {token} (InfluxDB 2 and later)',
    );
    expect(configError({ es: { a: { ...es, auth: { apiKey: 'k' }, credentials: { reader: { apiKey: 'k' } } } } })).toMatch(
      /^config: es\.a\.credentials: Unrecognized key: "reader"/,
    );
  });

  it('refuses an Elasticsearch API key for OpenSearch, at any level', () => {
    const opensearch = { ...es, flavor: 'opensearch', auth: { username: 'u', password: 'p' } };
    expect(configError({ es: { a: { ...opensearch, credentials: { admin: { apiKey: 'k' } } } } })).toBe(
      'config: es.a.credentials.admin: OpenSearch takes username/password, not an Elasticsearch API key',
    );
    expect(configError({ es: { a: { ...opensearch, auth: { apiKey: 'k' } } } })).toBe(
      'config: es.a.auth: OpenSearch takes username/password, not an Elasticsearch API key',
    );
  });

  it('refuses per-level credentials that leave a level with none to fall back on', () => {
    expect(configError({ influx: { a: { ...influx, credentials: { read: { username: 'r', password: 'p' }, admin: { token: 't' } } } } })).toBe(
      'config: influx.a.credentials.write: missing, and there is no top-level credential for this level to fall back on',
    );
    expect(configError({ es: { a: { ...es, credentials: { write: { apiKey: 'k' } } } } })).toMatch(/^config: es\.a\.credentials\.read: missing/);
    // With a top-level credential, or with every level named, it is fine.
    expect(() =>
      settingsWith({ influx: { a: { ...influx, username: 'u', password: 'p', credentials: { read: { username: 'r', password: 'p' } } } } }),
    ).not.toThrow();
    expect(() => settingsWith({ es: { a: { ...es, credentials: { read: { apiKey: 'r' }, write: { apiKey: 'w' }, admin: { apiKey: 'a' } } } } })).not.toThrow();
  });
});

describe('the credential of each level', () => {
  const own = { read: { apiKey: 'cmVhZA==' }, write: { username: 'writer', password: 'w:p' } };

  it("is the level's own, else the top-level one, else none (Elasticsearch and OpenSearch)", () => {
    const config = { auth: { username: 'default', password: 'dp' }, credentials: own };
    expect(levels.map((level) => esAuthorization(config, level))).toEqual(['ApiKey cmVhZA==', basic('writer', 'w:p'), basic('default', 'dp')]);
    expect(levels.map((level) => esAuthorization({ credentials: own }, level))).toEqual(['ApiKey cmVhZA==', basic('writer', 'w:p'), undefined]);
    expect(levels.map((level) => esAuthorization({}, level))).toEqual([undefined, undefined, undefined]);
  });

  it('is basic auth for InfluxDB 1.x users and a Token header for InfluxDB 2 tokens; a top-level user wins over a top-level token', () => {
    const credentials = { read: { token: 'read-token' }, admin: { username: 'root', password: 'rootpw' } };
    expect(levels.map((level) => influxAuthorization({ username: 'u', password: 'p', token: 'ignored', credentials }, level))).toEqual([
      'Token read-token',
      basic('u', 'p'),
      basic('root', 'rootpw'),
    ]);
    expect(levels.map((level) => influxAuthorization({ token: 'all-token' }, level))).toEqual(['Token all-token', 'Token all-token', 'Token all-token']);
    expect(influxAuthorization({}, 'admin')).toBeUndefined();
    expect(influxAuthorization({ username: 'u' }, 'read')).toBe(basic('u', ''));
  });

  it('follows one rule for any configuration (property)', () => {
    const credential = fc.string({ minLength: 1, maxLength: 8 });
    const perLevel = fc.record({ read: credential, write: credential, admin: credential }, { requiredKeys: [] });
    fc.assert(
      fc.property(fc.option(perLevel, { nil: undefined }), fc.option(credential, { nil: undefined }), fc.constantFrom(...levels), (own, fallback, level) => {
        const expected = own !== undefined && level in own ? own[level] : fallback;
        expect(credentialFor(own, fallback, level)).toBe(expected);
      }),
    );
  });

  it('atLeast gives the lower level that covers both', () => {
    const table = levels.flatMap((level) => levels.map((floor) => `${level}/${floor}=${atLeast(level, floor)}`));
    expect(table).toEqual([
      'read/read=read',
      'read/write=write',
      'read/admin=admin',
      'write/read=write',
      'write/write=write',
      'write/admin=admin',
      'admin/read=admin',
      'admin/write=admin',
      'admin/admin=admin',
    ]);
  });
});

describe('Backends', () => {
  it('gives each instance at the level asked, and the read level to listings', async () => {
    const backends = new Backends(settingsWith({ es: { a: { ...es, auth: { apiKey: 'k' } } }, influx: { b: { ...influx, token: 't' } } }));
    for (const level of levels) {
      expect(backends.esInstance('a', level).level).toBe(level);
      expect(backends.influxInstance('b', level).level).toBe(level);
    }
    expect([...backends.es.values(), ...backends.influx.values()].map((c) => c.level)).toEqual(['read', 'read']);
    expect(() => backends.esInstance('b', 'read')).toThrow(/unknown es instance "b"/);
    await backends.close();
  });
});

describe('log redaction', () => {
  it('keeps per-level credentials and authorization headers out of every log line', async () => {
    const dir = tmp();
    const logs = createLogs({ level: 'info', console: false, dir });
    const secrets = ['s-read-pw', 's-key', 's-token', 's-top-pw', 'Basic s-header', 'Basic s-nested'];
    const credentials = { read: { username: 'r', password: 's-read-pw' }, write: { apiKey: 's-key' }, admin: { token: 's-token' } };
    logs.app.info({ credentials }, 'top-level');
    logs.app.info({ instance: { password: 's-top-pw', credentials } }, 'an instance');
    logs.app.info({ request: { headers: { authorization: 'Basic s-header' } }, headers: { authorization: 'Basic s-nested' } }, 'headers');
    await logs.close();
    const text = readFileSync(join(dir, 'app.log'), 'utf8');
    expect(text.trim().split('\n')).toHaveLength(3);
    for (const secret of secrets) expect(text).not.toContain(secret);
  });
});
