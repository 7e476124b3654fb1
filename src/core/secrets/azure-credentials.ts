import type { ServiceId } from '../services.js';
import type { CredentialKind } from './formats.js';
import { hasKeyCharacterMix, isEmulatorKey, isMasked, isPlaceholder } from './not-secret.js';

/**
 * Azure credentials other than AI service keys, found in any text: connection strings with `AccountKey=` /
 * `SharedAccessKey=`, SAS tokens, Entra ID client secrets, JWT bearer tokens. Every scan is linear: it looks
 * for a fixed marker with `indexOf` first and walks a bounded number of characters around it.
 */

export interface CredentialFinding {
  readonly kind: CredentialKind;
  /** Where the credential starts in the scanned text, and how long it is. */
  readonly index: number;
  readonly length: number;
  /** The secret part (the key, the signature, the secret): what the fingerprint is taken of. */
  readonly secret: string;
  /** The service the credential belongs to, when the text says (`storage`, `serviceBus`). */
  readonly service: ServiceId | undefined;
}

const MAX_SCAN = 2048;

function isBase64Char(code: number): boolean {
  return (
    (code >= 48 && code <= 57) ||
    (code >= 65 && code <= 90) ||
    (code >= 97 && code <= 122) ||
    code === 43 ||
    code === 47 ||
    code === 61
  );
}

function isSecretChar(code: number): boolean {
  // [A-Za-z0-9_~.-]
  return (
    (code >= 48 && code <= 57) ||
    (code >= 65 && code <= 90) ||
    (code >= 97 && code <= 122) ||
    code === 95 ||
    code === 126 ||
    code === 46 ||
    code === 45
  );
}

/** A run of characters accepted by `accept` from `start` (bounded). */
function runFrom(text: string, start: number, accept: (code: number) => boolean): string {
  let end = start;
  while (end < text.length && end - start < MAX_SCAN && accept(text.charCodeAt(end))) end++;
  return text.slice(start, end);
}

/** A key value that looks generated: long enough, key characters, letters and digits, no placeholder. */
function isRealKeyValue(value: string, min: number): boolean {
  if (value.length < min) return false;
  if (!hasKeyCharacterMix(value)) return false;
  return !isPlaceholder(value) && !isMasked(value) && !isEmulatorKey(value);
}

const CONNECTION_KEYS = ['AccountKey=', 'SharedAccessKey='] as const;

/** The `Name=value;` segment boundaries of the connection string around `at`. */
function connectionStringBounds(text: string, at: number, valueEnd: number): [number, number] {
  const stop = (code: number): boolean =>
    code === 34 || code === 39 || code === 96 || code === 10 || code === 13 || code === 32 || code === 9;
  let start = at;
  while (start > 0 && at - start < MAX_SCAN && !stop(text.charCodeAt(start - 1))) start--;
  let end = valueEnd;
  while (end < text.length && end - valueEnd < MAX_SCAN && !stop(text.charCodeAt(end))) end++;
  return [start, end];
}

function connectionStringService(whole: string, marker: string): ServiceId | undefined {
  const lower = whole.toLowerCase();
  if (lower.includes('.documents.azure.com') || lower.includes('accountendpoint=')) return 'cosmosDb';
  if (marker === 'AccountKey=') return 'storage';
  if (lower.includes('.azure-devices.net')) return 'iotHub';
  if (lower.includes('.servicebus.windows.net') || lower.includes('endpoint=sb://')) return 'serviceBus';
  return undefined;
}

