import type { TSESLint } from '@typescript-eslint/utils';
import { asListeners, reportRange, textSourceOf } from '../languages/common/report.js';
import { reportWeakFlags } from '../languages/common/weak-flags.js';
import { type JsonDocument, type JsonString, memberName, memberValue, valueOffsets } from './ast.js';
import { isPackageJson } from './files.js';
import { displayName } from '../languages/common/value-secrets.js';
import { rejectUnauthorizedOff } from './scripts.js';

/** The TLS rules on `package.json` `scripts`: weak `--tls-*` flags (fixed as in code) and certificate checks switched off. */

type Context = Parameters<typeof reportRange>[0];
type Listeners = TSESLint.RuleListener;

interface Script {
  readonly name: string;
  readonly node: JsonString;
  readonly offset: (index: number) => number;
}

function scriptsOf(document: JsonDocument, text: string): Script[] {
  const scripts = memberValue(document.body, 'scripts');
  if (scripts?.type !== 'Object') return [];
  return scripts.members.flatMap((member) =>
    member.value.type === 'String'
      ? [{ name: memberName(member), node: member.value, offset: valueOffsets(member.value, text) }]
      : [],
  );
}

export function scriptTlsVersionListeners(context: Context): Listeners {
  if (!isPackageJson(context.filename)) return {};
  return asListeners({
    Document(node: JsonDocument) {
      for (const script of scriptsOf(node, textSourceOf(context).text)) {
        reportWeakFlags(context, script.node.value, script.offset);
      }
    },
  });
}

export function scriptCertificateListeners(context: Context): Listeners {
  if (!isPackageJson(context.filename)) return {};
  return asListeners({
    Document(node: JsonDocument) {
      for (const script of scriptsOf(node, textSourceOf(context).text)) {
        if (!script.node.value.includes('NODE_TLS_REJECT_UNAUTHORIZED')) continue;
        for (const assignment of rejectUnauthorizedOff(script.node.value)) {
          const range = [script.offset(assignment.start), script.offset(assignment.end)] as const;
          const removal = [script.offset(assignment.removal[0]), script.offset(assignment.removal[1])] as const;
          reportRange(context, {
            range,
            messageId: 'validationDisabled',
            data: {
              what: `${script.node.value.slice(assignment.start, assignment.end)} in the "${displayName(script.name)}" script`,
            },
            suggest: [{ messageId: 'removeAssignment', range: removal, text: '' }],
          });
        }
      }
    },
  });
}
