import type { TSESLint } from '@typescript-eslint/utils';
import { CONTROLS, type ControlId, isSecureValue, judgeValues } from '../core/iac/controls.js';
import { asListeners, reportRange, textSourceOf } from '../languages/common/report.js';
import { type ArmAccount, armAccounts } from './arm.js';
import { type JsonDocument, member } from './ast.js';
import { isArmTemplate } from './files.js';
import { type ArmSetting, armResourceLabel, armSetting, secureEdit } from './iac.js';

/**
 * The four iac-* rules on ARM templates: the same controls (core/iac/controls.ts), verdicts and suggestions as for
 * Pulumi and CDKTF code. A value the template fixes (a literal, a parameter's default, a variable) is judged; one
 * decided at deployment (a parameter without default, another expression) is not reported.
 */

type Context = Parameters<typeof reportRange>[0];
type Listeners = TSESLint.RuleListener;

export interface ArmControlMessages {
  readonly insecure: string;
  readonly missing: string;
  /** The suggestion that writes the secure value; none for controls no edit can satisfy (customer-managed keys). */
  readonly fix?: string;
}

type Judged =
  | { readonly kind: 'secure' | 'unknown' }
  | { readonly kind: 'insecure'; readonly setting: Extract<ArmSetting, { kind: 'set' }> }
  | { readonly kind: 'missing'; readonly setting: Extract<ArmSetting, { kind: 'missing' }> };

export interface ArmControl {
  readonly account: ArmAccount;
  readonly judged: Judged;
  readonly property: string;
  readonly secure: string | boolean;
}

export function judgeArm(account: ArmAccount, control: ControlId): ArmControl {
  const { path, secure } = CONTROLS[control].arm;
  const setting = armSetting(account, path);
  const property = path.join('.');
  if (setting.kind === 'missing') return { account, judged: { kind: 'missing', setting }, property, secure };
  if (setting.kind === 'unknown' || setting.value === undefined)
    return { account, judged: { kind: 'unknown' }, property, secure };
  // `null` leaves the property unset: the service default applies.
  if (setting.value === null)
    return {
      account,
      judged: { kind: 'missing', setting: { kind: 'missing', container: undefined, rest: [] } },
      property,
      secure,
    };
  const verdict = judgeValues([setting.value], (value) => isSecureValue(secure, value));
  return {
    account,
    judged: verdict.kind === 'insecure' ? { kind: 'insecure', setting } : { kind: verdict.kind },
    property,
    secure,
  };
}

/** Runs `check` over every ARM account of the file (nothing when the JSON is no ARM template). */
export function armListeners(
  context: Context,
  check: (
    account: ArmAccount,
    report: (control: ArmControl, messages: ArmControlMessages, data?: Record<string, string>) => void,
  ) => void,
): Listeners {
  return asListeners({
    Document(node: JsonDocument) {
      if (!isArmTemplate(node)) return;
      const text = textSourceOf(context).text;
      // A parameter default shared by several accounts is reported once.
      const reported = new Set<string>();
      for (const account of armAccounts(node.body)) {
        check(account, (control, messages, extra = {}) => {
          reportArmControl(context, text, reported, control, messages, extra);
        });
      }
    },
  });
}

function reportArmControl(
  context: Context,
  text: string,
  reported: Set<string>,
  control: ArmControl,
  messages: ArmControlMessages,
  extra: Record<string, string>,
): void {
  const { judged, account } = control;
  const secureText = JSON.stringify(control.secure);
  const data = { resource: armResourceLabel(account), property: control.property, secure: secureText, ...extra };
  if (judged.kind === 'insecure') {
    const { written, literal } = judged.setting;
    const key = String(written.range[0]);
    if (reported.has(key)) return;
    reported.add(key);
    const edit = secureEdit(text, judged.setting, control.secure);
    const value = text.slice(literal.range[0], literal.range[1]);
    const through = literal === written ? '' : ` (from ${text.slice(written.range[0], written.range[1])})`;
    reportRange(context, {
      range: written.range,
      messageId: messages.insecure,
      data: { ...data, value: `${value}${through}` },
      suggest: messages.fix && edit ? [{ messageId: messages.fix, data, ...edit }] : [],
    });
    return;
  }
  if (judged.kind === 'missing') {
    const at = member(account.resource, 'type', true)?.value ?? account.resource;
    const edit = secureEdit(text, judged.setting, control.secure);
    reportRange(context, {
      range: at.range,
      messageId: messages.missing,
      data,
      suggest: messages.fix && edit ? [{ messageId: messages.fix, data, ...edit }] : [],
    });
  }
}
