/**
 * Ranges added one by one, and whether one of them contains a given range: the secret pipeline asks this for every
 * string it is about to report (a bundle reports thousands). The ranges are kept sorted by start with the largest
 * end up to each, so a question is a binary search: some range starting at or before `start` ends at or after
 * `end` exactly when the largest end among them does.
 */
export interface RangeCover {
  add(start: number, end: number): void;
  /** Whether an added range contains [start, end]. */
  covers(start: number, end: number): boolean;
}

export function rangeCover(): RangeCover {
  const starts: number[] = [];
  const ends: number[] = [];
  /** maxEnd[i]: the largest end of ranges 0..i. */
  const maxEnd: number[] = [];

  /** The first index whose start is after `start`. */
  function after(start: number): number {
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((starts[mid] ?? Infinity) <= start) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  return {
    add(start, end) {
      const at = after(start);
      starts.splice(at, 0, start);
      ends.splice(at, 0, end);
      maxEnd.splice(at, 0, end);
      // Ranges are mostly added in text order (appended); the prefix maxima change from `at` on, until one holds.
      for (let i = at; i < starts.length; i++) {
        const value = Math.max(i > 0 ? (maxEnd[i - 1] ?? -Infinity) : -Infinity, ends[i] ?? -Infinity);
        if (i > at && maxEnd[i] === value) break;
        maxEnd[i] = value;
      }
    },
    covers(start, end) {
      const i = after(start) - 1;
      return i >= 0 && (maxEnd[i] ?? -Infinity) >= end;
    },
  };
}
