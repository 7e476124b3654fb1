import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
import { childNodes, type Context, staticFalsy, unwrap } from '../ast.js';
import { trace } from '../trace.js';
import { findVariable } from '../tracking.js';

/** Certificate validation: values that turn it off (`rejectUnauthorized: false`, `NODE_TLS_REJECT_UNAUTHORIZED=0`) and `checkServerIdentity` functions that accept everything. */

export const REJECT_ENV = 'NODE_TLS_REJECT_UNAUTHORIZED';

/** A value that, written to `NODE_TLS_REJECT_UNAUTHORIZED`, turns validation off: `"0"`, `0`, `""`. */
export function disablesRejectEnv(node: TSESTree.Node): boolean {
  const n = unwrap(node);
  if (n.type === AST_NODE_TYPES.Literal) return n.value === '0' || n.value === '' || n.value === 0;
  if (n.type === AST_NODE_TYPES.TemplateLiteral && n.expressions.length === 0) {
    const text = n.quasis[0]?.value.cooked;
    return text === '0' || text === '';
  }
  return false;
}

/**
 * A statically false option value: `false`, `0`, `!1`, or a `const` bound only to one. Values from
 * config, the environment or expressions are not guessed at.
 */
export function isStaticallyOff(context: Context, node: TSESTree.Node): boolean {
  const n = unwrap(node);
  if (staticFalsy(n) === true) return true;
  if (n.type !== AST_NODE_TYPES.Identifier) return false;
  const leaves = trace(context, n);
  return (
    leaves.length > 0 &&
    leaves.every((leaf) => leaf.kind === 'other' && leaf.node !== n && staticFalsy(leaf.node) === true)
  );
}

type FunctionNode = TSESTree.ArrowFunctionExpression | TSESTree.FunctionExpression | TSESTree.FunctionDeclaration;

/**
 * A `checkServerIdentity` that accepts every certificate: it never throws and every return gives
 * nothing, `undefined`, `null`, `void x`, `false` or `0` (Node treats any falsy result as success).
 */
export function alwaysSucceeds(fn: FunctionNode): boolean {
  if (fn.body.type !== AST_NODE_TYPES.BlockStatement) return isEmptyResult(fn.body);
  if (fn.async || fn.generator) return false;
  let ok = true;
  const walk = (node: TSESTree.Node, depth: number): void => {
    if (!ok) return;
    if (depth > 40) {
      ok = false;
      return;
    }
    switch (node.type) {
      case AST_NODE_TYPES.ThrowStatement:
        ok = false;
        return;
      case AST_NODE_TYPES.ReturnStatement:
        if (node.argument && !isEmptyResult(node.argument)) ok = false;
        return;
      case AST_NODE_TYPES.FunctionDeclaration:
      case AST_NODE_TYPES.FunctionExpression:
      case AST_NODE_TYPES.ArrowFunctionExpression:
      case AST_NODE_TYPES.ClassDeclaration:
      case AST_NODE_TYPES.ClassExpression:
        return;
      default:
        break;
    }
    for (const child of childNodes(node)) walk(child, depth + 1);
  };
  walk(fn.body, 0);
  return ok;
}

function isEmptyResult(node: TSESTree.Node): boolean {
  const n = unwrap(node);
  if (n.type === AST_NODE_TYPES.Identifier) return n.name === 'undefined';
  if (n.type === AST_NODE_TYPES.UnaryExpression && n.operator === 'void') return true;
  if (n.type === AST_NODE_TYPES.Literal)
    return n.value === null || n.value === false || n.value === 0 || n.value === '';
  return false;
}

/** The function a `checkServerIdentity` value stands for (inline, or a function/const in the file). */
export function functionOf(context: Context, node: TSESTree.Node): FunctionNode | undefined {
  const n = unwrap(node);
  if (n.type === AST_NODE_TYPES.ArrowFunctionExpression || n.type === AST_NODE_TYPES.FunctionExpression) return n;
  if (n.type !== AST_NODE_TYPES.Identifier) return undefined;
  const variable = findVariable(context, n);
  if (variable?.defs.length !== 1) return undefined;
  const def = variable.defs[0];
  if (def?.node.type === AST_NODE_TYPES.FunctionDeclaration)
    return variable.references.some((r) => r.isWrite()) ? undefined : def.node;
  if (def?.node.type !== AST_NODE_TYPES.VariableDeclarator || def.node.parent.kind !== 'const' || !def.node.init)
    return undefined;
  const init = unwrap(def.node.init);
  return init.type === AST_NODE_TYPES.ArrowFunctionExpression || init.type === AST_NODE_TYPES.FunctionExpression
    ? init
    : undefined;
}
