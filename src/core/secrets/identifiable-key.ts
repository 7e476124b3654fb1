import { isAsciiAlnum } from '../names.js';
import { serviceOfKeyLetter, type ServiceId } from '../services.js';

/**
 * The identifiable Azure AI key format (84 characters: signature, service letter, Marvin32 checksum;
 * AZURE-FACTS §1) and the legacy 32-hex shape. Every check is linear and starts with the cheapest test.
 */

export const IDENTIFIABLE_KEY_LENGTH = 84;
/** The fixed signature at offset 52 (AZURE-FACTS §1). */
export const SIGNATURE = 'JQQJ99';
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
    const word =
      ((data[i] ?? 0) | ((data[i + 1] ?? 0) << 8) | ((data[i + 2] ?? 0) << 16) | ((data[i + 3] ?? 0) << 24)) >>> 0;
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

export interface IdentifiableKey {
  readonly value: string;
  readonly service: ServiceId;
  readonly customerManaged: boolean;
  readonly checksumValid: boolean;
}

/** Parses a string that is exactly an 84-character identifiable key shape (checksum checked separately). */
export function parseIdentifiableKey(value: string): IdentifiableKey | undefined {
  if (value.length !== IDENTIFIABLE_KEY_LENGTH) return undefined;
  if (value.slice(SIGNATURE_OFFSET, SIGNATURE_OFFSET + 6) !== SIGNATURE) return undefined;
  for (let i = 0; i < value.length; i++) if (!isAsciiAlnum(value.charCodeAt(i))) return undefined;
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
    service: serviceOfKeyLetter(value.charAt(75)) ?? 'azureAi',
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
      if (!isAsciiAlnum(before) && !(after >= 0 && isAsciiAlnum(after))) {
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
