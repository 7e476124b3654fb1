// Test keys are built when the tests run: no key-shaped string is ever committed.
import { fingerprint } from '../../src/core/redact.js';
import { identifiableChecksum, SIGNATURE } from '../../src/core/secrets/identifiable-key.js';

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** A checksum-valid identifiable key (AZURE-FACTS §1 layout), built at run time. */
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

/** 32 lowercase hex characters. */
export function generateLegacyKey(random: () => number = Math.random): string {
  let s = '';
  for (let i = 0; i < 32; i++) s += '0123456789abcdef'.charAt(Math.floor(random() * 16));
  return s;
}

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

// Other Azure credentials (no-hardcoded-credential), from their own stream so other generators do not shift them.
const credentialRandom = seeded(0xc4ed);
const randomBytes = (n: number): Buffer =>
  Buffer.from(Array.from({ length: n }, () => Math.floor(credentialRandom() * 256)));
const SECRET_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_~.-';
const secretChars = (n: number): string => {
  let s = '';
  for (let i = 0; i < n; i++) s += SECRET_CHARS.charAt(Math.floor(credentialRandom() * SECRET_CHARS.length));
  return s;
};

/** A storage account key: 64 random bytes in base64 (86 characters and `==`). */
export const storageAccountKey = (): string => randomBytes(64).toString('base64');
/** A Service Bus / Event Hubs shared access key: 32 random bytes in base64 (44 characters). */
export const sharedAccessKey = (): string => randomBytes(32).toString('base64');
/** A SAS signature (HMAC-SHA256 in base64), URL-encoded as it appears in a query string. */
export const sasSignature = (): string => encodeURIComponent(randomBytes(32).toString('base64'));
/** A SAS query string with a fresh signature. */
export const sasToken = (): string =>
  `sv=2022-11-02&ss=b&srt=sco&sp=rl&se=2030-01-01T00:00:00Z&spr=https&sig=${sasSignature()}`;
/** An Entra ID client secret: 40 characters with `8Q~` at offset 3 (or the older 37-character `7Q~` form). */
export const clientSecret = (version: 7 | 8 = 8): string =>
  `${secretChars(3)}${String(version)}Q~${String(Math.floor(credentialRandom() * 10))}${secretChars(version === 8 ? 33 : 30)}`;
/** A signed-looking JWT with a random signature (expired long ago). */
export const jwt = (): string => {
  const part = (o: object): string => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${part({ alg: 'RS256', typ: 'JWT' })}.${part({ aud: 'https://cognitiveservices.azure.com', exp: 1, n: randomBytes(6).toString('hex') })}.${randomBytes(32).toString('base64url')}`;
};
/** A storage connection string with a fresh account key. */
export const storageConnectionString = (account = 'contoso'): string =>
  `DefaultEndpointsProtocol=https;AccountName=${account};AccountKey=${storageAccountKey()};EndpointSuffix=core.windows.net`;
/** A Service Bus connection string with a fresh shared access key. */
export const serviceBusConnectionString = (): string =>
  `Endpoint=sb://contoso.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${sharedAccessKey()}`;
