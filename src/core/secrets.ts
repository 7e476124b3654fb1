/**
 * Azure AI key formats, the identifiable-key checksum, and what is *not* a secret.
 * Every check here is linear in the input and starts with the cheapest test.
 */

/** Service names by the identifiable key's service letter (char 75). */
const SERVICE_BY_LETTER: Readonly<Record<string, string>> = {
  A: 'Azure AI services',
  B: 'Azure OpenAI',
  C: 'Anomaly Detector',
  D: 'Anomaly Detector',
  E: 'Cognitive Services',
  F: 'Computer Vision',
  G: 'Content Moderator',
  H: 'Content Safety',
  I: 'Custom Vision prediction',
  J: 'Custom Vision training',
  K: 'Face',
  L: 'Document Intelligence',
  M: 'Health Insights',
  N: 'Health Insights',
  O: 'Immersive Reader',
  Q: 'Knowledge',
  R: 'LUIS authoring',
  S: 'LUIS runtime',
  T: 'Metrics Advisor',
  U: 'Personalizer',
  V: 'QnA Maker',
  W: 'QnA Maker',
  X: 'Speaker Recognition',
  Y: 'Speech',
  Z: 'Speech Translation',
  a: 'Language',
  b: 'Translator',
  d: 'Transcription Intelligence',
  e: 'Video Indexer',
};

export const IDENTIFIABLE_KEY_LENGTH = 84;
const SIGNATURE = 'JQQJ99';
const SIGNATURE_OFFSET = 52;
const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
/** ASCII "Default0" read big-endian. */
const CHECKSUM_SEED = 0x44656661756c7430n;

function rotl(x: number, n: number): number {
  return ((x << n) | (x >>> (32 - n))) >>> 0;
}

/** Marvin32 (the public hash Microsoft uses for key checksums). Returns an unsigned 32-bit integer. */
export function marvin32(data: Uint8Array, seed: bigint): number {
  let p0 = Number(seed & 0xffffffffn) >>> 0;
  let p1 = Number((seed >> 32n) & 0xffffffffn) >>> 0;
  const mix = (): void => {
    p1 = (p1 ^ p0) >>> 0;
    p0 = rotl(p0, 20);
    p0 = (p0 + p1) >>> 0;
    p1 = rotl(p1, 9);
    p1 = (p1 ^ p0) >>> 0;
    p0 = rotl(p0, 27);
    p0 = (p0 + p1) >>> 0;
    p1 = rotl(p1, 19);
  };
  const whole = data.length - (data.length % 4);
  for (let i = 0; i < whole; i += 4) {
    const word = ((data[i] ?? 0) | ((data[i + 1] ?? 0) << 8) | ((data[i + 2] ?? 0) << 16) | ((data[i + 3] ?? 0) << 24)) >>> 0;
    p0 = (p0 + word) >>> 0;
    mix();
  }
  let tail = 0x80;
  for (let i = data.length - 1; i >= whole; i--) tail = ((tail << 8) | (data[i] ?? 0)) >>> 0;
  p0 = (p0 + tail) >>> 0;
  mix();
  mix();
  return (p0 ^ p1) >>> 0;
}

function base64Decode(text: string): Uint8Array | undefined {
  if (text.length % 4 !== 0) return undefined;
  const out = new Uint8Array((text.length / 4) * 3);
  let o = 0;
  for (let i = 0; i < text.length; i += 4) {
    let n = 0;
    for (let j = 0; j < 4; j++) {
      const v = BASE64.indexOf(text.charAt(i + j));
      if (v < 0) return undefined;
      n = n * 64 + v;
    }
    out[o++] = (n >>> 16) & 0xff;
    out[o++] = (n >>> 8) & 0xff;
    out[o++] = n & 0xff;
  }
  return out;
}

function base64Encode(bytes: readonly number[]): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = [18, 12, 6, 0].map((shift) => BASE64.charAt((n >>> shift) & 63));
    const kept = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
    out += chars.slice(0, kept).join('') + '='.repeat(4 - kept);
  }
  return out;
}

/** Base62 of big-endian bytes; each leading zero byte becomes a leading `0`. */
function base62(bytes: readonly number[]): string {
  let zeros = 0;
  while (zeros < bytes.length && bytes[zeros] === 0) zeros++;
  let n = 0n;
  for (const b of bytes) n = (n << 8n) | BigInt(b);
  let digits = '';
  while (n > 0n) {
    digits = BASE62.charAt(Number(n % 62n)) + digits;
    n /= 62n;
  }
  return '0'.repeat(zeros) + digits;
}

function checksumBytes(body: string): number[] | undefined {
  const bytes = base64Decode(body);
  if (!bytes) return undefined;
  const h = marvin32(bytes, CHECKSUM_SEED);
  // The hash's little-endian bytes, then read as one big-endian number.
  return [h & 0xff, (h >>> 8) & 0xff, (h >>> 16) & 0xff, (h >>> 24) & 0xff];
}

