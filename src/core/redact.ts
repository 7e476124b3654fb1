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

/** Options of the rules that report secrets: accept known test values by fingerprint, never by value. */
export interface SecretOptions {
  readonly envTemplate?: string;
  readonly allowFingerprints?: readonly string[];
}

export const ALLOW_FINGERPRINTS_SCHEMA = {
  type: 'array',
  items: { type: 'string', pattern: '^(sha256:)?[0-9a-f]{8}$' },
  uniqueItems: true,
  description: 'Fingerprints (as printed in the message, `sha256:1a2b3c4d`) of known test values to accept.',
} as const;

/** The allow-listed fingerprints, normalised to the `sha256:` form the messages print. */
export function allowedFingerprints(options: SecretOptions): ReadonlySet<string> {
  return new Set((options.allowFingerprints ?? []).map((f) => (f.startsWith('sha256:') ? f : `sha256:${f}`)));
}
