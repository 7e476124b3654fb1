import type { TSESTree } from '@typescript-eslint/types';
import type { Context } from './ast.js';

/**
 * Per-file text facts: cheap questions about the file's text that gate the rules before any AST work.
 */

/**
 * Whether the file's text may spell one of the words a rule looks for. A file with `\u`/`\x` escapes may spell
 * anything, so it always passes. `words` must be a linear, case-insensitive pattern.
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
