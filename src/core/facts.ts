import { AST_TOKEN_TYPES, type TSESTree } from '@typescript-eslint/types';
import type { Context } from './ast.js';
import { tokenIndexAt } from './sinks/anchors.js';
import { SINKS } from './sinks/catalogue.js';

/**
 * One text pass per file: which vocabularies its text holds. Every rule asks these facts before any AST work,
 * so a file that holds none of a rule's words costs the rule nothing. The facts are the union of the rules'
 * own text conditions; each is a necessary condition (a word every finding of that kind spells), never a
 * guess. A string with an escape that could spell a letter may spell anything: then every fact is true.
 */

export type Fact =
  /** A module or global of the SDK catalogue (`@azure/core-auth`, `openai`, `SpeechSDK`, …). */
  | 'sdkModules'
  /** Key header or key query parameter names (`Ocp-Apim-Subscription-Key`, `api-key`, `subscription-key`). */
  | 'keyHeaders'
  | 'authorization'
  /** Speech `setProperty` / `setProxy` / the SDK's names. */
  | 'speech'
  /** A compound key-named identifier or string (`apiKey`, `SPEECH_KEY`, `speech-key`). */
  | 'keyNames'
  /** A bare `key` word (`{ key }` credentials, `const key = …`). */
  | 'key'
  /** Identifiable key signature, legacy 32-hex keys, connection-string and SAS markers, client secrets, JWTs. */
  | 'keyValues'
  | 'jwt'
  /** `env` (process.env, import.meta.env). */
  | 'env'
  /** Browser-public env prefixes, `import.meta`, `dangerouslyAllowBrowser`. */
  | 'browser'
  | 'tlsVersions'
  | 'certificate'
  /** `http:` / `ws:` (plaintext URLs). */
  | 'plaintext'
  | 'insecureConnection'
  /** Azure AI host names and loopback hosts. */
  | 'hosts'
  | 'iacModules'
  | 'audio'
  | 'keyInQuery';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const SDK_NAMES = [...new Set(SINKS.flatMap((row) => [...row.modules, ...(row.global === undefined ? [] : [row.global])]))].sort((a, b) => b.length - a.length);

/** Each fact's pattern (case-insensitive, linear). */
const PATTERNS: Readonly<Record<Fact, string>> = {
  sdkModules: SDK_NAMES.map(escape).join('|'),
  keyHeaders: 'ocp-apim|subscription-?key|api-?key|prediction-key|training-key',
  authorization: 'authorization',
  speech: 'setproperty|setproxy|speech-sdk|speechsdk',
  keyNames: '[a-z\\d][-_]?[k\\u212A]ey\\d?(?![a-z])',
  key: '[k\\u212A]ey',
  keyValues: 'jqqj99|accountkey=|sharedaccesskey=|sig=|q~|eyj|(?<![\\da-f])[\\da-f]{32}(?![\\da-f])',
  jwt: 'eyj',
  env: '(?<![a-z\\d_$])env(?![a-z\\d_$])',
  browser: 'vite_|next_public_|react_app_|gatsby_|expo_public_|public_|vue_app_|ng_app_|import\\.meta|dangerouslyallowbrowser',
  tlsVersions: 'tlsv1|sslv|tls-m',
  certificate: 'reject_?unauthorized|strictssl|checkserveridentity|disabletlscerts',
  plaintext: 'http:|ws:',
  insecureConnection: 'allowinsecureconnection',
  hosts: 'cognitiveservices\\.azure|openai\\.azure|api\\.cognitive|microsofttranslator|services\\.ai\\.azure|speech\\.microsoft|azure-api\\.net|search\\.windows\\.net|inference\\.ai\\.azure|localhost|127\\.|::1|169\\.254',
  iacModules: '@pulumi/azure|@cdktf/provider-azurerm|@azure/arm-cognitiveservices',
  audio: 'audiologging|storeaudio',
  keyInQuery: 'subscription-?key|api-?key',
};

const FACTS = Object.keys(PATTERNS) as Fact[];
const ALL = (1 << FACTS.length) - 1;
const STICKY = FACTS.map((fact) => new RegExp(PATTERNS[fact], 'iuy'));

/** The combined pattern of the facts not yet found (`missing` bit mask), compiled once per mask. */
const compiled = new Map<number, RegExp>();
function patternFor(missing: number): RegExp {
  let re = compiled.get(missing);
  if (!re) {
    const parts = FACTS.map((fact, i) => ((missing >> i) & 1 ? `(${PATTERNS[fact]})` : '((?!))'));
    re = new RegExp(parts.join('|'), 'giu');
    compiled.set(missing, re);
  }
  return re;
}

export type FileFacts = Readonly<Record<Fact, boolean>> & {
  /** A string or template with an escape that could spell a letter (`\x6b`, `\u0065`, `\k`, a line continuation). */
  readonly escapes: boolean;
};

const cache = new WeakMap<object, FileFacts>();

/** The file's facts, computed once per file (the first rule that asks pays for the one pass). */
export function fileFacts(context: Pick<Context, 'sourceCode'>): FileFacts {
  const { ast, text } = context.sourceCode;
  let facts = cache.get(ast);
  if (!facts) {
    facts = computeFacts(text, ast.tokens);
    cache.set(ast, facts);
  }
  return facts;
}

/** One scan of `text`: each match marks its fact, and the scan goes on for the facts still missing only. */
export function computeFacts(text: string, tokens?: readonly TSESTree.Token[]): FileFacts {
  const escapes = hasLetterEscapes(text, tokens);
  const found: Partial<Record<Fact, boolean>> = {};
  let missing = escapes ? 0 : ALL;
  let from = 0;
  while (missing !== 0 && from < text.length) {
    const re = patternFor(missing);
    re.lastIndex = from;
    const match = re.exec(text);
    if (!match) break;
    // Facts whose words overlap (`api-key` is a key header and a key query parameter) match at the same place:
    // try each missing one there; a fact whose word starts inside this match is found by going on at +1.
    for (let i = 0; i < FACTS.length; i++) {
      if (((missing >> i) & 1) === 0) continue;
      const sticky = STICKY[i];
      if (match[i + 1] === undefined && sticky) {
        sticky.lastIndex = match.index;
        if (!sticky.test(text)) continue;
      }
      found[FACTS[i] as Fact] = true;
      missing &= ~(1 << i);
    }
    from = match.index + 1;
  }
  const facts = { escapes } as Record<Fact | 'escapes', boolean>;
  for (const fact of FACTS) facts[fact] = escapes || found[fact] === true;
  return facts;
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
    if (escapeAt(text, token, at)) return true;
  }
  return false;
}

/** Whether the backslash at `at` starts an escape (not the second half of `\\\\`). */
function escapeAt(text: string, token: TSESTree.Token, at: number): boolean {
  let run = 0;
  for (let i = at - 1; i >= token.range[0] && text.charAt(i) === '\\'; i--) run++;
  return run % 2 === 0;
}

/** Whether the file may hold any of `facts` (true when one holds). */
export function mayHold(context: Pick<Context, 'sourceCode'>, ...facts: readonly Fact[]): boolean {
  const file = fileFacts(context);
  return facts.some((fact) => file[fact]);
}

/**
 * Whether the file's text may spell one of the words a rule looks for. A file with letter-making escapes in a
 * string may spell anything, so it always passes. `words` must be a linear, case-insensitive pattern.
 */
export function mayMention(context: Context, words: RegExp): boolean {
  return fileFacts(context).escapes || words.test(context.sourceCode.text);
}
