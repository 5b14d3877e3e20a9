import { describe, expect, it } from 'vitest';
import type { InfluxInstanceConfig } from '../../src/config/settings.js';
import { fluxIsRead } from '../../src/libs/flux-access.js';

type Access = Pick<InfluxInstanceConfig, 'credentials' | 'fluxForReaders'>;
const readToken = { read: { token: 'read-only' }, write: { token: 'w' }, admin: { token: 'a' } };
const readUser = { read: { username: 'reader', password: 'p' }, write: { token: 'w' }, admin: { token: 'a' } };

describe('Flux is a read', () => {
  it('only where the instance opens it to readers and runs it with a read token of its own', () => {
    expect(fluxIsRead({ fluxForReaders: true, credentials: readToken })).toBe(true);
  });

  it.each<[string, Access]>([
    ['a read-only token without fluxForReaders', { credentials: readToken }],
    ['fluxForReaders false', { fluxForReaders: false, credentials: readToken }],
    ['fluxForReaders without any per-level credential (the top-level token is every level’s)', { fluxForReaders: true }],
    ['fluxForReaders with a 1.x user for read', { fluxForReaders: true, credentials: readUser }],
    ['fluxForReaders with only write and admin credentials', { fluxForReaders: true, credentials: { write: { token: 'w' }, admin: { token: 'a' } } }],
  ])('not with %s', (_, config) => {
    expect(fluxIsRead(config)).toBe(false);
  });
});
