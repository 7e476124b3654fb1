import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

export type StringNode = TSESTree.StringLiteral | TSESTree.TemplateLiteral;
export type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

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
  if (n.type === AST_NODE_TYPES.TemplateLiteral && n.expressions.length === 0) return n.quasis[0]?.value.cooked ?? undefined;
  return undefined;
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

/** The name of a called function or constructor: `foo(...)` → `foo`, `a.b.foo(...)` → `foo`. */
export function calleeName(node: TSESTree.CallExpression | TSESTree.NewExpression): string | undefined {
  const callee = unwrap(node.callee);
  if (callee.type === AST_NODE_TYPES.Identifier) return callee.name;
  if (callee.type === AST_NODE_TYPES.MemberExpression) return keyName(callee);
  return undefined;
}

/** The receiver of a method call: `a.b.foo()` → `a.b`. */
export function calleeObject(node: TSESTree.CallExpression | TSESTree.NewExpression): TSESTree.Expression | undefined {
  const callee = unwrap(node.callee);
  return callee.type === AST_NODE_TYPES.MemberExpression ? callee.object : undefined;
}

export function findVariable(context: Context, node: TSESTree.Identifier): TSESLint.Scope.Variable | null {
  return ASTUtils.findVariable(context.sourceCode.getScope(node), node);
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

/**
 * Cheap per-file gate: whether the file's text may spell one of the words a rule looks for. A file with
 * `\u`/`\x` escapes may spell anything, so it always passes. `words` must be a linear, case-insensitive pattern.
 */
export function mayMention(context: Context, words: RegExp): boolean {
  return words.test(context.sourceCode.text) || hasEscapes(context);
}

const escapesCache = new WeakMap<TSESTree.Program, boolean>();

/** Whether the file has `\u`/`\x` escapes; several rules ask, so it is computed once per file. */
function hasEscapes(context: Context): boolean {
  const program = context.sourceCode.ast;
  let found = escapesCache.get(program);
  if (found === undefined) {
    const text = context.sourceCode.text;
    found = text.includes('\\u') || text.includes('\\x');
    escapesCache.set(program, found);
  }
  return found;
}
