import { AST_NODE_TYPES, AST_TOKEN_TYPES, type TSESTree } from '@typescript-eslint/types';
import type { TSESLint } from '@typescript-eslint/utils';

/** Shape questions about ESTree nodes, shared by every domain. No scope or tracking here (see tracking.ts). */

export type StringNode = TSESTree.StringLiteral | TSESTree.TemplateLiteral;
export type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;
export type SourceCode = Readonly<TSESLint.SourceCode>;
export type CallNode = TSESTree.CallExpression | TSESTree.NewExpression;

/** Strips what does not change a value: `x as T`, `x!`, `x satisfies T`, `<T>x`, `a?.b` chains. */
export function unwrap(node: TSESTree.Node): TSESTree.Node {
  let n = node;
  for (;;) {
    switch (n.type) {
      case AST_NODE_TYPES.TSAsExpression:
      case AST_NODE_TYPES.TSNonNullExpression:
      case AST_NODE_TYPES.TSSatisfiesExpression:
      case AST_NODE_TYPES.TSTypeAssertion:
      case AST_NODE_TYPES.ChainExpression:
        n = n.expression;
        break;
      default:
        return n;
    }
  }
}

/** A string literal's value or an expression-less template's cooked text. */
export function staticString(node: TSESTree.Node | null | undefined): string | undefined {
  if (!node) return undefined;
  const n = unwrap(node);
  if (n.type === AST_NODE_TYPES.Literal) return typeof n.value === 'string' ? n.value : undefined;
  if (n.type === AST_NODE_TYPES.TemplateLiteral && n.expressions.length === 0)
    return n.quasis[0]?.value.cooked ?? undefined;
  return undefined;
}

/** The static text before the first `${` of a template. */
export function staticHead(node: TSESTree.Node): string | undefined {
  const n = unwrap(node);
  return n.type === AST_NODE_TYPES.TemplateLiteral ? (n.quasis[0]?.value.cooked ?? undefined) : undefined;
}

export function isStringNode(node: TSESTree.Node): node is StringNode {
  return (
    (node.type === AST_NODE_TYPES.Literal && typeof node.value === 'string') ||
    (node.type === AST_NODE_TYPES.TemplateLiteral && node.expressions.length === 0)
  );
}

/** The static name of a property key, member property or class member (`a.b`, `a["b"]`, `{ "b": 1 }`, `` a[`b`] ``). */
export function keyName(
  node: TSESTree.Property | TSESTree.PropertyDefinition | TSESTree.MemberExpression | TSESTree.MethodDefinition,
): string | undefined {
  if (node.type === AST_NODE_TYPES.MemberExpression) {
    if (!node.computed) return node.property.type === AST_NODE_TYPES.Identifier ? node.property.name : undefined;
    return staticString(node.property);
  }
  if (!node.computed) {
    if (node.key.type === AST_NODE_TYPES.Identifier) return node.key.name;
    if (node.key.type === AST_NODE_TYPES.PrivateIdentifier) return node.key.name;
    return String(node.key.value);
  }
  return staticString(node.key);
}

/** An identifier's name or a member's property name: `logger` in `logger` and `this.logger`. */
export function simpleName(node: TSESTree.Node): string | undefined {
  const n = unwrap(node);
  if (n.type === AST_NODE_TYPES.Identifier) return n.name;
  if (n.type === AST_NODE_TYPES.MemberExpression) return keyName(n);
  return undefined;
}

/** The name of a called function or constructor: `foo(...)` → `foo`, `a.b.foo(...)` → `foo`. */
export function calleeName(node: CallNode): string | undefined {
  return simpleName(node.callee);
}

/** The receiver of a method call: `a.b.foo()` → `a.b`. */
export function calleeObject(node: CallNode): TSESTree.Expression | undefined {
  const callee = unwrap(node.callee);
  return callee.type === AST_NODE_TYPES.MemberExpression ? callee.object : undefined;
}

/** The module of `require("x")` (a static string), or undefined. */
export function requireSource(node: TSESTree.Node | null | undefined): string | undefined {
  if (!node) return undefined;
  const n = unwrap(node);
  if (
    n.type !== AST_NODE_TYPES.CallExpression ||
    n.callee.type !== AST_NODE_TYPES.Identifier ||
    n.callee.name !== 'require'
  )
    return undefined;
  return staticString(n.arguments[0]);
}

