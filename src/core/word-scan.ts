/**
 * Many words found in one pass over a text: an Aho–Corasick automaton over ASCII with the letters folded to
 * lower case (U+212A, the Kelvin sign, folds to `k`; every other non-ASCII character matches nothing). The pass
 * reads each character once, whatever the number of words, so a file's text facts cost one linear scan instead
 * of one regular-expression scan per fact. Callers that need a word's exact case check it at the hit.
 *
 * The table is small so that it stays in the cache while ESLint's parser runs between files: the alphabet is
 * only the characters the words spell (each a class; every other character is class 0), and a transition into a
 * state where a word ends is stored complemented (negative), so the loop reads one table entry per character.
 */

/** A character folded as the words are matched: ASCII lower-cased, U+212A as `k`; -1 for any other non-ASCII. */
function fold(c: number): number {
  if (c >= 65 && c <= 90) return c + 32;
  if (c === 0x212a) return 107;
  return c < 128 ? c : -1;
}

export interface WordScanner {
  /**
   * Calls `hit(word, end)` for each occurrence of a word (its index in the list, and the offset just after it),
   * in text order; the scan stops when `hit` returns true.
   */
  scan(text: string, hit: (word: number, end: number) => boolean): void;
}

/** A scanner for `words` (ASCII, matched in any case; each non-empty and without NUL). */
export function wordScanner(words: readonly string[]): WordScanner {
  // The character classes: 0 for a character no word spells, then one per folded character of the words.
  const classOf = new Map<number, number>();
  for (const word of words) {
    for (let i = 0; i < word.length; i++) {
      const c = fold(word.charCodeAt(i));
      if (c <= 0) throw new Error(`wordScanner: "${word}" is not ASCII`);
      if (!classOf.has(c)) classOf.set(c, classOf.size + 1);
    }
  }
  const classes = classOf.size + 1;
  const CLASS = new Uint8Array(65536);
  for (let c = 0; c < 65536; c++) CLASS[c] = classOf.get(fold(c)) ?? 0;
  // The trie.
  const next: Map<number, number>[] = [new Map<number, number>()];
  const outputs: number[][] = [[]];
  words.forEach((word, index) => {
    let state = 0;
    for (let i = 0; i < word.length; i++) {
      const c = classOf.get(fold(word.charCodeAt(i))) ?? 0;
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
  // Failure links in breadth-first order give the full transition function (state numbers), then the table.
  const count = next.length;
  const fail = new Int32Array(count);
  const goto = new Int32Array(count * classes);
  const order: number[] = [0];
  for (let k = 0; k < order.length; k++) {
    const state = order[k] ?? 0;
    for (let c = 1; c < classes; c++) {
      const to = next[state]?.get(c);
      const viaFail = state === 0 ? 0 : (goto[(fail[state] ?? 0) * classes + c] ?? 0);
      if (to === undefined) {
        goto[state * classes + c] = viaFail;
        continue;
      }
      goto[state * classes + c] = to;
      fail[to] = viaFail;
      outputs[to]?.push(...(outputs[viaFail] ?? []));
      order.push(to);
    }
  }
  // Entries are offsets (state × classes), so the loop does no arithmetic but one addition; complemented when
  // the state ends a word.
  const table = new Int32Array(count * classes);
  for (let i = 0; i < table.length; i++) {
    const to = goto[i] ?? 0;
    table[i] = (outputs[to]?.length ?? 0) > 0 ? ~(to * classes) : to * classes;
  }
  const hits: readonly (readonly number[])[] = outputs;

  return {
    scan(text, hit) {
      let at = 0;
      const length = text.length;
      for (let i = 0; i < length; i++) {
        at = table[at + (CLASS[text.charCodeAt(i)] as number)] as number;
        if (at >= 0) continue;
        at = ~at;
        const list = hits[at / classes] as readonly number[];
        for (let j = 0; j < list.length; j++) if (hit(list[j] as number, i + 1)) return;
      }
    },
  };
}
