import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
import type { TSESLint } from '@typescript-eslint/utils';
import { type CallNode, unwrap } from '../core/ast.js';
import { mayHold } from '../core/facts.js';
import { identityImport, replaceWithImport } from '../core/fix/import-identity.js';
import { isKeyName } from '../core/names.js';
import { objectsOf, propertyValue } from '../core/objects.js';
import type { SinkRow } from '../core/sinks/catalogue.js';
import { sdkCalls, unnamedSlotsOf } from '../core/sinks/index.js';
import { slotLabel } from '../core/sinks/slots.js';
import { isSpeechSdkSource } from '../core/sinks/speech.js';
import { isInsideAssertion, isTokenValue, requestService } from '../core/requests.js';
import { refusesEntraId, retirementNote, type ServiceId, serviceLabel } from '../core/services.js';
import { trace } from '../core/trace.js';
import { createRule } from '../utils/create-rule.js';

type MessageIds = 'keyAuth' | 'retiredService' | 'useDefaultAzureCredential' | 'useTokenProvider';

const COGNITIVE_SCOPE = 'https://cognitiveservices.azure.com/.default';

export default createRule<[], MessageIds>({
  name: 'prefer-entra-id',
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Require Microsoft Entra ID (keyless) authentication instead of Azure AI keys',
      preset: 'strict',
    },
    hasSuggestions: true,
    schema: [],
    messages: {
      keyAuth:
        '{{what}} authenticates with a key. Prefer Microsoft Entra ID: a token credential from @azure/identity with an RBAC role on the resource, then disable local (key) auth. Keys do not expire and work for anyone who holds them.',
      retiredService:
        '{{what}} authenticates with a {{service}} key; {{service}} offers no Microsoft Entra ID authentication, and {{note}}. Plan the move.',
      useDefaultAzureCredential: 'Use `new DefaultAzureCredential()` from @azure/identity.',
      useTokenProvider:
        'Use `azureADTokenProvider` with `getBearerTokenProvider(new DefaultAzureCredential(), "{{scope}}")`.',
    },
  },
  create(context) {
    // SDK calls (key credentials, key options, Speech factories), key headers, Speech key properties.
    if (!mayHold(context, 'slots')) return {};
    const reported = new Set<TSESTree.Node>();

    function insideReported(node: TSESTree.Node): boolean {
      for (let n: TSESTree.Node | undefined = node; n; n = n.parent) if (reported.has(n)) return true;
      return false;
    }

    /** The service each key credential or key argument is handed to (`new WebSearchClient(new ApiKeyCredentials(…))`). */
    let consumers: Map<TSESTree.Node, ServiceId> | undefined;
    function consumerOf(node: TSESTree.Node): ServiceId | undefined {
      if (!consumers) {
        consumers = new Map();
        for (const slot of unnamedSlotsOf(context, 'credential')) {
          if (slot.source.kind !== 'parameter' || slot.source.row.service === undefined) continue;
          consumers.set(slot.node, slot.source.row.service);
          for (const leaf of trace(context, slot.node)) consumers.set(unwrap(leaf.node), slot.source.row.service);
        }
      }
      return consumers.get(node);
    }

    function report(
      node: TSESTree.Node,
      what: string,
      suggest: TSESLint.ReportSuggestionArray<MessageIds> = [],
      service?: ServiceId,
    ): void {
      if (insideReported(node) || isInsideAssertion(node)) return;
      reported.add(node);
      const target = service ?? consumerOf(node);
      if (target !== undefined && refusesEntraId(target)) {
        // No Entra ID to move to: at most Microsoft's retirement note.
        const note = retirementNote(target);
        if (note !== undefined)
          context.report({ node, messageId: 'retiredService', data: { what, service: serviceLabel(target), note } });
        return;
      }
      context.report({ node, messageId: 'keyAuth', data: { what }, suggest });
    }

    /** `new DefaultAzureCredential()` in place of `node`, importing it when needed. */
    function credentialSuggestion(node: TSESTree.Node): TSESLint.ReportSuggestionArray<MessageIds> {
      const imported = identityImport(context, ['DefaultAzureCredential']);
      if (!imported) return [];
      const fix = replaceWithImport(
        context,
        imported,
        node,
        `new ${imported.names.DefaultAzureCredential ?? 'DefaultAzureCredential'}()`,
      );
      return fix ? [{ messageId: 'useDefaultAzureCredential', fix }] : [];
    }

    function tokenProviderSuggestion(property: TSESTree.Property): TSESLint.ReportSuggestionArray<MessageIds> {
      const imported = identityImport(context, ['DefaultAzureCredential', 'getBearerTokenProvider']);
      if (!imported) return [];
      const credential = imported.names.DefaultAzureCredential ?? 'DefaultAzureCredential';
      const provider = imported.names.getBearerTokenProvider ?? 'getBearerTokenProvider';
      const text = `azureADTokenProvider: ${provider}(new ${credential}(), "${COGNITIVE_SCOPE}")`;
      const fix = replaceWithImport(context, imported, property, text);
      return fix ? [{ messageId: 'useTokenProvider', data: { scope: COGNITIVE_SCOPE }, fix }] : [];
    }

    /** Whether `node` is written as the credential parameter of a client call that accepts a token credential there. */
    function inTokenCapableParameter(node: TSESTree.Node, rowOf: ReadonlyMap<TSESTree.Node, SinkRow>): boolean {
      const parent = node.parent;
      if (!parent || (parent.type !== AST_NODE_TYPES.NewExpression && parent.type !== AST_NODE_TYPES.CallExpression))
        return false;
      const row = rowOf.get(parent);
      if (row?.auth.kind !== 'credentialParameter' || !row.auth.tokenCapable) return false;
      const index = parent.arguments.indexOf(node as TSESTree.CallExpressionArgument);
      const credentialArg =
        row.oneArgCredential === true && parent.arguments.length === 1
          ? 0
          : row.slots.find((s) => s.role === 'credential')?.arg;
      return index >= 0 && index === credentialArg;
    }

    function checkOptions(node: CallNode, row: SinkRow, keyProperty: string): void {
      const [arg] = node.arguments;
      if (!arg || arg.type === AST_NODE_TYPES.SpreadElement) return;
      for (const options of objectsOf(context, arg)) {
        const value = propertyValue(context, options, keyProperty);
        // A key property holding a token (`apiKey: (await credential.getToken(scope)).token`) is token authentication.
        if (!value || propertyValue(context, options, 'azureADTokenProvider') || isTokenValue(context, value)) continue;
        const property = value.parent;
        const suggest = property?.type === AST_NODE_TYPES.Property ? tokenProviderSuggestion(property) : [];
        report(property ?? value, `${row.label} \`${keyProperty}\``, suggest);
      }
    }

    /** Speech `fromEndpoint(url, key)` / `fromHost(url, key)`: a key (string, env read, key-named binding) as the credential. */
    function checkBareKey(
      node: CallNode,
      row: SinkRow,
      tokenCapable: boolean,
      rowOf: ReadonlyMap<TSESTree.Node, SinkRow>,
    ): void {
      const [url, credential] = node.arguments;
      if (!url || !credential || credential.type === AST_NODE_TYPES.SpreadElement) return;
      const leaves = trace(context, credential);
      if (leaves.some((leaf) => rowOf.has(unwrap(leaf.node)))) return; // a credential object: judged on its own
      const n = unwrap(credential);
      const named =
        (n.type === AST_NODE_TYPES.Identifier && isKeyName(n.name)) ||
        leaves.some((leaf) => leaf.name !== undefined && isKeyName(leaf.name));
      if (!named && !leaves.some((leaf) => leaf.kind !== 'other')) return;
      report(credential, `${row.label} with a key`, tokenCapable ? credentialSuggestion(credential) : []);
    }

    return {
      'Program:exit'() {
        const { calls, rowOf } = sdkCalls(context);
        for (const { node, row } of calls) {
          const auth = row.auth;
          if (auth.kind === 'keyCredential') {
            report(
              node,
              row.label,
              auth.tokenReplaceable && inTokenCapableParameter(node, rowOf) ? credentialSuggestion(node) : [],
            );
          } else if (auth.kind === 'keyOptions' && auth.keyProperty !== undefined)
            checkOptions(node, row, auth.keyProperty);
          else if (auth.kind === 'subscriptionKey') report(node, row.label);
          else if (auth.kind === 'credentialParameter' && auth.bareKey)
            checkBareKey(node, row, auth.tokenCapable, rowOf);
        }
        // `{ key }` credentials, key headers and query parameters, Speech setProperty(…_Key, k).
        for (const slot of unnamedSlotsOf(context, 'credential')) {
          if (slot.strength !== 'sink') continue;
          for (const leaf of trace(context, slot.node)) {
            const target = unwrap(leaf.node);
            if (
              leaf.kind === 'other' &&
              target.type === AST_NODE_TYPES.ObjectExpression &&
              propertyValue(context, target, 'key')
            ) {
              report(target, `The { key } credential of ${slotLabel(slot)}`);
            }
          }
        }
        // Other SDK parameters (credential contents, `update(k)`) were judged with their call above.
        for (const slot of unnamedSlotsOf(context, 'key')) {
          if (slot.source.kind === 'speechProperty') {
            if (!isSpeechSdkSource(context.sourceCode)) report(slot.node, `The ${slotLabel(slot)}`);
          } else if (slot.source.kind === 'header' && !isTokenValue(context, slot.node))
            report(slot.node, `The ${slotLabel(slot)}`, [], requestService(context, slot.node));
        }
      },
    };
  },
});
