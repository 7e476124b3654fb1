import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { unwrap } from '../core/ast.js';
import { identityImport } from '../core/identity-import.js';
import { isKeyName } from '../core/secrets.js';
import { sinkIndex, type SinkRow, slotsOf } from '../core/sinks.js';
import { objectsOf, propertyValue, trace } from '../core/values.js';
import { createRule } from '../utils/create-rule.js';

type MessageIds = 'keyAuth' | 'useDefaultAzureCredential' | 'useTokenProvider';
type CallNode = TSESTree.CallExpression | TSESTree.NewExpression;

const COGNITIVE_SCOPE = 'https://cognitiveservices.azure.com/.default';
/** Key credential classes: the first is replaceable by a token credential in the clients that take it. */
const KEY_CREDENTIALS = new Set(['AzureKeyCredential', 'CognitiveServicesCredentials', 'MetricsAdvisorKeyCredential', 'ApiKeyCredentials']);
/** Clients whose credential parameter does not accept a plain TokenCredential. */
const NO_TOKEN_CREDENTIAL_MODULES = new Set(['@azure-rest/ai-translation-text']);

function rowLabel(row: SinkRow): string {
  return row.path.join('.');
}

/** Azure OpenAI constructors and their key property: openai `AzureOpenAI`, LangChain `AzureChatOpenAI` & co. */
function openAiKeyProperty(row: SinkRow): string | undefined {
  if (row.modules.includes('openai')) return row.path[0] === 'AzureOpenAI' ? 'apiKey' : undefined;
  if (row.modules.includes('@langchain/openai')) return row.path[0]?.startsWith('Azure') === true ? 'azureOpenAIApiKey' : undefined;
  return undefined;
}

