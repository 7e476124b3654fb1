import { weakCliFlags } from '../../core/tls/versions.js';
import { reportRange } from './report.js';

type Context = Parameters<typeof reportRange>[0];

/**
 * Reports the weak `--tls-*` flags in a command line or `NODE_OPTIONS` value written in a data file (package.json
 * scripts, .env), as in code: a raised floor is a fix, unless a `--tls-max-v1.1` ceiling stays (Node would refuse to
 * start), then a suggestion. `offset` maps an index in the value to an offset in the file.
 */
export function reportWeakFlags(context: Context, value: string, offset: (index: number) => number): void {
  const flags = weakCliFlags(value);
  const ceiling = flags.some((flag) => flag.kind === 'max');
  for (const flag of flags) {
    const range = [offset(flag.index), offset(flag.index + flag.flag.length)] as const;
    const data = { flag: flag.flag, replacement: flag.replacement };
    const edit = { range, text: flag.replacement };
    if (flag.kind === 'min' && !ceiling) reportRange(context, { range, messageId: 'weakFlag', data, fix: edit });
    else
      reportRange(context, {
        range,
        messageId: 'weakFlag',
        data,
        suggest: [{ messageId: 'replaceFlag', data, ...edit }],
      });
  }
}
