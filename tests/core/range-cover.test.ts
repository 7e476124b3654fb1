// rangeCover (src/core/range-cover.ts) answers "does an added range contain this one" by a binary search over
// prefix maxima; it must answer what a scan of every added range answers, in any order of adds and questions.
import { describe, expect, it } from 'vitest';
import { rangeCover } from '../../src/core/range-cover.js';

function random(seed: number): (n: number) => number {
  let state = seed;
  return (n) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % n;
  };
}

describe('rangeCover', () => {
  it('answers as a scan of every added range does, for ranges added in text order or not, nested or not', () => {
    for (const [seed, ordered] of [
      [1, true],
      [2, false],
      [3, false],
      [4, true],
    ] as const) {
      const next = random(seed);
      const cover = rangeCover();
      const added: [number, number][] = [];
      let at = 0;
      for (let step = 0; step < 600; step++) {
        const start = ordered ? (at += next(20)) : next(2000);
        const end = start + next(next(4) === 0 ? 400 : 30);
        cover.add(start, end);
        added.push([start, end]);
        for (let q = 0; q < 5; q++) {
          const qs = next(2100);
          const qe = qs + next(60);
          const scan = added.some(([s, e]) => s <= qs && qe <= e);
          expect(cover.covers(qs, qe), `seed ${seed}, step ${step}, [${qs}, ${qe}]`).toBe(scan);
        }
      }
    }
  });

  it('covers nothing before anything is added, and a range contains itself', () => {
    const cover = rangeCover();
    expect(cover.covers(0, 0)).toBe(false);
    cover.add(10, 20);
    expect([cover.covers(10, 20), cover.covers(12, 18), cover.covers(9, 15), cover.covers(15, 21)]).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });
});