/** The four checksum characters an 84-character key with this 80-character body must end with. */
export function identifiableChecksum(body: string): string | undefined {
  const bytes = checksumBytes(body);
  return bytes ? base62(bytes).slice(0, 4) : undefined;
}

function isAlnum(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

export interface IdentifiableKey {
  readonly value: string;
  readonly service: string;
  readonly customerManaged: boolean;
  readonly checksumValid: boolean;
}

/** Parses a string that is exactly an 84-character identifiable key shape (checksum checked separately). */
export function parseIdentifiableKey(value: string): IdentifiableKey | undefined {
  if (value.length !== IDENTIFIABLE_KEY_LENGTH) return undefined;
  if (value.slice(SIGNATURE_OFFSET, SIGNATURE_OFFSET + 6) !== SIGNATURE) return undefined;
  for (let i = 0; i < value.length; i++) if (!isAlnum(value.charCodeAt(i))) return undefined;
  if (value.slice(72, 75) !== 'AAA') return undefined;
  const tag = value.slice(76, 80);
  if (tag.toUpperCase() !== 'ACOG') return undefined;
  const body = value.slice(0, 80);
  const check = value.slice(80);
  const bytes = checksumBytes(body);
  const checksumValid =
    bytes !== undefined && (base62(bytes).startsWith(check) || base64Encode(bytes.slice(0, 3)) === check);
  return {
    value,
    service: SERVICE_BY_LETTER[value.charAt(75)] ?? 'Azure AI',
    customerManaged: tag === 'ACOG',
    checksumValid,
  };
}

/**
 * Finds identifiable keys inside any text (comments, templates, long strings).
 * Looks for the fixed signature first, so the cost on text without keys is one `indexOf`.
 */
export function findIdentifiableKeys(text: string): { key: IdentifiableKey; index: number }[] {
  const found: { key: IdentifiableKey; index: number }[] = [];
  let at = text.indexOf(SIGNATURE);
  while (at >= 0) {
    const start = at - SIGNATURE_OFFSET;
    if (start >= 0 && start + IDENTIFIABLE_KEY_LENGTH <= text.length) {
      const before = start > 0 ? text.charCodeAt(start - 1) : 0;
      const after = text.charCodeAt(start + IDENTIFIABLE_KEY_LENGTH);
      if (!isAlnum(before) && !(after >= 0 && isAlnum(after))) {
        const key = parseIdentifiableKey(text.slice(start, start + IDENTIFIABLE_KEY_LENGTH));
        if (key) found.push({ key, index: start });
      }
    }
    at = text.indexOf(SIGNATURE, at + 1);
  }
  return found;
}

/** 32 hexadecimal characters: the legacy key shape (also MD5s, ETags, dashless GUIDs). */
export function isLegacyKeyShape(value: string): boolean {
  return value.length === 32 && /^[0-9a-f]+$/i.test(value);
}

const GUID = /^[{(]?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}[})]?$/i;
export function isGuid(value: string): boolean {
  return value.length <= 40 && GUID.test(value);
}

/** An environment variable's name written as a string (`"AZURE_OPENAI_API_KEY"`). */
export function isEnvVarName(value: string): boolean {
  return value.length <= 100 && /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/.test(value);
}

const PLACEHOLDER_WORDS =
  /your|placeholder|replace|insert|paste|enter|fill|put[-_ ]?(?:your|the)|goes[-_ ]?here|here$|^here|changeme|change[-_]me|todo|tbd|redacted|example|sample|xxx|\.\.\.|…|\*\*\*/i;
const DUMMY_WORDS = /fake|dummy|mock|test|demo|invalid|bogus|sample|foo|bar|lorem|stub/i;

/** `<your-key>`, `{key}`, `[YOUR-KEY]`, `YOUR_SUBSCRIPTION_KEY`, `PASTE_…_HERE`, `xxxx`, `***`, empty. */
export function isPlaceholder(value: string): boolean {
  const v = value.trim();
  if (v.length === 0) return true;
  if (v.length > 200) return false;
  const first = v.charAt(0);
  const last = v.charAt(v.length - 1);
  if ((first === '<' && last === '>') || (first === '{' && last === '}') || (first === '[' && last === ']')) return true;
  if (v.includes('${') || v.includes('{{')) return true;
  if (/^(.)\1*$/.test(v)) return true; // xxxx, ****, 0000
  return PLACEHOLDER_WORDS.test(v);
}

/** Test dummies: `fakeKey`, `test-key`, `dummy`, `mock-api-key`. */
export function isDummy(value: string): boolean {
  if (value.length > 200) return false;
  return DUMMY_WORDS.test(value) && !isLegacyKeyShape(value);
}

/** A masked key: mostly `*`, `x` or `•`, or with an ellipsis in the middle. */
export function isMasked(value: string): boolean {
  let masked = 0;
  for (const ch of value) if (ch === '*' || ch === '•' || ch === 'x' || ch === 'X') masked++;
  return masked >= 4 && masked * 2 >= value.length;
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
  return isPlaceholder(value) || isDummy(value) || isMasked(value) || isEnvVarName(value) || isGuid(value);
}

