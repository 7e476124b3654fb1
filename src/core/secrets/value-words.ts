/**
 * Placeholder and dummy words count only as words: the whole value, or a part of it set off by `-`, `_`, a space,
 * `.` or another separator, or by a change of case (`YourSubscriptionKey`), and only in a value made of words.
 * A run of random-looking characters (`aB3xFoo9Qz…`) holds no word, whatever letters it happens to contain.
 */
const PLACEHOLDER_WORDS: ReadonlySet<string> = new Set([
  'your',
  'yours',
  'placeholder',
  'replace',
  'insert',
  'paste',
  'enter',
  'fill',
  'here',
  'changeme',
  'todo',
  'tbd',
  'redacted',
  'example',
  'sample',
]);
const DUMMY_WORDS: ReadonlySet<string> = new Set([
  'fake',
  'dummy',
  'mock',
  'test',
  'testing',
  'demo',
  'invalid',
  'bogus',
  'sample',
  'foo',
  'bar',
  'baz',
  'lorem',
  'stub',
]);
/** Words that make up placeholder compounds written as one token (`yourkey`, `testkey`, `changeme`). */
const FILLER_WORDS: ReadonlySet<string> = new Set([
  'key',
  'keys',
  'api',
  'apikey',
  'secret',
  'token',
  'value',
  'subscription',
  'password',
  'id',
  'the',
  'a',
  'an',
  'with',
  'me',
  'change',
  'put',
  'goes',
  'in',
  'real',
  'actual',
  'own',
  'azure',
  'openai',
  'speech',
  'service',
  'resource',
  'access',
  'account',
  'endpoint',
  'region',
  'name',
  'string',
  'auth',
  'client',
  'primary',
  'secondary',
  'this',
  'for',
  'of',
  'to',
  'and',
  'or',
  'new',
  'goes',
  'should',
  'be',
  'is',
  'go',
  'will',
  'set',
  'it',
  'vision',
  'language',
  'translator',
  'search',
  'cognitive',
  'services',
  'ai',
  'url',
  'connection',
  'credentials',
  'credential',
  'app',
  'my',
]);

/**
 * The words of a value: alphanumeric runs split at a change of case and between letters and digits. `undefined`
 * when the value looks random rather than written: letters cut into one-letter pieces by case changes or digits
 * (`aB3xYz`), pieces without a vowel (`Mfq`, `Kn`), or digits between letters more than once.
 */
export function valueWords(value: string): string[] | undefined {
  const words: string[] = [];
  let single = 0;
  for (const run of value.split(/[^a-z0-9]+/i)) {
    if (run === '') continue;
    const parts = runParts(run);
    let digitRuns = 0;
    for (const part of parts) {
      if (/^\d/.test(part)) {
        digitRuns++;
        continue;
      }
      if (part.length === 1) single++;
      else if (!isWordLike(part)) return undefined;
    }
    // `aKey`, `xApiKey`: one one-letter piece is a word; more are noise. `key2`, `v1-key` are words; `ab1cd2ef` is not.
    if (
      single > 1 ||
      (digitRuns > 1 && parts.length > digitRuns + 1) ||
      (digitRuns === 1 && parts.length > 3 && !/^\d/.test(parts.at(-1) ?? ''))
    )
      return undefined;
    for (const part of parts) words.push(part.toLowerCase());
  }
  return words;
}

/** `YourAPIKey2` → Your, API, Key, 2: cut at lower→upper, before the last capital of an acronym, and at digits. */
function runParts(run: string): string[] {
  const parts: string[] = [];
  let part = '';
  const kind = (ch: string): number => (ch >= '0' && ch <= '9' ? 0 : ch >= 'A' && ch <= 'Z' ? 1 : 2);
  for (let i = 0; i < run.length; i++) {
    const ch = run.charAt(i);
    const k = kind(ch);
    const prev = i > 0 ? kind(run.charAt(i - 1)) : -1;
    const next = i + 1 < run.length ? kind(run.charAt(i + 1)) : -1;
    const cut =
      part !== '' && ((k === 0) !== (prev === 0) || (k === 1 && prev === 2) || (k === 1 && prev === 1 && next === 2));
    if (cut) {
      parts.push(part);
      part = '';
    }
    part += ch;
  }
  if (part) parts.push(part);
  return parts;
}

/** A letter piece that reads as a word: it has a vowel, or it is a short acronym in capitals (`API`, `SDK`, `XXX`). */
function isWordLike(part: string): boolean {
  if (/[aeiouy]/i.test(part)) return true;
  return (
    /^(?:[A-Z]{2,4}|x{3,}|X{3,})$/.test(part) ||
    /^(?:https?|wss?|www|sk|id|db|ms|js|tbd|url|api|sdk|jwt|sas|ctx|cfg|pwd|str|tst|tmp|src|dst|dev|prd|stg)$/i.test(
      part,
    )
  );
}

/** Whether a one-token compound (`yourkey`, `testapikey`) splits into known words, one of them in `target`. */
function compoundHas(token: string, target: ReadonlySet<string>): boolean {
  if (token.length > 32 || !/^[a-z]+$/.test(token)) return false;
  // reach[i]: the prefix of length i splits into words; hit[i]: one of them is a target word.
  const reach: boolean[] = [true];
  const hit: boolean[] = [false];
  for (let end = 1; end <= token.length; end++) {
    for (let start = Math.max(0, end - 12); start < end; start++) {
      if (reach[start] !== true) continue;
      const word = token.slice(start, end);
      const isTarget = target.has(word);
      if (!isTarget && !FILLER_WORDS.has(word) && !PLACEHOLDER_WORDS.has(word) && !DUMMY_WORDS.has(word)) continue;
      reach[end] = true;
      if (isTarget || hit[start] === true) hit[end] = true;
    }
  }
  return reach[token.length] === true && hit[token.length] === true;
}

function hasWord(value: string, target: ReadonlySet<string>): boolean {
  const words = valueWords(value);
  if (!words) return false;
  if (words.some((word) => target.has(word) || /^x{3,}$/.test(word) || compoundHas(word, target))) return true;
  // Phrases written apart: `change-me`.
  return words.length > 1 && target.has(words.join(''));
}

/** A placeholder word in the value (`your`, `paste`, `here`, `YourSubscriptionKey`, `xxx`). */
export function hasPlaceholderWord(value: string): boolean {
  return hasWord(value, PLACEHOLDER_WORDS);
}

/** A test-dummy word in the value (`fake`, `mock`, `test-key`). */
export function hasDummyWord(value: string): boolean {
  return hasWord(value, DUMMY_WORDS);
}
