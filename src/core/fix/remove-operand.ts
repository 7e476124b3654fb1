import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
import type { TSESLint } from '@typescript-eslint/utils';
import { type SourceCode, unwrap } from '../ast.js';

/** Removes one operand of an `a | b | c` chain (the chain's other operands stay). */
export function removeOperand(sourceCode: SourceCode, operand: TSESTree.Node): TSESLint.ReportFixFunction | undefined {
  let node: TSESTree.Node = operand;
  while (node.parent && node.parent.type !== AST_NODE_TYPES.BinaryExpression && unwrap(node.parent) === operand)
    node = node.parent;
  const parent = node.parent;
  if (parent?.type !== AST_NODE_TYPES.BinaryExpression || (parent.operator !== '|' && parent.operator !== '+'))
    return undefined;
  const other = parent.left === node ? parent.right : parent.left;
  return (fixer) => fixer.replaceText(parent, sourceCode.getText(other));
}
