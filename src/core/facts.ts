import type { Context } from './ast.js';
import { hasLetterEscapes } from './escapes.js';
import { PUBLIC_ENV_PREFIXES } from './browser-env.js';
import { SINKS } from './sinks/catalogue.js';
import { type WordScanner, wordScanner } from './word-scan.js';
import { isCompoundKeyName, isQuotedWhole, isWholeWord, startsString, startsValueAfterSpace } from './fact-checks.js';

/**
 * Per-file text facts: which vocabularies the file's text holds. Every rule asks them before any AST work, so a
 * file without a rule's words costs the rule nothing. The facts are the union of the rules' own text conditions;
 * each is a necessary condition (a word every finding of that kind spells), never a guess. The word facts are
 * found together, by one pass of one automaton over the text (word-scan.ts), the first time a rule asks; the two
 * pattern facts by a regular expression each, only when asked. A string or identifier with an escape that could
 * spell a letter may spell anything: then every fact holds.
 */

const SDK_MODULES = [...new Set(SINKS.flatMap((row) => row.modules))];
const SDK_GLOBALS = [...new Set(SINKS.flatMap((row) => (row.global === undefined ? [] : [row.global])))];

/** A word fact: its words; `exact`: in the case written (else any case); `check`: what must hold around a hit. */
interface WordFact {
  readonly words: readonly string[];
  readonly exact?: boolean;
  readonly check?: (text: string, start: number, end: number) => boolean;
}

const KEY_HEADER_WORDS = ['subscription-key', 'api-key', 'prediction-key', 'training-key'];

/** What each word fact looks for. */
const WORD_FACTS = {
  /**
   * Where a secret slot can be: an SDK global of the catalogue, a key header or query parameter, a key-named
   * option, a Speech property or proxy; also an SDK module (`sdkModules`) or an `Authorization` header with a
   * scheme (`IMPLIED` below).
   */
  slots: {
    words: [...SDK_GLOBALS, 'ocp-apim', ...KEY_HEADER_WORDS, 'subscriptionkey', 'apikey', 'setProperty', 'setProxy'],
  },
  /**
   * An SDK module of the catalogue as a whole string, in its case: the reference tracker finds an SDK call only
   * through an import or `require` of the module's exact name, and a module is named by one string.
   */
  sdkModules: { words: SDK_MODULES, exact: true, check: isQuotedWhole },
  /** What every slot the shape search finds that is not a key-named binding or property spells (and `IMPLIED`). */
  unnamedSlots: { words: [...KEY_HEADER_WORDS, 'setProperty'] },
  /** `Authorization`: a header name, a slot only with a scheme (`authorizationScheme`). */
  authorization: { words: ['authorization'] },
  /**
   * A string that starts with an Authorization header's scheme (`"Bearer …`, `` `EndpointKey ${k}` ``): an
   * Authorization slot's value is a string or template whose text starts so (sinks/shapes.ts `addAuthorization`).
   */
  authorizationScheme: { words: ['bearer', 'endpointkey'], check: startsString },
  keyInQuery: { words: ['subscription-key', 'subscriptionkey', 'api-key', 'apikey'] },
  /** The key query parameters a URL or a query object of a request library spells (with the dash). */
  dashedKeyParams: { words: ['subscription-key', 'api-key'] },
  /** Connection-string and SAS markers, client secrets (`Q~`), JWTs (`eyJ`). */
  credentials: { words: ['accountkey=', 'sharedaccesskey=', 'sig=', 'Q~', 'eyJ'] },
  /** A JWT's start. */
  jwt: { words: ['eyJ'] },
  /** Where a password slot can be: `UsernamePasswordCredential`, Speech `setProxy` and `…_ProxyPassword`. */
  password: { words: ['password', 'setproxy'] },
  proxy: { words: ['setProxy'] },
  /** A Key Vault secret read. */
  vault: { words: ['getSecret'], exact: true },
  /**
   * The modules of the OpenAI clients whose requests can store completions, each as a whole string (a module is
   * imported or required by one; the AI SDK's `ai` calls count only with `@ai-sdk/azure`'s models).
   */
  storedCompletions: {
    words: ['openai', '@langchain/openai', '@ai-sdk/azure', '@llamaindex/azure'],
    exact: true,
    check: isQuotedWhole,
  },
  /** An identifiable key's signature. */
  identifiableKey: { words: ['JQQJ99'], exact: true },
  /** `key` in any case: every key-named binding, property or header spells it. */
  key: { words: ['key'] },
  /**
   * `apiKey`, `SPEECH_KEY`, `speech-key`, `speech$key`, `"speech.key"`, `key2` after a letter: a word that ends a
   * compound name in `key`.
   */
  keyNames: { words: ['key'], check: isCompoundKeyName },
  /** Browser-public env prefixes, `import.meta`, `dangerouslyAllowBrowser`. */
  browser: { words: [...PUBLIC_ENV_PREFIXES, 'import.meta', 'dangerouslyAllowBrowser'], exact: true },
  env: { words: ['env'], exact: true, check: isWholeWord },
  tlsVersions: { words: ['TLSv1', 'SSLv', 'tls-m'], exact: true },
  certificate: {
    words: ['rejectUnauthorized', 'REJECT_UNAUTHORIZED', 'strictSSL', 'checkServerIdentity', 'disableTLSCerts'],
    exact: true,
  },
  /**
   * A plaintext URL's scheme at the start of a string or template's value, after whitespace (endpoints/hosts.ts
   * `plaintextUrlAt` trims it): a quote before it, across spaces and `\n`-like escapes.
   */
  plaintext: { words: ['http:', 'ws:'], check: startsValueAfterSpace },
  insecureConnection: { words: ['allowinsecureconnection'] },
  /** Azure AI and loopback host names. */
  hosts: {
    words: [
      'cognitiveservices.azure',
      'openai.azure',
      'api.cognitive',
      'microsofttranslator',
      'services.ai.azure',
      'speech.microsoft',
      'azure-api.net',
      'search.windows.net',
      'inference.ai.azure',
      'localhost',
      '127.',
      '::1',
      '169.254',
    ],
  },
  iacModules: { words: ['@pulumi/azure', '@cdktf/provider-azurerm', '@azure/arm-cognitiveservices'], exact: true },
  audio: { words: ['audiologging', 'storeaudio'] },
  /** The `debug` package's name as a whole string (`require("debug")`, `from 'debug'`): a module is named by one. */
  debugModule: { words: ['debug'], exact: true, check: isQuotedWhole },
} as const satisfies Record<string, WordFact>;

