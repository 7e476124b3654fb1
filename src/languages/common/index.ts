// A small base for the text languages this plugin defines (dotenv, Bicep): no dependency beyond ESLint's API shape.
export { parseDirective, parseRulesConfig, type DirectiveLabel, type ParsedDirective } from './directives.js';
export { defineTextLanguage, type TextLanguage, type TextLanguageSpec } from './language.js';
export { LineIndex } from './lines.js';
export { TextSourceCode, type TextSourceCodeInit } from './source-code.js';
export type * from './types.js';
