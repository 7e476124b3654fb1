import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
import { type Context, keyName, staticBoolean } from '../core/ast.js';
import { perLanguage } from '../core/languages.js';
import { isPublicEnvRead } from '../core/browser-env.js';
import { isAzureAiHost } from '../core/endpoints/hosts.js';
import { mayHold } from '../core/facts.js';
import { objectsOf, propertyValue, stringValues } from '../core/objects.js';
import { serviceLabel } from '../core/services.js';
import type { AuthFact } from '../core/sinks/catalogue.js';
import { isKeyHeader } from '../core/sinks/headers.js';
import { sdkCalls, unnamedSlotsOf } from '../core/sinks/index.js';
import { slotLabel } from '../core/sinks/slots.js';
import { trace } from '../core/trace.js';
import { dotenvExposedKeyListeners } from '../languages/dotenv/secrets.js';
import { DOTENV_LANGUAGE, JS_LANGUAGE } from '../languages/ids.js';
import { createRule } from '../utils/create-rule.js';

type Options = [{ anyImportMetaEnv?: boolean }];
type MessageIds = 'publicKey' | 'browserClient' | 'publicEntry' | 'serverOnly';

function hostOf(url: string): string | undefined {
  return URL.canParse(url) ? new URL(url).hostname : undefined;
}

function isAzureUrl(context: Context, node: TSESTree.Node | undefined): boolean {
  if (!node) return false;
  return stringValues(context, node).some((value) => {
    const host = hostOf(value);
    return host !== undefined && isAzureAiHost(host);
  });
}

function hasKeyHeader(context: Context, node: TSESTree.Node | undefined): boolean {
  if (!node) return false;
  return objectsOf(context, node).some((obj) =>
    obj.properties.some((prop) => {
      if (prop.type !== AST_NODE_TYPES.Property) return false;
      const name = keyName(prop);
      return name !== undefined && isKeyHeader(name);
    }),
  );
}

export default createRule<Options, MessageIds>({
  name: 'no-client-exposed-key',
  meta: {
    type: 'problem',
    docs: { description: 'Disallow Azure AI keys in browser bundles', preset: 'recommended' },
    // eslint-disable-next-line eslint-plugin/require-meta-has-suggestions -- the .env listeners (src/languages/dotenv) suggest a rename
    hasSuggestions: true,
    schema: [
      {
        type: 'object',
        properties: {
          anyImportMetaEnv: {
            type: 'boolean',
            description:
              'Treat every `import.meta.env` read as public (client code); set to false when server code reads unprefixed `import.meta.env` variables.',
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ anyImportMetaEnv: true }],
    messages: {
      publicKey:
        '{{service}} key from the browser-public variable {{variable}} is inlined into the bundle in {{sink}}: the key ships to every visitor. Keep the key on a server that exchanges it for a short-lived token, and use the token (fromAuthorizationToken) or Entra ID in the page.',
      browserClient:
        '`dangerouslyAllowBrowser: true` runs the {{client}} client with its Azure key in the browser: the key ships to every visitor. Call Azure OpenAI from a server route, or give the page a short-lived Entra ID token.',
      /* eslint-disable eslint-plugin/no-unused-message-ids -- reported by the .env listeners (src/languages/dotenv) */
      publicEntry:
        '{{service}} key in the browser-public variable {{variable}}: bundlers inline {{prefix}} variables into client code, so the key ships to every visitor. Keep the key in a server-only variable, exchange it on a server route for a short-lived token, and use the token (fromAuthorizationToken) or Entra ID in the page.',
      serverOnly:
        'Rename the variable to {{name}} (server-only; client code must then get a token from a server route).',
      /* eslint-enable eslint-plugin/no-unused-message-ids */
    },
    languages: [JS_LANGUAGE, DOTENV_LANGUAGE],
  },
  create(context, [{ anyImportMetaEnv = true }]) {
    // A browser-public env read or `dangerouslyAllowBrowser`, and a key slot (SDK call, key header, Authorization, Speech).
    if (!mayHold(context, 'browser') || !mayHold(context, 'slots')) return {};
    function reportPublicKeys(): void {
      const reported = new Set<TSESTree.Node>();
      for (const slot of unnamedSlotsOf(context, 'key', 'credential')) {
        // Key-named bindings alone are not Azure sinks: many browser keys are public by design (maps, analytics).
        if (slot.strength === 'name') continue;
        for (const leaf of trace(context, slot.node)) {
          if (leaf.kind !== 'env' || reported.has(leaf.node) || !isPublicEnvRead(leaf.env, anyImportMetaEnv)) continue;
          reported.add(leaf.node);
          const variable =
            leaf.env.variable === undefined ? leaf.env.source : `${leaf.env.source}.${leaf.env.variable}`;
          context.report({
            node: leaf.node,
            messageId: 'publicKey',
            data: { service: serviceLabel(slot.service), variable, sink: slotLabel(slot) },
          });
        }
      }
    }

    function isAzureKeyClient(
      auth: Extract<AuthFact, { kind: 'keyOptions' }>,
      options: TSESTree.ObjectExpression,
    ): boolean {
      const apiKey = propertyValue(context, options, 'apiKey');
      const tokenProvider = propertyValue(context, options, 'azureADTokenProvider');
      const headers = propertyValue(context, options, 'defaultHeaders');
      if (auth.azureOnly) return apiKey !== undefined || tokenProvider === undefined || hasKeyHeader(context, headers);
      const azure =
        isAzureUrl(context, propertyValue(context, options, 'baseURL')) ||
        isAzureUrl(context, propertyValue(context, options, 'endpoint'));
      return hasKeyHeader(context, headers) || (azure && apiKey !== undefined);
    }

    function reportBrowserClients(): void {
      for (const { node, row } of sdkCalls(context).calls) {
        const auth = row.auth;
        if (auth.kind !== 'keyOptions' || auth.browserClient === undefined) continue;
        const client = auth.browserClient;
        const [arg] = node.arguments;
        if (!arg || arg.type === AST_NODE_TYPES.SpreadElement) continue;
        for (const options of objectsOf(context, arg)) {
          const flag = propertyValue(context, options, 'dangerouslyAllowBrowser');
          if (!flag || staticBoolean(flag) !== true || !isAzureKeyClient(auth, options)) continue;
          context.report({ node: flag.parent ?? flag, messageId: 'browserClient', data: { client } });
        }
      }
    }

    return perLanguage(context, {
      js: () => ({
        'Program:exit'() {
          reportPublicKeys();
          reportBrowserClients();
        },
      }),
      dotenv: () => dotenvExposedKeyListeners(context),
    });
  },
});
