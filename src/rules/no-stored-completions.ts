import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
import type { TSESLint } from '@typescript-eslint/utils';
import { type Context, keyName, staticBoolean, unwrap } from '../core/ast.js';
import { isAzureAiUrlHost, templateText } from '../core/endpoints/urls.js';
import { mayHold } from '../core/facts.js';
import { removeProperty } from '../core/fix/remove-property.js';
import { objectsOf, propertyValue } from '../core/objects.js';
import { trace } from '../core/trace.js';
import { CALL, CONSTRUCT, ESM, findVariable, trackReferences } from '../core/tracking.js';
import { createRule } from '../utils/create-rule.js';

type Options = [{ allowResponsesStorage?: boolean }];
type MessageIds = 'storedCompletion' | 'storedResponse' | 'removeStore' | 'setStoreFalse' | 'setZdrEnabled';
type Api = 'chat' | 'responses';
type Family = 'openai' | 'langchain' | 'llamaindex' | 'ai-sdk-provider' | 'ai-sdk-factory' | 'ai-sdk-call';

/**
 * What is tracked, by import or require (renamed, namespace, default, `require(...).default`):
 * - `openai`: `AzureOpenAI` (always Azure); `OpenAI` / the default export only with Azure evidence (an Azure host in
 *   `baseURL`/`endpoint`, an `api-key` default header, or an `@azure/openai` import in the file).
 * - `@langchain/openai`: `AzureChatOpenAI*` (always Azure), `ChatOpenAI*` with Azure fields or an Azure `baseURL`.
 * - `@llamaindex/azure`: `AzureOpenAI` (chat) and `AzureOpenAIResponses`.
 * - `@ai-sdk/azure`: the `azure` provider and `createAzure(...)`; the models reach `ai`'s generate/stream calls.
 */
interface Row {
  readonly family: Family;
  readonly name: string;
  /** The API the client, class or model calls; `undefined` where the call site decides. */
  readonly api?: Api | undefined;
  /** Always Azure (no evidence needed). */
  readonly azure: boolean;
}

const openAiRow = (name: string, azure: boolean): Row => ({ family: 'openai', name, azure });
const langchain = (name: string, api: Api | undefined): Row => ({
  family: 'langchain',
  name,
  api,
  azure: name.startsWith('Azure'),
});
const aiCall = (name: string): Row => ({ family: 'ai-sdk-call', name, azure: false });

function buildTraceMap(): Record<string, unknown> {
  const openAi = openAiRow('OpenAI', false);
  const langchainClasses: Record<string, unknown> = {};
  for (const row of [
    langchain('AzureChatOpenAI', undefined),
    langchain('AzureChatOpenAICompletions', 'chat'),
    langchain('AzureChatOpenAIResponses', 'responses'),
    langchain('ChatOpenAI', undefined),
    langchain('ChatOpenAICompletions', 'chat'),
    langchain('ChatOpenAIResponses', 'responses'),
  ]) {
    langchainClasses[row.name] = { [CONSTRUCT]: row };
  }
  const azureProvider = { family: 'ai-sdk-provider', name: 'azure', api: 'responses', azure: true } satisfies Row;
  return {
    openai: {
      [ESM]: true,
      [CONSTRUCT]: openAi,
      default: { [CONSTRUCT]: openAi },
      OpenAI: { [CONSTRUCT]: openAi },
      AzureOpenAI: { [CONSTRUCT]: openAiRow('AzureOpenAI', true) },
    },
    '@langchain/openai': { [ESM]: true, ...langchainClasses },
    '@llamaindex/azure': {
      [ESM]: true,
      AzureOpenAI: {
        [CONSTRUCT]: { family: 'llamaindex', name: 'AzureOpenAI', api: 'chat', azure: true } satisfies Row,
      },
      AzureOpenAIResponses: {
        [CONSTRUCT]: {
          family: 'llamaindex',
          name: 'AzureOpenAIResponses',
          api: 'responses',
          azure: true,
        } satisfies Row,
      },
    },
    '@ai-sdk/azure': {
      [ESM]: true,
      azure: {
        [CALL]: azureProvider,
        responses: { [CALL]: azureProvider },
        languageModel: { [CALL]: azureProvider },
        chat: { [CALL]: { ...azureProvider, api: 'chat' } satisfies Row },
      },
      createAzure: { [CALL]: { family: 'ai-sdk-factory', name: 'createAzure', azure: true } satisfies Row },
    },
    ai: {
      [ESM]: true,
      generateText: { [CALL]: aiCall('generateText') },
      streamText: { [CALL]: aiCall('streamText') },
      generateObject: { [CALL]: aiCall('generateObject') },
      streamObject: { [CALL]: aiCall('streamObject') },
      // AI SDK 6 exports the agent as ToolLoopAgent, 7 as Experimental_Agent; its settings carry model and providerOptions.
      ToolLoopAgent: { [CONSTRUCT]: aiCall('ToolLoopAgent') },
      Experimental_Agent: { [CONSTRUCT]: aiCall('Experimental_Agent') },
    },
  };
}

