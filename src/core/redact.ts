import { createHash } from 'node:crypto';

/**
 * The only way a secret reaches a message: never the value, only a short fingerprint that a team can
 * compare against its own records (and put in the `allowFingerprints` option) without exposing the key.
 */
export function fingerprint(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex').slice(0, 8);
}

export interface Redacted {
  /** `sha256:1a2b3c4d` */
  readonly fingerprint: string;
  readonly length: string;
}

export function redact(secret: string): Redacted {
  return { fingerprint: `sha256:${fingerprint(secret)}`, length: String(secret.length) };
}
