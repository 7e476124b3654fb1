import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
import type { TSESLint } from '@typescript-eslint/utils';
import { type Context, keyName } from './ast.js';
import { envObjectSource, type EnvRead } from './env.js';

/**
 * Where a name's values are written, for `trace` to follow: a `const { X } = process.env` destructuring, the
 * writes to an undeclared global in a sloppy script, and the class field and constructor assignments of `this.x`.
 * None of these looks further than the write itself.
 */

/** The env read a destructuring definition makes (`const { X } = process.env`, `const { X: alias = "…" } = …`). */
export function destructuredEnv(def: TSESLint.Scope.Definition): EnvRead | undefined {
  // const { X } = process.env  /  const { X: alias = "fallback" } = process.env
  const declarator = def.node;
  if (declarator.type !== AST_NODE_TYPES.VariableDeclarator || declarator.id.type !== AST_NODE_TYPES.ObjectPattern)
    return undefined;
  if (!declarator.init) return undefined;
  const source = envObjectSource(declarator.init);
  if (!source) return undefined;
  for (const prop of declarator.id.properties) {
    if (prop.type !== AST_NODE_TYPES.Property) continue;
    const value = prop.value.type === AST_NODE_TYPES.AssignmentPattern ? prop.value.left : prop.value;
    if (value === def.name) return { source, variable: keyName(prop) };
  }
  return { source, variable: undefined };
}

const implicitCache = new WeakMap<TSESTree.Program, Map<string, TSESLint.Scope.Reference[]>>();

/** Writes to undeclared globals (`key = "..."` in a sloppy script), grouped by name, once per file. */
export function implicitWrites(context: Context): Map<string, TSESLint.Scope.Reference[]> {
  const program = context.sourceCode.ast;
  let map = implicitCache.get(program);
  if (map) return map;
  map = new Map();
  const global = context.sourceCode.scopeManager?.globalScope;
  for (const ref of global?.through ?? []) {
    if (!ref.isWrite()) continue;
    const list = map.get(ref.identifier.name) ?? [];
    list.push(ref);
    map.set(ref.identifier.name, list);
  }
  implicitCache.set(program, map);
  return map;
}

/** Values written to `this.<name>`: the class field initializer and assignments in the constructor. */
export function classMemberValues(node: TSESTree.Node, name: string): TSESTree.Node[] {
  let cls: TSESTree.Node | undefined = node.parent;
  // Skip nested non-arrow functions: their `this` is not the class instance.
  while (cls && cls.type !== AST_NODE_TYPES.ClassBody) {
    if (cls.type === AST_NODE_TYPES.FunctionDeclaration) return [];
    if (cls.type === AST_NODE_TYPES.FunctionExpression && cls.parent.type !== AST_NODE_TYPES.MethodDefinition)
      return [];
    cls = cls.parent;
  }
  if (!cls) return [];
  const values: TSESTree.Node[] = [];
  for (const member of cls.body) {
    if (
      member.type === AST_NODE_TYPES.PropertyDefinition &&
      !member.static &&
      member.value &&
      keyName(member) === name
    ) {
      values.push(member.value);
    }
    if (member.type === AST_NODE_TYPES.MethodDefinition && member.kind === 'constructor' && member.value.body) {
      for (const stmt of member.value.body.body) {
        if (stmt.type !== AST_NODE_TYPES.ExpressionStatement) continue;
        const expr = stmt.expression;
        if (
          expr.type === AST_NODE_TYPES.AssignmentExpression &&
          expr.operator === '=' &&
          expr.left.type === AST_NODE_TYPES.MemberExpression &&
          expr.left.object.type === AST_NODE_TYPES.ThisExpression &&
          keyName(expr.left) === name
        ) {
          values.push(expr.right);
        }
      }
    }
  }
  return values;
}