/** What each pattern fact looks for (linear patterns). */
const PATTERNS = {
  /**
   * A string that could be a secret in a key, token or credential slot (classify.ts asks no less): 16 or more
   * characters of a key's alphabet between quotes with a digit among them, after an optional `Bearer` scheme; a
   * padded base64 value of 40 or more without one; or an `EndpointKey` scheme (its GUID may have no digit).
   */
  secretValue:
    /["'`]\s*(?:bearer\s+)?(?=[\w+/=.~:-]{16,}\s*["'`])[a-z+/=.~:_-]*\d|["'`]\s*(?:bearer\s+)?[a-z+/]{40,}=|endpointkey\s/i,
  /** A legacy key: a string of exactly 32 hex characters. */
  legacyKey: /["'`][\da-f]{32}["'`]/i,
} as const;

type WordFactName = keyof typeof WORD_FACTS;

/** Facts that also hold when every fact of a set holds: an Authorization header is a slot only with a scheme. */
const IMPLIED: readonly { readonly fact: WordFactName; readonly when: readonly WordFactName[] }[] = [
  { fact: 'slots', when: ['sdkModules'] },
  { fact: 'slots', when: ['authorization', 'authorizationScheme'] },
  { fact: 'unnamedSlots', when: ['authorization', 'authorizationScheme'] },
];
export type Fact = WordFactName | keyof typeof PATTERNS;

/**
 * Words the slot search anchors on (sinks/anchors.ts), recorded where the same pass meets them: `key` (any
 * case), `authorization`, `setproperty`, `update`. Their exact case is checked at the token.
 */
export type AnchorWord = 'key' | 'authorization' | 'setproperty' | 'update';
const ANCHOR_WORDS: readonly AnchorWord[] = ['key', 'authorization', 'setproperty', 'update'];

const WORD_FACT_NAMES = Object.keys(WORD_FACTS) as WordFactName[];
// The word facts of a file are one bit set in a 32-bit integer.
if (WORD_FACT_NAMES.length > 30) throw new Error('facts.ts: more word facts than bits');
const BIT = new Map(WORD_FACT_NAMES.map((name, i) => [name as Fact, 1 << i]));
/** Every word of every word fact, in one list: which fact each belongs to, and its own spelling and check. */
const ALL_WORDS: {
  readonly fact: number;
  readonly word: string;
  readonly fold: boolean;
  readonly fn?: WordFact['check'];
}[] = WORD_FACT_NAMES.flatMap((name, fact) => {
  const spec: WordFact = WORD_FACTS[name];
  return spec.words.map((word) => ({ fact, word, fold: spec.exact !== true, fn: spec.check }));
});
const FIRST_ANCHOR = ALL_WORDS.length;
const IMPLIED_BITS = IMPLIED.map(({ fact, when }) => ({
  fact: BIT.get(fact) ?? 0,
  when: when.reduce((bits, name) => bits | (BIT.get(name) ?? 0), 0),
}));
let scanner: WordScanner | undefined;

interface Anchors {
  /** Start offsets of the anchor words, in text order. */
  readonly starts: number[];
  readonly words: AnchorWord[];
}

/** The word facts of a text, as a bit set over WORD_FACT_NAMES, and the anchor words met: one pass. */
function wordFacts(text: string, anchors: Anchors): number {
  scanner ??= wordScanner([...ALL_WORDS.map((w) => w.word), ...ANCHOR_WORDS]);
  let found = 0;
  scanner.scan(text, (index, end) => {
    if (index >= FIRST_ANCHOR) {
      const word = ANCHOR_WORDS[index - FIRST_ANCHOR] ?? 'key';
      anchors.starts.push(end - word.length);
      anchors.words.push(word);
      return false;
    }
    const word = ALL_WORDS[index];
    if (!word || (found & (1 << word.fact)) !== 0) return false;
    const start = end - word.word.length;
    if (!word.fold && !text.startsWith(word.word, start)) return false;
    if (word.fn && !word.fn(text, start, end)) return false;
    found |= 1 << word.fact;
    return false;
  });
  for (const { fact, when } of IMPLIED_BITS) if ((found & when) === when) found |= fact;
  return found;
}

interface FileFactCache {
  readonly escapes: boolean;
  /** The word facts (bit set), once scanned. */
  words: number | undefined;
  readonly anchors: Anchors;
  readonly patterns: Map<Fact, boolean>;
}

const cache = new WeakMap<object, FileFactCache>();

function factsOf(context: Pick<Context, 'sourceCode'>): FileFactCache {
  const { ast, text } = context.sourceCode;
  let facts = cache.get(ast);
  if (!facts) {
    // The facts are JS text conditions: a file of another language (JSON, .env, Bicep) is never gated out by them.
    const js = (ast as { type?: string }).type === 'Program';
    facts = {
      escapes: !js || hasLetterEscapes(text, ast.tokens),
      words: undefined,
      anchors: { starts: [], words: [] },
      patterns: new Map(),
    };
    cache.set(ast, facts);
  }
  return facts;
}

/** Whether the file's text holds the fact's words (true for every fact when it has letter-making escapes). */
export function holds(context: Pick<Context, 'sourceCode'>, fact: Fact): boolean {
  const facts = factsOf(context);
  if (facts.escapes) return true;
  const text = context.sourceCode.text;
  if (fact === 'secretValue' || fact === 'legacyKey') {
    let value = facts.patterns.get(fact);
    if (value === undefined) {
      value = PATTERNS[fact].test(text);
      facts.patterns.set(fact, value);
    }
    return value;
  }
  facts.words ??= wordFacts(text, facts.anchors);
  return (facts.words & (BIT.get(fact) ?? 0)) !== 0;
}

/**
 * Where the slot search's anchor words are in the file's text (found by the facts' pass); undefined when the file
 * has letter-making escapes (then any text may spell them, and the search looks for itself).
 */
export function anchorWords(context: Pick<Context, 'sourceCode'>): Readonly<Anchors> | undefined {
  const facts = factsOf(context);
  if (facts.escapes) return undefined;
  facts.words ??= wordFacts(context.sourceCode.text, facts.anchors);
  return facts.anchors;
}

/** Whether the file may hold any of `facts`. */
export function mayHold(context: Pick<Context, 'sourceCode'>, ...facts: readonly Fact[]): boolean {
  return facts.some((fact) => holds(context, fact));
}

/** Whether the file has a string, template or identifier escape that could spell a letter. */
export function hasEscapes(context: Pick<Context, 'sourceCode'>): boolean {
  return factsOf(context).escapes;
}
