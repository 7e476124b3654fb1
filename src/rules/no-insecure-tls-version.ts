import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
import type { TSESLint } from '@typescript-eslint/utils';
import { calleeName, keyName, unwrap } from '../core/ast.js';
import { mayHold } from '../core/facts.js';
import { innerRange } from '../core/fix/lines.js';
import { removeOperand } from '../core/fix/remove-operand.js';
import { removeProperty } from '../core/fix/remove-property.js';
import { removeStatement } from '../core/fix/remove-statement.js';
import { propertyValue } from '../core/objects.js';
import { isTlsOptionsObject, isTlsOptionsTarget, tlsDefaultAssignments } from '../core/tls/clients.js';
import {
  classifySecureProtocol,
  DISABLING_FLAGS,
  disablesTls1,
  isWeakTlsVersion,
  SAFE_TLS_VERSION,
  secureOptionFlags,
  weakCliFlags,
} from '../core/tls/versions.js';
import { trace } from '../core/trace.js';
import { createRule } from '../utils/create-rule.js';
import { perLanguage } from '../core/languages.js';
import { scriptTlsVersionListeners } from '../json/tls.js';
import { dotenvTlsVersionListeners } from '../languages/dotenv/tls.js';
import { DOTENV_LANGUAGE, JS_LANGUAGE, JSON_LANGUAGES } from '../languages/ids.js';

type MessageIds =
  | 'weakVersion'
  | 'weakProtocol'
  | 'legacyProtocol'
  | 'useMethod'
  | 'disabledVersion'
  | 'removeFlag'
  | 'weakFlag'
  | 'replaceFlag';

const VERSION_KEYS = new Set(['minVersion', 'maxVersion']);
/** child_process and execa functions whose arguments are command lines or argument vectors. */
const SPAWNERS = new Set([
  'spawn',
  'spawnSync',
  'fork',
  'exec',
  'execSync',
  'execFile',
  'execFileSync',
  'execa',
  'execaNode',
  'execaSync',
  'execaCommand',
  'execaCommandSync',
]);

