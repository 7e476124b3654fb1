import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
import type { TSESLint } from '@typescript-eslint/utils';
import { keyName, unwrap } from '../core/ast.js';
import { mayHold } from '../core/facts.js';
import { removeProperty } from '../core/fix/remove-property.js';
import { removeStatement } from '../core/fix/remove-statement.js';
import { alwaysSucceeds, disablesRejectEnv, functionOf, isStaticallyOff, REJECT_ENV } from '../core/tls/certificate.js';
import { createRule } from '../utils/create-rule.js';
import { perLanguage } from '../core/languages.js';
import { scriptCertificateListeners } from '../json/tls.js';
import { dotenvCertificateListeners } from '../languages/dotenv/tls.js';
import { DOTENV_LANGUAGE, JS_LANGUAGE, JSON_LANGUAGES } from '../languages/ids.js';

type MessageIds = 'validationDisabled' | 'removeProperty' | 'removeAssignment' | 'removeCall';

/** Options whose static `false` turns validation off: Node/tls, agents, undici, ws, got, axios agents (`rejectUnauthorized`); request (`strictSSL`). */
const OFF_WHEN_FALSE = new Set(['rejectUnauthorized', 'strictSSL']);
const CHECK_IDENTITY = 'checkServerIdentity';

export default createRule<[], MessageIds>({
  name: 'no-disabled-certificate-validation',
  meta: {
    type: 'problem',
    docs: { description: 'Disallow turning off TLS certificate validation', preset: 'recommended' },
    hasSuggestions: true,
    schema: [],
    messages: {
      validationDisabled:
        '{{what}} turns off TLS certificate validation: anyone on the network path can impersonate the Azure AI endpoint and read keys, tokens and prompts. If a TLS-inspecting proxy is the reason, trust its CA with NODE_EXTRA_CA_CERTS or a `ca` option instead.',
      removeProperty: 'Remove `{{name}}` so certificates are validated.',
      removeAssignment: 'Remove this assignment so certificates are validated.',
      removeCall: 'Remove `.disableTLSCerts()` so certificates are validated.',
    },
    languages: [JS_LANGUAGE, ...JSON_LANGUAGES, DOTENV_LANGUAGE],
  },
  create(context) {
    return perLanguage(context, {
      js: () => jsListeners(),
      json: () => scriptCertificateListeners(context),
      dotenv: () => dotenvCertificateListeners(context),
    });

    function jsListeners(): TSESLint.RuleListener {
      const { sourceCode } = context;
      if (!mayHold(context, 'certificate')) return {};

      function reportProperty(node: TSESTree.Property, name: string, what: string): void {
        context.report({
          node,
          messageId: 'validationDisabled',
          data: { what },
          suggest: [{ messageId: 'removeProperty', data: { name }, fix: removeProperty(sourceCode, node) }],
        });
      }

      /** `target = value` as a whole statement can be removed; inside a larger expression it is only reported. */
      function reportAssignment(node: TSESTree.AssignmentExpression | TSESTree.PropertyDefinition, what: string): void {
        const statement =
          node.type === AST_NODE_TYPES.PropertyDefinition
            ? node
            : node.parent.type === AST_NODE_TYPES.ExpressionStatement
              ? node.parent
              : undefined;
        const suggest: TSESLint.ReportSuggestionArray<MessageIds> = statement
          ? [{ messageId: 'removeAssignment', fix: removeStatement(sourceCode, statement) }]
          : [];
        context.report({ node, messageId: 'validationDisabled', data: { what }, suggest });
      }

      function acceptsAll(value: TSESTree.Node): boolean {
        const fn = functionOf(context, value);
        return fn !== undefined && alwaysSucceeds(fn);
      }

      return {
        Property(node) {
          if (node.parent.type !== AST_NODE_TYPES.ObjectExpression) return;
          const key = keyName(node);
          if (key === undefined) return;
          if (node.kind === 'init' && OFF_WHEN_FALSE.has(key) && isStaticallyOff(context, node.value)) {
            reportProperty(node, key, `\`${key}: ${sourceCode.getText(node.value)}\``);
          } else if (node.kind === 'init' && key === REJECT_ENV && disablesRejectEnv(node.value)) {
            reportProperty(node, key, `${REJECT_ENV}=${sourceCode.getText(node.value)}`);
          } else if (node.kind === 'init' && key === CHECK_IDENTITY && acceptsAll(node.value)) {
            reportProperty(node, key, 'A `checkServerIdentity` that accepts every certificate');
          }
        },
        PropertyDefinition(node) {
          const key = keyName(node);
          if (key === undefined || node.static || !node.value) return;
          if (OFF_WHEN_FALSE.has(key) && isStaticallyOff(context, node.value)) {
            reportAssignment(node, `\`${key} = ${sourceCode.getText(node.value)}\``);
          } else if (key === CHECK_IDENTITY && acceptsAll(node.value)) {
            reportAssignment(node, 'A `checkServerIdentity` that accepts every certificate');
          }
        },
        AssignmentExpression(node) {
          if (node.left.type !== AST_NODE_TYPES.MemberExpression) return;
          const key = keyName(node.left);
          if (key === undefined) return;
          if (node.operator === '=' && OFF_WHEN_FALSE.has(key) && isStaticallyOff(context, node.right)) {
            reportAssignment(node, `\`${key} = ${sourceCode.getText(node.right)}\``);
          } else if (
            key === REJECT_ENV &&
            ['=', '??=', '||='].includes(node.operator) &&
            disablesRejectEnv(node.right)
          ) {
            reportAssignment(node, `${REJECT_ENV}=${sourceCode.getText(node.right)}`);
          } else if (node.operator === '=' && key === CHECK_IDENTITY && acceptsAll(node.right)) {
            reportAssignment(node, 'A `checkServerIdentity` that accepts every certificate');
          }
        },
        CallExpression(node) {
          // superagent: request.get(url).disableTLSCerts()
          const callee = unwrap(node.callee);
          if (
            callee.type !== AST_NODE_TYPES.MemberExpression ||
            keyName(callee) !== 'disableTLSCerts' ||
            node.arguments.length > 0
          )
            return;
          const dot = sourceCode.getTokenBefore(callee.property);
          if (!dot) return;
          const range: [number, number] = [dot.range[0], node.range[1]];
          context.report({
            node: callee.property,
            messageId: 'validationDisabled',
            data: { what: '`.disableTLSCerts()`' },
            suggest: [{ messageId: 'removeCall', fix: (fixer) => fixer.removeRange(range) }],
          });
        },
      };
    }
  },
});
