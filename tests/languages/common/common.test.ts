import { describe, expect, it } from 'vitest';
import { LineIndex, parseDirective, parseRulesConfig, TextSourceCode } from '../../../src/languages/common/index.js';
import type { SyntaxElement } from '../../../src/languages/common/index.js';

describe('LineIndex', () => {
  const text = 'ab\ncd\r\nef\rg';
  const index = new LineIndex(text);

  it('maps offsets to positions and back across \\n, \\r\\n and \\r', () => {
    expect([0, 2, 3, 5, 7, 10, 11].map((offset) => index.position(offset))).toEqual([
      { line: 1, column: 0 },
      { line: 1, column: 2 },
      { line: 2, column: 0 },
      { line: 2, column: 2 },
      { line: 3, column: 0 },
      { line: 4, column: 0 },
      { line: 4, column: 1 },
    ]);
    for (const offset of [0, 2, 3, 7, 10, 11]) expect(index.offset(index.position(offset))).toBe(offset);
    expect(index.position(-5)).toEqual({ line: 1, column: 0 });
    expect(index.position(99)).toEqual({ line: 4, column: 1 });
  });

  it('throws a RangeError for positions outside the text, as ESLint does', () => {
    expect(() => index.offset({ line: 9, column: 0 })).toThrow(RangeError);
    expect(() => index.offset({ line: 1, column: 7 })).toThrow(RangeError);
  });

  it('splits lines without their breaks', () => {
    expect(index.lines()).toEqual(['ab', 'cd', 'ef', 'g']);
    expect(new LineIndex('').lines()).toEqual(['']);
    expect(new LineIndex('x\n').lines()).toEqual(['x', '']);
  });
});

describe('parseDirective', () => {
  it('reads the label, the rule list and the justification', () => {
    expect(parseDirective(' eslint-disable-next-line a/b, c -- because')).toEqual({
      label: 'eslint-disable-next-line',
      value: 'a/b, c',
      justification: 'because',
    });
    expect(parseDirective('eslint-disable')).toEqual({ label: 'eslint-disable', value: '', justification: '' });
    expect(parseDirective(' eslint-enable x')?.label).toBe('eslint-enable');
    expect(parseDirective(' eslint-disable-line')?.label).toBe('eslint-disable-line');
    expect(parseDirective(' eslint a: off')).toEqual({ label: 'eslint', value: 'a: off', justification: '' });
  });

  it('ignores comments that only look like directives', () => {
    expect(parseDirective(' eslintrc is gone')).toBeUndefined();
    expect(parseDirective(' eslint-disabled')).toBeUndefined();
    expect(parseDirective(' see eslint-disable')).toBeUndefined();
  });
});

describe('parseRulesConfig', () => {
  it('reads bare, quoted and JSON values', () => {
    expect(parseRulesConfig('a/b: off, "c": ["warn", { "x": [1, 2] }], d: 2')).toEqual({
      ok: true,
      config: { 'a/b': 'off', c: ['warn', { x: [1, 2] }], d: 2 },
    });
    expect(parseRulesConfig('"a": "error"')).toEqual({ ok: true, config: { a: 'error' } });
  });

  it('returns a problem instead of throwing', () => {
    expect(parseRulesConfig('').ok).toBe(false);
    expect(parseRulesConfig('a: [').ok).toBe(false);
    expect(parseRulesConfig('no colon here').ok).toBe(false);
  });
});

describe('TextSourceCode', () => {
  interface Leaf extends SyntaxElement {
    type: 'Leaf';
  }
  interface Root extends SyntaxElement {
    type: 'Root';
    items: Leaf[];
  }

  function leaf(start: number, end: number, index: LineIndex): Leaf {
    return { type: 'Leaf', range: [start, end], loc: index.loc([start, end]) };
  }

  it('traverses by visitor keys with enter and exit steps, and knows parents', () => {
    const text = 'aa bb\ncc';
    const index = new LineIndex(text);
    const items = [leaf(0, 2, index), leaf(3, 5, index), leaf(6, 8, index)];
    const ast: Root = { type: 'Root', items, range: [0, 8], loc: index.loc([0, 8]) };
    const code = new TextSourceCode({ text, ast, comments: [], visitorKeys: { Root: ['items'], Leaf: [] } });
    const steps = [...code.traverse()].map((step) => `${step.phase === 1 ? '>' : '<'}${code.getText(step.target)}`);
    expect(steps).toEqual(['>aa bb\ncc', '>aa', '<aa', '>bb', '<bb', '>cc', '<cc', '<aa bb\ncc']);
    expect(code.getParent(items[1]!)).toBe(ast);
    expect(code.getAncestors(items[2]!)).toEqual([ast]);
    expect(code.getText(items[1], 1, 1)).toBe(' bb\n');
    expect(code.lines).toEqual(['aa bb', 'cc']);
    expect(code.getLocFromIndex(7)).toEqual({ line: 2, column: 1 });
    expect(code.getIndexFromLoc({ line: 2, column: 1 })).toBe(7);
  });

  it('walks a deep tree without overflowing the stack', () => {
    interface Chain extends SyntaxElement {
      type: 'Chain';
      next?: Chain;
    }
    const loc = { start: { line: 1, column: 0 }, end: { line: 1, column: 0 } };
    let node: Chain = { type: 'Chain', range: [0, 0], loc };
    for (let i = 0; i < 100_000; i++) node = { type: 'Chain', next: node, range: [0, 0], loc };
    const code = new TextSourceCode({ text: '', ast: node, comments: [], visitorKeys: { Chain: ['next'] } });
    expect([...code.traverse()]).toHaveLength(200_002);
  });
});
