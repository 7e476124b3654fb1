/** What names say: word splitting, key-named and token-named bindings, secret-named variables. Language-independent. */

/** Splits `speechKey`, `SPEECH_KEY`, `speech-key`, `Ocp-Apim-Subscription-Key` into lower-case words. */
export function nameWords(name: string): string[] {
  if (name.length > 120) return [];
  // One pass, no backtracking: a word ends at a non-alphanumeric, at lower→upper (`speechKey`), and
  // before the last capital of an acronym followed by lower case (`APIKey` → api, key).
  const words: string[] = [];
  let word = '';
  for (let i = 0; i < name.length; i++) {
    const ch = name.charAt(i);
    const isUpper = ch >= 'A' && ch <= 'Z';
    const isLower = (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9');
    if (!isUpper && !isLower) {
      if (word) words.push(word);
      word = '';
      continue;
    }
    const prev = name.charAt(i - 1);
    const next = name.charAt(i + 1);
    const prevLower = (prev >= 'a' && prev <= 'z') || (prev >= '0' && prev <= '9');
    const prevUpper = prev >= 'A' && prev <= 'Z';
    const nextLower = next >= 'a' && next <= 'z';
    if (word && isUpper && (prevLower || (prevUpper && nextLower))) {
      words.push(word);
      word = '';
    }
    word += ch.toLowerCase();
  }
  if (word) words.push(word);
  return words;
}

/** Qualifiers that make a "...Key" name something other than a service key. */
const NOT_SERVICE_KEY = new Set([
  'public',
  'ssh',
  'sort',
  'cache',
  'partition',
  'row',
  'foreign',
  'idempotency',
  'dedupe',
  'lookup',
  'map',
  'hot',
  'i18n',
  'translation',
  'unique',
  'react',
  'storage',
  'encryption',
  'signing',
  'private',
  'pgp',
  'gpg',
  'dedup',
  'object',
  'hash',
  'index',
  'composite',
  'natural',
  'cursor',
  'route',
  'query',
  'redis',
  'state',
]);

/**
 * Whether a name's last word can be a key's (`key`, `key2`, `apikey`, `subscriptionkey` all end so): the last
 * ASCII letter-or-digit run ends in `key`, with at most one digit after it. Most names are rejected here, unsplit.
 */
function mayEndInKey(name: string): boolean {
  let end = name.length;
  while (end > 0 && !isAsciiAlnum(name.charCodeAt(end - 1))) end--;
  const last = name.charCodeAt(end - 1);
  if (last >= 48 && last <= 57) end--;
  return (
    end >= 3 &&
    (name.charCodeAt(end - 1) | 32) === 121 &&
    (name.charCodeAt(end - 2) | 32) === 101 &&
    (name.charCodeAt(end - 3) | 32) === 107
  );
}

/** An ASCII letter or digit (a UTF-16 code unit). */
export function isAsciiAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/**
 * A phrase, not a name: whitespace between two words (`"Enter your API key"`, an i18n message key or a UI
 * label). No binding, header, setting or env name an SDK reads has one; i18n dictionaries are full of them.
 */
function isPhrase(name: string): boolean {
  return /\s/.test(name.trim());
}

/** The words of a name that holds an Azure AI key (`isKeyName`); undefined for any other name. */
function keyNameWords(name: string): string[] | undefined {
  if (!mayEndInKey(name) || isPhrase(name)) return undefined;
  const words = nameWords(name);
  const last = words.at(-1);
  if (last === undefined) return undefined;
  if (last === 'apikey' || last === 'subscriptionkey') return words;
  if (!/^key\d?$/.test(last)) return undefined;
  const qualifier = words.at(-2);
  return qualifier === undefined || !NOT_SERVICE_KEY.has(qualifier) ? words : undefined;
}

/** Names that hold an Azure AI key: `subscriptionKey`, `speechKey`, `apiKey`, `AZURE_OPENAI_KEY`, `"api-key"`. */
export function isKeyName(name: string): boolean {
  return keyNameWords(name) !== undefined;
}

/**
 * A key name that says which key it is (`apiKey`, `speechKey`, `SUBSCRIPTION_KEY`), not a bare `key` (React
 * lists, maps, i18n are full of those).
 */
export function isSpecificKeyName(name: string): boolean {
  const words = keyNameWords(name);
  if (words === undefined) return false;
  return words.length >= 2 || words[0] === 'apikey' || words[0] === 'subscriptionkey';
}

/** Names that hold a bearer token: `accessToken`, `idToken`, `jwt`, `bearerToken`, `AUTH_TOKEN`. */
export function isTokenName(name: string): boolean {
  // Every accepted last word contains one of these: most names are rejected here, unsplit.
  if (!/token|jwt|bearer/i.test(name)) return false;
  const last = nameWords(name).at(-1);
  return last === 'token' || last === 'jwt' || last === 'accesstoken' || last === 'bearer';
}

const SECRET_LAST_WORDS = new Set([
  'key',
  'key1',
  'key2',
  'apikey',
  'subscriptionkey',
  'secret',
  'token',
  'password',
  'passwd',
  'pwd',
  'sas',
  'credential',
  'credentials',
]);
/** Qualifiers that make a secret-looking name public or not a value: `PUBLIC_KEY`, `TOKEN_URL` is caught by the last word. */
const NOT_SECRET_QUALIFIERS = new Set([
  'public',
  'publishable',
  'site',
  'cache',
  'sort',
  'partition',
  'row',
  'idempotency',
  'csrf',
]);

const TRAILING_QUALIFIERS = /^(?:\d+|primary|secondary|old|new|current|next|prev|previous|value|raw)$/;

/**
 * A variable name that holds a secret: its last word is KEY, SECRET, TOKEN, PASSWORD (or it ends in
 * CONNECTION_STRING). `AZURE_OPENAI_API_KEY`, `SPEECH_KEY`, `AZURE_CLIENT_SECRET`, `STORAGE_CONNECTION_STRING`;
 * not `SPEECH_REGION`, `AZURE_OPENAI_ENDPOINT`, `KEY_VAULT_URL`, `TOKEN_ENDPOINT`, `RECAPTCHA_SITE_KEY`.
 */
export function isSecretEnvName(name: string | undefined): boolean {
  if (name === undefined) return false;
  const words = nameWords(name);
  // SPEECH_KEY_2, AZURE_OPENAI_KEY_SECONDARY: the qualifier after the secret word does not change what it is.
  while (words.length > 1 && TRAILING_QUALIFIERS.test(words.at(-1) ?? '')) words.pop();
  const last = words.at(-1);
  if (last === undefined) return false;
  if (last === 'connectionstring' || (last === 'string' && words.at(-2) === 'connection')) return true;
  if (!SECRET_LAST_WORDS.has(last)) return false;
  const qualifier = words.at(-2);
  return qualifier === undefined || !NOT_SECRET_QUALIFIERS.has(qualifier);
}
