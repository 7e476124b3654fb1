import { describe, expect, it } from 'vitest';
import { classifySecret } from '../../src/core/secrets/classify.js';
import {
  isDummy,
  isEnvVarName,
  isMasked,
  isMaskedKey,
  isNonSecret,
  isPlaceholder,
} from '../../src/core/secrets/not-secret.js';
import {
  clientSecret,
  generateIdentifiableKey,
  generateLegacyKey,
  jwt,
  sasSignature,
  seeded,
  serviceBusConnectionString,
  sharedAccessKey,
  storageAccountKey,
} from '../support/keys.js';

// Service letters of the identifiable-key format (AZURE-FACTS §1).
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmno';
const random = seeded(0x5ec7e7);

/** One generator per secret format; every one is made at run time. */
const FORMATS: Record<string, () => string> = {
  identifiableKey: () =>
    generateIdentifiableKey({ serviceLetter: LETTERS.charAt(Math.floor(random() * LETTERS.length)), random }),
  legacyKey: () => generateLegacyKey(random),
  legacyKeyUpper: () => generateLegacyKey(random).toUpperCase(),
  storageAccountKey,
  sharedAccessKey,
  sasSignature,
  sasSignatureDecoded: () => decodeURIComponent(sasSignature()),
  clientSecret: () => clientSecret(8),
  clientSecretV7: () => clientSecret(7),
  jwt,
};

const PER_FORMAT = 10_000;

describe('not-secret checks never take a generated secret for a placeholder (property)', () => {
  it(`classifies ${String(PER_FORMAT * Object.keys(FORMATS).length)} generated secrets as none of placeholder, dummy, masked, env-var name`, () => {
    const misread: string[] = [];
    let total = 0;
    for (const [format, make] of Object.entries(FORMATS)) {
      for (let i = 0; i < PER_FORMAT; i++) {
        const value = make();
        total++;
        const why = [
          isPlaceholder(value) && 'placeholder',
          isDummy(value) && 'dummy',
          isMasked(value) && 'masked',
          isMaskedKey(value) && 'maskedKey',
          isEnvVarName(value) && 'envName',
        ].filter(Boolean);
        // Only the format and the reasons are kept: a failure message never prints the value.
        if (why.length > 0) misread.push(`${format}: ${why.join(',')}`);
      }
    }
    expect(total).toBe(100_000);
    expect(misread).toEqual([]);
  });

  it('still reports every generated account key, client secret and connection string in its slot', () => {
    // 20,000 Service Bus keys include some with no digit at all: still keys.
    for (let i = 0; i < 20_000; i++) {
      expect(classifySecret(storageAccountKey(), { kind: 'credential', role: 'accountKey' })).toBeDefined();
      expect(classifySecret(clientSecret(), { kind: 'credential', role: 'clientSecret' })).toBeDefined();
      expect(
        classifySecret(serviceBusConnectionString(), { kind: 'credential', role: 'connectionString' }),
      ).toBeDefined();
    }
  });
});

describe('placeholder and dummy words count as words', () => {
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
    'yourkey',
    'your api key',
    'Your.Api.Key',
    'enter-your-key',
    'changeme',
    'change-me',
    'TODO',
    'put-your-key-here',
    'https://YOUR_RESOURCE_NAME.openai.azure.com/',
    'sample-key',
    'your-api-key-1',
    'xxxx-your-key',
    '***key***',
  ])('%j is a placeholder', (value) => {
    expect(isPlaceholder(value)).toBe(true);
  });

  it.each([
    'fakeKey',
    'test-key',
    'dummy',
    'mock-api-key',
    'testkey',
    'FOO_BAR',
    'demo.key',
    'invalid_key_123',
    'TestApiKey',
  ])('%j is a dummy', (value) => {
    expect(isDummy(value)).toBe(true);
  });

  // Words inside runs of random-looking characters (built at run time: no key-shaped string is committed).
  const hex = (): string => generateLegacyKey(random).slice(0, 12);
  it.each([
    () => `${hex()}Foo${hex()}`,
    () => `${hex()}Test${hex()}`,
    () => `${hex()}-Your.${hex()}`,
    () => `${hex()}Sample${hex()}`,
    () => `${hex()}_fake_${hex()}`,
    () => 'contest',
    () => 'barrier',
    () => 'fooled',
    () => 'protest-cases',
  ])('a word inside a random run is no placeholder or dummy (%#)', (make) => {
    const value = make();
    expect(isPlaceholder(value)).toBe(false);
    expect(isDummy(value)).toBe(false);
  });
});

describe('masked keys', () => {
  it.each([
    '****…a1b2',
    'xxxx-…-1234',
    'sk-...abcd',
    '••••••••1234',
    'abcd****************************',
    '****************7f3c',
  ])('%j is a masked key', (value) => {
    expect(isMaskedKey(value)).toBe(true);
    expect(isNonSecret(value) || value.length < 16).toBe(true);
  });

  it.each(['xxxxxxxx', '***', 'your-key-xxxx', '***key***', '<your-key>', 'xxxx'])(
    '%j is not a masked key',
    (value) => {
      expect(isMaskedKey(value)).toBe(false);
    },
  );
});
