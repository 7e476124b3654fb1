// What `trace` says an expression may hold: string, env-read and other leaves, with names and fallbacks.
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
import { describe, expect, it } from 'vitest';
import { type Leaf, trace } from '../../src/core/trace.js';
import { lintWithProbe } from '../support/probe.js';

/** The leaves of the argument of the last `use(…)` call in `code`, as short descriptions. */
function leavesOf(code: string): string[] {
  let leaves: readonly Leaf[] = [];
  lintWithProbe(code, (context) => ({
    CallExpression(node: TSESTree.CallExpression) {
      const arg = node.arguments[0];
      if (node.callee.type === AST_NODE_TYPES.Identifier && node.callee.name === 'use' && arg)
        leaves = trace(context, arg);
    },
  }));
  return leaves.map((leaf) => {
    const name = leaf.name === undefined ? '' : ` as ${leaf.name}`;
    if (leaf.kind === 'string')
      return `"${leaf.value}"${name}${leaf.fallback ? ` (fallback of ${leaf.fallback.env.source}.${leaf.fallback.env.variable ?? '?'})` : ''}`;
    if (leaf.kind === 'env') return `${leaf.env.source}.${leaf.env.variable ?? '?'}${name}`;
    return `${leaf.node.type}${name}`;
  });
}

describe('trace', () => {
  it.each([
    ['a literal', 'use("a");', ['"a"']],
    ['a const binding, with its name', 'const speechKey = "a"; use(speechKey);', ['"a" as speechKey']],
    ['later assignments too', 'let k; k = "a"; k = "b"; use(k);', ['"a" as k', '"b" as k']],
    ['both branches of a conditional', 'use(x ? "a" : "b");', ['"a"', '"b"']],
    [
      'env reads, direct and destructured',
      'const { SPEECH_KEY: k } = process.env; use(k); ',
      ['process.env.SPEECH_KEY as k'],
    ],
    ['import.meta.env', 'use(import.meta.env.VITE_KEY);', ['import.meta.env.VITE_KEY as VITE_KEY']],
    [
      'a fallback after an env read',
      'use(process.env.K ?? "a");',
      ['process.env.K as K', '"a" (fallback of process.env.K)'],
    ],
    ['`&&` keeps only the right side', 'use(ok && "a");', ['"a"']],
    [
      'object properties through spreads',
      'const base = { key: "a" }; const o = { ...base }; use(o.key);',
      ['"a" as key'],
    ],
    [
      'class fields and constructor assignments through this',
      'class C { k = "a"; constructor() { this.k = "b"; } m() { use(this.k); } }',
      ['"a" as k', '"b" as k'],
    ],
    ['implicit globals written in a script', 'k = "a"; use(k);', ['"a" as k']],
    ['parameters and calls stay unknown', 'function f(p) { use(p); } use(g());', ['CallExpression']],
    ['TypeScript wrappers are looked through', 'const k = "a" as string; use(k!);', ['"a" as k']],
  ])('%s', (_, code, expected) => {
    expect(leavesOf(code)).toEqual(expected);
  });

  it('ends on cycles and long chains', () => {
    expect(leavesOf('const a = b; const b = a; use(a);').length).toBeGreaterThan(0);
    const chain = Array.from({ length: 40 }, (_, i) => `const v${String(i + 1)} = v${String(i)};`).join('\n');
    expect(leavesOf(`const v0 = "a";\n${chain}\nuse(v40);`)).toEqual(['Identifier as v32']);
  });

  it('returns at most 32 leaves', () => {
    const writes = Array.from({ length: 50 }, (_, i) => `k = "s${String(i)}";`).join('\n');
    const leaves = leavesOf(`let k;\n${writes}\nuse(k);`);
    expect(leaves).toHaveLength(32);
    expect(leaves[0]).toBe('"s0" as k');
  });
});
