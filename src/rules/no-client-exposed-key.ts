import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { keyName, staticBoolean } from '../core/ast.js';
import { isPublicEnvRead } from '../core/exposure.js';
import { isAzureAiHost } from '../core/hosts.js';
import { isKeyHeader, sinkIndex, type SinkRow, slotsOf } from '../core/sinks.js';
import { objectsOf, propertyValue, stringValues, trace } from '../core/values.js';
import { createRule } from '../utils/create-rule.js';

type Options = [{ anyImportMetaEnv?: boolean }];
type MessageIds = 'publicKey' | 'browserClient';

function hostOf(url: string): string | undefined {
  return URL.canParse(url) ? new URL(url).hostname : undefined;
}

function isAzureUrl(context: Parameters<typeof stringValues>[0], node: TSESTree.Node | undefined): boolean {
  if (!node) return false;
  return stringValues(context, node).some((value) => {
    const host = hostOf(value);
    return host !== undefined && isAzureAiHost(host);
  });
}

function hasKeyHeader(context: Parameters<typeof objectsOf>[0], node: TSESTree.Node | undefined): boolean {
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
    schema: [
      {
        type: 'object',
        properties: {
          anyImportMetaEnv: {
            type: 'boolean',
            description: 'Treat every `import.meta.env` read as public (client code); set to false when server code reads unprefixed `import.meta.env` variables.',
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
    },
  },
  create(context, [{ anyImportMetaEnv = true }]) {
    function reportPublicKeys(): void {
      const reported = new Set<TSESTree.Node>();
      for (const slot of slotsOf(context, 'key', 'credential')) {
        // Key-named bindings alone are not Azure sinks: many browser keys are public by design (maps, analytics).
        if (slot.strength === 'name') continue;
        for (const leaf of trace(context, slot.node)) {
          if (leaf.kind !== 'env' || reported.has(leaf.node) || !isPublicEnvRead(leaf.env, anyImportMetaEnv)) continue;
          reported.add(leaf.node);
          const variable = leaf.env.variable === undefined ? leaf.env.source : `${leaf.env.source}.${leaf.env.variable}`;
          context.report({ node: leaf.node, messageId: 'publicKey', data: { service: slot.service ?? 'Azure AI', variable, sink: slot.sink } });
        }
      }
    }

    function isAzureKeyClient(row: SinkRow, options: TSESTree.ObjectExpression): boolean {
      const apiKey = propertyValue(context, options, 'apiKey');
      const tokenProvider = propertyValue(context, options, 'azureADTokenProvider');
      const headers = propertyValue(context, options, 'defaultHeaders');
      if (row.path[0] === 'AzureOpenAI') return apiKey !== undefined || tokenProvider === undefined || hasKeyHeader(context, headers);
      const azure = isAzureUrl(context, propertyValue(context, options, 'baseURL')) || isAzureUrl(context, propertyValue(context, options, 'endpoint'));
      return hasKeyHeader(context, headers) || (azure && apiKey !== undefined);
    }

    function reportBrowserClients(): void {
      for (const { node, row } of sinkIndex(context).calls) {
        if (!row.modules.includes('openai')) continue;
        const [arg] = node.arguments;
        if (!arg || arg.type === AST_NODE_TYPES.SpreadElement) continue;
        for (const options of objectsOf(context, arg)) {
          const flag = propertyValue(context, options, 'dangerouslyAllowBrowser');
          if (!flag || staticBoolean(flag) !== true || !isAzureKeyClient(row, options)) continue;
          context.report({ node: flag.parent ?? flag, messageId: 'browserClient', data: { client: row.path[0] === 'default' ? 'OpenAI' : (row.path[0] ?? 'OpenAI') } });
        }
      }
    }

    return {
      'Program:exit'() {
        reportPublicKeys();
        reportBrowserClients();
      },
    };
  },
});
