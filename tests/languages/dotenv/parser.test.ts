import { describe, expect, it } from 'vitest';
import type { DotenvFile, DotenvEntry } from '../../../src/languages/dotenv/index.js';
import { parseDotenv } from '../../../src/languages/dotenv/index.js';

/** key -> [cooked value, quote] for every entry. */
function entries(doc: DotenvFile): [string, string, string | null][] {
  return doc.entries.map((entry) => [entry.key.name, entry.value.value, entry.value.quote]);
}

/** The text an element's range covers. */
function at(text: string, element: { range: [number, number] }): string {
  return text.slice(element.range[0], element.range[1]);
}

function only(text: string): DotenvEntry {
  const doc = parseDotenv(text);
  expect(doc.entries).toHaveLength(1);
  return doc.entries[0]!;
}

describe('parseDotenv', () => {
  it('reads unquoted, quoted and exported entries', () => {
    const text = [
      'A=plain',
      'export B="double"',
      "C='single'",
      'D=`back`',
      'E=',
      'F = spaced value  ',
      'G: colon',
      'dotted.key-name=x',
    ].join('\n');
    expect(entries(parseDotenv(text))).toEqual([
      ['A', 'plain', null],
      ['B', 'double', '"'],
      ['C', 'single', "'"],
      ['D', 'back', '`'],
      ['E', '', null],
      ['F', 'spaced value', null],
      ['G', 'colon', null],
      ['dotted.key-name', 'x', null],
    ]);
    expect(parseDotenv(text).entries.map((entry) => entry.exported)).toEqual([
      false,
      true,
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it('gives exact ranges and locations for key and value (the value inside its quotes)', () => {
    const text = '# top\n  export KEY="a b" # why\nOTHER=val';
    const [first, second] = parseDotenv(text).entries;
    expect(at(text, first!.key)).toBe('KEY');
    expect(at(text, first!.value)).toBe('a b');
    expect(at(text, first!)).toBe('export KEY="a b"');
    expect(first!.key.loc).toEqual({ start: { line: 2, column: 9 }, end: { line: 2, column: 12 } });
    expect(first!.value.loc).toEqual({ start: { line: 2, column: 14 }, end: { line: 2, column: 17 } });
    expect(second!.value.loc).toEqual({ start: { line: 3, column: 6 }, end: { line: 3, column: 9 } });
  });

  it('expands \\n and \\r in double quotes only, and keeps real newlines', () => {
    expect(only('K="a\\nb\\rc"').value.value).toBe('a\nb\rc');
    expect(only("K='a\\nb'").value.value).toBe('a\\nb');
    const multi = 'K="line1\nline2"\nNEXT=1';
    const doc = parseDotenv(multi);
    expect(entries(doc)).toEqual([
      ['K', 'line1\nline2', '"'],
      ['NEXT', '1', null],
    ]);
    expect(doc.entries[0]!.value.loc).toEqual({ start: { line: 1, column: 3 }, end: { line: 2, column: 5 } });
    expect(doc.entries[1]!.key.loc.start.line).toBe(3);
  });

  it('reads comments on their own line and after whitespace at the end of an unquoted value', () => {
    const text = '# own\nA=value # trailing\nB=va#lue\nC=#x\nD="q#" # after quote\n   # indented';
    const doc = parseDotenv(text);
    expect(entries(doc)).toEqual([
      ['A', 'value', null],
      ['B', 'va#lue', null],
      ['C', '', null],
      ['D', 'q#', '"'],
    ]);
    expect(doc.comments.map((comment) => comment.value)).toEqual([
      ' own',
      ' trailing',
      'x',
      ' after quote',
      ' indented',
    ]);
    expect(doc.comments.map((comment) => at(text, comment))).toEqual([
      '# own',
      '# trailing',
      '#x',
      '# after quote',
      '# indented',
    ]);
  });

  it('treats an unterminated quote as an unquoted value to the end of its line', () => {
    const doc = parseDotenv('A="open\nB=2\n');
    expect(entries(doc)).toEqual([
      ['A', '"open', null],
      ['B', '2', null],
    ]);
  });

  it('skips lines that are not entries', () => {
    expect(entries(parseDotenv('just words\n=novalue\nexport\nKEY\nOK=1\n\n\n'))).toEqual([['OK', '1', null]]);
  });

  it('handles CRLF and CR line breaks', () => {
    const text = 'A=1\r\nB="x"\r\rC=3';
    const doc = parseDotenv(text);
    expect(entries(doc)).toEqual([
      ['A', '1', null],
      ['B', 'x', '"'],
      ['C', '3', null],
    ]);
    expect(doc.entries.map((entry) => entry.key.loc.start.line)).toEqual([1, 2, 4]);
  });

  it('never throws and stays linear on hostile input', () => {
    const big = `K=${'x'.repeat(1_000_000)}`;
    expect(only(big).value.value).toHaveLength(1_000_000);
    const quotes = Array.from({ length: 20_000 }, (_, i) => `K${i}="${'\\'.repeat(i % 3)}`).join('\n');
    const started = performance.now();
    expect(parseDotenv(quotes).entries.length).toBeGreaterThan(0);
    expect(parseDotenv("A='".repeat(50_000)).entries.length).toBeGreaterThan(0);
    expect(parseDotenv('A=`\n'.repeat(50_000) + "B='x").entries.length).toBeGreaterThan(0);
    expect(performance.now() - started).toBeLessThan(2_000);
    const junk = String.fromCharCode(...Array.from({ length: 4096 }, (_, i) => (i * 7919) % 65_536));
    expect(() => parseDotenv(junk)).not.toThrow();
    expect(parseDotenv('').entries).toEqual([]);
  });

  it('spans the whole text with the Document', () => {
    const doc = parseDotenv('A=1\nB=2\n');
    expect(doc.range).toEqual([0, 8]);
    expect(doc.loc).toEqual({ start: { line: 1, column: 0 }, end: { line: 3, column: 0 } });
  });
});
