// The one-pass word automaton behind the text facts: it must find exactly what a naive search finds, in any case,
// overlapping words and words inside words included; and the text facts built on it must equal the regular
// expressions they replaced (written out below as they were), on generated texts and (when `npm run bench` has
// copied it) the benchmark corpus.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Fact, holds } from '../../src/core/facts.js';
import { SINKS } from '../../src/core/sinks/catalogue.js';
import { wordScanner } from '../../src/core/word-scan.js';
import { seeded } from '../support/keys.js';

function naiveHits(text: string, words: readonly string[]): string[] {
  const lower = text.replace(/[A-Z]/g, (c) => c.toLowerCase()).replace(/\u212A/g, 'k');
  const out: string[] = [];
  for (let end = 1; end <= lower.length; end++)
    words.forEach((word, i) => {
      if (end >= word.length && lower.slice(end - word.length, end) === word.toLowerCase()) out.push(`${i}@${end}`);
    });
  return out;
}

function scannerHits(text: string, words: readonly string[]): string[] {
  const out: string[] = [];
  wordScanner(words).scan(text, (word, end) => {
    out.push(`${word}@${end}`);
    return false;
  });
  return out;
}

const sortHits = (hits: string[]): string[] =>
  [...hits].sort((a, b) => Number(a.split('@')[1]) - Number(b.split('@')[1]) || a.localeCompare(b));

