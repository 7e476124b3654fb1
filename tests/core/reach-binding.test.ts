// mayReachBinding (src/core/sinks/constants.ts) tells a property key by its neighbour tokens before it descends the
// AST. On every string token of these shapes the token shortcut must give what the descent alone gives, except where
// the descent is conservative about a type's key (no value comes from a type).
import { AST_TOKEN_TYPES } from '@typescript-eslint/types';
import { describe, expect, it } from 'vitest';
import { mayReachBinding } from '../../src/core/sinks/constants.js';
import { lintWithProbe } from '../support/probe.js';

/** For each string token of `code`: its text, the answer with the tokens, and the answer of the descent alone. */
function answers(code: string): { text: string; withTokens: boolean; descent: boolean }[] {
  const out: { text: string; withTokens: boolean; descent: boolean }[] = [];
  lintWithProbe(code, (context) => ({
    Program() {
      const { sourceCode } = context;
      const tokens = sourceCode.ast.tokens;
      tokens.forEach((token, t) => {
        if (token.type !== AST_TOKEN_TYPES.String) return;
        const at = token.range[0];
        out.push({
          text: token.value,
          withTokens: mayReachBinding(sourceCode, at, tokens, t),
          // No neighbour tokens: the shortcut cannot fire.
          descent: mayReachBinding(sourceCode, at, [], 0),
        });
      });
    },
  }));
  return out;
}

const SHAPES = [
  'const h = { "api-key": k, "Content-Type": "application/json" };',
  'const h = { a: 1, "api-key": k };',
  'const { "api-key": fromHeaders } = headers;',
  'const name = c ? "api-key" : "x-key";',
  'const name = c ? { "api-key": k } : { "x": 1 };',
  'switch (h) { case "api-key": break; default: }',
  'f({ "api-key": k }, "api-key");',
  'const list = ["api-key", { "api-key": k }];',
  'class A { "api-key" = k; m() { return { "api-key": this.k }; } }',
  'const x = { "api-key": { "inner": "api-key" } };',
  'if (a === "api-key") g("api-key");',
  'const tpl = `${{ "api-key": k }["api-key"]}`;',
];

describe('mayReachBinding', () => {
  it('gives what the descent gives on every string of value and key shapes', () => {
    let keys = 0;
    for (const code of SHAPES) {
      for (const { text, withTokens, descent } of answers(code)) {
        expect(withTokens, `${text} in ${code}`).toBe(descent);
        if (!descent) keys++;
      }
    }
    expect(keys).toBeGreaterThan(8); // the shapes do hold keys the shortcut can tell
  });

  it('takes the key of a type literal for what it is: no value, so no binding to reach', () => {
    const found = answers('type H = { "api-key": string }; let h: { "x-key": string } = { "x-key": k };');
    expect(found.map((a) => a.withTokens)).toEqual([false, false, false]);
  });
});
