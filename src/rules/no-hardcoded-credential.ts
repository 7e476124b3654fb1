import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { calleeName, isStringNode, keyName, mayMention, staticString, unwrap } from '../core/ast.js';
import {
  classifyCredentialSlotValue,
  type CredentialFinding,
  type CredentialKind,
  bearerValue,
  findCredentials,
  isJwt,
  isTokenName,
  KIND_LABELS,
} from '../core/credentials.js';
import type { SettingRole } from '../core/env-names.js';
import { allowedFingerprints, redact, type SecretOptions } from '../core/redact.js';
import { envReplacement, SECRET_OPTIONS_SCHEMA } from '../core/report.js';
import { slotsOf } from '../core/sinks.js';
import { envRead, type Leaf, trace } from '../core/values.js';
import { createRule } from '../utils/create-rule.js';

type Options = [SecretOptions];
type MessageIds = 'hardcodedCredential' | 'hardcodedToken' | 'credentialInText' | 'useEnv';
type StringLeaf = Extract<Leaf, { kind: 'string' }>;

const ROLES = ['clientSecret', 'accountKey', 'sas', 'connectionString', 'password', 'token'] as const;

/** The environment-variable role and default service for each kind of credential. */
const ENV_ROLE: Readonly<Record<CredentialKind, SettingRole | undefined>> = {
  connectionString: 'connectionString',
  sas: 'token',
  clientSecret: 'secret',
  accountKey: 'key',
  password: 'password',
  // A token expires: reading it from the environment is not the fix; obtaining it at run time is.
  jwt: undefined,
  token: undefined,
};

const DEFAULT_SERVICE: Readonly<Record<CredentialKind, string>> = {
  connectionString: 'Azure',
  sas: 'Azure Storage',
  clientSecret: 'Entra ID',
  accountKey: 'Azure Storage',
  password: 'Azure',
  jwt: 'Azure',
  token: 'Azure',
};

