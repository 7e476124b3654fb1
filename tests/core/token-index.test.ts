// tokenIndexAt (src/core/ast.ts) gallops from its start before it halves; it must give what a linear search gives.
import type { TSESTree } from '@typescript-eslint/types';
import { describe, expect, it } from 'vitest';
import { tokenIndexAt } from '../../src/core/ast.js';

/** Sorted, non-overlapping tokens with gaps (comments, spaces) between some of them. */
function tokens(count: number, seed: number): TSESTree.Token[] {
  let state = seed;
  const random = (n: number): number => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % n;
  };
  const out: TSESTree.Token[] = [];
  let at = random(3);
  for (let i = 0; i < count; i++) {
    const length = 1 + random(5);
    out.push({ range: [at, at + length] } as unknown as TSESTree.Token);
    at += length + random(3);
  }
  return out;
}

function linear(list: readonly TSESTree.Token[], offset: number, from: number): number {
  let i = from;
  while (i < list.length && (list[i]?.range[1] ?? Infinity) <= offset) i++;
  return i;
}

describe('tokenIndexAt', () => {
  it('finds the first token from `from` on that ends after the offset, as a linear search does', () => {
    for (const count of [0, 1, 2, 3, 7, 64, 500]) {
      const list = tokens(count, count + 1);
      const end = list.at(-1)?.range[1] ?? 0;
      for (let offset = -1; offset <= end + 2; offset++) {
        for (const from of [0, 1, Math.floor(count / 3), Math.max(0, count - 1), count]) {
          expect(tokenIndexAt(list, offset, from), `count ${count}, offset ${offset}, from ${from}`).toBe(
            linear(list, offset, from),
          );
        }
      }
    }
  });

  it('keeps the answer when called in text order from the previous answer', () => {
    const list = tokens(2000, 7);
    let t = 0;
    for (let offset = 0; offset < (list.at(-1)?.range[1] ?? 0); offset += 5) {
      t = tokenIndexAt(list, offset, t);
      expect(t).toBe(linear(list, offset, 0));
    }
  });
});
