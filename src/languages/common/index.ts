// A small base for the text languages this plugin defines (dotenv, Bicep): no dependency beyond ESLint's API shape.
export { parseDirective, parseRulesConfig } from './directives.js';
export { LineIndex } from './lines.js';
export { TextSourceCode } from './source-code.js';
export type * from './types.js';
