// Prints a new random token and the SHA-256 hash to configure; only the hash is ever stored.
import { createHash, randomBytes } from 'node:crypto';

const name = process.argv[2] ?? 'ops';
const scopes = process.argv.slice(3).length ? process.argv.slice(3) : ['read:*/*'];
const token = `hm_${randomBytes(24).toString('base64url')}`;
const sha256 = createHash('sha256').update(token).digest('hex');

process.stdout.write(
  `token (give it to the caller, it is not stored): ${token}\n` +
    `config (HOSTMONITOR_CONFIG, under "auth"): ${JSON.stringify({ tokens: { [name]: { sha256, scopes } } })}\n`,
);
