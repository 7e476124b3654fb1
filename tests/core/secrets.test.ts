import { describe, expect, it } from 'vitest';
import { isKeyName } from '../../src/core/names.js';
import { classifySecret } from '../../src/core/secrets/classify.js';
import {
  findIdentifiableKeys,
  identifiableChecksum,
  marvin32,
  parseIdentifiableKey as parseKey,
} from '../../src/core/secrets/identifiable-key.js';
import { isNonSecret, isPlaceholder } from '../../src/core/secrets/not-secret.js';
import { SERVICES } from '../../src/core/services.js';
import { generateIdentifiableKey, generateLegacyKey } from '../support/keys.js';

// The first release's shapes, over the new API: the assertions below are unchanged.
const KINDS = { identifiableKey: 'identifiable', legacyKey: 'legacy', key: 'other' } as const;
const oldShape = (verdict: ReturnType<typeof classifySecret>): { kind: string } | undefined =>
  verdict && { kind: KINDS[verdict.kind as keyof typeof KINDS] };
const classifyKeySlotValue = (value: string): { kind: string } | undefined =>
  oldShape(classifySecret(value, { kind: 'key', named: false }));
const classifyKeyNamedValue = (value: string): { kind: string } | undefined =>
  oldShape(classifySecret(value, { kind: 'key', named: true }));
const parseIdentifiableKey = (value: string) => {
  const key = parseKey(value);
  return key && { ...key, service: SERVICES[key.service].label };
};

const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('marvin32', () => {
  it.each([
    [0xd53cd9cecd0893b7n, bytes('abc'), 0x6be02a86],
    [0x0ddddeeeeffff000n, bytes('abcdefghijklmnopqrstuvwxyz'), 0xd34847dc],
    [0x004fb61a001bdbccn, new Uint8Array([]), 0x302009bc],
    [0x004fb61a001bdbccn, new Uint8Array([175]), 0x3592e206],
    [0x004fb61a001bdbccn, new Uint8Array([55, 244, 149]), 0x6b3c8b90],
  ])('matches the published vector %#', (seed, input, expected) => {
    expect(marvin32(input, seed)).toBe(expected);
  });
});

describe('identifiable keys', () => {
  it('generates checksum-valid keys and recognises their service', () => {
    for (const [letter, service] of [
      ['B', 'Azure OpenAI'],
      ['Y', 'Speech'],
      ['a', 'Language'],
      ['b', 'Translator'],
    ] as const) {
      const key = generateIdentifiableKey({ serviceLetter: letter });
      expect(key).toHaveLength(84);
      const parsed = parseIdentifiableKey(key);
      expect(parsed?.checksumValid).toBe(true);
      expect(parsed?.service).toBe(service);
      expect(parsed?.customerManaged).toBe(true);
    }
  });

  it('rejects a wrong checksum but keeps the shape', () => {
    const key = generateIdentifiableKey();
    const good = key.slice(80);
    const wrong = good === '0000' ? '1111' : '0000';
    const parsed = parseIdentifiableKey(key.slice(0, 80) + wrong);
    expect(parsed).toBeDefined();
    expect(parsed?.checksumValid).toBe(false);
  });

  it('computes the checksum from the body alone', () => {
    const key = generateIdentifiableKey();
    expect(key.endsWith(identifiableChecksum(key.slice(0, 80)) ?? 'none')).toBe(true);
  });

  it('finds keys inside longer text and ignores fragments', () => {
    const key = generateIdentifiableKey();
    expect(findIdentifiableKeys(`// old key ${key} rotated`).map((f) => f.index)).toEqual([11]);
    expect(findIdentifiableKeys(`x${key}`)).toEqual([]);
    expect(findIdentifiableKeys(key.slice(1))).toEqual([]);
    expect(findIdentifiableKeys('JQQJ99'.repeat(10_000))).toEqual([]);
  });
});

describe('slot classification', () => {
  it('treats 32-hex as a key only in key slots and key-named bindings', () => {
    const legacy = generateLegacyKey();
    expect(classifyKeySlotValue(legacy)).toEqual({ kind: 'legacy' });
    expect(classifyKeyNamedValue(legacy)).toEqual({ kind: 'legacy' });
    expect(classifyKeyNamedValue('not-a-key-at-all-but-long-enough-1')).toBeUndefined();
  });

  it.each([
    '',
    '<your-key>',
    '{key}',
    '[YOUR-KEY]',
    'YOUR_SUBSCRIPTION_KEY',
    'YourSubscriptionKey',
    'PASTE_YOUR_KEY_HERE',
    'REPLACE_WITH_YOUR_KEY',
    'insert-key-here',
    'your-key',
    'xxxxxxxxxxxxxxxx',
    '***',
    'placeholder',
    'AZURE_OPENAI_API_KEY',
    'fakeKey',
    'test-key',
    '***********',
    '00000000-0000-0000-0000-000000000000',
    'abcd****************************',
    'sk-...abcd',
  ])('never calls %j a secret', (value) => {
    expect(classifyKeySlotValue(value)).toBeUndefined();
    expect(isNonSecret(value) || value.length < 16).toBe(true);
  });

  it('recognises placeholders', () => {
    expect(isPlaceholder('<api key>')).toBe(true);
    expect(isPlaceholder(generateLegacyKey())).toBe(false);
  });

  it('calls a random token in a key slot a secret', () => {
    expect(classifyKeySlotValue('q8Zr2LmP0aVt7sWx4Yb1Nc6D')).toEqual({ kind: 'other' });
  });
});

describe('isKeyName', () => {
  it.each([
    'speechKey',
    'SPEECH_KEY',
    'apiKey',
    'api-key',
    'Ocp-Apim-Subscription-Key',
    'key',
    'APIKEY',
    'subscription_key',
    'AZURE_OPENAI_KEY',
    'key1',
    'translatorKey',
  ])('%s is key-named', (name) => {
    expect(isKeyName(name)).toBe(true);
  });
  it.each(['monkey', 'sortKey', 'keyboard', 'publicKey', 'cacheKey', 'keys', 'region', 'partitionKey'])(
    '%s is not',
    (name) => {
      expect(isKeyName(name)).toBe(false);
    },
  );
});
