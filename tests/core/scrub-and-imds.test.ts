import { describe, expect, it } from 'vitest';
import { isInstanceMetadataHost, isLoopbackHost } from '../../src/core/endpoints/hosts.js';
import { isNonSecret, isPlaceholder, isRedactionMarker } from '../../src/core/secrets/not-secret.js';

describe('isRedactionMarker', () => {
  it('recognises markers code writes where it scrubs a key', () => {
    for (const v of [
      '<REDACTED>',
      '[REDACTED]',
      'REDACTED',
      '[redacted]',
      '(redacted)',
      '{REDACTED}',
      ' <redacted> ',
      '***',
      '********',
    ]) {
      expect(isRedactionMarker(v)).toBe(true);
    }
  });
  it('does not take placeholders or other values for markers', () => {
    for (const v of [
      '<your-key>',
      'YOUR_KEY',
      '',
      '**',
      'redacted-key-here',
      '***key***',
      'REDACTED_API_KEY',
      'xxxx',
      '<REDACTED',
    ]) {
      expect(isRedactionMarker(v)).toBe(false);
    }
  });
  it('leaves isPlaceholder / isNonSecret as they were', () => {
    expect(isPlaceholder('<REDACTED>')).toBe(true);
    expect(isNonSecret('***')).toBe(true);
  });
});

describe('isInstanceMetadataHost', () => {
  it('is the Azure IMDS link-local address only', () => {
    expect(isInstanceMetadataHost('169.254.169.254')).toBe(true);
    expect(isInstanceMetadataHost('169.254.169.254.')).toBe(true);
    for (const h of ['169.254.169.25', '169.254.0.1', '169.254.169.254.example.com', 'localhost'])
      expect(isInstanceMetadataHost(h)).toBe(false);
  });
  it('is not a loopback host', () => {
    expect(isLoopbackHost('169.254.169.254')).toBe(false);
  });
});
