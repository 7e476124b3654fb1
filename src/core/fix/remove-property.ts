import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
import type { TSESLint } from '@typescript-eslint/utils';
import { isCommaToken, type SourceCode } from '../ast.js';
import { lineEndAfter } from './lines.js';

/** Removes a property from an object literal, keeping the object valid (commas and own-line layout handled). */
export function removeProperty(
  sourceCode: SourceCode,
  prop: TSESTree.Property | TSESTree.SpreadElement,
): TSESLint.ReportFixFunction {
  return (fixer) => {
    const obj = prop.parent;
    if (obj.type === AST_NODE_TYPES.ObjectExpression && obj.properties.length === 1) {
      const open = sourceCode.getFirstToken(obj);
      const close = sourceCode.getLastToken(obj);
      if (open && close) return fixer.replaceTextRange([open.range[1], close.range[0]], '');
    }
    const after = sourceCode.getTokenAfter(prop);
    if (after && isCommaToken(after)) {
      const next = sourceCode.getTokenAfter(after, { includeComments: true });
      const lineStart = prop.range[0] - prop.loc.start.column;
      const ownLine =
        sourceCode.text.slice(lineStart, prop.range[0]).trim() === '' &&
        next !== null &&
        next.loc.start.line > after.loc.end.line;
      if (ownLine) return fixer.removeRange([lineStart, lineEndAfter(sourceCode.text, after.range[1])]);
      return fixer.removeRange([
        prop.range[0],
        next && next.loc.start.line === after.loc.end.line ? next.range[0] : after.range[1],
      ]);
    }
    const before = sourceCode.getTokenBefore(prop);
    if (before && isCommaToken(before)) return fixer.removeRange([before.range[0], prop.range[1]]);
    return fixer.remove(prop);
  };
}