/**
 * A literal that looks like a real credential *when it stands in a key slot*: not a placeholder,
 * dummy, env name or GUID; one token of key characters, long enough, with letters and digits.
 */
export function looksLikeSecretValue(value: string): boolean {
  if (value.length < 16 || value.length > 1024) return false;
  if (!/^[\w+/=.~:-]+$/.test(value)) return false;
  if (!/\d/.test(value) || !/[a-z]/i.test(value)) return false;
  if (value.includes('://')) return false;
  return !isNonSecret(value);
}

export type KeyFinding =
  | { readonly kind: 'identifiable'; readonly key: IdentifiableKey }
  | { readonly kind: 'legacy' }
  | { readonly kind: 'other' };

/** Classifies a literal standing in a key slot; `undefined` means "not a secret". */
export function classifyKeySlotValue(value: string): KeyFinding | undefined {
  const id = parseIdentifiableKey(value);
  if (id) return { kind: 'identifiable', key: id };
  if (isLegacyKeyShape(value)) return { kind: 'legacy' };
  return looksLikeSecretValue(value) ? { kind: 'other' } : undefined;
}

/** Classifies a literal bound to a key-*named* variable or property: only the Azure key shapes count. */
export function classifyKeyNamedValue(value: string): KeyFinding | undefined {
  const id = parseIdentifiableKey(value);
  if (id) return { kind: 'identifiable', key: id };
  return isLegacyKeyShape(value) ? { kind: 'legacy' } : undefined;
}

/** Splits `speechKey`, `SPEECH_KEY`, `speech-key`, `Ocp-Apim-Subscription-Key` into lower-case words. */
export function nameWords(name: string): string[] {
  if (name.length > 120) return [];
  // One pass, no backtracking: a word ends at a non-alphanumeric, at lower→upper (`speechKey`), and
  // before the last capital of an acronym followed by lower case (`APIKey` → api, key).
  const words: string[] = [];
  let word = '';
  for (let i = 0; i < name.length; i++) {
    const ch = name.charAt(i);
    const isUpper = ch >= 'A' && ch <= 'Z';
    const isLower = (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9');
    if (!isUpper && !isLower) {
      if (word) words.push(word);
      word = '';
      continue;
    }
    const prev = name.charAt(i - 1);
    const next = name.charAt(i + 1);
    const prevLower = (prev >= 'a' && prev <= 'z') || (prev >= '0' && prev <= '9');
    const prevUpper = prev >= 'A' && prev <= 'Z';
    const nextLower = next >= 'a' && next <= 'z';
    if (word && isUpper && (prevLower || (prevUpper && nextLower))) {
      words.push(word);
      word = '';
    }
    word += ch.toLowerCase();
  }
  if (word) words.push(word);
  return words;
}

/** Qualifiers that make a "...Key" name something other than a service key. */
const NOT_SERVICE_KEY = new Set([
  'public', 'ssh', 'sort', 'cache', 'partition', 'row', 'foreign', 'idempotency', 'dedupe', 'lookup', 'map',
  'hot', 'i18n', 'translation', 'unique', 'react', 'storage', 'encryption', 'signing', 'private', 'pgp', 'gpg',
  'dedup', 'object', 'hash', 'index', 'composite', 'natural', 'cursor', 'route', 'query', 'redis', 'state',
]);

/** Names that hold an Azure AI key: `subscriptionKey`, `speechKey`, `apiKey`, `AZURE_OPENAI_KEY`, `"api-key"`. */
export function isKeyName(name: string): boolean {
  // Every accepted last word (key, key1, apikey, subscriptionkey) contains "key": most names are rejected here, unsplit.
  if (!/key/i.test(name)) return false;
  const words = nameWords(name);
  const last = words.at(-1);
  if (last === undefined) return false;
  if (last === 'apikey' || last === 'subscriptionkey') return true;
  if (!/^key\d?$/.test(last)) return false;
  const qualifier = words.at(-2);
  return qualifier === undefined || !NOT_SERVICE_KEY.has(qualifier);
}

/** Test support: build a checksum-valid identifiable key at run time (never commit key-shaped strings). */
export function generateIdentifiableKey(options: { serviceLetter?: string; random?: () => number } = {}): string {
  const random = options.random ?? Math.random;
  const pick = (n: number): string => {
    let s = '';
    for (let i = 0; i < n; i++) s += BASE62.charAt(Math.floor(random() * 62));
    return s;
  };
  const body = pick(52) + SIGNATURE + 'C' + 'L' + pick(12) + 'AAA' + (options.serviceLetter ?? 'B') + 'ACOG';
  return body + (identifiableChecksum(body) ?? '').padEnd(4, '0');
}

/** Test support: 32 lowercase hex characters. */
export function generateLegacyKey(random: () => number = Math.random): string {
  let s = '';
  for (let i = 0; i < 32; i++) s += '0123456789abcdef'.charAt(Math.floor(random() * 16));
  return s;
}
