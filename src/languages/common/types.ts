// Structural types for the languages this plugin defines. They follow ESLint's language API (`@eslint/core`'s
// `Language`, `TextSourceCode`, traversal steps and directives) without importing it: `@eslint/core` is not ours to
// depend on, and ESLint only reads these shapes.
import type { Linter } from 'eslint';

/** `line` counts from 1, `column` from 0 (ESLint's JavaScript convention: `lineStart: 1`, `columnStart: 0`). */
export interface Position {
  line: number;
  column: number;
}

export interface SourceLocation {
  start: Position;
  end: Position;
}

/** Offsets into the file's text: start inclusive, end exclusive. */
export type Range = [number, number];

/** Every node and comment carries its type, range and location. */
export interface SyntaxElement {
  type: string;
  range: Range;
  loc: SourceLocation;
}

/** A comment, kept beside the tree (as JavaScript's are): `value` is the text after the comment marker. */
export interface Comment extends SyntaxElement {
  value: string;
}

export type VisitorKeys = Readonly<Record<string, readonly string[]>>;

export interface VisitStep {
  kind: 1;
  target: SyntaxElement;
  phase: 1 | 2;
  args: [SyntaxElement, SyntaxElement | undefined];
}

export type DirectiveType = 'disable' | 'enable' | 'disable-line' | 'disable-next-line';

export interface Directive {
  type: DirectiveType;
  node: Comment;
  value: string;
  justification: string;
}

export interface FileProblem {
  ruleId: null;
  message: string;
  loc: SourceLocation;
}

/** ESLint validates each rule's value after parsing; the type is ESLint's. */
export type RulesConfig = Linter.RulesRecord;

export interface InlineConfig {
  config: { rules: RulesConfig };
  loc: SourceLocation;
}

/** What ESLint hands `parse` and `createSourceCode`. */
export interface LanguageFile {
  path: string;
  physicalPath?: string;
  bom: boolean;
  body: string | Uint8Array;
}

export interface ParseError {
  message: string;
  line: number;
  column: number;
}

export type ParseResult<Root> = { ok: true; ast: Root } | { ok: false; errors: ParseError[] };
