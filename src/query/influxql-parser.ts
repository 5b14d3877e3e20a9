import { readFileSync } from 'node:fs';
import { WASI } from 'node:wasi';

/**
 * InfluxDB's own InfluxQL parser (github.com/influxdata/influxql, built to WebAssembly from
 * wasm/influxql by scripts/build-influxql-wasm.sh), so that raw queries are classified with
 * the engine's grammar rather than an imitation of it.
 */
export interface ParsedStatement {
  /** The parser's Go type name: SelectStatement, DropDatabaseStatement, ShowDiagnosticsStatement... */
  type: string;
  /** A SELECT ... INTO anywhere in it (a subquery, an EXPLAIN). */
  into: boolean;
  /** The statement's canonical text, which parses back to the same statement. */
  text: string;
}

export type Parsed =
  | { statements: ParsedStatement[]; /** The canonical texts joined with "; ". */ text: string }
  /**
   * "syntax": the parser refused the text; "canonical": its canonical text parses to other
   * statements; "depth": it nests deeper than the parser's stack here allows.
   */
  | { error: string; kind: 'syntax' | 'canonical' | 'depth' };

interface Exports {
  memory: WebAssembly.Memory;
  alloc(size: number): number;
  classify(): bigint;
}

const wasmFile = new URL('../../wasm/influxql/influxql.wasm', import.meta.url);

let compiled: WebAssembly.Module | undefined;
let parser: Exports | undefined;

function load(): Exports {
  compiled ??= new WebAssembly.Module(readFileSync(wasmFile));
  // No arguments, environment or directories: the parser needs none of the host.
  const wasi = new WASI({ version: 'preview1', args: [], env: {}, preopens: {}, returnOnExit: true });
  const instance = new WebAssembly.Instance(compiled, wasi.getImportObject() as WebAssembly.Imports);
  wasi.initialize(instance);
  return instance.exports as unknown as Exports;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

// Dashboards send the same few queries again and again, and a parse is a pure function of the
// text and the params: the last answers are kept (a parse is most of a raw query's CPU in the
// gateway). Only short ones, so that the cache stays within a few MB whatever is sent.
const cacheSize = 256;
const cachedLength = 4096;
const cache = new Map<string, Parsed>();

/** Parses `text` as InfluxDB would, with `params` bound to its $name placeholders. */
export function parseInfluxQL(text: string, params: Record<string, unknown> = {}): Parsed {
  const key = JSON.stringify({ q: text, params });
  const known = cache.get(key);
  if (known) return known;
  const parsed = parse(key);
  if (key.length > cachedLength || ('error' in parsed && parsed.kind === 'depth')) return parsed;
  if (cache.size >= cacheSize) cache.delete(cache.keys().next().value!);
  cache.set(key, deepFreeze(parsed));
  return parsed;
}

const deepFreeze = (parsed: Parsed): Parsed => {
  if ('statements' in parsed) Object.freeze(parsed.statements).forEach((s) => Object.freeze(s));
  return Object.freeze(parsed);
};

/** One call into the parser with a request (the JSON of the text and the params). */
function parse(json: string): Parsed {
  const module = (parser ??= load());
  const request = encoder.encode(json);
  let packed: bigint;
  try {
    const at = module.alloc(request.length);
    new Uint8Array(module.memory.buffer, at, request.length).set(request);
    packed = module.classify();
  } catch (err) {
    // Go's recursion runs on V8's stack: a deep enough expression exhausts it mid-call, so the next call gets a fresh instance.
    parser = undefined;
    if (err instanceof RangeError) return { error: `nests too deeply for InfluxQL's parser (${err.message})`, kind: 'depth' };
    throw err;
  }
  const response = new Uint8Array(module.memory.buffer, Number(packed >> 32n), Number(packed & 0xffff_ffffn));
  return JSON.parse(decoder.decode(response)) as Parsed;
}