let traceMap: Record<string, unknown> | undefined;

/** Calls and constructions of the catalogue's exports in the file. */
function trackedCalls(context: Context): { node: TSESTree.CallExpression | TSESTree.NewExpression; row: Row }[] {
  traceMap ??= buildTraceMap();
  const out: { node: TSESTree.CallExpression | TSESTree.NewExpression; row: Row }[] = [];
  const seen = new Set<TSESTree.Node>();
  for (const { node, info } of trackReferences<Row>(context, { modules: traceMap })) {
    if (seen.has(node) || (node.type !== AST_NODE_TYPES.CallExpression && node.type !== AST_NODE_TYPES.NewExpression))
      continue;
    seen.add(node);
    out.push({ node, row: info });
  }
  return out;
}

const CHAT_METHODS = new Set(['create', 'parse', 'stream', 'runTools']);
const RESPONSES_METHODS = new Set(['create', 'parse', 'stream']);

/**
 * When `node` is (or, through a binding, stands for) a member access `x.<name>`, the receiver `x`:
 * `client.responses`, or `responses` after `const responses = client.responses`.
 */
function receiverOf(context: Context, node: TSESTree.Node, name: string): TSESTree.Node | undefined {
  const n = unwrap(node);
  if (n.type === AST_NODE_TYPES.MemberExpression) return keyName(n) === name ? n.object : undefined;
  if (n.type !== AST_NODE_TYPES.Identifier) return undefined;
  for (const leaf of trace(context, n)) {
    const target = unwrap(leaf.node);
    if (leaf.kind === 'other' && target.type === AST_NODE_TYPES.MemberExpression && keyName(target) === name)
      return target.object;
  }
  return undefined;
}

/**
 * The client expression and API of an openai-client method call: `c.chat.completions.create(…)`,
 * `c.beta.chat.completions.parse(…)` (openai 4.x), `c.responses.stream(…)`.
 */
function clientCall(
  context: Context,
  callee: TSESTree.MemberExpression,
): { root: TSESTree.Node; api: Api } | undefined {
  const method = keyName(callee) ?? '';
  if (RESPONSES_METHODS.has(method)) {
    const root = receiverOf(context, callee.object, 'responses');
    if (root) return { root, api: 'responses' };
  }
  if (!CHAT_METHODS.has(method)) return undefined;
  const chat = receiverOf(context, callee.object, 'completions');
  const root = chat && receiverOf(context, chat, 'chat');
  if (!root) return undefined;
  const beta = unwrap(root);
  return {
    root: beta.type === AST_NODE_TYPES.MemberExpression && keyName(beta) === 'beta' ? beta.object : root,
    api: 'chat',
  };
}

/** `true` / `false` when the file shows one value (through bindings), else undefined. */
function booleanValue(context: Context, node: TSESTree.Node | undefined): boolean | undefined {
  if (!node) return undefined;
  const values = new Set<boolean>();
  for (const leaf of trace(context, node)) {
    const value = leaf.kind === 'other' ? staticBoolean(leaf.node) : undefined;
    if (value === undefined) return undefined;
    values.add(value);
  }
  return values.size === 1 ? [...values][0] : undefined;
}

