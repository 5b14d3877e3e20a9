import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const folder = new URL('../wasm/influxql/', import.meta.url);
const committed = readFileSync(new URL('influxql.wasm', folder));

describe('the committed InfluxQL parser module', () => {
  it('matches its committed checksum', () => {
    const [sum, name] = readFileSync(new URL('influxql.wasm.sha256', folder), 'utf8').trim().split(/\s+/);
    expect(name).toBe('influxql.wasm');
    expect(createHash('sha256').update(committed).digest('hex')).toBe(sum);
  });

  // Go builds byte for byte the same from the same sources, module versions and toolchain (go.mod names all three).
  it('is what scripts/build-influxql-wasm.sh builds from wasm/influxql', () => {
    const out = mkdtempSync(join(tmpdir(), 'hm-influxql-wasm-'));
    try {
      execFileSync('bash', [new URL('../scripts/build-influxql-wasm.sh', import.meta.url).pathname, out], { stdio: 'pipe' });
      expect(readFileSync(join(out, 'influxql.wasm')).equals(committed)).toBe(true);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 300_000);
});
