import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
import { type Context, keyName, unwrap } from './ast.js';
import { trace } from './trace.js';

/** Object literals and static strings an expression stands for, through bindings and spreads (built on trace). */

/**
 * The value of property `name` in an object literal, looking through resolvable spreads
 * (`{ ...shared, key }`; later properties win). Shorthand `{ key }` returns the identifier.
 */
export function propertyValue(
  context: Context,
  object: TSESTree.ObjectExpression,
  name: string,
  depth = 0,
): TSESTree.Node | undefined {
  for (let i = object.properties.length - 1; i >= 0; i--) {
    const prop = object.properties[i];
    if (!prop) continue;
    if (prop.type === AST_NODE_TYPES.Property) {
      if (prop.kind === 'init' && keyName(prop) === name) return prop.value;
      continue;
    }
    if (depth >= 3) continue;
    for (const spread of objectsOf(context, prop.argument)) {
      const value = propertyValue(context, spread, name, depth + 1);
      if (value) return value;
    }
  }
  return undefined;
}

/** The object literals an expression may stand for (through bindings). */
export function objectsOf(context: Context, node: TSESTree.Node): TSESTree.ObjectExpression[] {
  const out: TSESTree.ObjectExpression[] = [];
  for (const leaf of trace(context, node)) {
    const n = unwrap(leaf.node);
    if (leaf.kind === 'other' && n.type === AST_NODE_TYPES.ObjectExpression) out.push(n);
  }
  return out;
}

/** The string values an expression may hold (static ones only). */
export function stringValues(context: Context, node: TSESTree.Node): string[] {
  const out: string[] = [];
  for (const leaf of trace(context, node)) if (leaf.kind === 'string') out.push(leaf.value);
  return out;
}
