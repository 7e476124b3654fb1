import { AST_TOKEN_TYPES, type TSESTree } from '@typescript-eslint/types';
import type { Context } from './ast.js';
import { SINKS } from './sinks/catalogue.js';
import { tokenIndexAt } from './sinks/anchors.js';

/**
 * Per-file text facts: which vocabularies the file's text holds. Every rule asks them before any AST work, so a
 * file without a rule's words costs the rule nothing. The facts are the union of the rules' own text conditions;
 * each is a necessary condition (a word every finding of that kind spells), never a guess. A fact is computed
 * the first time a rule asks (one scan of the text, cached for the file), and rules ask the cheap, rare facts
 * first. A string or identifier with an escape that could spell a letter may spell anything: then every fact holds.
 */

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const SDK_NAMES = [
  ...new Set(SINKS.flatMap((row) => [...row.modules, ...(row.global === undefined ? [] : [row.global])])),
].sort((a, b) => b.length - a.length);

/** What each fact looks for (linear patterns; the `i` flag where the rules compare names in any case). */
const PATTERNS = {
  /**
   * Where a secret slot can be: an SDK module or global of the catalogue (module names are case-sensitive), a key
   * header or query parameter, an `Authorization` header, a Speech property or proxy.
   */
  slots: new RegExp(
    `${SDK_NAMES.map(escape).join('|')}|ocp-apim|subscription-?key|api-?key|prediction-key|training-key|authorization|setProperty|setProxy`,
    'i',
  ),
  keyInQuery: /subscription-?key|api-?key/i,
  /** Connection-string and SAS markers, client secrets (`Q~`), JWTs (`eyJ`). */
  credentials: /accountkey=|sharedaccesskey=|sig=|Q~|eyJ/i,
  /**
   * A string that could be a secret in a key, token or credential slot (classify.ts asks no less): 16 or more
   * characters of a key's alphabet between quotes with a digit among them, after an optional `Bearer` scheme; a
   * padded base64 value of 40 or more without one; or an `EndpointKey` scheme (its GUID may have no digit).
   */
  secretValue:
    /["'`]\s*(?:bearer\s+)?(?=[\w+/=.~:-]{16,}\s*["'`])[a-z+/=.~:_-]*\d|["'`]\s*(?:bearer\s+)?[a-z+/]{40,}=|endpointkey\s/i,
  /** Where a password slot can be: `UsernamePasswordCredential`, Speech `setProxy` and `…_ProxyPassword`. */
  password: /password|setproxy/i,
  /** A legacy key: a string of exactly 32 hex characters. */
  legacyKey: /["'`][\da-f]{32}["'`]/i,
  /** Browser-public env prefixes, `import.meta`, `dangerouslyAllowBrowser`. */
  browser:
    /VITE_|NEXT_PUBLIC_|REACT_APP_|GATSBY_|EXPO_PUBLIC_|PUBLIC_|VUE_APP_|NG_APP_|import\.meta|dangerouslyAllowBrowser/,
  env: /(?<![\w$])env(?![\w$])/,
  tlsVersions: /TLSv1|SSLv|tls-m/,
  certificate: /rejectUnauthorized|REJECT_UNAUTHORIZED|strictSSL|checkServerIdentity|disableTLSCerts/,
  plaintext: /http:|ws:/i,
  insecureConnection: /allowinsecureconnection/i,
  /** Azure AI and loopback host names. */
  hosts:
    /cognitiveservices\.azure|openai\.azure|api\.cognitive|microsofttranslator|services\.ai\.azure|speech\.microsoft|azure-api\.net|search\.windows\.net|inference\.ai\.azure|localhost|127\.|::1|169\.254/i,
  iacModules: /@pulumi\/azure|@cdktf\/provider-azurerm|@azure\/arm-cognitiveservices/,
  audio: /audiologging|storeaudio/i,
} as const;

export type Fact = keyof typeof PATTERNS | 'identifiableKey' | 'keyNames';

interface FileFactCache {
  readonly escapes: boolean;
  readonly known: Map<Fact, boolean>;
}

const cache = new WeakMap<object, FileFactCache>();

function factsOf(context: Pick<Context, 'sourceCode'>): FileFactCache {
  const { ast, text } = context.sourceCode;
  let facts = cache.get(ast);
  if (!facts) {
    // The facts are JS text conditions: a file of another language (JSON, .env, Bicep) is never gated out by them.
    const js = (ast as { type?: string }).type === 'Program';
    facts = { escapes: !js || hasLetterEscapes(text, ast.tokens), known: new Map() };
    cache.set(ast, facts);
  }
  return facts;
}

/** Whether the file's text holds the fact's words (true for every fact when it has letter-making escapes). */
export function holds(context: Pick<Context, 'sourceCode'>, fact: Fact): boolean {
  const facts = factsOf(context);
  if (facts.escapes) return true;
  let value = facts.known.get(fact);
  if (value === undefined) {
    value = scan(context.sourceCode.text, fact);
    facts.known.set(fact, value);
  }
  return value;
}

function scan(text: string, fact: Fact): boolean {
  if (fact === 'identifiableKey') return text.includes('JQQJ99');
  if (fact === 'keyNames') return hasCompoundKeyName(text);
  return PATTERNS[fact].test(text);
}

/** `apiKey`, `SPEECH_KEY`, `speech-key`, `key2` after a letter: a word that ends a compound name in `key`. */
function hasCompoundKeyName(text: string): boolean {
  const re = /[k\u212A]ey\d?(?![a-z])/gi;
  for (let match = re.exec(text); match; match = re.exec(text)) {
    let before = match.index - 1;
    if (text.charAt(before) === '-' || text.charAt(before) === '_') before--;
    if (/[a-z\d]/i.test(text.charAt(before))) return true;
  }
  return false;
}

/** Whether the file may hold any of `facts` (asked in order: put the cheap, rare ones first). */
export function mayHold(context: Pick<Context, 'sourceCode'>, ...facts: readonly Fact[]): boolean {
  return facts.some((fact) => holds(context, fact));
}

/** Whether the file has a string, template or identifier escape that could spell a letter. */
export function hasEscapes(context: Pick<Context, 'sourceCode'>): boolean {
  return factsOf(context).escapes;
}

/**
 * Whether the file's text may spell one of the words a rule looks for (a file with letter-making escapes always
 * may). `words` must be a linear pattern.
 */
export function mayMention(context: Context, words: RegExp): boolean {
  return factsOf(context).escapes || words.test(context.sourceCode.text);
}

/** An escape that could make a letter; `\n`, `\t`, `\"`… make none, so they cannot hide a word. */
const NO_LETTER = new Set(['b', 'f', 'n', 'r', 't', 'v', "'", '"', '\\', '`', '$']);

/**
 * Whether a string, template or identifier holds an escape that could make a letter. Each backslash of the
 * text is looked up in the token list (tokens are sorted): backslashes in comments and regular expressions
 * spell nothing a rule reads. Without a token list, any such escape counts.
 */
function hasLetterEscapes(text: string, tokens: readonly TSESTree.Token[] | undefined): boolean {
  let t = 0;
  for (let at = text.indexOf('\\'); at >= 0; at = text.indexOf('\\', at + 2)) {
    if (NO_LETTER.has(text.charAt(at + 1))) continue;
    if (!tokens) return true;
    t = tokenIndexAt(tokens, at, t);
    const token = tokens[t];
    if (!token || token.range[0] > at) continue;
    if (token.type === AST_TOKEN_TYPES.RegularExpression || token.type === AST_TOKEN_TYPES.Punctuator) continue;
    return true;
  }
  return false;
}
