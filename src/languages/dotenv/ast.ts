import type { Comment, SyntaxElement } from '../common/types.js';

/**
 * A whole `.env` file: its entries in order. The root type `DotenvFile` (not JSON's `Document`) is how the core's
 * language seam tells the language. Comments sit in `comments` (and on the SourceCode), not in the tree.
 */
export interface DotenvFile extends SyntaxElement {
  type: 'DotenvFile';
  entries: DotenvEntry[];
  comments: DotenvComment[];
}

/** `KEY=value`, `export KEY="value"`, `KEY: value`. */
export interface DotenvEntry extends SyntaxElement {
  type: 'Entry';
  /** Written with `export ` before the key. */
  exported: boolean;
  key: DotenvKey;
  value: DotenvValue;
}

export interface DotenvKey extends SyntaxElement {
  type: 'Key';
  name: string;
}

/**
 * The value as dotenv reads it. `range` and `loc` cover the text inside the quotes (the whole unquoted value without
 * surrounding blanks), so a report and a suggestion can point at exactly the value; an empty value has an empty
 * range where it would start.
 */
export interface DotenvValue extends SyntaxElement {
  type: 'Value';
  /** What the program sees: double-quoted `\n`/`\r` escapes expanded. */
  value: string;
  /** The text as written between the quotes. */
  raw: string;
  quote: '"' | "'" | '`' | null;
}

/** `# text`: a line of its own, or after a value. */
export interface DotenvComment extends Comment {
  type: 'Comment';
}

export type DotenvNode = DotenvFile | DotenvEntry | DotenvKey | DotenvValue;

export const visitorKeys = {
  DotenvFile: ['entries'],
  Entry: ['key', 'value'],
  Key: [],
  Value: [],
} as const satisfies Record<DotenvNode['type'], readonly string[]>;
