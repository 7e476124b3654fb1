export type * from './ast.js';
export { dotenv } from './language.js';
export { parseDotenv } from './parser.js';
export { DotenvSourceCode } from './source-code.js';