export default createRule<Options, MessageIds>({
  name: 'no-hardcoded-credential',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow Azure connection strings, SAS tokens, client secrets and bearer tokens written into source code',
      preset: 'recommended',
    },
    hasSuggestions: true,
    schema: SECRET_OPTIONS_SCHEMA,
    defaultOptions: [{ allowFingerprints: [] }],
    messages: {
      hardcodedCredential:
        '{{service}} {{kind}} is hardcoded ({{fingerprint}}, {{length}} chars) in {{sink}}. It is now in version history: rotate it and read it from the environment or Key Vault.',
      hardcodedToken:
        'A {{kind}} is hardcoded ({{fingerprint}}, {{length}} chars) in {{sink}}. It grants access until it expires: revoke it and obtain tokens at run time from a credential.',
      credentialInText:
        '{{service}} {{kind}} found in source text ({{fingerprint}}). It is now in version history: rotate it and remove it.',
      useEnv: 'Read the {{kind}} from the environment variable {{name}} instead.',
    },
  },
  create(context, [options]) {
    const allowed = allowedFingerprints(options);
    const reported: TSESTree.Node[] = [];
    /** Token-named bindings and properties, and Speech `setProxy` password arguments, seen on the way. */
    const tokenBindings: { name: string; node: TSESTree.Node }[] = [];
    const proxyPasswords: TSESTree.Node[] = [];

    function isReported(start: number, end: number): boolean {
      return reported.some((n) => n.range[0] <= start && end <= n.range[1]);
    }

    function report(leaf: StringLeaf, finding: Pick<CredentialFinding, 'kind' | 'secret'>, service: string, sink: string): void {
      const redacted = redact(finding.secret);
      if (allowed.has(redacted.fingerprint)) return;
      reported.push(leaf.node);
      const data = { service, kind: KIND_LABELS[finding.kind], sink, fingerprint: redacted.fingerprint, length: redacted.length };
      const role = ENV_ROLE[finding.kind];
      if (role === undefined) {
        context.report({ node: leaf.node, messageId: 'hardcodedToken', data, suggest: [] });
        return;
      }
      const env = envFits(finding.kind, leaf.value) ? envReplacement(leaf, service, role, options.envTemplate) : undefined;
      context.report({
        node: leaf.node,
        messageId: 'hardcodedCredential',
        data,
        suggest: env ? [{ messageId: 'useEnv', data: { kind: KIND_LABELS[finding.kind], name: env.name }, fix: env.fix }] : [],
      });
    }

    function reportSlots(): void {
      for (const slot of slotsOf(context, ...ROLES)) {
        const role = slot.role as (typeof ROLES)[number];
        for (const leaf of trace(context, slot.node)) {
          if (leaf.kind !== 'string' || isReported(leaf.node.range[0], leaf.node.range[1])) continue;
          const finding = classifyCredentialSlotValue(leaf.value, role);
          if (!finding) continue;
          report(leaf, finding, slot.service ?? finding.service ?? DEFAULT_SERVICE[finding.kind], slot.sink);
        }
      }
    }

    function reportTokenBindings(): void {
      for (const { name, node } of tokenBindings) {
        for (const leaf of trace(context, node)) {
          if (leaf.kind !== 'string' || isReported(leaf.node.range[0], leaf.node.range[1])) continue;
          const token = bearerValue(leaf.value);
          if (isJwt(token)) report(leaf, { kind: 'jwt', secret: token }, 'Azure', `"${name}" binding`);
        }
      }
    }

    function reportProxyPasswords(): void {
      for (const node of proxyPasswords) {
        for (const leaf of trace(context, node)) {
          if (leaf.kind !== 'string' || isReported(leaf.node.range[0], leaf.node.range[1])) continue;
          const finding = classifyCredentialSlotValue(leaf.value, 'password');
          if (finding) report(leaf, finding, 'Speech', 'setProxy password');
        }
      }
    }

    /** Connection strings, SAS tokens and client secrets anywhere: strings, templates, comments. */
    function reportByFormat(): void {
      const { sourceCode } = context;
      for (const finding of findCredentials(sourceCode.text)) {
        const end = finding.index + finding.length;
        if (isReported(finding.index, end)) continue;
        const redacted = redact(finding.secret);
        if (allowed.has(redacted.fingerprint)) continue;
        const node = sourceCode.getNodeByRangeIndex(finding.index);
        const service = finding.service ?? DEFAULT_SERVICE[finding.kind];
        const leaf = node ? wholeLiteralLeaf(node, sourceCode.text.slice(finding.index, end)) : undefined;
        const role = ENV_ROLE[finding.kind];
        const env = leaf && role && envFits(finding.kind, leaf.value) ? envReplacement(leaf, service, role, options.envTemplate) : undefined;
        if (node) reported.push(node);
        context.report({
          loc: { start: sourceCode.getLocFromIndex(finding.index), end: sourceCode.getLocFromIndex(end) },
          messageId: 'credentialInText',
          data: { service, kind: KIND_LABELS[finding.kind], fingerprint: redacted.fingerprint },
          suggest: env ? [{ messageId: 'useEnv', data: { kind: KIND_LABELS[finding.kind], name: env.name }, fix: env.fix }] : [],
        });
      }
    }

    function noteBinding(name: string | undefined, value: TSESTree.Node | null | undefined): void {
      if (name !== undefined && value && isTokenName(name)) tokenBindings.push({ name, node: value });
    }

    // Cheap gates: token-named bindings need a token-ish word, and `setProxy` its name, somewhere in the text.
    const bindingListeners: TSESLint.RuleListener = mayMention(context, /token|jwt|bearer/i)
      ? {
          VariableDeclarator(node) {
            if (node.id.type === AST_NODE_TYPES.Identifier) noteBinding(node.id.name, node.init);
          },
          Property(node) {
            if (node.kind === 'init' && node.parent.type === AST_NODE_TYPES.ObjectExpression) noteBinding(keyName(node), node.value);
          },
          PropertyDefinition(node) {
            noteBinding(keyName(node), node.value);
          },
          AssignmentExpression(node) {
            if (node.operator !== '=') return;
            if (node.left.type === AST_NODE_TYPES.Identifier) noteBinding(node.left.name, node.right);
            else if (node.left.type === AST_NODE_TYPES.MemberExpression) noteBinding(keyName(node.left), node.right);
          },
        }
      : {};
    const proxyListeners: TSESLint.RuleListener = mayMention(context, /setproxy/i)
      ? {
          CallExpression(node) {
            // Speech SDK `config.setProxy(host, port, user, password)`: the fourth argument is a password.
            const password = node.arguments[3];
            if (calleeName(node) === 'setProxy' && node.arguments.length === 4 && password && password.type !== AST_NODE_TYPES.SpreadElement && mentionsSpeech(context.sourceCode.text)) {
              proxyPasswords.push(password);
            }
          },
        }
      : {};

    return {
      ...bindingListeners,
      ...proxyListeners,
      'Program:exit'() {
        reportSlots();
        reportProxyPasswords();
        reportTokenBindings();
        reportByFormat();
      },
    };
  },
});

/** A SAS inside a URL is more than the token: moving the whole URL to a `…_SAS_TOKEN` variable would mislead. */
function envFits(kind: CredentialKind, value: string): boolean {
  return kind !== 'sas' || !value.includes('://');
}

function mentionsSpeech(text: string): boolean {
  return text.includes('speech-sdk') || text.includes('SpeechSDK');
}

/**
 * The string leaf for a literal that is exactly the credential, with the binding name and env fallback its
 * parent gives it (so the suggestion names the variable after the binding and drops the fallback).
 */
function wholeLiteralLeaf(node: TSESTree.Node, text: string): StringLeaf | undefined {
  if (!isStringNode(node) || staticString(node) !== text) return undefined;
  const parent = node.parent;
  let name: string | undefined;
  if (parent.type === AST_NODE_TYPES.VariableDeclarator && parent.id.type === AST_NODE_TYPES.Identifier) name = parent.id.name;
  else if (parent.type === AST_NODE_TYPES.Property || parent.type === AST_NODE_TYPES.PropertyDefinition) name = keyName(parent);
  let fallback: StringLeaf['fallback'];
  if (parent.type === AST_NODE_TYPES.LogicalExpression && parent.operator !== '&&' && parent.right === node) {
    const env = envRead(unwrap(parent.left));
    if (env) fallback = { expression: parent, env };
  }
  return { kind: 'string', value: text, node, name, fallback };
}
