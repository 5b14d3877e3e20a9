import { errors } from '../../libs/errors.js';
import { int64, MAX_POINTS_PER_WRITE, timeNanos, tooManyPoints, type Precision } from './points.js';

/**
 * Checks a line-protocol body point by point before it is sent as is, so that a bad line is
 * a 400 naming its line (and field) and the number of points written is known. Strict: one
 * space between sections, no trailing blanks; blank lines and # comments are skipped.
 */
export function checkLineProtocol(body: string, precision: Precision, { commonLines = true } = {}): number {
  // commonLines false: every line through the reader, the reference the common-line check is tested against.
  const reader = new LineReader(body, precision, commonLines);
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

// The common line, checked by one sticky regex (the reader below costs several µs a point):
// plain names, no escapes, floats of modest size and exponent (so finite), integers of at most
// 18 digits (so within int64), booleans, strings without escapes, a timestamp of at most 19
// digits. It only says yes to lines the reader accepts; on any other line the reader runs and
// its 400 names the line and the field.
const plain = '[A-Za-z0-9_.:/-]+';
const key = `(?!time=)${plain}`;
const value = `(?:-?\\d{1,18}i|-?(?:\\d{1,30}(?:\\.\\d{0,30})?|\\.\\d{1,30})(?:[eE][-+]?\\d{1,2})?|t|T|true|True|TRUE|f|F|false|False|FALSE|"[^"\\\\\\n]*")`;
const commonLine = new RegExp(`${plain}(?:,${key}=${plain})* ${key}=${value}(?:,${key}=${value})*(?: (-?\\d{1,19}))?(?=\\n|$)`, 'y');

const nanosPer: Record<Precision, number> = { ns: 1, u: 1e3, ms: 1e6, s: 1e9, m: 6e10, h: 3.6e12 };

/** Whether a timestamp's digits, in `precision`, are within InfluxDB's range: BigInt only near its edges. */
function inRange(digits: string, precision: Precision): boolean {
  return Math.abs(Number(digits) * nanosPer[precision]) < 9e18 || timeNanos(BigInt(digits), precision) !== undefined;
}

class LineReader {
  private i = 0;
  private line = 1;

  constructor(
    private readonly text: string,
    private readonly precision: Precision,
    private readonly commonLines: boolean,
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
    if (this.commonLines && this.commonLine()) return true;
    this.point();
    return true;
  }

  /** Moves past a common line (see commonLine); false, without moving, on any other. */
  private commonLine(): boolean {
    commonLine.lastIndex = this.i;
    const common = commonLine.exec(this.text);
    if (!common || (common[1] !== undefined && !inRange(common[1], this.precision))) return false;
    this.i = commonLine.lastIndex;
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
    if (!inRange(value, this.precision)) this.fail(`timestamp ${value} is outside InfluxDB's time range (precision ${this.precision})`);
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
