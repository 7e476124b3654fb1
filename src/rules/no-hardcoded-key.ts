import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import type { StringNode } from '../core/ast.js';
import { allowedFingerprints, redact, type SecretOptions } from '../core/redact.js';
import { envReplacement, SECRET_OPTIONS_SCHEMA } from '../core/report.js';
import { DEFAULT_ENV_TEMPLATE, envRead } from '../core/env-names.js';
import { classifyKeyNamedValue, classifyKeySlotValue, findIdentifiableKeys, isGuid, type KeyFinding } from '../core/secrets.js';
import { type Slot, slotsOf } from '../core/sinks.js';
import { type Leaf, trace } from '../core/values.js';
import { createRule } from '../utils/create-rule.js';

type Options = [SecretOptions];
type MessageIds = 'hardcodedKey' | 'keyInText' | 'useEnv';

function kindOf(finding: KeyFinding): string {
  if (finding.kind === 'identifiable') return finding.key.checksumValid ? 'key' : 'key-shaped value';
  return 'key';
}

export default createRule<Options, MessageIds>({
  name: 'no-hardcoded-key',
  meta: {
    type: 'problem',
    docs: { description: 'Disallow Azure AI service keys written into source code', preset: 'recommended' },
    hasSuggestions: true,
    schema: SECRET_OPTIONS_SCHEMA,
    defaultOptions: [{ allowFingerprints: [] }],
    messages: {
      hardcodedKey:
        '{{service}} {{kind}} is hardcoded ({{fingerprint}}, {{length}} chars) in {{sink}}. It is now in version history: rotate it and read it from the environment or Key Vault.',
      keyInText:
        '{{service}} key found in source text ({{fingerprint}}). It is now in version history: rotate it and remove it.',
      useEnv: 'Read the key from the environment variable {{name}} instead.',
    },
  },
  create(context, [options]) {
    const allowed = allowedFingerprints(options);
    const reported = new Set<TSESTree.Node>();

    function reportSlots(): void {
      for (const slot of slotsOf(context, 'key')) {
        for (const traced of trace(context, slot.node)) {
          if (traced.kind !== 'string' || reported.has(traced.node)) continue;
          const leaf = withBindingName(traced);
          const { prefix, value } = splitScheme(slot, leaf.value);
          const finding = classify(slot, value, prefix !== '');
          if (!finding) continue;
          const redacted = redact(value);
          if (allowed.has(redacted.fingerprint)) continue;
          reported.add(leaf.node);
          const service = finding.kind === 'identifiable' ? finding.key.service : slot.service;
          const env = envReplacement(leaf, service, 'key', options.envTemplate);
          const text = envRead(options.envTemplate ?? DEFAULT_ENV_TEMPLATE, env.name);
          let fix: TSESLint.ReportFixFunction = env.fix;
          if (prefix !== '') {
            // Keep the scheme: "EndpointKey <k>" → `EndpointKey ${<env read>}`.
            fix = (fixer) => fixer.replaceText(leaf.node, `\`${prefix}\${${text}}\``);
          } else if (leaf.fallback?.env.source === 'import.meta.env' && leaf.fallback.env.variable !== undefined) {
            // Bundled code has no process.env: keep the import.meta.env read and drop the secret fallback.
            const left = leaf.fallback.expression.left;
            fix = (fixer) => fixer.replaceText(leaf.fallback?.expression ?? leaf.node, context.sourceCode.getText(left));
          }
          context.report({
            node: leaf.node,
            messageId: 'hardcodedKey',
            data: { service: service ?? 'Azure AI', kind: kindOf(finding), sink: slot.sink, fingerprint: redacted.fingerprint, length: redacted.length },
            suggest: [{ messageId: 'useEnv', data: { name: env.name }, fix }],
          });
        }
      }
    }

    /** Checksum-valid identifiable keys anywhere: strings, templates, comments. */
    function reportByFormat(): void {
      const { sourceCode } = context;
      for (const { key, index } of findIdentifiableKeys(sourceCode.text)) {
        if (!key.checksumValid) continue;
        const redacted = redact(key.value);
        if (allowed.has(redacted.fingerprint)) continue;
        const node = sourceCode.getNodeByRangeIndex(index);
        if (node && reported.has(node)) continue;
        const loc = { start: sourceCode.getLocFromIndex(index), end: sourceCode.getLocFromIndex(index + key.value.length) };
        const literal = node && isWholeLiteral(node, key.value) ? node : undefined;
        if (literal) reported.add(literal);
        const leaf = literal ? trace(context, literal)[0] : undefined;
        const env = leaf?.kind === 'string' ? envReplacement(leaf, key.service, 'key', options.envTemplate) : undefined;
        context.report({
          loc,
          messageId: 'keyInText',
          data: { service: key.service, fingerprint: redacted.fingerprint },
          suggest: env ? [{ messageId: 'useEnv', data: { name: env.name }, fix: env.fix }] : [],
        });
      }
    }

    return {
      'Program:exit'() {
        reportSlots();
        reportByFormat();
      },
    };
  },
});

function isWholeLiteral(node: TSESTree.Node, value: string): node is StringNode {
  return (node.type === AST_NODE_TYPES.Literal && node.value === value) || (node.type === AST_NODE_TYPES.TemplateLiteral && node.expressions.length === 0 && node.quasis[0]?.value.cooked === value);
}

type StringLeaf = Extract<Leaf, { kind: 'string' }>;

const ENDPOINT_KEY_SINK = 'Authorization: EndpointKey header';

/** `Authorization: EndpointKey <k>` carries a scheme before the key. */
function splitScheme(slot: Slot, value: string): { prefix: string; value: string } {
  if (slot.sink !== ENDPOINT_KEY_SINK) return { prefix: '', value };
  const m = /^(EndpointKey\s+)(\S+)$/i.exec(value);
  return m ? { prefix: m[1] ?? '', value: m[2] ?? '' } : { prefix: '', value };
}

function classify(slot: Slot, value: string, endpointKey: boolean): KeyFinding | undefined {
  // QnA Maker endpoint keys are GUID-shaped: after the EndpointKey scheme a GUID is the key.
  if (endpointKey && isGuid(value)) return { kind: 'other' };
  return slot.strength === 'name' ? classifyKeyNamedValue(value) : classifyKeySlotValue(value);
}

/** A literal assigned straight to a binding (`speechKey = "…"`) takes the binding's name, for the env suggestion. */
function withBindingName(leaf: StringLeaf): StringLeaf {
  if (leaf.name !== undefined) return leaf;
  const parent = leaf.node.parent;
  if (parent.type === AST_NODE_TYPES.AssignmentExpression && parent.right === leaf.node && parent.left.type === AST_NODE_TYPES.Identifier) {
    return { ...leaf, name: parent.left.name };
  }
  return leaf;
}
