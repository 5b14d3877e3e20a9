import { errors } from '../../libs/errors.js';
import { int64, MAX_POINTS_PER_WRITE, timeNanos, tooManyPoints, type Precision } from './points.js';

/**
 * Checks a line-protocol body point by point before it is sent as is, so that a bad line is
 * a 400 naming its line (and field) and the number of points written is known. Strict: one
 * space between sections, no trailing blanks; blank lines and # comments are skipped.
 */
export function checkLineProtocol(body: string, precision: Precision): number {
  const reader = new LineReader(body, precision);
  let count = 0;
  while (reader.nextPoint()) {
    if (++count > MAX_POINTS_PER_WRITE) throw tooManyPoints(countLines(body));
  }
  if (count === 0) throw errors.validation('body', 'no points to write');
  return count;
}

const countLines = (body: string) => body.split('\n').filter((l) => l.trim() !== '' && !l.trimStart().startsWith('#')).length;

const float = /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;
const integer = /^[-+]?\d+i$/;
const boolean = /^(t|T|true|True|TRUE|f|F|false|False|FALSE)$/;
// Runs of a name up to an unescaped delimiter or newline; a backslash pairs with the next character.
// Sticky regexes scan a 5 000-point body several times faster than a loop over its characters.
const measurementRun = /(?:[^, \n\\]|\\[^\n])*/y;
const keyRun = /(?:[^=, \n\\]|\\[^\n])*/y;
const valueRun = /[^, \n]*/y;

class LineReader {
  private i = 0;
  private line = 1;

  constructor(
    private readonly text: string,
    private readonly precision: Precision,
  ) {}

  /** Reads one point; false at the end of the body. */
  nextPoint(): boolean {
    for (;;) {
      while (this.peek() === ' ' || this.peek() === '\t') this.i++;
      if (this.i >= this.text.length) return false;
      if (this.peek() === '\n') this.newline();
      else if (this.peek() === '#') this.skipToNewline();
      else break;
    }
    this.point();
    return true;
  }

  private point(): void {
    this.name('measurement', measurementRun);
    while (this.peek() === ',') {
      this.i++;
      const key = this.name('tag key', keyRun);
      if (key === 'time') this.fail('tag key "time" is reserved');
      this.expect('=', `tag "${key}"`);
      this.name(`tag "${key}" value`, keyRun);
      if (this.peek() === '=') this.fail(`tag "${key}" value has an unescaped = (write \\=)`);
    }
    this.expect(' ', 'a space before the fields');
    for (;;) {
      this.field();
      if (this.peek() !== ',') break;
      this.i++;
    }
    if (this.peek() === ' ') {
      this.i++;
      this.timestamp();
    }
    if (this.i < this.text.length && this.peek() !== '\n') this.fail(`unexpected ${JSON.stringify(this.peek())} after the point`);
  }

  private field(): void {
    const key = this.name('field key', keyRun);
    if (key === 'time') this.fail('field key "time" is reserved');
    this.expect('=', `field "${key}"`);
    if (this.peek() === '"') return this.stringValue(key);
    const value = this.match(valueRun);
    if (float.test(value)) {
      if (!Number.isFinite(Number(value))) this.fail(`field "${key}": ${value} is out of the float range`);
    } else if (integer.test(value)) {
      if (!int64(BigInt(value.slice(0, -1)))) this.fail(`field "${key}": ${value} is out of the int64 range`);
    } else if (/^[-+]?\d+u$/.test(value)) {
      this.fail(`field "${key}": unsigned integers (${value}) are not supported by InfluxDB 1.x; write ${value.slice(0, -1)}i`);
    } else if (!boolean.test(value)) {
      this.fail(`field "${key}": ${JSON.stringify(value)} is not a float, an integer (3i), a boolean or a "string"`);
    }
  }

  private stringValue(key: string): void {
    const start = this.line;
    for (this.i++; this.peek() !== '"'; this.i++) {
      if (this.i >= this.text.length) {
        this.line = start;
        this.fail(`field "${key}": unterminated string`);
      }
      if (this.peek() === '\\') this.i++;
      if (this.peek() === '\n') this.line++;
    }
    this.i++;
  }

  private timestamp(): void {
    const end = this.text.indexOf('\n', this.i);
    const value = this.text.slice(this.i, (this.i = end === -1 ? this.text.length : end));
    if (!/^-?\d{1,19}$/.test(value)) this.fail(`timestamp ${JSON.stringify(value)} is not an integer`);
    if (timeNanos(BigInt(value), this.precision) === undefined) this.fail(`timestamp ${value} is outside InfluxDB's time range (precision ${this.precision})`);
  }

  /** A measurement, key or tag value up to an unescaped delimiter; a backslash pairs with the next character. */
  private name(what: string, run: RegExp): string {
    const start = this.i;
    const value = this.match(run);
    if (this.peek() === '\\') this.fail(`${what} ends with a backslash`);
    if (this.i === start) this.fail(`missing ${what}`);
    return value.includes('\\') ? value.replace(/\\([,= ])/g, '$1') : value;
  }

  /** The text `run` (a sticky regex) matches from here on; moves past it. */
  private match(run: RegExp): string {
    run.lastIndex = this.i;
    run.test(this.text);
    const start = this.i;
    this.i = run.lastIndex;
    return this.text.slice(start, this.i);
  }

  private expect(c: string, what: string): void {
    if (this.peek() !== c) this.fail(`expected ${what} (${JSON.stringify(c)}), found ${this.i < this.text.length ? JSON.stringify(this.peek()) : 'the end'}`);
    this.i++;
  }

  private skipToNewline(): void {
    while (this.i < this.text.length && this.peek() !== '\n') this.i++;
  }

  private newline(): void {
    this.i++;
    this.line++;
  }

  private peek(): string {
    return this.text[this.i] ?? '';
  }

  private fail(reason: string): never {
    throw errors.validation(`body line ${this.line}`, reason);
  }
}