describe('wordScanner', () => {
  it('finds every occurrence of every word, in any case, as a naive search does', () => {
    const words = ['key', 'apikey', 'api-key', 'he', 'she', 'hers', 'his', 'aaa', 'a', 'env', 'http:'];
    const random = seeded(11);
    const alphabet = 'aAkKeEyYpPiIhHsSrRnNvV-:t\u212A é';
    let total = 0;
    for (let n = 0; n < 300; n++) {
      const text = Array.from({ length: 1 + Math.floor(random() * 40) }, () =>
        alphabet.charAt(Math.floor(random() * alphabet.length)),
      ).join('');
      const expected = sortHits(naiveHits(text, words));
      total += expected.length;
      expect([text, sortHits(scannerHits(text, words))]).toEqual([text, expected]);
    }
    expect(total).toBeGreaterThan(300);
  });

  it('stops when told to', () => {
    const seen: number[] = [];
    wordScanner(['ab']).scan('ab ab ab', (_, end) => {
      seen.push(end);
      return seen.length === 2;
    });
    expect(seen).toEqual([2, 5]);
  });

  it('refuses a word it cannot match', () => {
    expect(() => wordScanner(['clé'])).toThrow(/ASCII/);
  });
});

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const SDK_MODULES = [...new Set(SINKS.flatMap((row) => row.modules))];
const SDK_GLOBALS = [...new Set(SINKS.flatMap((row) => (row.global === undefined ? [] : [row.global])))];
const SDK_NAMES = [...SDK_MODULES, ...SDK_GLOBALS];
/** A string that starts with an Authorization scheme, then neither a name character nor a quote. */
const AUTHORIZATION_SCHEME = /["'`](?:bearer|endpointkey)(?![\w$"'`])/i;

/** The text facts' regular expressions before the one-pass scan (and the ad-hoc ones rules used), as they were. */
const BEFORE: Partial<Record<Fact, (text: string) => boolean>> = {
  // Before the SDK modules had to be whole strings and Authorization a scheme, `slots` was any SDK name in any case
  // and any `authorization`; these are its string forms.
  slots: (t) =>
    new RegExp(`(["'\`])(?:${SDK_MODULES.map(escapeRe).join('|')})\\1`).test(t) ||
    new RegExp(
      `${SDK_GLOBALS.map(escapeRe).join('|')}|ocp-apim|subscription-?key|api-?key|prediction-key|training-key|setProperty|setProxy`,
      'i',
    ).test(t) ||
    (/authorization/i.test(t) && AUTHORIZATION_SCHEME.test(t)),
  sdkModules: (t) => new RegExp(`(["'\`])(?:${SDK_MODULES.map(escapeRe).join('|')})\\1`).test(t),
  unnamedSlots: (t) =>
    /(?:subscription|api|prediction|training)-[k\u212A]ey|setProperty/i.test(t) ||
    (/authorization/i.test(t) && AUTHORIZATION_SCHEME.test(t)),
  authorization: (t) => /authorization/i.test(t),
  authorizationScheme: (t) => AUTHORIZATION_SCHEME.test(t),
  keyInQuery: (t) => /subscription-?key|api-?key/i.test(t),
  // no-key-in-query's listeners looked at the text for the containers' and calls' names only.
  dashedKeyParams: (t) => /(?:subscription|api)-[k\u212A]ey/i.test(t),
  credentials: (t) => /accountkey=|sharedaccesskey=|sig=|Q~|eyJ/i.test(t),
  jwt: (t) => /eyJ/i.test(t),
  password: (t) => /password|setproxy/i.test(t),
  proxy: (t) => /setproxy/i.test(t),
  vault: (t) => /getSecret/.test(t),
  // The test before it was a whole string was any `openai` in any case; this is its string form.
  storedCompletions: (t) => /(["'`])(?:openai|@langchain\/openai|@ai-sdk\/azure|@llamaindex\/azure)\1/.test(t),
  identifiableKey: (t) => t.includes('JQQJ99'),
  key: (t) => /[k\u212A]ey/i.test(t),
  // A letter or digit before `key`, across `_`, `-`, `$` and non-ASCII characters (an identifier's or header's
  // separators), or, where `key` ends a string, across any characters but quotes and line breaks (at most 119 of
  // either, within 120 characters before it; the quote within 121 after it).
  keyNames: (t) => {
    const re = /[k\u212A]ey(?![a-z])/gi;
    for (let m = re.exec(t); m; m = re.exec(t)) {
      const head = t.slice(Math.max(0, m.index - 120), m.index);
      if (/[a-z\d][_$\u0080-\uffff-]*$/i.test(head)) return true;
      const tail = t.slice(m.index + 3, m.index + 3 + 121);
      if (/^\d?[^a-z\d"'`\n\r]*["'`]/i.test(tail) && /[a-z\d][^a-z\d"'`\n\r]*$/i.test(head)) return true;
    }
    return false;
  },
  browser: (t) =>
    /VITE_|NEXT_PUBLIC_|REACT_APP_|GATSBY_|EXPO_PUBLIC_|PUBLIC_|VUE_APP_|NG_APP_|import\.meta|dangerouslyAllowBrowser/.test(
      t,
    ),
  env: (t) => /(?<![\w$])env(?![\w$])/.test(t),
  tlsVersions: (t) => /TLSv1|SSLv|tls-m/.test(t),
  certificate: (t) => /rejectUnauthorized|REJECT_UNAUTHORIZED|strictSSL|checkServerIdentity|disableTLSCerts/.test(t),
  // Before it was held to the start of a string's value, `plaintext` was any `http:` or `ws:`.
  plaintext: (t) => /["'`](?:[^\x21-\x7f]|\\[ntrvf])*(?:http|ws):/i.test(t),
  insecureConnection: (t) => /allowinsecureconnection/i.test(t),
  hosts: (t) =>
    /cognitiveservices\.azure|openai\.azure|api\.cognitive|microsofttranslator|services\.ai\.azure|speech\.microsoft|azure-api\.net|search\.windows\.net|inference\.ai\.azure|localhost|127\.|::1|169\.254/i.test(
      t,
    ),
  iacModules: (t) => /@pulumi\/azure|@cdktf\/provider-azurerm|@azure\/arm-cognitiveservices/.test(t),
  audio: (t) => /audiologging|storeaudio/i.test(t),
  // The test loggers.ts made before it was a fact was wider (any `debug`, or any escape); this is its string form.
  debugModule: (t) => /"debug"|'debug'|`debug`/.test(t),
};

/** The facts of a text, without a parse (no token list: an escape opens no gate here). */
function factsNow(text: string): string[] {
  const context = { sourceCode: { text, ast: { type: 'Program', tokens: [] } } } as unknown as Parameters<
    typeof holds
  >[0];
  return Object.keys(BEFORE).filter((fact) => holds(context, fact as Fact));
}

const factsBefore = (text: string): string[] =>
  Object.entries(BEFORE)
    .filter(([, test]) => test(text))
    .map(([fact]) => fact);

describe('the text facts found in one pass', () => {
  it('equal the regular expressions they replaced, on generated texts', () => {
    const random = seeded(5);
    const pieces = [
      ...SDK_NAMES,
      ...SDK_MODULES.map((name) => `"${name}"`),
      "'@azure/openai'",
      '`openai`',
      '"OPENAI"',
      '"Bearer ',
      "'bearer'",
      '`EndpointKey ${',
      '"Bearerx',
      'Bearer ',
      'endpointkey',
      'Ocp-Apim-Subscription-Key',
      'api-key',
      'APIKEY',
      'subscriptionKey',
      'Authorization',
      'setProperty',
      'SETPROXY',
      'AccountKey=',
      'sig=',
      'q~',
      'EYJ',
      'password',
      'getSecret',
      'getsecret',
      'OpenAI',
      '@ai-sdk/azure',
      '"openai"',
      "'OpenAI'",
      "'@ai-sdk/azure'",
      '`@langchain/openai`',
      '"@llamaindex/azure"',
      '"openai',
      'JQQJ99',
      'jqqj99',
      'speechKey',
      'key',
      'KEY2',
      'k\u212Aey',
      '_key',
      '-key',
      '$key',
      '__KEY',
      '.key',
      ' key"',
      ".key1'",
      'é-key',
      '\n',
      'keys',
      'VITE_',
      'vite_',
      'import.meta',
      'env',
      'process.env',
      'envy',
      '$env',
      'TLSv1',
      'tlsv1',
      'rejectUnauthorized',
      'HTTP:',
      'ws:',
      '"http://',
      "' \\tHTTP:",
      '`\\n ws:',
      '"\u00a0http:',
      '"\\\\nhttp:',
      '= http:',
      'localhost',
      '127.',
      '::1',
      '@pulumi/azure',
      '@PULUMI/AZURE',
      'AudioLogging',
      'debug',
      'Debug',
      '"debug"',
      "'debug'",
      '`debug`',
      '"debug',
      ' ',
      '.',
      '_',
      '$',
      '"',
      '1',
      'a',
      'Z',
    ];
    let differing = 0;
    for (let n = 0; n < 2000; n++) {
      const text = Array.from({ length: 1 + Math.floor(random() * 6) }, () => {
        const piece = pieces[Math.floor(random() * pieces.length)] ?? '';
        // Cut some pieces, so that words are broken across the text's edges and each other.
        return random() < 0.3 ? piece.slice(Math.floor(random() * piece.length)) : piece;
      }).join(random() < 0.5 ? '' : ' ');
      const before = factsBefore(text);
      if (before.length > 0) differing++;
      expect([text, factsNow(text)]).toEqual([text, before]);
    }
    expect(differing).toBeGreaterThan(1000);
  });

  const corpus = path.resolve('bench/corpus');
  it.skipIf(!existsSync(corpus))('equal them on the benchmark corpus', () => {
    const files: string[] = [];
    const visit = (dir: string): void => {
      for (const name of readdirSync(dir)) {
        const full = path.join(dir, name);
        if (statSync(full).isDirectory()) visit(full);
        else if (/\.(?:c|m)?js$/.test(name)) files.push(full);
      }
    };
    visit(corpus);
    let held = 0;
    for (const file of files.sort().filter((_, i) => i % 4 === 0)) {
      const text = readFileSync(file, 'utf8');
      const before = factsBefore(text);
      held += before.length;
      expect([file, factsNow(text)]).toEqual([file, before]);
    }
    expect(held).toBeGreaterThan(200);
  });
});
