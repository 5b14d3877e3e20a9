import { describe, expect, it, vi } from 'vitest';

// The unit project shares modules between files: a fresh copy of the loader makes this the parser's first load.
describe("InfluxDB's parser: a crash", () => {
  it('fails the call when the Go runtime exits, rather than answering "nests too deeply", and the next query gets a fresh parser', async () => {
    vi.resetModules();
    const { parseInfluxQL } = await import('../../src/query/influxql-parser.js');
    const RealInstance = WebAssembly.Instance;
    // What Go does on a fatal error (out of memory, a goroutine stack past its limit): exit the process.
    class ExitingParser {
      readonly exports: WebAssembly.Exports;
      constructor(module: WebAssembly.Module, imports?: WebAssembly.Imports) {
        const exit = imports?.wasi_snapshot_preview1?.proc_exit;
        if (typeof exit !== 'function') throw new Error('the parser imports proc_exit');
        this.exports = { ...new RealInstance(module, imports).exports, classify: () => exit(2) };
      }
    }
    WebAssembly.Instance = ExitingParser;
    try {
      expect(() => parseInfluxQL('SELECT v FROM m')).toThrow();
    } finally {
      WebAssembly.Instance = RealInstance;
    }
    expect(parseInfluxQL('SHOW DATABASES')).toEqual({
      statements: [{ type: 'ShowDatabasesStatement', into: false, text: 'SHOW DATABASES' }],
      text: 'SHOW DATABASES',
    });
  });
});
