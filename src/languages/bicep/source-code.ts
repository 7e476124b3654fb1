import { TextSourceCode } from '../common/source-code.js';
import type { Comment, Program } from './ast.js';

/** The SourceCode rules see in a `.bicep` file (`context.sourceCode`): the common base, typed for Bicep. */
export class BicepSourceCode extends TextSourceCode<Program> {
  declare readonly comments: readonly Comment[];
}
