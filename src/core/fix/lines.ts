import type { TSESTree } from '@typescript-eslint/types';

/** Text positions generic edits need: line ends, the inside of a string, the file's line break. */

/** Range of the text between a string's quotes (or a template's backticks). */
export function innerRange(node: TSESTree.Node): [number, number] {
  return [node.range[0] + 1, node.range[1] - 1];
}

/** Offset just past the line break that ends the line containing `index` (or the end of text). */
export function lineEndAfter(text: string, index: number): number {
  const nl = text.indexOf('\n', index);
  return nl === -1 ? text.length : nl + 1;
}

/** The line break the file uses (`\r\n` when its first line ends so), for edits that add lines. */
export function lineBreakOf(text: string): string {
  const nl = text.indexOf('\n');
  return nl > 0 && text.charAt(nl - 1) === '\r' ? '\r\n' : '\n';
}
