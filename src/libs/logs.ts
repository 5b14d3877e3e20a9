import { mkdirSync } from 'node:fs';
import pino, { type DestinationStream, type Logger, type StreamEntry } from 'pino';
import { createRequire } from 'node:module';
import type pinoPretty from 'pino-pretty';
import { createStream, type RotatingFileStream } from 'rotating-file-stream';
import type { Settings } from '../config/settings.js';

/** The process's loggers: app (console + app.log), access (console + access.log), audit (audit.log). */
export interface Logs {
  app: Logger;
  access: Logger;
  audit: Logger;
  close(): Promise<void>;
}

// Credentials must never reach a log line, whatever object gets logged (a top-level `token` is a token's name);
// an instance's per-level credentials sit two levels deeper than its top-level ones.
const redact = {
  paths: [
    'password',
    '*.password',
    '*.token',
    'apiKey',
    '*.apiKey',
    'req.headers.authorization',
    'headers.authorization',
    '*.headers.authorization',
    'credentials.*.password',
    'credentials.*.apiKey',
    'credentials.*.token',
    '*.credentials.*.password',
    '*.credentials.*.apiKey',
    '*.credentials.*.token',
  ],
  censor: '[redacted]',
};

function consoleStream(mode: Settings['log']['console']): DestinationStream | null {
  if (mode === false) return null;
  if (mode !== 'pretty') return pino.destination(1);
  // Loaded only for a developer's terminal; production and tests never pay for it.
  const pretty = createRequire(import.meta.url)('pino-pretty') as typeof pinoPretty;
  return pretty({ colorize: true, translateTime: 'SYS:HH:MM:ss.l' });
}

function fileStream(dir: string, name: string): RotatingFileStream {
  // Rotation by a well-kept library: daily or at 50 MB, 14 files kept, old ones gzipped.
  return createStream(name, { path: dir, size: '50M', interval: '1d', maxFiles: 14, compress: 'gzip' });
}

/**
 * The access lines of one turn of the event loop, written to `target` at its end in one write:
 * one system call or trip to the thread pool per turn rather than per request.
 */
class TurnBatch {
  private lines = '';
  constructor(private readonly target: DestinationStream) {}
  write(line: string): void {
    if (this.lines === '') setImmediate(this.flush);
    this.lines += line;
  }
  readonly flush = (): void => {
    if (this.lines === '') return;
    const lines = this.lines;
    this.lines = '';
    this.target.write(lines);
  };
}

export function createLogs(config: Settings['log']): Logs {
  const files: RotatingFileStream[] = [];
  const console = consoleStream(config.console);
  if (config.dir) mkdirSync(config.dir, { recursive: true });

  // The audit trail is written whatever the configured level, and without pino's numeric level: its
  // lines carry the level a call needed (write, admin) under that key. Pino writes what its level
  // formatter returns first (an empty object leaves a stray comma), so that is the log's name.
  const batches: TurnBatch[] = [];
  // Only the access log is batched: the app's errors and the audit trail go out as they are written.
  const batched = (stream: DestinationStream, batch: boolean): DestinationStream => {
    if (!batch) return stream;
    const turn = new TurnBatch(stream);
    batches.push(turn);
    return turn;
  };
  const make = (name: string, toConsole: boolean, { trail = false, batch = false } = {}): Logger => {
    const streams: StreamEntry[] = [];
    if (toConsole && console) streams.push({ stream: batched(console, batch), level: config.level === 'silent' ? 'fatal' : config.level });
    if (config.dir) {
      const file = fileStream(config.dir, `${name}.log`);
      files.push(file);
      streams.push({ stream: batched(file, batch), level: 'trace' });
    }
    const level = streams.length === 0 ? 'silent' : trail ? 'info' : config.level;
    const names = trail ? { base: null, formatters: { level: () => ({ log: name }) } } : { base: { log: name } };
    return pino({ level, redact, ...names }, pino.multistream(streams));
  };

  return {
    app: make('app', true),
    access: make('access', true, { batch: true }),
    audit: make('audit', false, { trail: true }),
    close: () => {
      for (const turn of batches) turn.flush();
      return Promise.all(files.map((f) => new Promise<void>((resolve) => f.end(() => resolve())))).then(() => undefined);
    },
  };
}