/** A value is given (and is not `null`/`undefined` written out). */
function isSet(node: TSESTree.Node | undefined): boolean {
  if (!node) return false;
  const n = unwrap(node);
  if (n.type === AST_NODE_TYPES.Literal && n.value === null) return false;
  return !(n.type === AST_NODE_TYPES.Identifier && n.name === 'undefined');
}

/** A spread the file cannot resolve to an object literal: it may carry any property. */
function hasOpaqueSpread(context: Context, object: TSESTree.ObjectExpression, depth = 0): boolean {
  return object.properties.some((prop) => {
    if (prop.type !== AST_NODE_TYPES.SpreadElement) return false;
    const objects = objectsOf(context, prop.argument);
    return objects.length === 0 || depth >= 2 || objects.some((o) => hasOpaqueSpread(context, o, depth + 1));
  });
}

/** The host of a URL text (template holes as `HOLE`), lower case. */
function urlHost(text: string): string | undefined {
  const match = /^\s*https?:\/\/([^/?#\s]*)/i.exec(text.slice(0, 2048));
  return match?.[1]?.toLowerCase().replace(/:\d+$/, '');
}

/**
 * Evidence that an endpoint or base URL is Azure's: an Azure AI host (also with template holes in its first label,
 * `https://${name}.openai.azure.com`), or an environment variable named for Azure (`AZURE_OPENAI_ENDPOINT`), also
 * with a path appended (`process.env.AZURE_OPENAI_ENDPOINT + "/openai/v1"`).
 */
function isAzureUrl(context: Context, node: TSESTree.Node | undefined, depth = 0): boolean {
  if (!node || depth > 3) return false;
  return trace(context, node).some((leaf) => {
    if (leaf.kind === 'string') {
      const host = urlHost(leaf.value);
      return host !== undefined && isAzureAiUrlHost(host);
    }
    if (leaf.kind === 'env') return leaf.env.variable?.toUpperCase().includes('AZURE') === true;
    const n = unwrap(leaf.node);
    if (n.type === AST_NODE_TYPES.TemplateLiteral) {
      const host = urlHost(templateText(n));
      if (host !== undefined && isAzureAiUrlHost(host)) return true;
      const first = n.expressions[0];
      return n.quasis[0]?.value.cooked === '' && first !== undefined && isAzureUrl(context, first, depth + 1);
    }
    return n.type === AST_NODE_TYPES.BinaryExpression && n.operator === '+' && isAzureUrl(context, n.left, depth + 1);
  });
}

function hasApiKeyHeader(context: Context, node: TSESTree.Node | undefined): boolean {
  if (!node) return false;
  return objectsOf(context, node).some((obj) =>
    obj.properties.some((p) => p.type === AST_NODE_TYPES.Property && keyName(p)?.toLowerCase() === 'api-key'),
  );
}

const LANGCHAIN_AZURE_FIELDS = [
  'azureOpenAIApiKey',
  'azureOpenAIApiInstanceName',
  'azureOpenAIEndpoint',
  'azureOpenAIBasePath',
  'azureOpenAIApiDeploymentName',
  'azureADTokenProvider',
];

export default createRule<Options, MessageIds>({
  name: 'no-stored-completions',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow Azure OpenAI requests that make the service store prompts and outputs',
      preset: 'strict',
    },
    hasSuggestions: true,
    schema: [
      {
        type: 'object',
        properties: {
          allowResponsesStorage: {
            type: 'boolean',
            description:
              'Allow Responses API calls that store their response (the service default), for applications that chain turns with `previous_response_id` from a first call that has none. `store: true` on chat completions is still reported.',
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ allowResponsesStorage: false }],
    messages: {
      storedCompletion:
        '`store: true` on this {{client}} chat completion keeps the prompt and the output as a stored completion in the Azure OpenAI resource until it is deleted (stored completions do not expire): personal data kept outside your retention controls. Remove it unless you use stored completions for evaluation or distillation; delete stored ones with `chat.completions.delete(id)` (the Foundry portal lists them under Stored Completions).',
      storedResponse:
        'This {{client}} Responses API call {{how}}, so Azure OpenAI keeps the response and its input for 30 days by default: personal data kept outside your retention controls. Set `store: false` for calls that do not continue a conversation; delete stored responses with `responses.delete(id)` (DELETE /openai/v1/responses/{id}).',
      removeStore: 'Remove `store: true`.',
      setStoreFalse: 'Set `store: false`.',
      setZdrEnabled: 'Set `zdrEnabled: true` (LangChain then sends `store: false`).',
    },
  },
  create(context, [{ allowResponsesStorage = false }]) {
    const { sourceCode } = context;
    if (!mayHold(context, 'storedCompletions')) return {};
    const methodCalls: { node: TSESTree.CallExpression; callee: TSESTree.MemberExpression }[] = [];
    const reported = new Set<TSESTree.Node>();

    function report(
      node: TSESTree.Node,
      messageId: 'storedCompletion' | 'storedResponse',
      data: Record<string, string>,
      suggest: TSESLint.ReportSuggestionArray<MessageIds>,
    ): void {
      if (reported.has(node)) return;
      reported.add(node);
      context.report({ node, messageId, data, suggest });
    }

    function removeStore(prop: TSESTree.Property): TSESLint.ReportSuggestionArray<MessageIds> {
      return [{ messageId: 'removeStore', fix: removeProperty(sourceCode, prop) }];
    }

    /** `store: true` → `store: false`, editing only the value. */
    function setFalse(value: TSESTree.Node): TSESLint.ReportSuggestionArray<MessageIds> {
      const n = unwrap(value);
      if (n.type !== AST_NODE_TYPES.Literal || n.value !== true) return [];
      return [{ messageId: 'setStoreFalse', fix: (fixer) => fixer.replaceText(n, 'false') }];
    }

    /** Adds `path[0]: { path[1]: … value }` to an object literal, reusing the nested literals already written there. */
    function insertion(
      object: TSESTree.ObjectExpression,
      path: readonly string[],
      value: string,
      messageId: MessageIds,
    ): TSESLint.ReportSuggestionArray<MessageIds> {
      let target = object;
      let rest = [...path];
      while (rest.length > 1) {
        const prop = target.properties.find(
          (p): p is TSESTree.Property => p.type === AST_NODE_TYPES.Property && keyName(p) === rest[0],
        );
        if (!prop) break;
        const inner = unwrap(prop.value);
        if (inner.type !== AST_NODE_TYPES.ObjectExpression) return [];
        target = inner;
        rest = rest.slice(1);
      }
      if (target.properties.some((p) => p.type === AST_NODE_TYPES.Property && keyName(p) === rest[0])) return [];
      const text = rest.reduceRight(
        (inner, name) => (inner === '' ? `${name}: ${value}` : `${name}: { ${inner} }`),
        '',
      );
      const last = target.properties.at(-1);
      if (!last) {
        const range: [number, number] = [target.range[0] + 1, target.range[1] - 1];
        return [{ messageId, fix: (fixer) => fixer.replaceTextRange(range, ` ${text} `) }];
      }
      const comma = sourceCode.getTokenAfter(last);
      const anchor = comma?.value === ',' ? comma : last;
      const open = sourceCode.getFirstToken(target);
      const multiline = open !== null && open.loc.end.line !== last.loc.start.line;
      const lineText = sourceCode.lines[last.loc.start.line - 1] ?? '';
      const indent = /^[ \t]*/.exec(lineText)?.[0] ?? '';
      const insert = multiline
        ? `${anchor === comma ? '' : ','}\n${indent}${text}${anchor === comma ? ',' : ''}`
        : `${anchor === comma ? ' ' : ', '}${text}`;
      return [{ messageId, fix: (fixer) => fixer.insertTextAfter(anchor, insert) }];
    }

    /** A Responses API request body: reported unless it continues a conversation or sets `store: false`. */
    function checkResponsesBody(
      body: TSESTree.ObjectExpression,
      client: string,
      names: { store: string; previous: string; conversation: string },
      path: readonly string[],
      root: TSESTree.ObjectExpression,
      at: TSESTree.Node,
    ): void {
      if (
        isSet(propertyValue(context, body, names.previous)) ||
        isSet(propertyValue(context, body, names.conversation))
      )
        return;
      const store = propertyValue(context, body, names.store);
      if (store) {
        if (booleanValue(context, store) !== true) return;
        report(store.parent ?? store, 'storedResponse', { client, how: 'sets `store: true`' }, setFalse(store));
        return;
      }
      if (hasOpaqueSpread(context, body)) return;
      report(
        at,
        'storedResponse',
        { client, how: 'leaves `store` unset (the default is true)' },
        insertion(root, path, 'false', 'setStoreFalse'),
      );
    }

    function checkChatStore(body: TSESTree.ObjectExpression, client: string, name = 'store'): void {
      const store = propertyValue(context, body, name);
      if (!store || booleanValue(context, store) !== true) return;
      const prop = store.parent;
      report(
        prop ?? store,
        'storedCompletion',
        { client },
        prop?.type === AST_NODE_TYPES.Property ? removeStore(prop) : [],
      );
    }

    /** The object literals the property `name` of `object` may stand for. */
    function nestedObjects(object: TSESTree.ObjectExpression, name: string): TSESTree.ObjectExpression[] {
      const value = propertyValue(context, object, name);
      return value ? objectsOf(context, value) : [];
    }

    function firstArgObjects(node: TSESTree.CallExpression | TSESTree.NewExpression): TSESTree.ObjectExpression[] {
      const [arg] = node.arguments;
      if (!arg || arg.type === AST_NODE_TYPES.SpreadElement) return [];
      return objectsOf(context, arg);
    }

    /** The options literal written in the call itself (suggestions edit only that one). */
    function inlineOptions(
      node: TSESTree.CallExpression | TSESTree.NewExpression,
      fallback: TSESTree.ObjectExpression,
    ): TSESTree.ObjectExpression {
      const [arg] = node.arguments;
      const n = arg ? unwrap(arg) : undefined;
      return n?.type === AST_NODE_TYPES.ObjectExpression ? n : fallback;
    }

    // ---- openai clients -------------------------------------------------------------------------------------

    function openAiClientLabel(
      node: TSESTree.NewExpression | TSESTree.CallExpression,
      row: Row,
      azureImport: boolean,
    ): string | undefined {
      if (row.azure) return row.name;
      for (const options of firstArgObjects(node)) {
        const azure =
          isAzureUrl(context, propertyValue(context, options, 'baseURL')) ||
          isAzureUrl(context, propertyValue(context, options, 'endpoint')) ||
          hasApiKeyHeader(context, propertyValue(context, options, 'defaultHeaders'));
        if (azure) return 'OpenAI (Azure endpoint)';
      }
      return azureImport ? 'OpenAI (with @azure/openai)' : undefined;
    }

    function checkOpenAiCalls(clients: ReadonlyMap<TSESTree.Node, string>): void {
      if (clients.size === 0) return;
      for (const { node, callee } of methodCalls) {
        const call = clientCall(context, callee);
        if (!call) continue;
        const { api } = call;
        const client = clientOf(call.root, clients);
        if (client === undefined) continue;
        for (const body of firstArgObjects(node)) {
          if (api === 'chat') checkChatStore(body, client);
          else if (!allowResponsesStorage) {
            checkResponsesBody(
              body,
              client,
              { store: 'store', previous: 'previous_response_id', conversation: 'conversation' },
              ['store'],
              inlineOptions(node, body),
              callee.property,
            );
          }
        }
      }
    }

    function clientOf(root: TSESTree.Node, clients: ReadonlyMap<TSESTree.Node, string>): string | undefined {
      for (const leaf of trace(context, root)) {
        const label = clients.get(unwrap(leaf.node));
        if (label !== undefined) return label;
      }
      return undefined;
    }

    // ---- LangChain -----------------------------------------------------------------------------------------

    function checkLangChain(node: TSESTree.NewExpression | TSESTree.CallExpression, row: Row): void {
      for (const options of firstArgObjects(node)) {
        const azure =
          row.azure ||
          LANGCHAIN_AZURE_FIELDS.some((name) => propertyValue(context, options, name) !== undefined) ||
          valuesAtBaseUrl(options);
        if (!azure) continue;
        const useResponses =
          row.api === 'responses' ||
          (row.api === undefined && booleanValue(context, propertyValue(context, options, 'useResponsesApi')) === true);
        const kwargs = nestedObjects(options, 'modelKwargs');
        const kwargsStore = kwargs.map((o) => propertyValue(context, o, 'store')).find((v) => v !== undefined);
        if (!useResponses) {
          for (const o of kwargs) checkChatStore(o, row.name);
          continue;
        }
        if (allowResponsesStorage) continue;
        if (kwargsStore) {
          if (booleanValue(context, kwargsStore) === true)
            report(
              kwargsStore.parent ?? kwargsStore,
              'storedResponse',
              { client: row.name, how: 'sets `store: true` in `modelKwargs`' },
              setFalse(kwargsStore),
            );
          continue;
        }
        const zdr = propertyValue(context, options, 'zdrEnabled');
        const kwargsUnknown =
          propertyValue(context, options, 'modelKwargs') !== undefined &&
          (kwargs.length === 0 || kwargs.some((o) => hasOpaqueSpread(context, o)));
        if (zdr || kwargsUnknown || hasOpaqueSpread(context, options)) continue;
        const flag = propertyValue(context, options, 'useResponsesApi');
        const at = flag?.parent ?? node.callee;
        report(
          at,
          'storedResponse',
          {
            client: row.name,
            how: 'uses the Responses API without `zdrEnabled: true` (LangChain leaves `store` unset; the default is true)',
          },
          insertion(inlineOptions(node, options), ['zdrEnabled'], 'true', 'setZdrEnabled'),
        );
      }
    }

    function valuesAtBaseUrl(options: TSESTree.ObjectExpression): boolean {
      const configuration = propertyValue(context, options, 'configuration');
      if (!configuration) return false;
      return objectsOf(context, configuration).some((c) => isAzureUrl(context, propertyValue(context, c, 'baseURL')));
    }

    // ---- LlamaIndex ----------------------------------------------------------------------------------------

    function checkLlamaIndex(node: TSESTree.NewExpression | TSESTree.CallExpression, row: Row): void {
      for (const options of firstArgObjects(node)) {
        const extra = nestedObjects(options, 'additionalChatOptions');
        if (row.api === 'chat') {
          for (const o of extra) checkChatStore(o, `${row.name} (LlamaIndex)`);
          continue;
        }
        if (allowResponsesStorage) continue;
        const stateful =
          isSet(propertyValue(context, options, 'previousResponseId')) ||
          booleanValue(context, propertyValue(context, options, 'trackPreviousResponses')) === true;
        if (stateful) continue;
        // OpenAIResponses sends `store: this.store` (false unless set), then spreads additionalChatOptions over it.
        for (const store of [
          propertyValue(context, options, 'store'),
          ...extra.map((o) => propertyValue(context, o, 'store')),
        ]) {
          if (store && booleanValue(context, store) === true)
            report(
              store.parent ?? store,
              'storedResponse',
              { client: `${row.name} (LlamaIndex)`, how: 'sets `store: true`' },
              setFalse(store),
            );
        }
      }
    }

    // ---- Vercel AI SDK ---------------------------------------------------------------------------------------

    /** Model calls of the Azure provider: `azure('d')`, `azure.responses('d')`, `azure.chat('d')`, and the same on `createAzure(...)`. */
    function azureModels(tracked: readonly { node: TSESTree.Node; row: Row }[]): Map<TSESTree.Node, Api> {
      const models = new Map<TSESTree.Node, Api>();
      const addModelCall = (provider: TSESTree.Node): void => {
        const parent = provider.parent;
        if (!parent) return;
        if (parent.type === AST_NODE_TYPES.CallExpression && parent.callee === provider) {
          models.set(parent, 'responses');
        } else if (
          parent.type === AST_NODE_TYPES.MemberExpression &&
          parent.object === provider &&
          parent.parent.type === AST_NODE_TYPES.CallExpression &&
          parent.parent.callee === parent
        ) {
          const method = keyName(parent);
          if (method === 'chat') models.set(parent.parent, 'chat');
          else if (method === 'responses' || method === 'languageModel') models.set(parent.parent, 'responses');
        }
      };
      for (const { node, row } of tracked) {
        if (row.family === 'ai-sdk-provider' && row.api) models.set(node, row.api);
        if (row.family !== 'ai-sdk-factory') continue;
        addModelCall(node);
        const declarator = node.parent;
        if (
          declarator?.type !== AST_NODE_TYPES.VariableDeclarator ||
          declarator.init !== node ||
          declarator.id.type !== AST_NODE_TYPES.Identifier
        )
          continue;
        const variable = findVariable(context, declarator.id);
        for (const ref of variable?.references ?? []) if (!ref.init) addModelCall(ref.identifier);
      }
      return models;
    }

    function checkAiSdkCall(
      node: TSESTree.CallExpression | TSESTree.NewExpression,
      models: ReadonlyMap<TSESTree.Node, Api>,
    ): void {
      for (const options of firstArgObjects(node)) {
        const model = propertyValue(context, options, 'model');
        if (!model) continue;
        const api = trace(context, model)
          .map((leaf) => models.get(unwrap(leaf.node)))
          .find((a) => a !== undefined);
        if (!api) continue;
        const providerOptions = nestedObjects(options, 'providerOptions');
        const forProvider = (name: string): TSESTree.ObjectExpression[] =>
          providerOptions.flatMap((o) => nestedObjects(o, name));
        if (api === 'chat') {
          for (const o of forProvider('openai')) checkChatStore(o, 'Azure AI SDK (azure.chat)');
          continue;
        }
        if (allowResponsesStorage) continue;
        // The Azure Responses model reads providerOptions.azure, and providerOptions.openai only when azure is absent.
        const azureOptions = forProvider('azure');
        const bodies = azureOptions.length > 0 ? azureOptions : forProvider('openai');
        const client = 'Azure AI SDK';
        const names = { store: 'store', previous: 'previousResponseId', conversation: 'conversation' };
        const root = inlineOptions(node, options);
        if (bodies.length === 0) {
          if (providerOptions.length === 0 && propertyValue(context, options, 'providerOptions') !== undefined)
            continue;
          if (providerOptions.some((o) => hasOpaqueSpread(context, o)) || hasOpaqueSpread(context, options)) continue;
          report(
            model.parent ?? model,
            'storedResponse',
            { client, how: 'leaves `store` unset (the default is true)' },
            insertion(root, ['providerOptions', 'azure', 'store'], 'false', 'setStoreFalse'),
          );
          continue;
        }
        for (const body of bodies) {
          checkResponsesBody(
            body,
            client,
            names,
            ['providerOptions', azureOptions.length > 0 ? 'azure' : 'openai', 'store'],
            root,
            model.parent ?? model,
          );
        }
      }
    }

    return {
      CallExpression(node) {
        const callee = unwrap(node.callee);
        if (callee.type !== AST_NODE_TYPES.MemberExpression) return;
        const method = keyName(callee);
        if (method !== undefined && (CHAT_METHODS.has(method) || RESPONSES_METHODS.has(method)))
          methodCalls.push({ node, callee });
      },
      'Program:exit'(program) {
        const tracked = trackedCalls(context);
        if (tracked.length === 0) return;
        const azureImport = program.body.some(
          (s) => s.type === AST_NODE_TYPES.ImportDeclaration && s.source.value === '@azure/openai',
        );
        const clients = new Map<TSESTree.Node, string>();
        for (const { node, row } of tracked) {
          if (row.family !== 'openai') continue;
          const label = openAiClientLabel(node, row, azureImport);
          if (label !== undefined) clients.set(node, label);
        }
        checkOpenAiCalls(clients);
        const models = azureModels(tracked);
        for (const { node, row } of tracked) {
          if (row.family === 'langchain') checkLangChain(node, row);
          else if (row.family === 'llamaindex') checkLlamaIndex(node, row);
          else if (row.family === 'ai-sdk-call' && models.size > 0) checkAiSdkCall(node, models);
        }
      },
    };
  },
});