/** `AccountKey=<key>` / `SharedAccessKey=<key>` with a real-looking key (not a runtime insert, placeholder or the emulator). */
export function findConnectionStrings(text: string): CredentialFinding[] {
  const found: CredentialFinding[] = [];
  const lower = text.toLowerCase();
  for (const marker of CONNECTION_KEYS) {
    const needle = marker.toLowerCase();
    let at = lower.indexOf(needle);
    while (at >= 0) {
      const before = at > 0 ? text.charCodeAt(at - 1) : 59;
      // `SharedAccessKeyName=` does not match the needle (`=` follows `Key`); `XAccountKey=` is another name.
      const boundary = !isSecretChar(before);
      const valueStart = at + needle.length;
      const value = runFrom(text, valueStart, isBase64Char);
      if (boundary && isRealKeyValue(value, 20)) {
        const [start, end] = connectionStringBounds(text, at, valueStart + value.length);
        const whole = text.slice(start, end);
        if (!/AccountName=devstoreaccount1(?:;|$)/i.test(whole)) {
          found.push({
            kind: 'connectionString',
            index: start,
            length: end - start,
            secret: value,
            service: connectionStringService(whole, marker),
          });
        }
      }
      at = lower.indexOf(needle, at + needle.length);
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

function isSasChar(code: number): boolean {
  // Base64 plus `%` for URL-encoded `=`, `+`, `/`.
  return isBase64Char(code) || code === 37;
}

function isQueryChar(code: number): boolean {
  // Stops at quotes, whitespace, `<`, `>` and backticks; `?`, `&`, `;` stay inside.
  return code > 32 && code !== 34 && code !== 39 && code !== 96 && code !== 60 && code !== 62 && code !== 127;
}

const SAS_COMPANIONS = ['sv=', 'se=', 'sp=', 'sr=', 'skn='];

/** SAS tokens: `sig=<signature>` with `sv=`, `se=` or `sp=` in the same query string. */
export function findSasTokens(text: string): CredentialFinding[] {
  const found: CredentialFinding[] = [];
  let at = text.indexOf('sig=');
  while (at >= 0) {
    const before = at > 0 ? text.charCodeAt(at - 1) : 38;
    // `sig=` starts a parameter: after `?`, `&`, `;`, a space (`SharedAccessSignature sig=`) or the start.
    const boundary =
      before === 63 ||
      before === 38 ||
      before === 59 ||
      before === 32 ||
      before === 61 ||
      at === 0 ||
      !isQueryChar(before);
    const valueStart = at + 4;
    const signature = runFrom(text, valueStart, isSasChar);
    if (boundary && isRealKeyValue(decodeSig(signature), 20)) {
      let start = at;
      while (start > 0 && at - start < MAX_SCAN && isQueryChar(text.charCodeAt(start - 1))) start--;
      let end = valueStart + signature.length;
      while (end < text.length && end - valueStart < MAX_SCAN && isQueryChar(text.charCodeAt(end))) end++;
      const query = text.slice(start, end);
      if (SAS_COMPANIONS.some((p) => hasParam(query, p))) {
        found.push({ kind: 'sas', index: start, length: end - start, secret: signature, service: sasService(query) });
      }
    }
    at = text.indexOf('sig=', at + 4);
  }
  return found;
}

function decodeSig(value: string): string {
  return value.replace(/%[0-9a-f]{2}/gi, 'A');
}

function hasParam(query: string, param: string): boolean {
  let at = query.indexOf(param);
  while (at >= 0) {
    const before = at > 0 ? query.charAt(at - 1) : '?';
    if (before === '?' || before === '&' || before === ';' || before === ' ' || before === '=' || at === 0) return true;
    at = query.indexOf(param, at + 1);
  }
  return false;
}

function sasService(query: string): ServiceId | undefined {
  const lower = query.toLowerCase();
  if (lower.includes('.servicebus.windows.net') || lower.includes('skn=')) return 'serviceBus';
  return 'storage';
}

/** Entra ID client secrets: 40 chars with `8Q~` at offset 3, or the older 37-char form with `7Q~`. */
export function findClientSecrets(text: string): CredentialFinding[] {
  const found: CredentialFinding[] = [];
  let at = text.indexOf('Q~');
  while (at >= 0) {
    const version = text.charAt(at - 1);
    const length = version === '8' ? 40 : version === '7' ? 37 : 0;
    const start = at - 4;
    if (length > 0 && start >= 0) {
      const value = text.slice(start, start + length);
      const before = start > 0 ? text.charCodeAt(start - 1) : 32;
      const after = text.charCodeAt(start + length);
      if (isClientSecret(value) && !isSecretChar(before) && !(after >= 0 && isSecretChar(after))) {
        found.push({ kind: 'clientSecret', index: start, length, secret: value, service: 'entraId' });
      }
    }
    at = text.indexOf('Q~', at + 2);
  }
  return found;
}

/** Exactly an Entra ID client secret (format only). */
export function isClientSecret(value: string): boolean {
  const length = value.length;
  if (length !== 40 && length !== 37) return false;
  if (value.slice(3, 6) !== (length === 40 ? '8Q~' : '7Q~')) return false;
  for (let i = 0; i < length; i++) if (!isSecretChar(value.charCodeAt(i))) return false;
  return /\d/.test(value) && /[a-z]/i.test(value.slice(6)) && !isMasked(value) && !isPlaceholder(value.slice(6));
}

function base64UrlJson(segment: string): unknown {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(segment, 'base64url').toString('utf8'));
    return parsed;
  } catch {
    return undefined;
  }
}

/** A signed JWT: `eyJ…` header with an `alg`, a JSON payload, and a signature segment. */
export function isJwt(value: string): boolean {
  if (value.length < 40 || value.length > 16384 || !value.startsWith('eyJ')) return false;
  const parts = value.split('.');
  if (parts.length !== 3) return false;
  const [header, payload, signature] = parts as [string, string, string];
  if (!/^[\w-]+$/.test(header) || !/^[\w-]+$/.test(payload) || !/^[\w-]{16,}$/.test(signature)) return false;
  const head = base64UrlJson(header);
  if (typeof head !== 'object' || head === null || !('alg' in head)) return false;
  const body = base64UrlJson(payload);
  return typeof body === 'object' && body !== null;
}

/** Text after `Bearer ` (or the value itself when there is no scheme). */
export function bearerValue(value: string): string {
  const m = /^\s*Bearer\s+(\S+)\s*$/i.exec(value);
  return m?.[1] ?? value;
}

/** Credentials recognisable by format anywhere (strings, templates, comments): connection strings, SAS, client secrets. */
export function findCredentials(text: string): CredentialFinding[] {
  const found: CredentialFinding[] = [];
  if (text.includes('=')) {
    if (/AccountKey=|SharedAccessKey=/i.test(text)) found.push(...findConnectionStrings(text));
    if (text.includes('sig=')) {
      // A SAS inside a connection string already reported is the same credential.
      for (const sas of findSasTokens(text)) if (!found.some((f) => overlaps(f, sas))) found.push(sas);
    }
  }
  if (text.includes('Q~')) found.push(...findClientSecrets(text));
  return found.sort((a, b) => a.index - b.index);
}

function overlaps(a: CredentialFinding, b: CredentialFinding): boolean {
  return a.index < b.index + b.length && b.index < a.index + a.length;
}
