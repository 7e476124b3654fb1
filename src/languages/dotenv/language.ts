import pkg from '../../../package.json' with { type: 'json' };
import { defineTextLanguage } from '../common/language.js';
import { LineIndex } from '../common/lines.js';
import { type DotenvFile, visitorKeys } from './ast.js';
import { parseDotenv } from './parser.js';
import { DotenvSourceCode } from './source-code.js';

/** Line indexes built by `parse`, reused by `createSourceCode` for the same text (ESLint calls them in turn). */
const indexes = new WeakMap<DotenvFile, LineIndex>();

/** The `dotenv` language: `language: 'azure-ai-security/dotenv'` in a config block for `.env` files. */
export const dotenv = defineTextLanguage({
  meta: { name: `${pkg.name}/dotenv`, version: pkg.version },
  visitorKeys,
  parse(text) {
    const lineIndex = new LineIndex(text);
    const ast = parseDotenv(text, lineIndex);
    indexes.set(ast, lineIndex);
    return { ok: true, ast };
  },
  createSourceCode(text, ast) {
    const lineIndex = indexes.get(ast);
    return new DotenvSourceCode({
      text,
      ast,
      comments: ast.comments,
      visitorKeys,
      ...(lineIndex ? { lineIndex } : {}),
    });
  },
});
