// The per-file text facts that gate the rules: each finds its words, and only letter-making escapes in strings
// or identifiers (not in comments or regular expressions) open every gate.
import { describe, expect, it } from 'vitest';
import { maySecretEnvRead } from '../../src/core/env.js';
import { type Fact, hasEscapes, holds } from '../../src/core/facts.js';
import { looksLikeSecretValue } from '../../src/core/secrets/not-secret.js';
import { seeded } from '../support/keys.js';
import { lintWithProbe } from '../support/probe.js';

function factsOf(code: string, facts: readonly Fact[]): { escapes: boolean; held: Fact[] } {
  let result = { escapes: false, held: [] as Fact[] };
  lintWithProbe(code, (context) => {
    result = { escapes: hasEscapes(context), held: facts.filter((fact) => holds(context, fact)) };
    return {};
  });
  return result;
}

const ALL: readonly Fact[] = [
  'slots',
  'keyInQuery',
  'credentials',
  'legacyKey',
  'identifiableKey',
  'keyNames',
  'browser',
  'env',
  'tlsVersions',
  'certificate',
  'plaintext',
  'insecureConnection',
  'hosts',
  'iacModules',
  'audio',
  'secretValue',
  'password',
];

describe('file facts', () => {
  it.each([
    ['import x from "@azure/core-auth";', ['slots']],
    ['const h = { "Ocp-Apim-Subscription-Key": k };', ['slots', 'keyInQuery', 'keyNames']],
    ['fetch(u + "?subscription-key=" + k);', ['slots', 'keyInQuery', 'keyNames']],
    // An SDK module counts as a whole string; Authorization only with a string that starts with a scheme.
    ['// built on @azure/core-auth', []],
    ['const m = require("@azure/core-auth/dist");', []],
    ["const m = require('openai');", ['slots']],
    ['const o = { Authorization: t };', []],
    ['const o = { Authorization: scheme + " " + t, scheme: "Bearer" };', []],
    ['const o = { Authorization: "Bearer " + t };', ['slots']],
    ['const o = { authorization: `bearer ${t}` };', ['slots']],
    ['h.set("Authorization", "EndpointKey " + k);', ['slots', 'keyNames', 'secretValue']],
    ['const s = "AccountKey=abc";', ['credentials', 'keyNames']],
    ['const k = "0123456789abcdef0123456789abcdef";', ['legacyKey', 'secretValue']],
    ['const v = "x-ms-client-request-id";', []],
    ['const t = "Bearer 2b7f0c1e9a8d4f3b";', ['secretValue']],
    ['const a = "EndpointKey " + k;', ['keyNames', 'secretValue']],
    ['new UsernamePasswordCredential(t, c, u, p);', ['password']],
    ['const speechKey = 1;', ['keyNames']],
    ['const key = Object.keys(o);', []],
    ['read(import.meta.env.VITE_X);', ['browser', 'env']],
    ['read(process.env.X);', ['env']],
    ['const environment = 1;', []],
    ['const o = { minVersion: "TLSv1" };', ['tlsVersions']],
    ['const o = { rejectUnauthorized: false };', ['certificate']],
    ['const u = "http://localhost:5000";', ['plaintext', 'hosts', 'secretValue']],
    // A plaintext URL counts at the start of a string's value (after whitespace), not in a comment or mid-text.
    ['// docs: http://www.apache.org/licenses', []],
    ['const s = "see http://x";', []],
    ['const u = ` \\n http://svc:80`;', ['plaintext']],
    ['const o = { allowInsecureConnection: true };', ['insecureConnection']],
    ['import * as native from "@pulumi/azure-native";', ['iacModules']],
    ['config.enableAudioLogging();', ['audio']],
  ] as const)('%s', (code, expected) => {
    const { escapes, held } = factsOf(code, ALL);
    expect(escapes).toBe(false);
    expect(held).toEqual(expected);
  });

  it('every value classify.ts could call a secret in a slot holds the secretValue fact, however it is quoted', () => {
    const random = seeded(7);
    const pick = (alphabet: string, n: number): string =>
      Array.from({ length: n }, () => alphabet.charAt(Math.floor(random() * alphabet.length))).join('');
    const alphabets = [
      'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789',
      'abcdef0123456789',
      'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+/=._~:-',
      'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ+/',
    ];
    let checked = 0;
    for (let i = 0; i < 400; i++) {
      const alphabet = alphabets[i % alphabets.length] ?? '';
      const body = pick(alphabet, 16 + Math.floor(random() * 60));
      const value = i % 4 === 3 ? `${body}${pick('abcdefghABCDEFGH', 40)}=` : body;
      if (!looksLikeSecretValue(value)) continue;
      checked++;
      for (const quoted of [`"${value}"`, `'${value}'`, `\`${value}\``, `"Bearer ${value}"`, `' ${value} '`])
        expect([quoted, factsOf(`const v = ${quoted};`, ['secretValue']).held]).toEqual([quoted, ['secretValue']]);
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('an escape that can spell a letter, in a string or an identifier, opens every gate', () => {
    for (const code of [
      'const s = "\\x41";',
      'const s = `\\u{41}`;',
      'const s = "\\k";',
      'const \\u0061 = 1;',
      'const s = "a\\\nb";',
    ]) {
      const { escapes, held } = factsOf(code, ALL);
      expect([code, escapes, held.length]).toEqual([code, true, ALL.length]);
    }
  });

  it('escapes that make no letter, and escapes in comments and regular expressions, do not', () => {
    for (const code of [
      'const s = "a\\nb\\t\\"c\\\\";',
      '// \\x41 \\u0041\nconst r = /\\x41\\d/;',
      '/* \\k */ const x = 1;',
    ]) {
      expect([code, factsOf(code, ALL).escapes]).toEqual([code, false]);
    }
  });
});

describe('maySecretEnvRead', () => {
  const mayRead = (code: string): boolean => {
    let result = false;
    lintWithProbe(code, (context) => {
      result = maySecretEnvRead(context);
      return {};
    });
    return result;
  };

  it.each([
    ['const k = process.env.SPEECH_KEY;', true],
    ['const k = process.env["AZURE_OPENAI_API_KEY"];', true],
    ['const { TRANSLATOR_KEY } = process.env;', true],
    ['const { NODE_ENV, ...rest } = process.env;', true],
    ['const k = import.meta.env.VITE_SPEECH_KEY;', true],
    ['const k = globalThis.process.env.CLIENT_SECRET;', true],
    ['const env = process.env; use(env);', true],
    ['send(process.env);', true],
    ['const k = (process.env as Record<string, string>).SPEECH_KEY;', true],
    ['if (process.env.NODE_ENV === "production") debug = process.env.DEBUG;', false],
    ['const { NODE_ENV, PORT } = process.env;', false],
    ['const v = process.env[name];', false],
    ['const env = "production"; const o = { env: 1 };', false],
    ['const k = process.\\u0065nv.SPEECH_KEY;', true],
  ] as const)('%s', (code, expected) => {
    expect(mayRead(code)).toBe(expected);
  });
});
