import type { Position, Range, SourceLocation } from './types.js';

const LF = 10;
const CR = 13;

/**
 * Where each line of a text starts. Line breaks are `\r\n`, `\n` and `\r` (what editors and ESLint's `lines` split
 * on for these files). One pass over the text; positions are found by binary search.
 */
export class LineIndex {
  readonly text: string;
  /** Offset of the first character of each line; `starts[0]` is 0. */
  readonly starts: number[];

  constructor(text: string) {
    this.text = text;
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code === CR) {
        if (text.charCodeAt(i + 1) === LF) i++;
        starts.push(i + 1);
      } else if (code === LF) {
        starts.push(i + 1);
      }
    }
    this.starts = starts;
  }

  /** The 1-based line and 0-based column of an offset (clamped to the text). */
  position(index: number): Position {
    const offset = Math.max(0, Math.min(index, this.text.length));
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - (this.starts[low] ?? 0) };
  }

  /** The offset of a 1-based line and 0-based column; throws a RangeError outside the text (as ESLint's does). */
  offset(position: Position): number {
    const start = this.starts[position.line - 1];
    if (start === undefined || position.column < 0) throw outside(position);
    const next = this.starts[position.line];
    const end = next === undefined ? this.text.length : next;
    const index = start + position.column;
    if (index > end) throw outside(position);
    return index;
  }

  loc(range: Readonly<Range>): SourceLocation {
    return { start: this.position(range[0]), end: this.position(range[1]) };
  }

  /** The lines without their line breaks. */
  lines(): string[] {
    const out: string[] = [];
    for (let i = 0; i < this.starts.length; i++) {
      const start = this.starts[i] ?? 0;
      const next = this.starts[i + 1];
      let end = next ?? this.text.length;
      if (next !== undefined) {
        end--;
        if (this.text.charCodeAt(end) === LF && this.text.charCodeAt(end - 1) === CR) end--;
      }
      out.push(this.text.slice(start, end));
    }
    return out;
  }
}

function outside(position: Position): RangeError {
  return new RangeError(`Position ${String(position.line)}:${String(position.column)} is outside the text.`);
}
