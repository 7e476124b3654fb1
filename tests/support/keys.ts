// Test keys are built when the tests run: no key-shaped string is ever committed.
import { generateIdentifiableKey, generateLegacyKey } from '../../src/core/secrets.js';
import { fingerprint } from '../../src/core/redact.js';

/** A deterministic generator so failures reproduce (mulberry32). */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = seeded(0xa2e);

/** A fresh 32-hex legacy key. */
export const legacyKey = (): string => generateLegacyKey(random);
/** A fresh checksum-valid 84-character key for the service letter (default Azure OpenAI). */
export const identifiableKey = (serviceLetter = 'B'): string => generateIdentifiableKey({ serviceLetter, random });
/** The message fingerprint of a value. */
export const fp = (value: string): string => `sha256:${fingerprint(value)}`;
