import { AST_NODE_TYPES, AST_TOKEN_TYPES, type TSESTree } from '@typescript-eslint/types';
import { type Context, keyName, nodeAt, tokenIndexAt, unwrap } from '../ast.js';
import { anchorWords } from '../facts.js';
import { MIN_METHOD_NAME } from '../flow.js';
import { HEADER_METHODS } from './headers.js';

/**
 * The constant search of the slot anchors (anchors.ts): a header or member name held in a constant (`const H =
 * "api-key"; h.set(H, k)`, `o[NAME] = k`) is used where no anchor word is, so when some string could be such a
 * name and reach a binding, the `[` tokens and the header-method tokens anchor too.
 */

/** Token text of header-write method names (also quoted: `h["set"](...)`), whose header name may come from a constant. */
const HEADER_METHOD_TOKENS: ReadonlySet<string> = new Set(
  [...HEADER_METHODS].flatMap((m) => [m, `"${m}"`, `'${m}'`, `\`${m}\``]),
);
/** The first characters of those tokens (ASCII): most tokens are rejected by one look-up in a small table. */
const HEADER_METHOD_FIRST = new Uint8Array(128);
for (const t of HEADER_METHOD_TOKENS) HEADER_METHOD_FIRST[t.charCodeAt(0)] = 1;
interface ConstantAnchors {
  /** `[` before a name. */
  readonly brackets: readonly number[];
  /** Header-method tokens. */
  readonly methods: readonly number[];
}

const constantCache = new WeakMap<object, ConstantAnchors>();
/** A whole header-method name in the text (the token holding it is checked: `set`, `"set"`, not `offset`). */
const HEADER_METHOD_WORD = /(?<![\w$])(?:setRequestHeader|setHeader|header|append|set)(?![\w$])/g;

/**
 * Where a header name or member name held in a constant can be used: every `[` before a name (`headers[HEADER] =
 * k`, `o[(NAME)]`) and every header-method token (`h.set(HEADER, k)`, `h["set"]`), sorted. The same in every
 * search mode, so found once per file: from the text (a `[` or a method name is looked up in the token list
 * only where the text has one), or, in a file whose escapes could spell a name, by a pass over every token.
 */
export function constantAnchors(sourceCode: Context['sourceCode'], tokens: readonly TSESTree.Token[]): ConstantAnchors {
  const cached = constantCache.get(sourceCode.ast);
  if (cached) return cached;
  const text = sourceCode.text;
  const brackets: number[] = [];
  const methods: number[] = [];
  const before = (k: number): boolean => {
    const next = tokens[k + 1];
    return (
      next?.type === AST_TOKEN_TYPES.Identifier || (next?.type === AST_TOKEN_TYPES.Punctuator && next.value === '(')
    );
  };
  if (anchorWords({ sourceCode }) === undefined) {
    for (let k = 0; k < tokens.length; k++) {
      const token = tokens[k];
      if (!token) continue;
      if (token.type === AST_TOKEN_TYPES.Punctuator) {
        if (token.value === '[' && before(k)) brackets.push(token.range[0]);
      } else if (HEADER_METHOD_FIRST[token.value.charCodeAt(0)] === 1 && HEADER_METHOD_TOKENS.has(token.value)) {
        methods.push(token.range[0]);
      }
    }
  } else {
    let t = 0;
    for (let at = text.indexOf('['); at >= 0; at = text.indexOf('[', at + 1)) {
      t = tokenIndexAt(tokens, at, t);
      const token = tokens[t];
      // A `[` in a string, template, regular expression or comment starts no punctuator token.
      if (token?.range[0] === at && token.type === AST_TOKEN_TYPES.Punctuator && before(t)) brackets.push(at);
    }
    t = 0;
    HEADER_METHOD_WORD.lastIndex = 0;
    for (let m = HEADER_METHOD_WORD.exec(text); m; m = HEADER_METHOD_WORD.exec(text)) {
      t = tokenIndexAt(tokens, m.index, t);
      const token = tokens[t];
      if (!token || token.range[0] > m.index || !HEADER_METHOD_TOKENS.has(token.value)) continue;
      if (methods.at(-1) !== token.range[0]) methods.push(token.range[0]);
    }
  }
  const found = { brackets, methods };
  constantCache.set(sourceCode.ast, found);
  return found;
}

/** Two sorted lists of offsets, merged. */
export function mergeSorted(a: readonly number[], b: readonly number[]): number[] {
  const all: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = a[i] ?? Infinity;
    const y = b[j] ?? Infinity;
    if (x < y) {
      all.push(x);
      i++;
    } else {
      all.push(y);
      j++;
    }
  }
  return all;
}

/**
 * Whether the string literal at `at` may reach a binding that names a header or member elsewhere (`const H =
 * "api-key"`, a default value, a local function's argument: what trace.ts follows). Not from where trace.ts
 * never takes a value: a property key, a computed member's name, an array element, a comparison or `case`, a
 * call's callee, or an argument of a method whose name is too short for flow.ts to look up (`h.set("api-key", k)`).
 */
export function mayReachBinding(
  sourceCode: Context['sourceCode'],
  at: number,
  tokens: readonly TSESTree.Token[],
  t: number,
): boolean {
  // A property key (`{ "api-key": v }`, `, "api-key": v`), told by its neighbour tokens without a descent from the
  // root (thousands of header objects ask): `{` or `,` before it and `:` after it is a key (an object's, a
  // pattern's, or a type's, from which trace.ts takes no value either), never a conditional's branch or a case.
  const before = tokens[t - 1];
  const after = tokens[t + 1];
  if (
    after?.type === AST_TOKEN_TYPES.Punctuator &&
    after.value === ':' &&
    before?.type === AST_TOKEN_TYPES.Punctuator &&
    (before.value === '{' || before.value === ',')
  )
    return false;
  const node = nodeAt(sourceCode.ast, at, sourceCode.visitorKeys);
  if (node?.type !== AST_NODE_TYPES.Literal) return true;
  const parent = node.parent;
  switch (parent.type) {
    case AST_NODE_TYPES.Property:
    case AST_NODE_TYPES.PropertyDefinition:
      return parent.value === node;
    case AST_NODE_TYPES.MemberExpression:
    case AST_NODE_TYPES.ArrayExpression:
    case AST_NODE_TYPES.BinaryExpression:
    case AST_NODE_TYPES.SwitchCase:
      return false;
    case AST_NODE_TYPES.CallExpression:
    case AST_NODE_TYPES.NewExpression: {
      if (parent.callee === node) return false;
      const callee = unwrap(parent.callee);
      if (callee.type !== AST_NODE_TYPES.MemberExpression) return true;
      const method = keyName(callee);
      return method === undefined || method.length >= MIN_METHOD_NAME;
    }
    default:
      return true;
  }
}
