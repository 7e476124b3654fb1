import pkg from '../../../package.json' with { type: 'json' };
import { defineTextLanguage } from '../common/language.js';
import { LineIndex } from '../common/lines.js';
import { type BicepFile, visitorKeys } from './ast.js';
import { parseBicep } from './parser.js';
import { BicepSourceCode } from './source-code.js';

/** Line indexes built by `parse`, reused by `createSourceCode` for the same tree (ESLint calls them in turn). */
const indexes = new WeakMap<BicepFile, LineIndex>();

/**
 * The `bicep` language: `language: 'azure-ai-security/bicep'` in a config block for `**\/*.bicep` files. The parser
 * is tolerant, so parsing always succeeds: what it could not read is in `BicepFile.errors`, and rules run on the rest.
 */
export const bicep = defineTextLanguage({
  meta: { name: `${pkg.name}/bicep`, version: pkg.version },
  visitorKeys,
  parse(text) {
    const lineIndex = new LineIndex(text);
    const ast = parseBicep(text, lineIndex);
    indexes.set(ast, lineIndex);
    return { ok: true, ast };
  },
  createSourceCode(text, ast) {
    const lineIndex = indexes.get(ast);
    return new BicepSourceCode({ text, ast, comments: ast.comments, visitorKeys, ...(lineIndex ? { lineIndex } : {}) });
  },
});
