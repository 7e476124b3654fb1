import { CONTROLS, type ControlId, isSecureValue, judgeValues } from '../../core/iac/controls.js';
import type { BicepFile, SourceLocation } from './ast.js';
import {
  type BicepAccount,
  type BicepEdit,
  type BicepVerdict,
  bicepAccounts,
  bicepLiteral,
  bicepSetting,
  declarationHead,
  insecureReport,
  insertEdit,
  judgeBicep,
} from './iac.js';

/**
 * The iac-* rules on Bicep files: the same controls (core/iac/controls.ts), verdicts and suggestions as for
 * Pulumi, CDKTF and ARM. A value the file fixes (a literal, a parameter's default, a `var`) is judged; one the
 * deployment supplies (a parameter without default) is not, unless the rule's `strictParameters` option asks.
 */

export interface BicepControlMessages {
  readonly insecure: string;
  readonly missing: string;
  /** The suggestion that writes the secure value; none for controls no edit can satisfy (customer-managed keys). */
  readonly fix?: string;
  /** With `strictParameters`: the setting comes from a parameter without a default. */
  readonly parameter?: string;
}

export interface BicepControl {
  readonly account: BicepAccount;
  readonly verdict: BicepVerdict;
  /** The setting's path as the account writes it: `properties.disableLocalAuth`, `params.disableLocalAuth`. */
  readonly property: string;
  readonly secure: string | boolean;
}

/** Judges one control of an account with the core's verdict. */
export function judgeBicepControl(file: BicepFile, account: BicepAccount, control: ControlId): BicepControl {
  const { path, secure } = CONTROLS[control].arm;
  const { setting, path: written } = bicepSetting(file, account, path);
  const verdict = judgeBicep(setting, (values) => judgeValues(values, (value) => isSecureValue(secure, value)));
  return { account, verdict, property: written.join('.'), secure };
}

interface Descriptor {
  readonly loc: SourceLocation;
  readonly messageId: string;
  readonly data: Record<string, string>;
  readonly suggest: { messageId: string; data: Record<string, string>; fix: (fixer: Fixer) => unknown }[];
}

interface Fixer {
  replaceTextRange(range: [number, number], text: string): unknown;
}

interface Context {
  readonly sourceCode: unknown;
  report(descriptor: never): void;
}

type Listeners = Record<string, (node: never) => void>;
export type ReportControl = (
  control: BicepControl,
  messages: BicepControlMessages,
  extra?: Record<string, string>,
) => void;

const suggestion = (
  messageId: string | undefined,
  data: Record<string, string>,
  edit: BicepEdit | undefined,
): Descriptor['suggest'] =>
  messageId === undefined || edit === undefined
    ? []
    : [{ messageId, data, fix: (fixer) => fixer.replaceTextRange(edit.range, edit.text) }];

/**
 * Runs `check` over every AI account of the file and reports what it judges: an insecure value where it is
 * written (a parameter default once, however many accounts use it), a missing setting at the account's head
 * (not for module calls: the module's default is judged in the module's file), and with `strictParameters` a
 * setting whose value the deployment supplies, at that parameter.
 */
export function bicepIacListeners(
  context: Context,
  options: { readonly strictParameters?: boolean },
  check: (file: BicepFile, account: BicepAccount, report: ReportControl) => void,
): Listeners {
  return {
    BicepFile(file: BicepFile) {
      const text = (context.sourceCode as { text: string }).text;
      const reported = new Set<number>();
      const report = (descriptor: Descriptor): void => {
        (context.report as (descriptor: Descriptor) => void)(descriptor);
      };
      for (const account of bicepAccounts(file)) {
        check(file, account, (control, messages, extra = {}) => {
          const { verdict } = control;
          const data = {
            resource: control.account.label,
            property: control.property,
            secure: bicepLiteral(control.secure),
            ...extra,
          };
          if (verdict.kind === 'insecure') {
            const found = insecureReport(text, verdict, control.secure);
            if (reported.has(found.node.range[0])) return;
            reported.add(found.node.range[0]);
            const parameter = verdict.leaf.parameter;
            const value = parameter ? `${found.value} (the default of parameter ${parameter.id.name})` : found.value;
            report({
              loc: found.node.loc,
              messageId: messages.insecure,
              data: { ...data, value },
              suggest: suggestion(messages.fix, data, found.edit),
            });
          } else if (verdict.kind === 'missing' && control.account.kind === 'resource') {
            report({
              loc: declarationHead(control.account),
              messageId: messages.missing,
              data,
              suggest: suggestion(messages.fix, data, insertEdit(text, verdict, control.secure)),
            });
          } else if (
            verdict.kind === 'unknown' &&
            verdict.parameter &&
            options.strictParameters === true &&
            messages.parameter !== undefined
          ) {
            const { parameter } = verdict;
            if (reported.has(parameter.range[0])) return;
            reported.add(parameter.range[0]);
            report({
              loc: parameter.id.loc,
              messageId: messages.parameter,
              data: { ...data, parameter: parameter.id.name },
              suggest: [],
            });
          }
        });
      }
    },
  };
}
