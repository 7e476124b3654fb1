import type { TextSourceCode } from './source-code.js';
import type { LanguageFile, ParseResult, SyntaxElement, VisitorKeys } from './types.js';

export interface TextLanguageSpec<Root extends SyntaxElement, Code extends TextSourceCode<Root>> {
  /** `name` and `version` let ESLint serialize a config that uses the language (the cache needs it). */
  meta: { name: string; version: string };
  visitorKeys: VisitorKeys;
  /** Builds the tree; a tolerant parser returns a tree for any text. May return parse errors instead. */
  parse(text: string, path: string): ParseResult<Root>;
  createSourceCode(text: string, ast: Root): Code;
}

/** A language object as ESLint 9.15+ and 10 read it (`plugin.languages[name]`). */
export interface TextLanguage<Root extends SyntaxElement, Code extends TextSourceCode<Root>> {
  meta: { name: string; version: string };
  fileType: 'text';
  lineStart: 1;
  columnStart: 0;
  nodeTypeKey: 'type';
  visitorKeys: Record<string, string[]>;
  defaultLanguageOptions: Record<string, never>;
  validateLanguageOptions(languageOptions: unknown): void;
  parse(file: LanguageFile): ParseResult<Root>;
  createSourceCode(file: LanguageFile, result: { ok: true; ast: Root }): Code;
}

const decoder = new TextDecoder();

/**
 * Wraps a parser and a SourceCode class into ESLint's language object. Lines count from 1 and columns from 0 (as
 * in JavaScript). A parser that throws anyway (a bug) becomes one parse error on line 1, never a crash of the run.
 */
export function defineTextLanguage<Root extends SyntaxElement, Code extends TextSourceCode<Root>>(
  spec: TextLanguageSpec<Root, Code>,
): TextLanguage<Root, Code> {
  const visitorKeys = Object.fromEntries(Object.entries(spec.visitorKeys).map(([type, keys]) => [type, [...keys]]));
  return {
    meta: spec.meta,
    fileType: 'text',
    lineStart: 1,
    columnStart: 0,
    nodeTypeKey: 'type',
    visitorKeys,
    defaultLanguageOptions: {},
    // These languages take no options; options meant for JavaScript in a shared config block are ignored.
    validateLanguageOptions() {},
    parse(file) {
      const text = bodyText(file);
      try {
        return spec.parse(text, file.path);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        return { ok: false, errors: [{ message: `Could not parse the file: ${message}`, line: 1, column: 1 }] };
      }
    },
    createSourceCode(file, result) {
      return spec.createSourceCode(bodyText(file), result.ast);
    },
  };
}

function bodyText(file: LanguageFile): string {
  return typeof file.body === 'string' ? file.body : decoder.decode(file.body);
}
