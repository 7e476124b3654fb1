import type { TSESLint } from '@typescript-eslint/utils';
import { asListeners, reportRange, textSourceOf } from '../common/report.js';
import { reportWeakFlags } from '../common/weak-flags.js';
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
        reportWeakFlags(context, site.value, site.offset);
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
