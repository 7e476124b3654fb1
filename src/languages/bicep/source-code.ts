import { TextSourceCode } from '../common/source-code.js';
import type { Comment, BicepFile } from './ast.js';

/** The SourceCode rules see in a `.bicep` file (`context.sourceCode`): the common base, typed for Bicep. */
export class BicepSourceCode extends TextSourceCode<BicepFile> {
  declare readonly comments: readonly Comment[];
}
