import { LineIndex } from '../common/lines.js';
import type { Range } from '../common/types.js';
import type { DotenvComment, DotenvFile, DotenvEntry, DotenvValue } from './ast.js';

const LF = 10;
const CR = 13;
const SPACE = 32;
const TAB = 9;
const HASH = 35;
const BACKSLASH = 92;

type Quote = NonNullable<DotenvValue['quote']>;

/**
 * Reads a `.env` file the way the `dotenv` package does, tolerantly: lines that are not entries or comments are
 * skipped, an unterminated quote makes the rest of its line an unquoted value, and any text gives a tree. One pass,
 * linear in the text (a quote with no closing partner is searched for once per quote kind, not once per line).
 */
export function parseDotenv(text: string, lineIndex = new LineIndex(text)): DotenvFile {
  const parser = new Parser(text, lineIndex);
  parser.run();
  return {
    type: 'DotenvFile',
    entries: parser.entries,
    comments: parser.comments,
    range: [0, text.length],
    loc: lineIndex.loc([0, text.length]),
  };
}

class Parser {
  readonly entries: DotenvEntry[] = [];
  readonly comments: DotenvComment[] = [];
  readonly #text: string;
  readonly #lines: LineIndex;
  #pos = 0;
  /** Per quote kind: the offset from which no closing quote exists (found by a failed search). */
  readonly #noCloseFrom = new Map<Quote, number>();

  constructor(text: string, lines: LineIndex) {
    this.#text = text;
    this.#lines = lines;
  }

  run(): void {
    while (this.#pos < this.#text.length) this.#line();
  }

  #line(): void {
    this.#skipBlanks();
    const code = this.#text.charCodeAt(this.#pos);
    if (code === HASH) {
      this.#comment(this.#pos, this.#lineEnd(this.#pos));
    } else if (code !== LF && code !== CR && this.#pos < this.#text.length) {
      this.#entry();
    }
    this.#pos = this.#nextLine(this.#lineEnd(this.#pos));
  }

  #entry(): void {
    const start = this.#pos;
    const text = this.#text;
    let keyStart = start;
    if (text.startsWith('export', start) && isBlank(text.charCodeAt(start + 6))) {
      this.#pos = start + 6;
      this.#skipBlanks();
      keyStart = this.#pos;
    }
    while (this.#pos < text.length && isKeyChar(text.charCodeAt(this.#pos))) this.#pos++;
    const keyEnd = this.#pos;
    if (keyEnd === keyStart) return;
    this.#skipBlanks();
    const separator = text.charCodeAt(this.#pos);
    if (separator === 58 /* : */ && isBlank(text.charCodeAt(this.#pos + 1))) this.#pos += 2;
    else if (separator === 61 /* = */) this.#pos++;
    else return;
    this.#skipBlanks();
    const value = this.#value();
    const key = {
      type: 'Key' as const,
      name: text.slice(keyStart, keyEnd),
      range: [keyStart, keyEnd] as Range,
      loc: this.#lines.loc([keyStart, keyEnd]),
    };
    const end = value.quote ? value.range[1] + 1 : value.range[1];
    this.entries.push({
      type: 'Entry',
      exported: keyStart !== start,
      key,
      value,
      range: [start, end],
      loc: this.#lines.loc([start, end]),
    });
  }

  /** Reads the value at `#pos`; leaves `#pos` on the last line the value touches. */
  #value(): DotenvValue {
    const text = this.#text;
    const start = this.#pos;
    const quote = quoteAt(text, start);
    const close = quote ? this.#closingQuote(quote, start + 1) : -1;
    if (quote && close >= 0) {
      const raw = text.slice(start + 1, close);
      const value = quote === '"' ? raw.replaceAll('\\n', '\n').replaceAll('\\r', '\r') : raw;
      this.#pos = close + 1;
      this.#trailingComment();
      return this.#valueNode(raw, value, quote, [start + 1, close]);
    }
    const lineEnd = this.#lineEnd(start);
    let end = lineEnd;
    for (let i = start; i < lineEnd; i++) {
      if (text.charCodeAt(i) === HASH && (i === start || isBlank(text.charCodeAt(i - 1)))) {
        end = i;
        this.#comment(i, lineEnd);
        break;
      }
    }
    while (end > start && isBlank(text.charCodeAt(end - 1))) end--;
    this.#pos = lineEnd;
    const raw = text.slice(start, end);
    return this.#valueNode(raw, raw, null, [start, end]);
  }

  #valueNode(raw: string, value: string, quote: Quote | null, range: Range): DotenvValue {
    return { type: 'Value', value, raw, quote, range, loc: this.#lines.loc(range) };
  }

  /** After a closing quote: a `#` comment may follow on the same line; anything else there is ignored. */
  #trailingComment(): void {
    const lineEnd = this.#lineEnd(this.#pos);
    const hash = this.#text.indexOf('#', this.#pos);
    if (hash >= 0 && hash < lineEnd) this.#comment(hash, lineEnd);
    this.#pos = lineEnd;
  }

  /** The offset of the quote that closes one opened before `from`, or -1; `\` escapes the next character. */
  #closingQuote(quote: Quote, from: number): number {
    const noneFrom = this.#noCloseFrom.get(quote);
    if (noneFrom !== undefined && from >= noneFrom) return -1;
    const text = this.#text;
    const code = quote.charCodeAt(0);
    for (let i = from; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === BACKSLASH) i++;
      else if (c === code) return i;
    }
    this.#noCloseFrom.set(quote, from);
    return -1;
  }

  #comment(start: number, end: number): void {
    const range: Range = [start, end];
    this.comments.push({
      type: 'Comment',
      value: this.#text.slice(start + 1, end),
      range,
      loc: this.#lines.loc(range),
    });
  }

  #skipBlanks(): void {
    while (isBlank(this.#text.charCodeAt(this.#pos))) this.#pos++;
  }

  #lineEnd(from: number): number {
    const text = this.#text;
    let i = from;
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === LF || c === CR) break;
      i++;
    }
    return i;
  }

  #nextLine(lineEnd: number): number {
    const text = this.#text;
    if (text.charCodeAt(lineEnd) === CR && text.charCodeAt(lineEnd + 1) === LF) return lineEnd + 2;
    return Math.min(lineEnd + 1, text.length);
  }
}

function isBlank(code: number): boolean {
  return code === SPACE || code === TAB;
}

/** Key characters as dotenv accepts them: letters, digits, `_`, `.`, `-`. */
function isKeyChar(code: number): boolean {
  return (
    (code >= 48 && code <= 57) ||
    (code >= 65 && code <= 90) ||
    (code >= 97 && code <= 122) ||
    code === 95 ||
    code === 46 ||
    code === 45
  );
}

function quoteAt(text: string, index: number): Quote | null {
  const char = text[index];
  return char === '"' || char === "'" || char === '`' ? char : null;
}
