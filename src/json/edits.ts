import type { JsonObject } from './ast.js';

/** Text edits on JSON source that keep the file's layout: one place for how members are written and inserted. */

export interface TextEdit {
  readonly range: readonly [number, number];
  readonly text: string;
}

export function jsonLiteral(value: string | boolean): string {
  return JSON.stringify(value);
}

/**
 * Adds `"a": { "b": value }` (for `path` `['a', 'b']`) to `object` after its last member, following its layout: on
 * a line of its own with the last member's indentation when members are on their own lines, else inline.
 */
export function insertMember(
  text: string,
  object: JsonObject,
  path: readonly string[],
  value: string | boolean,
): TextEdit {
  let entry = jsonLiteral(value);
  for (let i = path.length - 1; i >= 0; i--)
    entry = i === path.length - 1 ? `${JSON.stringify(path[i])}: ${entry}` : `${JSON.stringify(path[i])}: { ${entry} }`;
  const last = object.members.at(-1);
  if (!last) return { range: object.range, text: `{ ${entry} }` };
  const end = last.range[1];
  if (last.loc.start.line > object.loc.start.line) {
    const lineStart = text.lastIndexOf('\n', last.range[0] - 1) + 1;
    const indent = /^[ \t]*/u.exec(text.slice(lineStart, last.range[0]))?.[0] ?? '  ';
    const newline = text.includes('\r\n') ? '\r\n' : '\n';
    return { range: [end, end], text: `,${newline}${indent}${entry}` };
  }
  return { range: [end, end], text: `, ${entry}` };
}