export default createRule<[], MessageIds>({
  name: 'prefer-entra-id',
  meta: {
    type: 'suggestion',
    docs: { description: 'Require Microsoft Entra ID (keyless) authentication instead of Azure AI keys', preset: 'strict' },
    hasSuggestions: true,
    schema: [],
    messages: {
      keyAuth:
        '{{what}} authenticates with a key. Prefer Microsoft Entra ID: a token credential from @azure/identity with an RBAC role on the resource, then disable local (key) auth. Keys do not expire and work for anyone who holds them.',
      useDefaultAzureCredential: 'Use `new DefaultAzureCredential()` from @azure/identity.',
      useTokenProvider: 'Use `azureADTokenProvider` with `getBearerTokenProvider(new DefaultAzureCredential(), "{{scope}}")`.',
    },
  },
  create(context) {
    const reported = new Set<TSESTree.Node>();

    function insideReported(node: TSESTree.Node): boolean {
      for (let n: TSESTree.Node | undefined = node; n; n = n.parent) if (reported.has(n)) return true;
      return false;
    }

    function report(node: TSESTree.Node, what: string, suggest: TSESLint.ReportSuggestionArray<MessageIds> = []): void {
      if (insideReported(node)) return;
      reported.add(node);
      context.report({ node, messageId: 'keyAuth', data: { what }, suggest });
    }

    /** `new DefaultAzureCredential()` in place of `node`, importing it when needed. */
    function credentialSuggestion(node: TSESTree.Node): TSESLint.ReportSuggestionArray<MessageIds> {
      const imported = identityImport(context, ['DefaultAzureCredential']);
      if (!imported) return [];
      const text = `new ${imported.names.DefaultAzureCredential ?? 'DefaultAzureCredential'}()`;
      return [{ messageId: 'useDefaultAzureCredential', fix: (fixer) => [fixer.replaceText(node, text), ...imported.fix(fixer)] }];
    }

    function tokenProviderSuggestion(property: TSESTree.Property): TSESLint.ReportSuggestionArray<MessageIds> {
      const imported = identityImport(context, ['DefaultAzureCredential', 'getBearerTokenProvider']);
      if (!imported) return [];
      const credential = imported.names.DefaultAzureCredential ?? 'DefaultAzureCredential';
      const provider = imported.names.getBearerTokenProvider ?? 'getBearerTokenProvider';
      const text = `azureADTokenProvider: ${provider}(new ${credential}(), "${COGNITIVE_SCOPE}")`;
      return [{ messageId: 'useTokenProvider', data: { scope: COGNITIVE_SCOPE }, fix: (fixer) => [fixer.replaceText(property, text), ...imported.fix(fixer)] }];
    }

    /** The client call whose credential parameter `node` is written in, if that parameter accepts a token credential. */
    function tokenCapableClient(node: TSESTree.Node, callOf: ReadonlyMap<TSESTree.Node, SinkRow>): boolean {
      const parent = node.parent;
      if (!parent || (parent.type !== AST_NODE_TYPES.NewExpression && parent.type !== AST_NODE_TYPES.CallExpression)) return false;
      const row = callOf.get(parent);
      if (!row || row.modules.some((m) => NO_TOKEN_CREDENTIAL_MODULES.has(m)) || row.path[1] === 'fromHost') return false;
      const index = parent.arguments.indexOf(node as TSESTree.CallExpressionArgument);
      const credentialArg = row.oneArgCredential === true && parent.arguments.length === 1 ? 0 : row.slots.find((s) => s.role === 'credential')?.arg;
      return index >= 0 && index === credentialArg;
    }

    function checkKeyCredential(node: CallNode, row: SinkRow, callOf: ReadonlyMap<TSESTree.Node, SinkRow>): void {
      const name = row.path[0] ?? '';
      const suggest = name === 'AzureKeyCredential' && tokenCapableClient(node, callOf) ? credentialSuggestion(node) : [];
      report(node, name, suggest);
    }

    function checkOpenAi(node: CallNode, row: SinkRow, keyProperty: string): void {
      const [arg] = node.arguments;
      if (!arg || arg.type === AST_NODE_TYPES.SpreadElement) return;
      for (const options of objectsOf(context, arg)) {
        const value = propertyValue(context, options, keyProperty);
        if (!value || propertyValue(context, options, 'azureADTokenProvider')) continue;
        const property = value.parent;
        const suggest = property?.type === AST_NODE_TYPES.Property ? tokenProviderSuggestion(property) : [];
        report(property ?? value, `${rowLabel(row)} \`${keyProperty}\``, suggest);
      }
    }

    /** `fromEndpoint(url, key)` / `fromHost(url, key)`: a key (string, env read, key-named binding) as the credential. */
    function checkSpeechEndpoint(node: CallNode, row: SinkRow, callOf: ReadonlyMap<TSESTree.Node, SinkRow>): void {
      const [url, credential] = node.arguments;
      if (!url || !credential || credential.type === AST_NODE_TYPES.SpreadElement) return;
      const leaves = trace(context, credential);
      if (leaves.some((leaf) => callOf.has(unwrap(leaf.node)))) return; // a credential object: judged on its own
      const n = unwrap(credential);
      const named = (n.type === AST_NODE_TYPES.Identifier && isKeyName(n.name)) || leaves.some((leaf) => leaf.name !== undefined && isKeyName(leaf.name));
      if (!named && !leaves.some((leaf) => leaf.kind !== 'other')) return;
      report(credential, `${rowLabel(row)} with a key`, row.path[1] === 'fromEndpoint' ? credentialSuggestion(credential) : []);
    }

    return {
      'Program:exit'() {
        const { calls } = sinkIndex(context);
        const callOf = new Map<TSESTree.Node, SinkRow>(calls.map(({ node, row }) => [node, row]));
        for (const { node, row } of calls) {
          const first = row.path[0] ?? '';
          const keyProperty = openAiKeyProperty(row);
          if (KEY_CREDENTIALS.has(first) && row.path.length === 1) checkKeyCredential(node, row, callOf);
          else if (keyProperty !== undefined) checkOpenAi(node, row, keyProperty);
          else if (row.path[1] === 'fromSubscription') report(node, rowLabel(row));
          else if (row.path[1] === 'fromEndpoint' || row.path[1] === 'fromHost') checkSpeechEndpoint(node, row, callOf);
        }
        // `{ key }` credentials, key headers and query parameters, Speech setProperty(…_Key, k).
        for (const slot of slotsOf(context, 'credential')) {
          if (slot.strength !== 'sink') continue;
          for (const leaf of trace(context, slot.node)) {
            const target = unwrap(leaf.node);
            if (leaf.kind === 'other' && target.type === AST_NODE_TYPES.ObjectExpression && propertyValue(context, target, 'key')) {
              report(target, `The { key } credential of ${slot.sink}`);
            }
          }
        }
        for (const slot of slotsOf(context, 'key')) {
          const header = (slot.sink.endsWith(' header') || slot.sink.endsWith(' query parameter')) && !slot.sink.startsWith('Authorization');
          // Other SDK parameters (credential contents, `update(k)`) were judged with their call above.
          const speechProperty = slot.row === undefined && slot.sink.startsWith('setProperty(');
          if (header || speechProperty) report(slot.node, `The ${slot.sink}`);
        }
      },
    };
  },
});
