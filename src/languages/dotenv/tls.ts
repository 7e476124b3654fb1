import type { TSESLint } from '@typescript-eslint/utils';
import { weakCliFlags } from '../../core/tls/versions.js';
import { asListeners, reportRange, textSourceOf } from '../common/report.js';
import type { DotenvFile } from './ast.js';
import { dotenvValueSites } from './sites.js';

/**
 * The TLS rules on `.env` files: `NODE_TLS_REJECT_UNAUTHORIZED=0` (dotenv puts it in `process.env` before the first
 * connection, so Node stops checking certificates) and weak `--tls-*` flags in `NODE_OPTIONS` (honoured where a tool
 * exports the file before starting Node, as `dotenv -e .env -- node app.js` does).
 */

type Context = Parameters<typeof reportRange>[0];

const REJECT_ENV = 'NODE_TLS_REJECT_UNAUTHORIZED';

export function dotenvCertificateListeners(context: Context): TSESLint.RuleListener {
  return asListeners({
    DotenvFile(node: DotenvFile) {
      const text = textSourceOf(context).text;
      for (const entry of node.entries) {
        if (entry.key.name !== REJECT_ENV || (entry.value.value !== '0' && entry.value.value !== '')) continue;
        reportRange(context, {
          range: entry.range,
          messageId: 'validationDisabled',
          data: { what: `${REJECT_ENV}=${entry.value.value === '' ? '""' : '0'} in a .env file` },
          suggest: [{ messageId: 'removeAssignment', range: lineOf(text, entry.range), text: '' }],
        });
      }
    },
  });
}

export function dotenvTlsVersionListeners(context: Context): TSESLint.RuleListener {
  return asListeners({
    DotenvFile(node: DotenvFile) {
      for (const site of dotenvValueSites(node)) {
        if (site.entry.key.name !== 'NODE_OPTIONS') continue;
        const flags = weakCliFlags(site.value);
        // Raising the floor while a `--tls-max-v1.1` ceiling stays would make Node refuse to start: suggest then.
        const ceiling = flags.some((flag) => flag.kind === 'max');
        for (const flag of flags) {
          const range = [site.offset(flag.index), site.offset(flag.index + flag.flag.length)] as const;
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
    },
  });
}

/** The entry's whole line with its line break, so removing it leaves no blank line. */
function lineOf(text: string, range: readonly [number, number]): readonly [number, number] {
  const start = text.lastIndexOf('\n', range[0] - 1) + 1;
  let end = range[1];
  while (end < text.length && text[end] !== '\n') end++;
  return [start, end < text.length ? end + 1 : end];
}
