/**
 * Many words found in one pass over a text: an Aho–Corasick automaton over ASCII with the letters folded to
 * lower case (U+212A, the Kelvin sign, folds to `k`; every other non-ASCII character matches nothing). The pass
 * reads each character once, whatever the number of words, so a file's text facts cost one linear scan instead
 * of one regular-expression scan per fact. Callers that need a word's exact case check it at the hit.
 */

const ALPHABET = 128;

/** The folded class of each UTF-16 code unit: ASCII lower-cased, U+212A as `k`, anything else 0 (matches no word). */
const FOLD = new Uint8Array(65536);
for (let c = 0; c < ALPHABET; c++) FOLD[c] = c >= 65 && c <= 90 ? c + 32 : c;
FOLD[0x212a] = 107;

export interface WordScanner {
  /**
   * Calls `hit(word, end)` for each occurrence of a word (its index in the list, and the offset just after it),
   * in text order; the scan stops when `hit` returns true.
   */
  scan(text: string, hit: (word: number, end: number) => boolean): void;
}

/** A scanner for `words` (ASCII, matched in any case; each non-empty and without NUL). */
export function wordScanner(words: readonly string[]): WordScanner {
  // The trie.
  const next: Map<number, number>[] = [new Map<number, number>()];
  const outputs: number[][] = [[]];
  words.forEach((word, index) => {
    let state = 0;
    for (let i = 0; i < word.length; i++) {
      const c = FOLD[word.charCodeAt(i)] ?? 0;
      if (c === 0) throw new Error(`wordScanner: "${word}" is not ASCII`);
      let to = next[state]?.get(c);
      if (to === undefined) {
        to = next.length;
        next.push(new Map<number, number>());
        outputs.push([]);
        next[state]?.set(c, to);
      }
      state = to;
    }
    outputs[state]?.push(index);
  });
  // Failure links in breadth-first order, then the full transition table (offsets: state × ALPHABET).
  const count = next.length;
  const fail = new Int32Array(count);
  const delta = new Int32Array(count * ALPHABET);
  const order: number[] = [0];
  for (let k = 0; k < order.length; k++) {
    const state = order[k] ?? 0;
    for (let c = 1; c < ALPHABET; c++) {
      const to = next[state]?.get(c);
      const viaFail = state === 0 ? 0 : (delta[(fail[state] ?? 0) * ALPHABET + c] ?? 0) / ALPHABET;
      if (to === undefined) {
        delta[state * ALPHABET + c] = viaFail * ALPHABET;
        continue;
      }
      delta[state * ALPHABET + c] = to * ALPHABET;
      fail[to] = viaFail;
      outputs[to]?.push(...(outputs[viaFail] ?? []));
      order.push(to);
    }
  }
  // Indexed by a state's offset, so the loop does no arithmetic but one addition.
  const hasHit = new Uint8Array(count * ALPHABET);
  for (let s = 0; s < count; s++) if ((outputs[s]?.length ?? 0) > 0) hasHit[s * ALPHABET] = 1;

  return {
    scan(text, hit) {
      let at = 0;
      const length = text.length;
      for (let i = 0; i < length; i++) {
        at = delta[at + (FOLD[text.charCodeAt(i)] ?? 0)] ?? 0;
        if (hasHit[at] !== 1) continue;
        for (const word of outputs[at / ALPHABET] ?? []) if (hit(word, i + 1)) return;
      }
    },
  };
}
