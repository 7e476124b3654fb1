// isKeyName and isSpecificKeyName reject most names before splitting them (names.ts `mayEndInKey`); the answers
// must be those of the plain rule: split the name, then judge its last words.
import { describe, expect, it } from 'vitest';
import { isKeyName, isSpecificKeyName, nameWords } from '../../src/core/names.js';

/** The rule as written before the shortcut: any name with "key" in it is split and judged by its words. */
function plainKeyWords(name: string, notServiceKey: (word: string) => boolean): string[] | undefined {
  if (!/key/i.test(name)) return undefined;
  // A phrase (whitespace between words: an i18n message key, a UI label) is no name.
  if (/\s/.test(name.trim())) return undefined;
  const words = nameWords(name);
  const last = words.at(-1);
  if (last === undefined) return undefined;
  if (last === 'apikey' || last === 'subscriptionkey') return words;
  if (!/^key\d?$/.test(last)) return undefined;
  const qualifier = words.at(-2);
  return qualifier === undefined || !notServiceKey(qualifier) ? words : undefined;
}

const PARTS = [
  'key',
  'Key',
  'KEY',
  'api',
  'API',
  'speech',
  'cache',
  'public',
  'keys',
  'subscription',
  'Kelvin',
  '\u212Aey',
];
const GLUE = ['', '_', '-', '.', ' ', '$', '0', '1', '9', '12', 'é'];

function* names(count: number): Generator<string> {
  let state = 12345;
  const pick = <T>(list: readonly T[]): T => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return list[state % list.length] as T;
  };
  for (let i = 0; i < count; i++) {
    let name = '';
    const n = 1 + (i % 4);
    for (let k = 0; k < n; k++) name += pick(GLUE) + pick(PARTS);
    yield name + pick(GLUE);
  }
}

describe('key names', () => {
  it('gives the plain rule’s answers on generated names', () => {
    // The qualifiers that make a name no service key, read back from the function itself: `cacheKey` is not one.
    const notServiceKey = (word: string): boolean => !isKeyName(`${word}Key`) && /^[a-z0-9]+$/.test(word);
    let keyNames = 0;
    for (const name of names(20_000)) {
      const words = plainKeyWords(name, notServiceKey);
      expect(isKeyName(name), name).toBe(words !== undefined);
      const specific =
        words !== undefined && (words.length >= 2 || words[0] === 'apikey' || words[0] === 'subscriptionkey');
      expect(isSpecificKeyName(name), name).toBe(specific);
      if (words) keyNames++;
    }
    expect(keyNames).toBeGreaterThan(1000);
  });
});

describe('phrases', () => {
  it('are no key names, however they end', () => {
    for (const phrase of ['the key', 'Enter your API key', 'Your subscription key', 'Speech\tkey', 'api key'])
      expect([isKeyName(phrase), isSpecificKeyName(phrase)], phrase).toEqual([false, false]);
  });
  it('differ from names with spaces around them or other separators', () => {
    for (const name of [' apiKey ', 'speech.key', 'SPEECH_KEY', 'Ocp-Apim-Subscription-Key'])
      expect(isSpecificKeyName(name), name).toBe(true);
  });
});
