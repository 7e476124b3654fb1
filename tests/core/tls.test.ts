import { describe, expect, it } from 'vitest';
import {
  classifySecureProtocol,
  isTlsVersionString,
  isWeakTlsVersion,
  weakCliFlags,
} from '../../src/core/tls/versions.js';

describe('isWeakTlsVersion', () => {
  it.each(['TLSv1', 'TLSv1.1'])('%s is weak', (v) => {
    expect(isWeakTlsVersion(v)).toBe(true);
  });
  it.each(['TLSv1.2', 'TLSv1.3', 'tlsv1', 'TLSv1 ', 'SSLv3', ''])('%j is not reported', (v) => {
    expect(isWeakTlsVersion(v)).toBe(false);
  });
  it('recognises version strings', () => {
    expect(isTlsVersionString('TLSv1.3')).toBe(true);
    expect(isTlsVersionString('TLSv1.4')).toBe(false);
  });
});

describe('classifySecureProtocol', () => {
  it.each([
    ['TLSv1_method', 'TLSv1_2_method'],
    ['TLSv1_1_method', 'TLSv1_2_method'],
    ['TLSv1_client_method', 'TLSv1_2_client_method'],
    ['TLSv1_1_server_method', 'TLSv1_2_server_method'],
    ['SSLv3_method', 'TLSv1_2_method'],
    ['SSLv2_client_method', 'TLSv1_2_client_method'],
  ])('%s is weak, replaced by %s', (value, replacement) => {
    expect(classifySecureProtocol(value)).toEqual({ kind: 'weak', replacement });
  });
  it.each([
    ['SSLv23_method', 'TLSv1_2_method'],
    ['SSLv23_client_method', 'TLSv1_2_client_method'],
    ['SSLv23_server_method', 'TLSv1_2_server_method'],
  ])('%s is legacy, replaced by %s', (value, replacement) => {
    expect(classifySecureProtocol(value)).toEqual({ kind: 'legacy', replacement });
  });
  it.each([
    'TLS_method',
    'TLSv1_2_method',
    'TLSv1_3_method',
    'TLS_client_method',
    'TLSv1_2_server_method',
    'method',
    '',
  ])('%j is fine', (value) => {
    expect(classifySecureProtocol(value)).toBeUndefined();
  });
});

describe('weakCliFlags', () => {
  it('finds the weak flags as tokens', () => {
    expect(weakCliFlags('--max-old-space-size=4096 --tls-min-v1.0 --tls-max-v1.1')).toEqual([
      { flag: '--tls-min-v1.0', index: 26, kind: 'min', replacement: '--tls-min-v1.2' },
      { flag: '--tls-max-v1.1', index: 41, kind: 'max', replacement: '--tls-max-v1.3' },
    ]);
    expect(weakCliFlags('"--tls-min-v1.1"')).toHaveLength(1);
  });
  it.each([
    '--tls-min-v1.2',
    '--tls-min-v1.3 --tls-max-v1.3',
    '--tls-min-v1.0x',
    'x--tls-min-v1.0',
    '--tls-min-v1.10',
    '---tls-min-v1.0',
    '',
  ])('%j has none', (text) => {
    expect(weakCliFlags(text)).toEqual([]);
  });
  it('is linear on long input', () => {
    const text = '--tls-m'.repeat(50_000);
    const start = performance.now();
    weakCliFlags(text);
    expect(performance.now() - start).toBeLessThan(1000);
  });
});
