export type * from './ast.js';
export { visitorKeys } from './ast.js';
export { bicep } from './language.js';
export { MAX_DEPTH, parseBicep } from './parser.js';
export { BicepSourceCode } from './source-code.js';
