import { TextSourceCode } from '../common/source-code.js';
import type { DotenvComment, DotenvDocument } from './ast.js';

/** The SourceCode rules see in a `.env` file (`context.sourceCode`). */
export class DotenvSourceCode extends TextSourceCode<DotenvDocument> {
  declare readonly comments: readonly DotenvComment[];
}