/** `new Name(...)` with a plain identifier callee (`new URL(x)`, `new URLSearchParams(x)`). */
export function isNewOf(node: TSESTree.Node, name: string): node is TSESTree.NewExpression {
  return (
    node.type === AST_NODE_TYPES.NewExpression &&
    node.callee.type === AST_NODE_TYPES.Identifier &&
    node.callee.name === name
  );
}

/** `false`, `0`, `!1`, `!0`-style constants; `undefined` when the value is not a static boolean-ish. */
export function staticFalsy(node: TSESTree.Node): boolean | undefined {
  const n = unwrap(node);
  if (n.type === AST_NODE_TYPES.Literal) {
    if (typeof n.value === 'boolean') return !n.value;
    if (typeof n.value === 'number') return n.value === 0;
    return undefined;
  }
  if (n.type === AST_NODE_TYPES.UnaryExpression && n.operator === '!' && n.argument.type === AST_NODE_TYPES.Literal) {
    return Boolean(n.argument.value);
  }
  return undefined;
}

/** Static `true`/`false` (also `!0`, `!1`), or undefined. */
export function staticBoolean(node: TSESTree.Node): boolean | undefined {
  const falsy = staticFalsy(node);
  return falsy === undefined ? undefined : !falsy;
}

/** The child nodes of a node (any node type, visitor keys not needed). */
export function childNodes(node: TSESTree.Node): TSESTree.Node[] {
  const out: TSESTree.Node[] = [];
  for (const [key, value] of Object.entries(node)) {
    if (key === 'parent' || key === 'loc' || key === 'range') continue;
    if (Array.isArray(value)) {
      for (const item of value) if (isNode(item)) out.push(item);
    } else if (isNode(value)) out.push(value);
  }
  return out;
}

function isNode(value: unknown): value is TSESTree.Node {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

/** A `,` punctuator token. */
export function isCommaToken(token: TSESTree.Token | null | undefined): boolean {
  return token?.type === AST_TOKEN_TYPES.Punctuator && token.value === ',';
}

/** Per-file memo: `perFile(cache, program, compute)` computes once per Program (AST nodes belong to one file). */
export function perFile<K extends object, V>(cache: WeakMap<K, V>, key: K, compute: () => V): V {
  if (cache.has(key)) return cache.get(key) as V;
  const value = compute();
  cache.set(key, value);
  return value;
}

type VisitorKeys = Readonly<Record<string, readonly string[] | undefined>>;

/**
 * The deepest node whose range holds `offset`, found by descending from `root` through the visitor keys (a
 * binary search in child lists: a wide object or a minified bundle's body costs log n per level, not n).
 */
export function nodeAt(root: TSESTree.Node, offset: number, visitorKeys: VisitorKeys): TSESTree.Node | undefined {
  if (offset < root.range[0] || offset >= root.range[1]) return undefined;
  let node = root;
  for (;;) {
    const child = childAt(node, offset, visitorKeys);
    if (!child) return node;
    node = child;
  }
}

function childAt(node: TSESTree.Node, offset: number, visitorKeys: VisitorKeys): TSESTree.Node | undefined {
  for (const key of visitorKeys[node.type] ?? []) {
    const value = (node as unknown as Record<string, unknown>)[key];
    if (Array.isArray(value)) {
      const found = inList(value, offset);
      if (found) return found;
    } else if (isNode(value) && value.range[0] <= offset && offset < value.range[1]) {
      return value;
    }
  }
  return undefined;
}

/** The element of a (source-ordered) node list whose range holds `offset`; holes (`[a, , b]`) are skipped. */
function inList(list: readonly unknown[], offset: number): TSESTree.Node | undefined {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    let m = mid;
    while (m >= lo && !isNode(list[m])) m--;
    const item = list[m];
    if (m < lo || !isNode(item)) {
      lo = mid + 1;
      continue;
    }
    if (offset < item.range[0]) hi = m - 1;
    else if (offset >= item.range[1]) lo = mid + 1;
    else return item;
  }
  return undefined;
}

/**
 * Index of the first token (from `from` on) that ends after `offset`: tokens are sorted and do not overlap. The
 * search gallops from `from` (1, 2, 4… tokens ahead) before it halves, so offsets looked up in text order cost the
 * log of the distance between them, not of the file's token count.
 */
export function tokenIndexAt(tokens: readonly TSESTree.Token[], offset: number, from: number): number {
  let lo = from;
  let step = 1;
  while (lo + step <= tokens.length && (tokens[lo + step - 1]?.range[1] ?? Infinity) <= offset) {
    lo += step;
    step *= 2;
  }
  let hi = Math.min(tokens.length, lo + step - 1);
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((tokens[mid]?.range[1] ?? Infinity) <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
