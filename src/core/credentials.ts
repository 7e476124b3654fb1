import { createHash } from 'node:crypto';
import { isMasked, isPlaceholder, looksLikeSecretValue, nameWords } from './secrets.js';

/**
 * Azure credentials other than AI service keys: connection strings with `AccountKey=` / `SharedAccessKey=`,
 * SAS tokens, Entra ID client secrets, JWT bearer tokens, passwords. Every scan is linear: it looks for a
 * fixed marker with `indexOf` first and walks a bounded number of characters around it.
 */

export type CredentialKind = 'connectionString' | 'sas' | 'clientSecret' | 'accountKey' | 'jwt' | 'token' | 'password';

export interface CredentialFinding {
  readonly kind: CredentialKind;
  /** Where the credential starts in the scanned text, and how long it is. */
  readonly index: number;
  readonly length: number;
  /** The secret part (the key, the signature, the secret): what the fingerprint is taken of. */
  readonly secret: string;
  /** The service the credential belongs to, when the text says (`Azure Storage`, `Service Bus`). */
  readonly service: string | undefined;
}

/** Human names of the kinds, for messages. */
export const KIND_LABELS: Readonly<Record<CredentialKind, string>> = {
  connectionString: 'connection string with a key',
  sas: 'SAS token',
  clientSecret: 'client secret',
  accountKey: 'account key',
  jwt: 'JWT bearer token',
  token: 'bearer token',
  password: 'password',
};

/** sha256 of the Azurite / storage emulator account key, which Microsoft publishes: not a secret. */
const EMULATOR_KEY_SHA256 = '0011cc25eb4320717494d2703e8cba85743e71b500283c21c8b88147992f9059';

/** The storage emulator's published key (`devstoreaccount1`): documented, public, not a secret. */
export function isEmulatorKey(value: string): boolean {
  return value.length === 88 && createHash('sha256').update(value, 'utf8').digest('hex') === EMULATOR_KEY_SHA256;
}

const MAX_SCAN = 2048;

function isBase64Char(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 43 || code === 47 || code === 61;
}

function isSecretChar(code: number): boolean {
  // [A-Za-z0-9_~.-]
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95 || code === 126 || code === 46 || code === 45;
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
  if (!/\d/.test(value) || !/[a-z]/i.test(value)) return false;
  return !isPlaceholder(value) && !isMasked(value) && !isEmulatorKey(value);
}

const CONNECTION_KEYS = ['AccountKey=', 'SharedAccessKey='] as const;

/** The `Name=value;` segment boundaries of the connection string around `at`. */
function connectionStringBounds(text: string, at: number, valueEnd: number): [number, number] {
  const stop = (code: number): boolean => code === 34 || code === 39 || code === 96 || code === 10 || code === 13 || code === 32 || code === 9;
  let start = at;
  while (start > 0 && at - start < MAX_SCAN && !stop(text.charCodeAt(start - 1))) start--;
  let end = valueEnd;
  while (end < text.length && end - valueEnd < MAX_SCAN && !stop(text.charCodeAt(end))) end++;
  return [start, end];
}

function connectionStringService(whole: string, marker: string): string | undefined {
  const lower = whole.toLowerCase();
  if (lower.includes('.documents.azure.com') || lower.includes('accountendpoint=')) return 'Cosmos DB';
  if (marker === 'AccountKey=') return 'Azure Storage';
  if (lower.includes('.azure-devices.net')) return 'IoT Hub';
  if (lower.includes('.servicebus.windows.net') || lower.includes('endpoint=sb://')) return 'Service Bus';
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
          found.push({ kind: 'connectionString', index: start, length: end - start, secret: value, service: connectionStringService(whole, marker) });
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
    const boundary = before === 63 || before === 38 || before === 59 || before === 32 || before === 61 || at === 0 || !isQueryChar(before);
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

function sasService(query: string): string | undefined {
  const lower = query.toLowerCase();
  if (lower.includes('.servicebus.windows.net') || lower.includes('skn=')) return 'Service Bus';
  return 'Azure Storage';
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
        found.push({ kind: 'clientSecret', index: start, length, secret: value, service: 'Entra ID' });
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

/** Names that hold a bearer token: `accessToken`, `idToken`, `jwt`, `bearerToken`, `AUTH_TOKEN`. */
export function isTokenName(name: string): boolean {
  // Every accepted last word contains one of these: most names are rejected here, unsplit.
  if (!/token|jwt|bearer/i.test(name)) return false;
  const last = nameWords(name).at(-1);
  return last === 'token' || last === 'jwt' || last === 'accesstoken' || last === 'bearer';
}

const NOT_PASSWORDS = new Set(['password', 'pass', 'passwd', 'secret', 'changeit', 'null', 'undefined', 'none']);

/** A literal password worth reporting in a password slot: anything but placeholders and dummies. */
export function looksLikePassword(value: string): boolean {
  const v = value.trim();
  if (v.length < 4 || v.length > 256) return false;
  if (NOT_PASSWORDS.has(v.toLowerCase())) return false;
  return !isPlaceholder(v) && !isMasked(v) && !/fake|dummy|mock|test|example|sample/i.test(v);
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

/**
 * Classifies a literal standing in a credential slot of the given role; `undefined` means "not a secret".
 * Account-only connection strings, `UseDevelopmentStorage=true`, placeholders and runtime values pass.
 */
export function classifyCredentialSlotValue(
  value: string,
  role: 'clientSecret' | 'accountKey' | 'sas' | 'connectionString' | 'password' | 'token',
): Omit<CredentialFinding, 'index' | 'length'> | undefined {
  switch (role) {
    case 'connectionString': {
      const [first] = findCredentials(value);
      return first ? { kind: first.kind, secret: first.secret, service: first.service } : undefined;
    }
    case 'sas': {
      const [first] = findSasTokens(value.startsWith('sig=') || value.startsWith('?') ? value : `?${value}`);
      if (first) return { kind: 'sas', secret: first.secret, service: first.service };
      return undefined;
    }
    case 'clientSecret':
      if (isClientSecret(value) || looksLikeSecretValue(value)) return { kind: 'clientSecret', secret: value, service: 'Entra ID' };
      return undefined;
    case 'accountKey':
      if (isEmulatorKey(value)) return undefined;
      return looksLikeSecretValue(value) ? { kind: 'accountKey', secret: value, service: undefined } : undefined;
    case 'password':
      return looksLikePassword(value) ? { kind: 'password', secret: value, service: undefined } : undefined;
    case 'token': {
      const token = bearerValue(value);
      if (isJwt(token)) return { kind: 'jwt', secret: token, service: undefined };
      return looksLikeSecretValue(token) && !token.includes('.') ? { kind: 'token', secret: token, service: undefined } : undefined;
    }
    default:
      return undefined;
  }
}
