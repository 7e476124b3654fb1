import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
import type { TSESLint } from '@typescript-eslint/utils';
import type { SourceCode } from '../ast.js';
import { lineEndAfter } from './lines.js';

/**
 * Removes a statement (or class member). When it sits alone on its lines, the lines go too; in a position
 * that needs a statement (`if (x) stmt;`) it becomes `{}`.
 */
export function removeStatement(sourceCode: SourceCode, stmt: TSESTree.Node): TSESLint.ReportFixFunction {
  return (fixer) => {
    const parent = stmt.parent;
    const listParent =
      parent?.type === AST_NODE_TYPES.Program ||
      parent?.type === AST_NODE_TYPES.BlockStatement ||
      parent?.type === AST_NODE_TYPES.StaticBlock ||
      parent?.type === AST_NODE_TYPES.SwitchCase ||
      parent?.type === AST_NODE_TYPES.ClassBody ||
      parent?.type === AST_NODE_TYPES.TSModuleBlock;
    if (!listParent) return fixer.replaceText(stmt, '{}');
    const text = sourceCode.text;
    const lineStart = stmt.range[0] - stmt.loc.start.column;
    const lineEnd = lineEndAfter(sourceCode.text, stmt.range[1]);
    const restOfLine = text.slice(stmt.range[1], lineEnd).trim();
    if (text.slice(lineStart, stmt.range[0]).trim() === '' && restOfLine === '')
      return fixer.removeRange([lineStart, lineEnd]);
    const next = sourceCode.getTokenAfter(stmt, { includeComments: true });
    return fixer.removeRange([
      stmt.range[0],
      next && next.loc.start.line === stmt.loc.end.line ? next.range[0] : stmt.range[1],
    ]);
  };
}
