import { AST_TOKEN_TYPES, type TSESTree } from '@typescript-eslint/types';
import { tokenIndexAt } from './ast.js';

/** An escape that could make a letter; `\n`, `\t`, `\"`… make none, so they cannot hide a word. */
const NO_LETTER = new Set(['b', 'f', 'n', 'r', 't', 'v', "'", '"', '\\', '`', '$']);

/**
 * Whether a string, template or identifier holds an escape that could make a letter. Each backslash of the
 * text is looked up in the token list (tokens are sorted): backslashes in comments and regular expressions
 * spell nothing a rule reads. Without a token list, any such escape counts.
 */
export function hasLetterEscapes(text: string, tokens: readonly TSESTree.Token[] | undefined): boolean {
  let t = 0;
  for (let at = text.indexOf('\\'); at >= 0; at = text.indexOf('\\', at + 2)) {
    if (NO_LETTER.has(text.charAt(at + 1))) continue;
    if (!tokens) return true;
    t = tokenIndexAt(tokens, at, t);
    const token = tokens[t];
    if (!token || token.range[0] > at) continue;
    if (token.type === AST_TOKEN_TYPES.RegularExpression || token.type === AST_TOKEN_TYPES.Punctuator) continue;
    return true;
  }
  return false;
}
