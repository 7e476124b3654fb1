import { TextSourceCode } from '../common/source-code.js';
import type { DotenvComment, DotenvFile } from './ast.js';

/** The SourceCode rules see in a `.env` file (`context.sourceCode`). */
export class DotenvSourceCode extends TextSourceCode<DotenvFile> {
  declare readonly comments: readonly DotenvComment[];
}
