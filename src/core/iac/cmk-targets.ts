import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
import { type Context, keyName, unwrap } from '../ast.js';
import { trace } from '../trace.js';
import { settingAt } from './settings.js';

/**
 * The account declarations the customer-managed-key resources point at (`cognitiveAccountId: account.id`,
 * `this.account.id`, an output of it). A resource whose account is not found leaves unknown only the accounts of
 * its own function or class (the whole file when it is at the top level), not every account in the file.
 */
export function customerManagedKeyTargets(
  context: Context,
  cmkArgs: readonly TSESTree.Expression[],
): { accounts: Set<TSESTree.Node>; unknownIn: TSESTree.Node[] } {
  const accounts = new Set<TSESTree.Node>();
  const unknownIn: TSESTree.Node[] = [];
  for (const args of cmkArgs) {
    const id = settingAt(context, args, ['cognitiveAccountId']);
    const target = id.kind === 'set' ? accountOfId(context, id.node, 0) : undefined;
    if (target) accounts.add(target);
    else unknownIn.push(enclosingUnit(args));
  }
  return { accounts, unknownIn };
}

/** The nearest function or class around a node, else the Program. */
function enclosingUnit(node: TSESTree.Node): TSESTree.Node {
  let n: TSESTree.Node = node;
  while (n.parent) {
    n = n.parent;
    if (
      n.type === AST_NODE_TYPES.FunctionDeclaration ||
      n.type === AST_NODE_TYPES.FunctionExpression ||
      n.type === AST_NODE_TYPES.ArrowFunctionExpression
    )
      return n;
    if (n.type === AST_NODE_TYPES.ClassBody) return n.parent;
  }
  return n;
}

/**
 * `account.id`, `this.account.id`, `pulumi.output(account.id)`, `account.id.apply(…)`, or a binding of one, where
 * the account is `new …Account(...)`: the `new` expression.
 */
function accountOfId(context: Context, node: TSESTree.Node, depth: number): TSESTree.Node | undefined {
  if (depth > 3) return undefined;
  for (const leaf of trace(context, node)) {
    let n = unwrap(leaf.node);
    if (n.type === AST_NODE_TYPES.CallExpression) {
      const callee = unwrap(n.callee);
      const name =
        callee.type === AST_NODE_TYPES.MemberExpression
          ? keyName(callee)
          : callee.type === AST_NODE_TYPES.Identifier
            ? callee.name
            : undefined;
      const [first] = n.arguments;
      if ((name === 'output' || name === 'interpolate') && first && first.type !== AST_NODE_TYPES.SpreadElement)
        n = unwrap(first);
      else if (name === 'apply' && callee.type === AST_NODE_TYPES.MemberExpression) n = unwrap(callee.object);
      if (n !== unwrap(leaf.node)) {
        const found = accountOfId(context, n, depth + 1);
        if (found) return found;
        continue;
      }
    }
    if (n.type !== AST_NODE_TYPES.MemberExpression || keyName(n) !== 'id') continue;
    for (const objectLeaf of trace(context, n.object)) {
      const init = unwrap(objectLeaf.node);
      if (init.type === AST_NODE_TYPES.NewExpression) return init;
    }
  }
  return undefined;
}
