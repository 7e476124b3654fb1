import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
import type { TSESLint } from '@typescript-eslint/utils';
import { unwrap } from '../ast.js';
import { lineBreakOf } from '../fix/lines.js';
import { mayHold } from '../facts.js';
import { type AiAccount, aiAccounts } from './providers.js';
import { enumMember } from './settings.js';
import type { Verdict } from './verdict.js';

/** Reporting a judged IaC control in JS/TS: the report, and the edits that write the secure value. */

function literalText(value: string | boolean, quote: string): string {
  return typeof value === 'boolean' ? String(value) : `${quote}${value}${quote}`;
}

/** The quote character the file's setting uses, `"` by default. */
function quoteOf(sourceCode: TSESLint.SourceCode, node: TSESTree.Node): string {
  const first = sourceCode.getText(node).charAt(0);
  return first === "'" || first === '"' ? first : '"';
}

/**
 * Set an insecure setting to `secure`: an enum member keeps its enum (`PublicNetworkAccess.Enabled` →
 * `.Disabled`), a literal keeps its quotes, a value from a binding is replaced in the property only (the
 * binding may be used elsewhere).
 */
export function replaceValueFix(
  sourceCode: TSESLint.SourceCode,
  verdict: Extract<Verdict, { kind: 'insecure' }>,
  secure: string | boolean,
): (fixer: TSESLint.RuleFixer) => TSESLint.RuleFix {
  const { setting, leaf } = verdict;
  const written = unwrap(setting.node);
  if (
    written === leaf.node &&
    leaf.enumName !== undefined &&
    typeof secure === 'string' &&
    leaf.node.type === AST_NODE_TYPES.MemberExpression
  ) {
    const member = enumMember(leaf.enumName, secure);
    const property = leaf.node.property;
    if (member !== undefined && !leaf.node.computed) return (fixer) => fixer.replaceText(property, member);
  }
  const text = literalText(secure, written === leaf.node ? quoteOf(sourceCode, leaf.node) : '"');
  if (setting.property.shorthand) {
    const key = sourceCode.getText(setting.property.key);
    return (fixer) => fixer.replaceText(setting.property, `${key}: ${text}`);
  }
  return (fixer) => fixer.replaceText(setting.node, text);
}

/**
 * Add a missing setting: `path` `['properties', 'disableLocalAuth']` with `true` inserts
 * `properties: { disableLocalAuth: true }` into `container`, after its last member, following its layout.
 */
export function insertFix(
  sourceCode: TSESLint.SourceCode,
  container: TSESTree.ObjectExpression,
  path: readonly string[],
  value: string | boolean,
): (fixer: TSESLint.RuleFixer) => TSESLint.RuleFix {
  let entry = literalText(value, '"');
  for (let i = path.length - 1; i >= 0; i--)
    entry = i === path.length - 1 ? `${path[i] ?? ''}: ${entry}` : `${path[i] ?? ''}: { ${entry} }`;
  const last = container.properties.at(-1);
  if (!last) return (fixer) => fixer.replaceText(container, `{ ${entry} }`);
  const after = sourceCode.getTokenAfter(last);
  const comma = after?.value === ',' ? after : undefined;
  const anchor = comma ?? last;
  const openBrace = sourceCode.getFirstToken(container);
  if (openBrace && last.loc.start.line > openBrace.loc.end.line) {
    const line = sourceCode.lines[last.loc.start.line - 1] ?? '';
    const indent = line.slice(0, last.loc.start.column);
    const pad = indent.trim() === '' ? indent : '  ';
    const nl = lineBreakOf(sourceCode.text);
    return (fixer) => fixer.insertTextAfter(anchor, comma ? `${nl}${pad}${entry},` : `,${nl}${pad}${entry}`);
  }
  return (fixer) => fixer.insertTextAfter(anchor, comma ? ` ${entry},` : `, ${entry}`);
}

/** Where to report a missing setting: the args argument, or the declaration itself. */
export function declarationNode(account: AiAccount): TSESTree.Node {
  return account.args ?? account.node;
}

/** The messages a rule uses for one control; without `fix`, the rule reports without a suggestion. */
export interface ControlMessages<M extends string> {
  /** A setting written with an insecure value (data gets `value`: the setting's source text). */
  readonly insecure: M;
  /** A setting left out, so the insecure default applies. */
  readonly missing: M;
  /** The suggestion that writes the secure value. */
  readonly fix?: M;
}

/** One control as a rule reports it: its messages, the message data, and the value a suggestion writes. */
export interface ReportedControl<M extends string> {
  readonly messages: ControlMessages<M>;
  readonly data: Record<string, string>;
  readonly secure: string | boolean;
}

/**
 * The JS listeners of an iac-* rule: in a file that imports an IaC provider, `check` each AI account once the file
 * is read; its `report` is `reportVerdict` with one shared set, so a setting in an object several accounts spread
 * is reported once.
 */
export function accountListeners<M extends string>(
  context: Readonly<TSESLint.RuleContext<M, readonly unknown[]>>,
  check: (account: AiAccount, report: (verdict: Verdict, control: ReportedControl<M>) => boolean) => void,
): TSESLint.RuleListener {
  if (!mayHold(context, 'iacModules')) return {};
  const reported = new Set<TSESTree.Node>();
  return {
    'Program:exit'() {
      for (const account of aiAccounts(context)) {
        check(account, (verdict, control) => reportVerdict(context, reported, account, verdict, control));
      }
    },
  };
}

/**
 * Reports one judged control: an insecure value where it is written (once, however many accounts spread the
 * object holding it), a missing setting at the account's declaration, each with a suggestion that writes
 * `secure` when the rule offers one. Returns whether it reported.
 */
export function reportVerdict<M extends string>(
  context: Readonly<TSESLint.RuleContext<M, readonly unknown[]>>,
  reported: Set<TSESTree.Node>,
  account: AiAccount,
  verdict: Verdict,
  control: ReportedControl<M>,
): boolean {
  const { sourceCode } = context;
  const { messages, data, secure } = control;
  if (verdict.kind === 'insecure') {
    if (reported.has(verdict.setting.node)) return false;
    reported.add(verdict.setting.node);
    const fix = replaceValueFix(sourceCode, verdict, secure);
    context.report({
      node: verdict.setting.node,
      messageId: messages.insecure,
      data: { ...data, value: sourceCode.getText(verdict.leaf.node) },
      suggest: messages.fix === undefined ? [] : [{ messageId: messages.fix, data, fix }],
    });
    return true;
  }
  if (verdict.kind === 'missing') {
    const { container, path } = verdict;
    context.report({
      node: declarationNode(account),
      messageId: messages.missing,
      data,
      suggest:
        messages.fix === undefined || !container
          ? []
          : [{ messageId: messages.fix, data, fix: insertFix(sourceCode, container, path, secure) }],
    });
    return true;
  }
  return false;
}