export default createRule<[], MessageIds>({
  name: 'no-insecure-tls-version',
  meta: {
    type: 'problem',
    docs: { description: 'Disallow TLS settings that allow protocol versions below TLS 1.2', preset: 'recommended' },
    fixable: 'code',
    hasSuggestions: true,
    schema: [],
    messages: {
      weakVersion:
        '{{setting}} "{{value}}" allows TLS versions below 1.2, which Azure AI endpoints refuse and which are open to downgrade attacks. Use "TLSv1.2" or later.',
      weakProtocol:
        'secureProtocol "{{value}}" pins a TLS version below 1.2. Use "{{replacement}}", or drop secureProtocol and set minVersion.',
      legacyProtocol:
        'secureProtocol "{{value}}" is a legacy alias: it caps the connection at TLS 1.2 and takes its floor from tls.DEFAULT_MIN_VERSION (TLS 1.0 on old Node versions). Use minVersion / maxVersion instead.',
      useMethod: 'Use "{{replacement}}".',
      disabledVersion:
        'secureOptions flag {{flag}} turns off {{version}}, leaving only older protocol versions to negotiate.',
      removeFlag: 'Remove {{flag}} from secureOptions.',
      weakFlag:
        'Node option {{flag}} allows TLS versions below 1.2 for every connection of the process. Use {{replacement}} or leave the default.',
      replaceFlag: 'Use {{replacement}}.',
    },
    languages: [JS_LANGUAGE, ...JSON_LANGUAGES, DOTENV_LANGUAGE],
  },
  create(context) {
    return perLanguage(context, {
      js: () => jsListeners(),
      json: () => scriptTlsVersionListeners(context),
      dotenv: () => dotenvTlsVersionListeners(context),
    });

    function jsListeners(): TSESLint.RuleListener {
      const { sourceCode } = context;
      // Every weak setting spells a protocol name (`TLSv1`, `SSLv3_method`, `SSL_OP_NO_TLSv1_2`) or a flag (`--tls-min-v1.0`).
      if (!mayHold(context, 'tlsVersions')) return {};
      const reported = new Set<TSESTree.Node>();

      /** Reports the weak version strings a value may hold, at the string, fixing the text inside the quotes. */
      function checkVersion(value: TSESTree.Node, setting: string): void {
        for (const leaf of trace(context, value)) {
          if (leaf.kind !== 'string' || !isWeakTlsVersion(leaf.value) || reported.has(leaf.node)) continue;
          reported.add(leaf.node);
          const inner = innerRange(leaf.node);
          const editable = sourceCode.text.slice(inner[0], inner[1]) === leaf.value;
          context.report({
            node: leaf.node,
            messageId: 'weakVersion',
            data: { setting, value: leaf.value },
            fix: editable ? (fixer) => fixer.replaceTextRange(inner, SAFE_TLS_VERSION) : null,
          });
        }
      }

      function checkProtocol(value: TSESTree.Node, options: TSESTree.ObjectExpression | undefined): void {
        for (const leaf of trace(context, value)) {
          if (leaf.kind !== 'string' || reported.has(leaf.node)) continue;
          const verdict = classifySecureProtocol(leaf.value);
          if (!verdict) continue;
          if (verdict.kind === 'legacy' && options && hasNoTls1(options)) continue;
          reported.add(leaf.node);
          const inner = innerRange(leaf.node);
          const editable = sourceCode.text.slice(inner[0], inner[1]) === leaf.value;
          const data = { value: leaf.value, replacement: verdict.replacement };
          const edit = (fixer: TSESLint.RuleFixer): TSESLint.RuleFix =>
            fixer.replaceTextRange(inner, verdict.replacement);
          if (verdict.kind === 'weak') {
            context.report({ node: leaf.node, messageId: 'weakProtocol', data, fix: editable ? edit : null });
          } else {
            context.report({
              node: leaf.node,
              messageId: 'legacyProtocol',
              data,
              suggest: editable ? [{ messageId: 'useMethod', data, fix: edit }] : [],
            });
          }
        }
      }

      function hasNoTls1(options: TSESTree.ObjectExpression): boolean {
        const secureOptions = propertyValue(context, options, 'secureOptions');
        return secureOptions !== undefined && disablesTls1(secureOptions);
      }

      /** `holder` is the property or the assignment statement that sets `secureOptions`, removed when the flag is all it sets. */
      function checkSecureOptions(
        value: TSESTree.Node,
        holder: TSESTree.Property | TSESTree.AssignmentExpression,
      ): void {
        for (const flag of secureOptionFlags(value)) {
          if (!DISABLING_FLAGS.has(flag.name) || reported.has(flag.node)) continue;
          reported.add(flag.node);
          const data = { flag: flag.name, version: flag.name.endsWith('1_3') ? 'TLS 1.3' : 'TLS 1.2' };
          let fix = removeOperand(sourceCode, flag.node);
          if (!fix && unwrap(value) === flag.node) {
            if (holder.type === AST_NODE_TYPES.Property) fix = removeProperty(sourceCode, holder);
            else if (holder.parent.type === AST_NODE_TYPES.ExpressionStatement)
              fix = removeStatement(sourceCode, holder.parent);
          }
          context.report({
            node: flag.node,
            messageId: 'disabledVersion',
            data,
            suggest: fix ? [{ messageId: 'removeFlag', data, fix }] : [],
          });
        }
      }

      /** Weak `--tls-*` flags in a command line, `NODE_OPTIONS` value or argument vector. */
      function checkFlags(value: TSESTree.Node, depth = 0): void {
        if (depth > 2) return;
        for (const leaf of trace(context, value)) {
          const node = unwrap(leaf.node);
          if (node.type === AST_NODE_TYPES.ArrayExpression) {
            for (const element of node.elements)
              if (element && element.type !== AST_NODE_TYPES.SpreadElement) checkFlags(element, depth + 1);
            continue;
          }
          if (node.type === AST_NODE_TYPES.Literal && typeof node.value === 'string') checkFlagText(node, node);
          else if (node.type === AST_NODE_TYPES.TemplateLiteral)
            for (const quasi of node.quasis) checkFlagText(quasi, node);
        }
      }

      function checkFlagText(part: TSESTree.Node, whole: TSESTree.Node): void {
        if (reported.has(part)) return;
        const text = sourceCode.getText(part);
        const flags = weakCliFlags(text);
        if (flags.length === 0) return;
        reported.add(part);
        // Raising the floor while a `--tls-max-v1.1` ceiling stays would make Node refuse to start: suggest then.
        const ceiling = weakCliFlags(sourceCode.getText(whole)).some((f) => f.kind === 'max');
        for (const flag of flags) {
          const start = part.range[0] + flag.index;
          const range: [number, number] = [start, start + flag.flag.length];
          const data = { flag: flag.flag, replacement: flag.replacement };
          const edit = (fixer: TSESLint.RuleFixer): TSESLint.RuleFix => fixer.replaceTextRange(range, flag.replacement);
          const loc = { start: sourceCode.getLocFromIndex(range[0]), end: sourceCode.getLocFromIndex(range[1]) };
          if (flag.kind === 'min' && !ceiling) context.report({ loc, messageId: 'weakFlag', data, fix: edit });
          else
            context.report({
              loc,
              messageId: 'weakFlag',
              data,
              suggest: [{ messageId: 'replaceFlag', data, fix: edit }],
            });
        }
      }

      return {
        Property(node) {
          if (node.parent.type !== AST_NODE_TYPES.ObjectExpression || node.kind !== 'init') return;
          const key = keyName(node);
          if (key === undefined) return;
          if (VERSION_KEYS.has(key)) {
            if (isTlsOptionsObject(context, node.parent, node)) checkVersion(node.value, key);
          } else if (key === 'secureProtocol') checkProtocol(node.value, node.parent);
          else if (key === 'secureOptions') checkSecureOptions(node.value, node);
          else if (key === 'NODE_OPTIONS' || key === 'execArgv') checkFlags(node.value);
        },
        AssignmentExpression(node) {
          if (node.left.type !== AST_NODE_TYPES.MemberExpression) return;
          const key = keyName(node.left);
          if (key === undefined) return;
          if (node.operator === '=' && VERSION_KEYS.has(key)) {
            if (isTlsOptionsTarget(context, node.left)) checkVersion(node.right, key);
          } else if (node.operator === '=' && key === 'secureProtocol') checkProtocol(node.right, undefined);
          else if (key === 'secureOptions') checkSecureOptions(node.right, node);
          else if (key === 'NODE_OPTIONS' || key === 'execArgv') checkFlags(node.right);
        },
        CallExpression(node) {
          const name = calleeName(node);
          if (name === undefined || !SPAWNERS.has(name)) return;
          for (const arg of node.arguments) if (arg.type !== AST_NODE_TYPES.SpreadElement) checkFlags(arg);
        },
        'Program:exit'() {
          for (const assignment of tlsDefaultAssignments(context)) {
            const setting =
              assignment.left.type === AST_NODE_TYPES.MemberExpression ? keyName(assignment.left) : undefined;
            checkVersion(assignment.right, `tls.${setting ?? 'DEFAULT_MIN_VERSION'}`);
          }
        },
      };
    }
  },
});
