import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
import { unwrap } from '../core/ast.js';
import { isAzureAiHost, isLoopbackHost, isSharedAzureAiHost } from '../core/endpoints/hosts.js';
import { mayHold } from '../core/facts.js';
import { envReplacement } from '../core/fix/env-read.js';
import { ENV_TEMPLATE_SCHEMA } from '../core/options.js';
import { isDummy, isEnvVarName, isMaskedKey, isPlaceholder, isRedactionMarker } from '../core/secrets/not-secret.js';
import { serviceFromName, serviceLabel } from '../core/services.js';
import { specificSlotsOf, unnamedSlotsOf } from '../core/sinks/index.js';
import { type Slot, siteLabel } from '../core/sinks/slots.js';
import { type StringLeaf, trace } from '../core/trace.js';
import { perLanguage } from '../core/languages.js';
import { jsonPlaceholderListeners } from '../json/placeholders.js';
import { JS_LANGUAGE, JSON_LANGUAGES } from '../languages/ids.js';
import { createRule } from '../utils/create-rule.js';

type Options = [{ envTemplate?: string }];
type MessageIds =
  'placeholderKey' | 'literalEndpoint' | 'literalRegion' | 'useEnv' | 'placeholderSetting' | 'useKeyVault';

/** The host of `https://host/...`, `wss://host`, or a bare `host[:port]`; `undefined` if it is not URL-like. */
function hostOf(value: string): string | undefined {
  const v = value.trim().slice(0, 300);
  const match = /^(?:[a-z][a-z0-9+.-]*:\/\/)?(?:[^@/?#\s]*@)?(\[[0-9a-f:.]+\]|[^:/?#\s]+)/i.exec(v);
  return match?.[1];
}

/** A placeholder endpoint (`https://<your-resource>.cognitiveservices.azure.com/`, `YOUR_ENDPOINT`). */
function isPlaceholderEndpoint(value: string): boolean {
  return value.includes('<') || isPlaceholder(value);
}

/** Region names are short lower-case words (`westus`, `eastus2`, `chinaeast2`) or placeholders. */
function isRegionLike(value: string): boolean {
  return /^[a-z][a-z0-9]{2,30}$/i.test(value) || isPlaceholder(value);
}

/**
 * `"SOME_SECRET_VALUE"` standing where the key goes (an SDK parameter or a key header): a placeholder (an env read
 * has no string leaf). In a key-*named* property it is a mapping to a variable's name (LangChain's
 * `lc_secrets = { azureOpenAIApiKey: "AZURE_OPENAI_API_KEY" }`), not a key.
 */
function isEnvNameAsKey(value: string, slot: Slot): boolean {
  return slot.strength !== 'name' && isEnvVarName(value);
}

export default createRule<Options, MessageIds>({
  name: 'prefer-env-config',
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Require Azure AI keys, endpoints and regions to come from the environment instead of literals',
      preset: 'recommended',
    },
    hasSuggestions: true,
    schema: [{ type: 'object', properties: { envTemplate: ENV_TEMPLATE_SCHEMA }, additionalProperties: false }],
    defaultOptions: [{}],
    messages: {
      placeholderKey:
        '{{service}} key in {{sink}} is a placeholder: the next person will paste a real key here and commit it. Read the key from the environment.',
      literalEndpoint:
        '{{service}} endpoint in {{sink}} is written into code. Read it from the environment so each deployment sets its own.',
      literalRegion:
        '{{service}} region in {{sink}} is written into code. Read it from the environment so each deployment sets its own.',
      useEnv: 'Read it from the environment variable {{name}} instead.',
      placeholderSetting:
        '{{service}} key in {{sink}} is a placeholder in a committed settings file: the next person will paste a real key here and commit it. Reference Key Vault instead, and keep placeholders in a *.sample.json.',
      useKeyVault: 'Replace the placeholder with a Key Vault reference to the secret {{name}}.',
    },
    languages: [JS_LANGUAGE, ...JSON_LANGUAGES],
  },
  create(context, [options]) {
    // Compound key names, SDK slots (keys, endpoints, regions), key headers, Authorization, Speech properties.
    if (!mayHold(context, 'slots', 'keyNames')) return {};
    const reported = new Set<TSESTree.Node>();

    function report(
      leaf: StringLeaf,
      slot: Slot,
      messageId: Exclude<MessageIds, 'useEnv'>,
      role: 'key' | 'endpoint' | 'region',
    ): void {
      if (reported.has(leaf.node)) return;
      reported.add(leaf.node);
      const service = slot.service ?? serviceFromName(leaf.name);
      const env = envReplacement(leaf, service, role, options.envTemplate);
      context.report({
        node: leaf.node,
        messageId,
        data: { service: serviceLabel(service), sink: siteLabel(slot, leaf) },
        suggest: env ? [{ messageId: 'useEnv', data: { name: env.name }, fix: env.fix }] : [],
      });
    }

    /** String leaves of a slot, looking into `new URL("…")` (Speech `fromEndpoint` / `fromHost`). */
    function stringLeaves(node: TSESTree.Node, depth = 0): StringLeaf[] {
      const out: StringLeaf[] = [];
      for (const leaf of trace(context, node)) {
        if (leaf.kind === 'string') {
          if (!leaf.fallback) out.push(leaf);
          continue;
        }
        const n = unwrap(leaf.node);
        if (leaf.kind === 'other' && n.type === AST_NODE_TYPES.NewExpression && depth < 2) {
          const callee = unwrap(n.callee);
          const first = n.arguments[0];
          if (
            callee.type === AST_NODE_TYPES.Identifier &&
            callee.name === 'URL' &&
            n.arguments.length === 1 &&
            first &&
            first.type !== AST_NODE_TYPES.SpreadElement
          ) {
            out.push(...stringLeaves(first, depth + 1));
          }
        }
      }
      return out;
    }

    function checkKeys(): void {
      // A key-*named* slot counts only when the name says which key it is (`apiKey`, `speechKey`,
      // `SUBSCRIPTION_KEY`): a bare `key` property is everywhere (React lists, maps, i18n).
      for (const slot of specificSlotsOf(context, 'key')) {
        for (const leaf of stringLeaves(slot.node)) {
          const value = leaf.value.trim();
          // An empty string is "no value yet" (`let key = ""`), not something to paste over.
          // `<REDACTED>`, `***`: code that writes a redaction marker is scrubbing a key, not waiting for one.
          // `****…a1b2`: a key shown masked, with a few real characters: code that displays a key, not one waiting for it.
          if (value.length === 0 || isRedactionMarker(value) || isMaskedKey(value)) continue;
          const dummy = slot.strength !== 'name' && isDummy(value);
          if (isPlaceholder(value) || dummy || isEnvNameAsKey(value, slot)) report(leaf, slot, 'placeholderKey', 'key');
        }
      }
    }

    function checkEndpoints(): void {
      for (const slot of unnamedSlotsOf(context, 'endpoint', 'region')) {
        if (slot.strength !== 'sink') continue;
        for (const leaf of stringLeaves(slot.node)) {
          const value = leaf.value.trim();
          if (value.length === 0) continue;
          if (slot.role === 'region') {
            if (isRegionLike(value)) report(leaf, slot, 'literalRegion', 'region');
            continue;
          }
          // An Azure AI host of its own, else a placeholder: the same report either way, so the cheap host test first.
          const host = hostOf(value);
          const ownHost =
            host !== undefined && !isLoopbackHost(host) && !isSharedAzureAiHost(host) && isAzureAiHost(host);
          if (ownHost || isPlaceholderEndpoint(value)) report(leaf, slot, 'literalEndpoint', 'endpoint');
        }
      }
    }

    return perLanguage(context, {
      js: () => ({
        'Program:exit'() {
          checkKeys();
          checkEndpoints();
        },
      }),
      json: () => jsonPlaceholderListeners(context),
    });
  },
});
