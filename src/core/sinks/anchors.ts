import { AST_NODE_TYPES, AST_TOKEN_TYPES, type TSESTree } from '@typescript-eslint/types';
import { type Context, nodeAt, staticString, tokenIndexAt } from '../ast.js';
import { isKeyName, isSpecificKeyName } from '../names.js';
import type { SinkRow } from './catalogue.js';
import { isKeyHeader } from './headers.js';
import { constantAnchors, mayReachBinding, mergeSorted } from './constants.js';
import { anchorWords, holds } from '../facts.js';

/**
 * The slot walk's prefilter: the tokens every syntactic slot contains, found by one pass over the text, so the
 * walk enters only the subtrees that hold one. tests/core/slot-index.test.ts checks it against the full walk.
 */

/**
 * Source text a syntactic slot's token needs: `key` (any case; U+212A lower-cases to `k`), `authorization` (any
 * case), `setProperty`, or an escape that could make a letter (`\\x6b`, `\\u0065`, `\\k`, octal, a line
 * continuation). The escapes `\\n`, `\\t`, `\\"`... make no letter, so they cannot hide one of these words.
 */
const ANCHOR_TEXT =
  /[Kk\u212A][Ee][Yy]|[Aa][Uu][Tt][Hh][Oo][Rr][Ii][Zz][Aa][Tt][Ii][Oo][Nn]|setProperty|\\[^bfnrtv'"\\`$]/g;
const ANCHOR_TEXT_UPDATE =
  /[Kk\u212A][Ee][Yy]|[Aa][Uu][Tt][Hh][Oo][Rr][Ii][Zz][Aa][Tt][Ii][Oo][Nn]|setProperty|update|\\[^bfnrtv'"\\`$]/g;
/** The same without key names: a key header's name (each ends in `-key`), `authorization`, `setProperty`, an escape. */
const UNNAMED_ANCHOR_TEXT =
  /(?:subscription|api|prediction|training)-[k\u212A]ey|authorization|setProperty|\\[^bfnrtv'"\\`$]/gi;
const UNNAMED_ANCHOR_TEXT_UPDATE =
  /(?:subscription|api|prediction|training)-[k\u212A]ey|authorization|setProperty|update|\\[^bfnrtv'"\\`$]/gi;

/**
 * Which key-named bindings and properties the search must find: `all`, only the `specific` ones
 * (`isSpecificKeyName`: `speechKey`, not a bare `key`), or `none`. Every other slot is found in each mode.
 */
export type KeyNames = 'all' | 'specific' | 'none';

function anchorsName(name: string, names: KeyNames): boolean {
  if (names === 'none') return false;
  return names === 'all' ? isKeyName(name) : isSpecificKeyName(name);
}
/** A binding, parameter or field annotated with an updatable key credential's type (`credential: AzureKeyCredential`). */
const TYPED_KEY_CREDENTIAL = /:\s*(?:[\w$]+\.)?AzureKeyCredential\b/;
/** Escaped key-ish strings whose cooked value is looked up in the AST before giving up and assuming the worst. */
const MAX_COOKED_LOOKUPS = 16;

/**
 * Start offsets of the tokens every syntactic slot contains (its name, header string or method), sorted;
 * `undefined` when the AST has no token list (walk everything). A slot node always contains one of them:
 * - a key-named property, field, binding or member, a key header or Authorization name: a token with `key` or
 *   `authorization` in its text (or an escape); an identifier's `key` only when the identifier is a key name;
 *   an Authorization name only in a file with a string that starts with a scheme (`"Bearer …`: facts.ts);
 * - `setProperty(...)`: its name; `credential.update(k)`: `update`, when the file builds an updatable key credential;
 * - a header name or member name held in a constant (`h.set(HEADER, k)`, `obj[NAME] = k`): only when some
 *   string could be such a name, the header-method names and every `[`.
 */
export function slotAnchors(
  sourceCode: Context['sourceCode'],
  rowOf: ReadonlyMap<TSESTree.Node, SinkRow>,
  names: KeyNames = 'all',
): number[] | undefined {
  const text = sourceCode.text;
  const tokens = sourceCode.ast.tokens as readonly TSESTree.Token[] | undefined;
  // Parsers give ESLint a token list, but a custom one might not.
  if (tokens === undefined) return undefined;
  // An `Authorization` name or string is a slot's only with a string that starts with a scheme (facts.ts).
  const authorization = holds({ sourceCode }, 'authorizationScheme');
  let update = false;
  for (const row of rowOf.values()) if (row.auth.kind === 'keyCredential' && row.auth.updatable) update = true;
  // A receiver declared with the credential's type (`credential: AzureKeyCredential`) makes `update` a slot too.
  if (!update && text.includes('KeyCredential') && TYPED_KEY_CREDENTIAL.test(text)) update = true;
  const anchors: number[] = [];
  /**
   * What a constant may name (set inside `consider`): 0 nothing, 1 a key-named member only (`obj[NAME] = k`: the
   * `[` tokens), 2 a header too (`h.set(HEADER, k)`: the header-method tokens as well).
   */
  let constants = 0 as 0 | 1 | 2;
  const escaped: number[] = [];
  let t = 0;
  /** The last string looked at: a string is looked at once, however many matches it holds (a 1 MB one, thousands). */
  let seenString = -1;
  /** Whether each identifier met at a `key` is a key name the search wants: names repeat (`key`, `cacheKey`). */
  const keyNameVerdicts = new Map<string, boolean>();
  /** Looks at a text match (`word`: what it spells, lower case; `\\` for an escape) and the token it is in. */
  const consider = (at: number, word: string): void => {
    t = tokenIndexAt(tokens, at, t);
    const token = tokens[t];
    // A match in a comment is in no token; a regular expression (`/\\s+key/`) is never a name or a string value.
    if (
      !token ||
      token.range[0] > at ||
      anchors.at(-1) === token.range[0] ||
      t === seenString ||
      token.type === AST_TOKEN_TYPES.RegularExpression
    )
      return;
    const type = token.type;
    if (type === AST_TOKEN_TYPES.Identifier || type === AST_TOKEN_TYPES.PrivateIdentifier) {
      // A name anchors only when it is the slot's whole name: a key name (`Object.keys` anchors nothing),
      // `Authorization`, `setProperty`, `update` (no header name is an identifier); or it has an escape.
      const name = token.value;
      let slotName: boolean;
      if (word.length === 3) {
        const known = keyNameVerdicts.get(name);
        slotName = known ?? anchorsName(name, names);
        if (known === undefined) keyNameVerdicts.set(name, slotName);
      } else slotName = word === '\\' || isSlotName(name, word, update, authorization);
      if (slotName) anchors.push(token.range[0]);
      return;
    }
    if (type === AST_TOKEN_TYPES.JSXIdentifier) {
      anchors.push(token.range[0]);
      return;
    }
    if (type !== AST_TOKEN_TYPES.String && type !== AST_TOKEN_TYPES.Template) {
      anchors.push(token.range[0]);
      constants = 2; // JSX text or another token kind: not worth telling apart
      return;
    }
    seenString = t;
    const raw = token.value;
    const quote = raw.charAt(0);
    // A template with `${…}` is no static string: no slot's name.
    if (raw.length < 2 || quote === '}' || raw.at(-1) !== quote) return;
    if (raw.includes('\\')) {
      anchors.push(token.range[0]);
      if (constants < 2) escaped.push(at); // cooked later, only if no plain string decides it
      return;
    }
    // A string anchors only when it is a whole name a slot can have (`"api-key"`, `"speechKey"`, `"Authorization"`).
    // No slot's name is this long (header names are under 40 characters, key names under 120: names.ts).
    if (raw.length > 130) return;
    const value = raw.slice(1, -1);
    const level = constantLevel(value, names, authorization);
    if (level === 0 && value !== 'setProperty' && !(update && value === 'update')) return;
    anchors.push(token.range[0]);
    // Such a string may also sit in a constant that names the header or member elsewhere.
    if (level > constants && mayReachBinding(sourceCode, at, tokens, t)) constants = level;
  };
  const recorded = anchorWords({ sourceCode });
  if (recorded) {
    // The words the facts' pass met (no letter-making escape in the file): no second scan of the text.
    const { starts, words } = recorded;
    for (let i = 0; i < starts.length; i++) {
      const at = starts[i] ?? 0;
      const word = words[i] ?? 'key';
      if (word === 'update' && !update) continue;
      // Without key names only a key header's `key` counts, and each header name ends in `-key`.
      if (word === 'key' && names === 'none' && text.charCodeAt(at - 1) !== 45) continue;
      consider(at, word);
    }
  } else {
    const pattern =
      names === 'none'
        ? update
          ? UNNAMED_ANCHOR_TEXT_UPDATE
          : UNNAMED_ANCHOR_TEXT
        : update
          ? ANCHOR_TEXT_UPDATE
          : ANCHOR_TEXT;
    pattern.lastIndex = 0;
    // Search the text, then find the token each match is in (tokens are sorted; matches in comments have none).
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      const word = match[0];
      consider(match.index, word.startsWith('\\') ? '\\' : word.length === 3 ? 'key' : word.toLowerCase());
    }
  }
  // Each lookup walks down the AST: a few, and only when needed.
  if (constants < 2 && escaped.length > 0) {
    if (escaped.length > MAX_COOKED_LOOKUPS) constants = 2;
    else
      for (const at of escaped)
        constants = Math.max(constants, constantLevel(cookedString(sourceCode, at), names, authorization)) as 0 | 1 | 2;
  }
  if (constants === 0) return anchors;
  // Also every `[` before a name, and for a header name every header-method name (an escaped name is an anchor
  // already). The lists are sorted and disjoint: merge them.
  const { brackets, methods } = constantAnchors(sourceCode, tokens);
  return mergeSorted(anchors, constants === 2 ? mergeSorted(brackets, methods) : brackets);
}

/**
 * Whether the search for specific key names would anchor anything the search without key names does not: a name
 * or string that is a specific key name, a `key` in JSX or other text, or an escape (then the text is unsure).
 * When not, both searches find the same slots.
 */
export function hasSpecificKeyNames(sourceCode: Context['sourceCode']): boolean {
  const recorded = anchorWords({ sourceCode });
  const tokens = sourceCode.ast.tokens as readonly TSESTree.Token[] | undefined;
  if (!recorded || !tokens) return true;
  let t = 0;
  /**
   * Names and strings (with their quotes) already judged to add nothing: the search stops at the first that does,
   * and they repeat (`key`, `"api-key"`).
   */
  const plain = new Set<string>();
  for (let i = 0; i < recorded.starts.length; i++) {
    if (recorded.words[i] !== 'key') continue;
    const at = recorded.starts[i] ?? 0;
    t = tokenIndexAt(tokens, at, t);
    const token = tokens[t];
    if (!token || token.range[0] > at || token.type === AST_TOKEN_TYPES.RegularExpression) continue;
    if (token.type === AST_TOKEN_TYPES.Identifier || token.type === AST_TOKEN_TYPES.PrivateIdentifier) {
      if (plain.has(token.value)) continue;
      if (isSpecificKeyName(token.value)) return true;
      plain.add(token.value);
      continue;
    }
    if (token.type !== AST_TOKEN_TYPES.String && token.type !== AST_TOKEN_TYPES.Template) return true;
    const raw = token.value;
    if (raw.includes('\\')) return true;
    if (plain.has(raw)) continue;
    const value = raw.slice(1, -1);
    // A key header's name (`"api-key"`) anchors both searches, so whatever slot it names (a header; a class
    // field's key name, `"api-key" = k`) is on its own chain in both.
    if (raw.length <= 130 && isSpecificKeyName(value) && !isKeyHeader(value)) return true;
    plain.add(raw);
  }
  return false;
}

/** Whether an identifier whose text matched `word` (not `key`: see `anchorsName`) is the whole name of a slot. */
function isSlotName(name: string, word: string, update: boolean, authorization: boolean): boolean {
  const lower = word.toLowerCase();
  if (lower === 'authorization') return authorization && name.toLowerCase() === 'authorization';
  if (lower === 'setproperty') return name === 'setProperty';
  return update && name === 'update';
}

/**
 * What a string a constant could hold may name (undefined: unsure): 2 a key header or an Authorization header
 * (looked for in header-method calls and computed members), 1 a key-named member the search wants (computed
 * members only: no header method takes a key name that is not a header), 0 neither.
 */
function constantLevel(value: string | undefined, names: KeyNames, authorization: boolean): 0 | 1 | 2 {
  if (value === undefined || isKeyHeader(value) || (authorization && value.toLowerCase() === 'authorization')) return 2;
  return anchorsName(value, names) ? 1 : 0;
}

/** The cooked value of the string literal or static template at `index`; undefined when unsure. */
function cookedString(sourceCode: Context['sourceCode'], index: number): string | undefined {
  const node = nodeAt(sourceCode.ast, index, sourceCode.visitorKeys);
  if (!node) return undefined;
  if (node.type === AST_NODE_TYPES.TemplateElement)
    return node.parent.type === AST_NODE_TYPES.TemplateLiteral ? staticString(node.parent) : undefined;
  return staticString(node);
}
