import { createHash } from 'node:crypto';
import { isLegacyKeyShape } from './identifiable-key.js';
import { hasDummyWord, hasPlaceholderWord, valueWords } from './value-words.js';

/** What is *not* a secret, whatever slot it stands in: placeholders, dummies, masks, env names, GUIDs, published keys. */

const GUID = /^[{(]?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}[})]?$/i;
export function isGuid(value: string): boolean {
  return value.length <= 40 && GUID.test(value);
}

/** An environment variable's name written as a string (`"AZURE_OPENAI_API_KEY"`). */
export function isEnvVarName(value: string): boolean {
  return value.length <= 100 && /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/.test(value);
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
  return hasEllipsis(v) || hasPlaceholderWord(v);
}

/** Test dummies: `fakeKey`, `test-key`, `dummy`, `mock-api-key`. */
export function isDummy(value: string): boolean {
  if (value.length > 200) return false;
  return hasDummyWord(value) && !isLegacyKeyShape(value);
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
    !hasPlaceholderWord(visible) &&
    !hasDummyWord(visible) &&
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
