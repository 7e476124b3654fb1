import { createHash } from 'node:crypto';
import { isLegacyKeyShape } from './identifiable-key.js';

/** What is *not* a secret, whatever slot it stands in: placeholders, dummies, masks, env names, GUIDs, published keys. */

const GUID = /^[{(]?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}[})]?$/i;
export function isGuid(value: string): boolean {
  return value.length <= 40 && GUID.test(value);
}

/** An environment variable's name written as a string (`"AZURE_OPENAI_API_KEY"`). */
export function isEnvVarName(value: string): boolean {
  return value.length <= 100 && /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/.test(value);
}

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

/** `...`, `…`, `***` standing for the key: the value is words around it, or a short visible head or tail. */
function hasEllipsis(value: string): boolean {
  if (!/\.\.\.|…|\*\*\*/.test(value)) return false;
  return valueWords(value.replace(/\.{3,}|…+|\*{3,}/g, ' ')) !== undefined || isMaskedKey(value);
}

/** `<your-key>`, `{key}`, `[YOUR-KEY]`, `YOUR_SUBSCRIPTION_KEY`, `PASTE_…_HERE`, `xxxx`, `***`, empty. */
export function isPlaceholder(value: string): boolean {
  const v = value.trim();
  if (v.length === 0) return true;
  if (v.length > 200) return false;
  const first = v.charAt(0);
  const last = v.charAt(v.length - 1);
  if ((first === '<' && last === '>') || (first === '{' && last === '}') || (first === '[' && last === ']'))
    return true;
  if (v.includes('${') || v.includes('{{')) return true;
  if (/^(.)\1*$/.test(v)) return true; // xxxx, ****, 0000
  return hasEllipsis(v) || hasWord(v, PLACEHOLDER_WORDS);
}

/** Test dummies: `fakeKey`, `test-key`, `dummy`, `mock-api-key`. */
export function isDummy(value: string): boolean {
  if (value.length > 200) return false;
  return hasWord(value, DUMMY_WORDS) && !isLegacyKeyShape(value);
}

/** A masked key: mostly `*`, `x` or `•`, or with an ellipsis in the middle. */
export function isMasked(value: string): boolean {
  let masked = 0;
  for (const ch of value) if (ch === '*' || ch === '•' || ch === 'x' || ch === 'X') masked++;
  return masked >= 4 && masked * 2 >= value.length;
}

/**
 * A key shown masked, with a few of its real characters left visible (`****…a1b2`, `xxxx-…-1234`, `sk-...abcd`,
 * `••••••••1234`): code that displays a key, not a placeholder waiting for one.
 */
export function isMaskedKey(value: string): boolean {
  const v = value.trim();
  if (v.length < 5 || v.length > 100) return false;
  // Each mask run (`****`, `•••`, `xxx`, `...`, `…`) becomes one NUL; then: a short head, masks, a short tail.
  const m = /^([a-z0-9]{0,8})[-_ ]?\0[-_ \0]*([a-z0-9]{0,8})$/i.exec(v.replace(/\*{3,}|•{3,}|x{3,}|\.{3,}|…+/gi, '\0'));
  if (!m) return false;
  const visible = `${m[1] ?? ''}${m[2] ?? ''}`;
  // Some real characters stay visible, and they are not words (`your-key-xxxx` is a placeholder).
  return (
    visible.length >= 2 &&
    !hasWord(visible, PLACEHOLDER_WORDS) &&
    !hasWord(visible, DUMMY_WORDS) &&
    !/^(?:key|secret|token)$/i.test(visible)
  );
}

/**
 * A redaction marker (`<REDACTED>`, `[REDACTED]`, `REDACTED`, `(redacted)`, `***`): what code writes where it
 * scrubs a key out of a URL or a log line. Not a placeholder waiting for a real key.
 */
export function isRedactionMarker(value: string): boolean {
  let v = value.trim();
  if (v.length < 3 || v.length > 40) return false;
  if (/^\*{3,}$/.test(v)) return true;
  const pair = `${v.charAt(0)}${v.charAt(v.length - 1)}`;
  if (pair === '<>' || pair === '[]' || pair === '()' || pair === '{}') v = v.slice(1, -1).trim();
  return v.toLowerCase() === 'redacted';
}

/** Not a secret, whatever slot it stands in. */
export function isNonSecret(value: string): boolean {
  return (
    isPlaceholder(value) ||
    isDummy(value) ||
    isMasked(value) ||
    isMaskedKey(value) ||
    isEnvVarName(value) ||
    isGuid(value)
  );
}

/**
 * A literal that looks like a real credential *when it stands in a key slot*: not a placeholder,
 * dummy, env name or GUID; one token of key characters, long enough, with letters and digits.
 */
export function looksLikeSecretValue(value: string): boolean {
  if (value.length < 16 || value.length > 1024) return false;
  if (!/^[\w+/=.~:-]+$/.test(value)) return false;
  if (!hasKeyCharacterMix(value)) return false;
  if (value.includes('://')) return false;
  return !isNonSecret(value);
}

/**
 * Letters and digits, as generated keys have; or a padded base64 value of 40+ characters with both cases (one
 * random 32-byte key in 1,400 has no digit at all).
 */
export function hasKeyCharacterMix(value: string): boolean {
  if (!/[a-z]/i.test(value)) return false;
  if (/\d/.test(value)) return true;
  return (
    value.length >= 40 &&
    value.endsWith('=') &&
    /^[a-z+/]+={1,2}$/i.test(value) &&
    /[A-Z]/.test(value) &&
    /[a-z]/.test(value)
  );
}

/** sha256 of the Azurite / storage emulator account key, which Microsoft publishes: not a secret. */
const EMULATOR_KEY_SHA256 = '0011cc25eb4320717494d2703e8cba85743e71b500283c21c8b88147992f9059';

/** The storage emulator's published key (`devstoreaccount1`): documented, public, not a secret. */
export function isEmulatorKey(value: string): boolean {
  return value.length === 88 && createHash('sha256').update(value, 'utf8').digest('hex') === EMULATOR_KEY_SHA256;
}

const NOT_PASSWORDS = new Set(['password', 'pass', 'passwd', 'secret', 'changeit', 'null', 'undefined', 'none']);

/** A literal password worth reporting in a password slot: anything but placeholders and dummies. */
export function looksLikePassword(value: string): boolean {
  const v = value.trim();
  if (v.length < 4 || v.length > 256) return false;
  if (NOT_PASSWORDS.has(v.toLowerCase())) return false;
  return !isPlaceholder(v) && !isMasked(v) && !/fake|dummy|mock|test|example|sample/i.test(v);
}
