import { AST_NODE_TYPES, AST_TOKEN_TYPES, ASTUtils, type TSESTree } from '@typescript-eslint/utils';
import { type Context, calleeName, calleeObject, keyName, staticString, unwrap } from './ast.js';
import { isKeyName, nameWords } from './secrets.js';
import { objectsOf, propertyValue, stringValues, trace } from './values.js';

/**
 * The catalogue of places that take an Azure AI key, endpoint, region or credential.
 * Rows are data: supporting another SDK means adding a row. Calls are matched through import and
 * require tracking, so renamed, namespace, default and `require(...).default` imports all count.
 */

export type SlotRole =
  /** An Azure AI / APIM key (or an OpenAI-compatible API key). */
  | 'key'
  /** A service endpoint URL or host. */
  | 'endpoint'
  | 'region'
  /** A credential argument: a key string, `{ key }`, `new AzureKeyCredential(k)` or a token credential. */
  | 'credential'
  /** Entra ID client secret. */
  | 'clientSecret'
  /** Storage / named key credential account key. */
  | 'accountKey'
  | 'sas'
  | 'connectionString'
  | 'password'
  /** Bearer token / JWT. */
  | 'token'
  /** An object of HTTP headers. */
  | 'headers'
  /** An object of query parameters. */
  | 'query';

export interface SlotSpec {
  readonly role: SlotRole;
  readonly arg: number;
  /** Property path inside the object argument. */
  readonly path?: readonly string[];
}

export interface SinkRow {
  readonly modules: readonly string[];
  /** Export path: `['SpeechConfig', 'fromSubscription']`, `['default']` for a default export. */
  readonly path: readonly string[];
  readonly call: 'new' | 'call';
  readonly service: string | undefined;
  readonly slots: readonly SlotSpec[];
  /** REST factories whose one-argument form takes only the credential. */
  readonly oneArgCredential?: boolean;
  /** Also reachable from a browser global (`SpeechSDK`). */
  readonly global?: string;
}

const CORE_AUTH = [
  '@azure/core-auth',
  '@azure/ai-text-analytics',
  '@azure/ai-language-text',
  '@azure/ai-language-conversations',
  '@azure/ai-form-recognizer',
  '@azure/search-documents',
  '@azure/openai',
  '@azure/ai-metrics-advisor',
  '@azure/ai-anomaly-detector',
  '@azure/ai-translation-document',
  '@azure/ai-content-safety',
];
const SPEECH = ['microsoft-cognitiveservices-speech-sdk'];
const STORAGE = ['@azure/storage-blob', '@azure/storage-queue', '@azure/storage-file-share', '@azure/storage-file-datalake'];

const client = (modules: readonly string[], name: string, service: string, credentialArg = 1): SinkRow => ({
  modules,
  path: [name],
  call: 'new',
  service,
  slots: [
    { role: 'endpoint', arg: 0 },
    { role: 'credential', arg: credentialArg },
  ],
});

const rest = (module: string, service: string, oneArgCredential = false): SinkRow => ({
  modules: [module],
  path: ['default'],
  call: 'call',
  service,
  oneArgCredential,
  slots: [
    { role: 'endpoint', arg: 0 },
    { role: 'credential', arg: 1 },
  ],
});

const openAiOptions: readonly SlotSpec[] = [
  { role: 'key', arg: 0, path: ['apiKey'] },
  { role: 'endpoint', arg: 0, path: ['endpoint'] },
  { role: 'endpoint', arg: 0, path: ['baseURL'] },
  { role: 'headers', arg: 0, path: ['defaultHeaders'] },
  { role: 'query', arg: 0, path: ['defaultQuery'] },
];

const langchainOptions: readonly SlotSpec[] = [
  { role: 'key', arg: 0, path: ['azureOpenAIApiKey'] },
  { role: 'key', arg: 0, path: ['apiKey'] },
  { role: 'endpoint', arg: 0, path: ['azureOpenAIEndpoint'] },
  { role: 'endpoint', arg: 0, path: ['azureOpenAIBasePath'] },
];

const speechFactories = (cls: string): SinkRow[] => [
  { modules: SPEECH, global: 'SpeechSDK', path: [cls, 'fromSubscription'], call: 'call', service: 'Speech', slots: [{ role: 'key', arg: 0 }, { role: 'region', arg: 1 }] },
  { modules: SPEECH, global: 'SpeechSDK', path: [cls, 'fromEndpoint'], call: 'call', service: 'Speech', slots: [{ role: 'endpoint', arg: 0 }, { role: 'credential', arg: 1 }] },
  { modules: SPEECH, global: 'SpeechSDK', path: [cls, 'fromHost'], call: 'call', service: 'Speech', slots: [{ role: 'endpoint', arg: 0 }, { role: 'credential', arg: 1 }] },
  { modules: SPEECH, global: 'SpeechSDK', path: [cls, 'fromAuthorizationToken'], call: 'call', service: 'Speech', slots: [{ role: 'token', arg: 0 }, { role: 'region', arg: 1 }] },
];

export const SINKS: readonly SinkRow[] = [
  // Key credentials.
  { modules: CORE_AUTH, path: ['AzureKeyCredential'], call: 'new', service: undefined, slots: [{ role: 'key', arg: 0 }] },
  { modules: ['@azure/core-auth', '@azure/data-tables', '@azure/eventgrid'], path: ['AzureNamedKeyCredential'], call: 'new', service: undefined, slots: [{ role: 'accountKey', arg: 1 }] },
  { modules: ['@azure/core-auth', '@azure/data-tables', '@azure/eventgrid'], path: ['AzureSASCredential'], call: 'new', service: undefined, slots: [{ role: 'sas', arg: 0 }] },
  { modules: STORAGE, path: ['StorageSharedKeyCredential'], call: 'new', service: 'Azure Storage', slots: [{ role: 'accountKey', arg: 1 }] },
  { modules: ['@azure/identity'], path: ['ClientSecretCredential'], call: 'new', service: 'Entra ID', slots: [{ role: 'clientSecret', arg: 2 }] },
  { modules: ['@azure/ai-metrics-advisor'], path: ['MetricsAdvisorKeyCredential'], call: 'new', service: 'Metrics Advisor', slots: [{ role: 'key', arg: 0 }, { role: 'key', arg: 1 }] },
  { modules: ['@azure/ms-rest-js', 'ms-rest-js'], path: ['ApiKeyCredentials'], call: 'new', service: undefined, slots: [{ role: 'headers', arg: 0, path: ['inHeader'] }, { role: 'query', arg: 0, path: ['inQuery'] }] },
  { modules: ['@azure/ms-rest-azure-js', 'ms-rest-azure'], path: ['CognitiveServicesCredentials'], call: 'new', service: undefined, slots: [{ role: 'key', arg: 0 }] },

  // Connection strings and other non-AI Azure credentials (no-hardcoded-credential).
  ...[
    ['@azure/storage-blob', 'BlobServiceClient'],
    ['@azure/storage-queue', 'QueueServiceClient'],
    ['@azure/storage-file-share', 'ShareServiceClient'],
    ['@azure/storage-file-datalake', 'DataLakeServiceClient'],
    ['@azure/data-tables', 'TableServiceClient'],
    ['@azure/data-tables', 'TableClient'],
  ].map(([module = '', name = '']): SinkRow => ({
    modules: [module],
    path: [name, 'fromConnectionString'],
    call: 'call',
    service: 'Azure Storage',
    slots: [{ role: 'connectionString', arg: 0 }],
  })),
  ...[
    ['@azure/storage-blob', 'ContainerClient'],
    ['@azure/storage-blob', 'BlobClient'],
    ['@azure/storage-blob', 'BlockBlobClient'],
    ['@azure/storage-queue', 'QueueClient'],
    ['@azure/storage-file-share', 'ShareClient'],
  ].map(([module = '', name = '']): SinkRow => ({ modules: [module], path: [name], call: 'new', service: 'Azure Storage', slots: [{ role: 'connectionString', arg: 0 }] })),
  { modules: ['@azure/service-bus'], path: ['ServiceBusClient'], call: 'new', service: 'Service Bus', slots: [{ role: 'connectionString', arg: 0 }] },
  { modules: ['@azure/service-bus'], path: ['ServiceBusAdministrationClient'], call: 'new', service: 'Service Bus', slots: [{ role: 'connectionString', arg: 0 }] },
  { modules: ['@azure/event-hubs'], path: ['EventHubProducerClient'], call: 'new', service: 'Event Hubs', slots: [{ role: 'connectionString', arg: 0 }] },
  { modules: ['@azure/event-hubs'], path: ['EventHubBufferedProducerClient'], call: 'new', service: 'Event Hubs', slots: [{ role: 'connectionString', arg: 0 }] },
  { modules: ['@azure/event-hubs'], path: ['EventHubConsumerClient'], call: 'new', service: 'Event Hubs', slots: [{ role: 'connectionString', arg: 1 }] },
  { modules: ['@azure/app-configuration'], path: ['AppConfigurationClient'], call: 'new', service: 'App Configuration', slots: [{ role: 'connectionString', arg: 0 }] },
  { modules: ['@azure/cosmos'], path: ['CosmosClient'], call: 'new', service: 'Cosmos DB', slots: [{ role: 'connectionString', arg: 0 }, { role: 'accountKey', arg: 0, path: ['key'] }] },
  { modules: ['@azure/identity'], path: ['UsernamePasswordCredential'], call: 'new', service: 'Entra ID', slots: [{ role: 'password', arg: 3 }] },

  // Track 2 clients: (endpoint, credential).
  client(['@azure/ai-text-analytics'], 'TextAnalyticsClient', 'Language'),
  client(['@azure/ai-language-text'], 'TextAnalysisClient', 'Language'),
  client(['@azure/ai-language-conversations'], 'ConversationAnalysisClient', 'Language'),
  client(['@azure/ai-form-recognizer'], 'DocumentAnalysisClient', 'Document Intelligence'),
  client(['@azure/ai-form-recognizer'], 'DocumentModelAdministrationClient', 'Document Intelligence'),
  client(['@azure/ai-form-recognizer'], 'FormRecognizerClient', 'Document Intelligence'),
  client(['@azure/ai-form-recognizer'], 'FormTrainingClient', 'Document Intelligence'),
  client(['@azure/ai-translation-document'], 'DocumentTranslationClient', 'Translator'),
  client(['@azure/ai-metrics-advisor'], 'MetricsAdvisorClient', 'Metrics Advisor'),
  client(['@azure/ai-metrics-advisor'], 'MetricsAdvisorAdministrationClient', 'Metrics Advisor'),
  client(['@azure/ai-anomaly-detector'], 'AnomalyDetectorClient', 'Anomaly Detector'),
  client(['@azure/ai-content-safety'], 'ContentSafetyClient', 'Content Safety'),
  client(['@azure/openai'], 'OpenAIClient', 'Azure OpenAI'),
  client(['@azure/search-documents'], 'SearchClient', 'Azure AI Search', 2),
  client(['@azure/search-documents'], 'SearchIndexClient', 'Azure AI Search'),
  client(['@azure/search-documents'], 'SearchIndexerClient', 'Azure AI Search'),

  // REST clients: default-exported factories.
  rest('@azure-rest/ai-vision-image-analysis', 'Computer Vision'),
  rest('@azure-rest/ai-content-safety', 'Content Safety'),
  rest('@azure-rest/ai-document-intelligence', 'Document Intelligence'),
  rest('@azure-rest/ai-vision-face', 'Face'),
  rest('@azure-rest/ai-inference', 'Azure AI services'),
  rest('@azure-rest/ai-translation-text', 'Translator', true),
  rest('@azure-rest/ai-translation-document', 'Translator'),
  rest('@azure-rest/ai-language-text', 'Language'),
  rest('@azure-rest/ai-anomaly-detector', 'Anomaly Detector'),

  // Speech SDK.
  ...speechFactories('SpeechConfig'),
  ...speechFactories('SpeechTranslationConfig'),
  ...speechFactories('BotFrameworkConfig'),
  { modules: SPEECH, global: 'SpeechSDK', path: ['CustomCommandsConfig', 'fromSubscription'], call: 'call', service: 'Speech', slots: [{ role: 'key', arg: 1 }, { role: 'region', arg: 2 }] },
  { modules: SPEECH, global: 'SpeechSDK', path: ['CustomCommandsConfig', 'fromAuthorizationToken'], call: 'call', service: 'Speech', slots: [{ role: 'token', arg: 1 }, { role: 'region', arg: 2 }] },

  // openai and LangChain.
  { modules: ['openai'], path: ['AzureOpenAI'], call: 'new', service: 'Azure OpenAI', slots: openAiOptions },
  { modules: ['openai'], path: ['OpenAI'], call: 'new', service: 'OpenAI-compatible', slots: openAiOptions },
  { modules: ['openai'], path: ['default'], call: 'new', service: 'OpenAI-compatible', slots: openAiOptions },
  ...['AzureChatOpenAI', 'AzureOpenAIEmbeddings', 'AzureOpenAI', 'ChatOpenAI', 'OpenAIEmbeddings', 'OpenAI'].map(
    (name): SinkRow => ({ modules: ['@langchain/openai', '@langchain/azure-openai'], path: [name], call: 'new', service: 'Azure OpenAI', slots: langchainOptions }),
  ),
];

/** Headers that carry an Azure AI or APIM key (lower case). */
export const KEY_HEADERS: ReadonlySet<string> = new Set(['ocp-apim-subscription-key', 'api-key', 'prediction-key', 'training-key']);
/** Query parameters that carry a key (lower case). */
export const KEY_QUERY_PARAMS: ReadonlySet<string> = new Set(['subscription-key', 'api-key', 'subscriptionkey', 'apikey']);

export function isKeyHeader(name: string): boolean {
  return name.length < 40 && KEY_HEADERS.has(name.toLowerCase());
}

export interface Slot {
  readonly role: SlotRole;
  /** The expression standing in the slot (trace it to find where its value comes from). */
  readonly node: TSESTree.Node;
  readonly service: string | undefined;
  /** Human label of the sink: `AzureKeyCredential`, `SpeechConfig.fromSubscription`, `api-key header`. */
  readonly sink: string;
  /**
   * `sink`: an SDK parameter; `header`: a key header or query parameter; `name`: only a key-named binding or
   * property (weakest: only Azure key shapes count there).
   */
  readonly strength: 'sink' | 'header' | 'name';
  /** The SDK call or constructor, for `sink` slots. */
  readonly call: TSESTree.CallExpression | TSESTree.NewExpression | undefined;
  readonly row: SinkRow | undefined;
}

type CallNode = TSESTree.CallExpression | TSESTree.NewExpression;

interface SinkIndex {
  readonly calls: readonly { readonly node: CallNode; readonly row: SinkRow }[];
  readonly slots: readonly Slot[];
}

const indexCache = new WeakMap<TSESTree.Program, SinkIndex>();

function buildTraceMaps(): { esm: Record<string, unknown>; globals: Record<string, unknown> } {
  const esm: Record<string, Record<string | symbol, unknown>> = {};
  const globals: Record<string, Record<string | symbol, unknown>> = {};
  for (const row of SINKS) {
    const roots: Record<string | symbol, unknown>[] = [];
    for (const module of row.modules) {
      esm[module] ??= { [ASTUtils.ReferenceTracker.ESM]: true };
      roots.push(esm[module]);
    }
    if (row.global !== undefined) {
      // The browser bundle's global is the module namespace.
      globals[row.global] ??= {};
      roots.push(globals[row.global] as Record<string | symbol, unknown>);
    }
    for (const root of roots) {
      let at = root;
      for (const segment of row.path) {
        at[segment] ??= {};
        at = at[segment] as Record<string | symbol, unknown>;
      }
      const kind = row.call === 'new' ? ASTUtils.ReferenceTracker.CONSTRUCT : ASTUtils.ReferenceTracker.CALL;
      const rows = (at[kind] as SinkRow[] | undefined) ?? [];
      rows.push(row);
      at[kind] = rows;
    }
  }
  return { esm, globals };
}

// The tracker's map type cannot express symbol keys; the values at CALL/CONSTRUCT are SinkRow lists.
type TraceMap = Parameters<InstanceType<typeof ASTUtils.ReferenceTracker>['iterateEsmReferences']>[0];

let traceMaps: ReturnType<typeof buildTraceMaps> | undefined;

/** Cheap pre-check: a file that names no module or global of the catalogue has no SDK sinks. */
const SINK_HINTS = ['@azure', 'openai', 'speech-sdk', 'SpeechSDK', '@langchain', 'ms-rest'];
/** `SINK_HINTS` as one pattern: one pass over the text instead of one per hint. */
const SINK_HINT_TEXT = new RegExp(SINK_HINTS.join('|'));

const GLOBAL_NAMES = [...new Set(SINKS.flatMap((row) => (row.global === undefined ? [] : [row.global])))];

type GlobalScope = NonNullable<NonNullable<Context['sourceCode']['scopeManager']>['globalScope']>;

/**
 * The tracker only follows globals the configuration declares. `require` in a file linted without Node
 * globals, or the Speech SDK's browser global `SpeechSDK`, are undeclared: give the tracker a view of the
 * global scope in which they exist, made from the file's unresolved references (the real scope is untouched).
 */
export function withImplicitGlobals(scope: GlobalScope, names: readonly string[]): GlobalScope {
  const missing = names.filter((name) => !scope.set.has(name));
  if (missing.length === 0) return scope;
  // One pass over the unresolved references; no copy of the (large) global set when none of the names is used.
  const found = new Map<string, (typeof scope.through)[number][]>(missing.map((name) => [name, []]));
  for (const ref of scope.through) found.get(ref.identifier.name)?.push(ref);
  if (missing.every((name) => found.get(name)?.length === 0)) return scope;
  const set = new Map(scope.set);
  for (const name of missing) {
    const references = found.get(name) ?? [];
    if (references.length > 0) set.set(name, { name, defs: [], references, identifiers: [], scope } as unknown as ReturnType<typeof scope.set.get> & object);
  }
  return Object.create(scope, { set: { value: set } }) as GlobalScope;
}

function findSdkCalls(context: Context): { node: CallNode; row: SinkRow }[] {
  const text = context.sourceCode.text;
  if (!SINK_HINT_TEXT.test(text)) return [];
  traceMaps ??= buildTraceMaps();
  const scope = context.sourceCode.scopeManager?.globalScope;
  if (!scope) return [];
  const tracker = new ASTUtils.ReferenceTracker(withImplicitGlobals(scope, ['require', ...GLOBAL_NAMES]), { mode: 'legacy' });
  const found: { node: CallNode; row: SinkRow }[] = [];
  const seen = new Set<TSESTree.Node>();
  const collect = (refs: Iterable<{ node: TSESTree.Node; info: unknown }>): void => {
    for (const ref of refs) {
      const node = ref.node;
      if (seen.has(node)) continue;
      if (node.type !== AST_NODE_TYPES.CallExpression && node.type !== AST_NODE_TYPES.NewExpression) continue;
      seen.add(node);
      for (const row of ref.info as SinkRow[]) found.push({ node, row });
    }
  };
  const esm = traceMaps.esm as TraceMap;
  collect(tracker.iterateEsmReferences(esm));
  collect(tracker.iterateCjsReferences(esm));
  collect(tracker.iterateGlobalReferences(traceMaps.globals as TraceMap));
  found.sort((a, b) => a.node.range[0] - b.node.range[0]);
  return found;
}

function label(row: SinkRow): string {
  const path = row.path[0] === 'default' ? [`${row.modules[0] ?? ''} client`] : row.path;
  return path.join('.');
}

/** The SDK calls and every key, endpoint, region and credential slot in the file. Computed once per file. */
export function sinkIndex(context: Context): SinkIndex {
  const program = context.sourceCode.ast;
  const cached = indexCache.get(program);
  if (cached) return cached;
  const calls = findSdkCalls(context);
  const slots: Slot[] = [];
  const callOf = new Map<TSESTree.Node, SinkRow>();
  for (const { node, row } of calls) callOf.set(node, row);

  for (const { node, row } of calls) {
    const args = node.arguments;
    for (const spec of row.slots) {
      let arg = spec.arg;
      if (row.oneArgCredential === true && args.length === 1) {
        if (spec.role !== 'credential') continue;
        arg = 0;
      }
      const argNode = args[arg];
      if (!argNode || argNode.type === AST_NODE_TYPES.SpreadElement) continue;
      const nodes = spec.path ? valuesAtPath(context, argNode, spec.path) : [argNode];
      for (const slotNode of nodes) {
        addSlot(context, slots, callOf, { role: spec.role, node: slotNode, service: row.service, sink: label(row), strength: 'sink', call: node, row });
      }
    }
  }
  collectSyntacticSlots(context, slots, callOf);
  const index = { calls, slots };
  indexCache.set(program, index);
  return index;
}

function valuesAtPath(context: Context, node: TSESTree.Node, path: readonly string[]): TSESTree.Node[] {
  let current: TSESTree.Node[] = [node];
  for (const segment of path) {
    current = current.flatMap((n) => objectsOf(context, n).map((o) => propertyValue(context, o, segment)).filter((v) => v !== undefined));
  }
  return current;
}

/** Expands credential and header slots into the key slots inside them. */
function addSlot(context: Context, slots: Slot[], callOf: Map<TSESTree.Node, SinkRow>, slot: Slot): void {
  slots.push(slot);
  if (slot.role === 'credential') {
    for (const leaf of trace(context, slot.node)) {
      const target = unwrap(leaf.node);
      if (leaf.kind !== 'other') {
        // A key passed straight as the credential (Speech `fromEndpoint(url, key)`, REST one-arg forms).
        slots.push({ ...slot, role: 'key', node: leaf.node });
        continue;
      }
      if (target.type === AST_NODE_TYPES.ObjectExpression) {
        const key = propertyValue(context, target, 'key');
        if (key) slots.push({ ...slot, role: 'key', node: key });
        const region = propertyValue(context, target, 'region');
        if (region) slots.push({ ...slot, role: 'region', node: region });
      }
      const inner = callOf.get(target);
      if (inner && (target.type === AST_NODE_TYPES.NewExpression || target.type === AST_NODE_TYPES.CallExpression)) {
        // new AzureKeyCredential(k) inside a client: the key belongs to the client's service.
        for (const spec of inner.slots) {
          const argNode = target.arguments[spec.arg];
          if (spec.role === 'key' && argNode && argNode.type !== AST_NODE_TYPES.SpreadElement && spec.path === undefined) {
            slots.push({ ...slot, role: 'key', node: argNode, sink: `${slot.sink} (${label(inner)})` });
          }
        }
      }
    }
  }
  if (slot.role === 'headers' || slot.role === 'query') {
    const names = slot.role === 'headers' ? KEY_HEADERS : KEY_QUERY_PARAMS;
    for (const obj of objectsOf(context, slot.node)) {
      for (const prop of obj.properties) {
        if (prop.type !== AST_NODE_TYPES.Property) continue;
        const name = keyName(prop);
        if (name !== undefined && names.has(name.toLowerCase())) {
          slots.push({ ...slot, role: 'key', node: prop.value, sink: `${name} ${slot.role === 'headers' ? 'header' : 'query parameter'}`, strength: slot.role === 'headers' ? 'sink' : 'header' });
        }
      }
    }
  }
}

/** Service named by a binding: `speechKey` → Speech. */
export function serviceFromName(name: string | undefined): string | undefined {
  if (name === undefined) return undefined;
  const words = nameWords(name);
  if (words.includes('speech')) return 'Speech';
  if (words.includes('translator') || words.includes('translation')) return 'Translator';
  if (words.includes('openai') || words.includes('aoai')) return 'Azure OpenAI';
  if (words.includes('language') || words.includes('text')) return 'Language';
  if (words.includes('vision')) return 'Computer Vision';
  if (words.includes('face')) return 'Face';
  if (words.includes('document') || words.includes('form') || words.includes('documentintelligence')) return 'Document Intelligence';
  if (words.includes('safety')) return 'Content Safety';
  if (words.includes('search')) return 'Azure AI Search';
  return undefined;
}

const HEADER_METHODS = new Set(['set', 'append', 'setRequestHeader', 'header', 'setHeader']);

/**
 * Slots found by shape rather than by import: key headers however they are set, Speech `setProperty`,
 * `AzureKeyCredential#update`, and key-named bindings and properties. One walk over the file.
 */
function collectSyntacticSlots(context: Context, slots: Slot[], callOf: Map<TSESTree.Node, SinkRow>): void {
  const { sourceCode } = context;
  const text = sourceCode.text;
  // Every syntactic slot involves a key-ish name, an Authorization header or a Speech property; a file without any has none.
  if (!/key|KEY|Key|uthorization|AUTHORIZATION|setProperty/.test(text)) return;
  const anchors = slotAnchors(sourceCode, callOf);
  if (anchors?.length === 0) return;
  const keys = sourceCode.visitorKeys;
  const stack: TSESTree.Node[] = [sourceCode.ast];
  const base = { service: undefined, call: undefined, row: undefined } as const;
  while (stack.length > 0) {
    const node = stack.pop();
    if (!node) break;
    // A subtree without an anchor token holds no slot: skip it (same slots, same order, as the full walk).
    if (anchors && !hasAnchor(anchors, node.range[0], node.range[1])) continue;
    switch (node.type) {
      case AST_NODE_TYPES.Property: {
        const name = keyName(node);
        if (name !== undefined && node.kind === 'init' && node.value.type !== AST_NODE_TYPES.AssignmentPattern && node.parent.type === AST_NODE_TYPES.ObjectExpression) {
          if (isKeyHeader(name)) slots.push({ ...base, role: 'key', node: node.value, sink: `${name} header`, strength: 'header' });
          else if (name.toLowerCase() === 'authorization') addAuthorization(slots, node.value);
          else if (isKeyName(name)) slots.push({ ...base, role: 'key', node: node.value, sink: `"${name}" property`, strength: 'name', service: serviceFromName(name) });
        }
        break;
      }
      case AST_NODE_TYPES.PropertyDefinition: {
        const name = keyName(node);
        if (name !== undefined && node.value && isKeyName(name)) {
          slots.push({ ...base, role: 'key', node: node.value, sink: `"${name}" field`, strength: 'name', service: serviceFromName(name) });
        }
        break;
      }
      case AST_NODE_TYPES.VariableDeclarator:
        if (node.id.type === AST_NODE_TYPES.Identifier && node.init && isKeyName(node.id.name)) {
          slots.push({ ...base, role: 'key', node: node.init, sink: `"${node.id.name}" binding`, strength: 'name', service: serviceFromName(node.id.name) });
        }
        break;
      case AST_NODE_TYPES.AssignmentExpression:
        if (node.operator === '=') assignmentSlot(slots, node, context);
        break;
      case AST_NODE_TYPES.CallExpression:
        callSlot(context, slots, node, callOf);
        break;
      default:
        break;
    }
    const childKeys = keys[node.type] ?? [];
    for (let i = childKeys.length - 1; i >= 0; i--) {
      const child = (node as unknown as Record<string, unknown>)[childKeys[i] ?? ''];
      if (Array.isArray(child)) {
        for (let j = child.length - 1; j >= 0; j--) {
          const c: unknown = child[j];
          if (c && typeof (c as TSESTree.Node).type === 'string') stack.push(c as TSESTree.Node);
        }
      } else if (child && typeof (child as TSESTree.Node).type === 'string') {
        stack.push(child as TSESTree.Node);
      }
    }
  }
}

/**
 * Source text a syntactic slot's token needs: `key` (any case; U+212A lower-cases to `k`), `authorization` (any
 * case), `setProperty`, or an escape that could make a letter (`\\x6b`, `\\u0065`, `\\k`, octal, a line
 * continuation). The escapes `\\n`, `\\t`, `\\"`... make no letter, so they cannot hide one of these words.
 */
const ANCHOR_TEXT = /[Kk\u212A][Ee][Yy]|[Aa][Uu][Tt][Hh][Oo][Rr][Ii][Zz][Aa][Tt][Ii][Oo][Nn]|setProperty|\\[^bfnrtv'"\\`$]/g;
const ANCHOR_TEXT_UPDATE = /[Kk\u212A][Ee][Yy]|[Aa][Uu][Tt][Hh][Oo][Rr][Ii][Zz][Aa][Tt][Ii][Oo][Nn]|setProperty|update|\\[^bfnrtv'"\\`$]/g;
/** Token text of header-write method names (also quoted: `h["set"](...)`), whose header name may come from a constant. */
const HEADER_METHOD_TOKENS: ReadonlySet<string> = new Set([...HEADER_METHODS].flatMap((m) => [m, `"${m}"`, `'${m}'`, `\`${m}\``]));
/** Text of a `[` or of a header-method name (`set`, `append`, `setRequestHeader`, `header`, `setHeader`). */
const CONSTANT_TEXT = /\[|set|append|header/g;
/** Escaped key-ish strings whose cooked value is looked up in the AST before giving up and assuming the worst. */
const MAX_COOKED_LOOKUPS = 16;

/**
 * Start offsets of the tokens every syntactic slot contains (its name, header string or method), sorted;
 * `undefined` when the AST has no token list (walk everything). A slot node always contains one of them:
 * - a key-named property, field, binding or member, a key header or Authorization name: a token with `key` or
 *   `authorization` in its text (or an escape);
 * - `setProperty(...)`: its name; `credential.update(k)`: `update`, when the file builds an AzureKeyCredential;
 * - a header name or member name held in a constant (`h.set(HEADER, k)`, `obj[NAME] = k`): only when some
 *   string could be such a name, the header-method names and every `[`.
 */
function slotAnchors(sourceCode: Context['sourceCode'], callOf: Map<TSESTree.Node, SinkRow>): number[] | undefined {
  const text = sourceCode.text;
  const tokens = sourceCode.ast.tokens as readonly TSESTree.Token[] | undefined;
  // Parsers give ESLint a token list, but a custom one might not.
  if (tokens === undefined) return undefined;
  let update = false;
  for (const row of callOf.values()) if (row.path[0] === 'AzureKeyCredential') update = true;
  const pattern = update ? ANCHOR_TEXT_UPDATE : ANCHOR_TEXT;
  const anchors: number[] = [];
  let constants = false;
  const escaped: number[] = [];
  let t = 0;
  pattern.lastIndex = 0;
  // Search the text (fast), then find the token each match is in (tokens are sorted; matches in comments have none).
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const at = match.index;
    t = tokenIndexAt(tokens, at, t);
    const token = tokens[t];
    // A regular expression (`/\\s+key/`) is never a name or a string value.
    if (!token || token.range[0] > at || anchors.at(-1) === token.range[0] || token.type === AST_TOKEN_TYPES.RegularExpression) continue;
    anchors.push(token.range[0]);
    if (constants) continue;
    const type = token.type;
    if (type === AST_TOKEN_TYPES.Identifier || type === AST_TOKEN_TYPES.PrivateIdentifier || type === AST_TOKEN_TYPES.JSXIdentifier) continue;
    if (type !== AST_TOKEN_TYPES.String && type !== AST_TOKEN_TYPES.Template) {
      constants = true; // JSX text or another token kind: not worth telling apart
      continue;
    }
    const raw = token.value;
    const quote = raw.charAt(0);
    if (raw.length < 2 || quote === '}' || raw.at(-1) !== quote) continue; // a template with `${…}` is no static string
    if (raw.includes('\\')) escaped.push(at); // cooked later, only if no plain string decides it
    else if (isConstantName(raw.slice(1, -1))) constants = true;
  }
  // Each lookup walks down the AST: a few, and only when needed.
  if (!constants && escaped.length > 0) {
    constants = escaped.length > MAX_COOKED_LOOKUPS || escaped.some((at) => isConstantName(cookedString(sourceCode, at)));
  }
  if (!constants) return anchors;
  // Also every `[` and header-method name (an escaped name is an anchor already), found the same way.
  const extra: number[] = [];
  t = 0;
  CONSTANT_TEXT.lastIndex = 0;
  for (let match = CONSTANT_TEXT.exec(text); match; match = CONSTANT_TEXT.exec(text)) {
    const at = match.index;
    t = tokenIndexAt(tokens, at, t);
    const token = tokens[t];
    if (!token || token.range[0] > at || extra.at(-1) === token.range[0]) continue;
    if (token.type === AST_TOKEN_TYPES.Punctuator ? token.value === '[' : HEADER_METHOD_TOKENS.has(token.value)) extra.push(token.range[0]);
  }
  // Both lists are sorted and disjoint: merge them.
  const all: number[] = [];
  let i = 0;
  let j = 0;
  while (i < anchors.length || j < extra.length) {
    const a = anchors[i] ?? Infinity;
    const b = extra[j] ?? Infinity;
    if (a < b) {
      all.push(a);
      i++;
    } else {
      all.push(b);
      j++;
    }
  }
  return all;
}

/** A string a constant could hold to name a key header, an Authorization header or a key-named member (undefined: unsure). */
function isConstantName(value: string | undefined): boolean {
  return value === undefined || isKeyHeader(value) || value.toLowerCase() === 'authorization' || isKeyName(value);
}

/** The cooked value of the string literal or static template at `index`; undefined when unsure. */
function cookedString(sourceCode: Context['sourceCode'], index: number): string | undefined {
  const node = sourceCode.getNodeByRangeIndex(index);
  if (!node) return undefined;
  if (node.type === AST_NODE_TYPES.TemplateElement) return node.parent.type === AST_NODE_TYPES.TemplateLiteral ? staticString(node.parent) : undefined;
  return staticString(node);
}

/** Index of the first token (from `from` on) that ends after `offset`: tokens are sorted and do not overlap. */
function tokenIndexAt(tokens: readonly TSESTree.Token[], offset: number, from: number): number {
  let lo = from;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((tokens[mid]?.range[1] ?? Infinity) <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether a sorted offset list has an entry in [start, end). */
function hasAnchor(anchors: readonly number[], start: number, end: number): boolean {
  let lo = 0;
  let hi = anchors.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((anchors[mid] ?? 0) < start) lo = mid + 1;
    else hi = mid;
  }
  return lo < anchors.length && (anchors[lo] ?? end) < end;
}

function addAuthorization(slots: Slot[], value: TSESTree.Node): void {
  const base = { service: undefined, call: undefined, row: undefined } as const;
  const text = staticString(value) ?? staticHead(value);
  if (text === undefined) return;
  if (/^EndpointKey\s/i.test(text)) slots.push({ ...base, role: 'key', node: value, sink: 'Authorization: EndpointKey header', strength: 'header', service: 'QnA Maker' });
  else if (/^Bearer\s/i.test(text)) slots.push({ ...base, role: 'token', node: value, sink: 'Authorization: Bearer header', strength: 'header' });
}

/** The static text before the first `${` of a template. */
export function staticHead(node: TSESTree.Node): string | undefined {
  const n = unwrap(node);
  return n.type === AST_NODE_TYPES.TemplateLiteral ? (n.quasis[0]?.value.cooked ?? undefined) : undefined;
}

function assignmentSlot(slots: Slot[], node: TSESTree.AssignmentExpression, context?: Context): void {
  const base = { service: undefined, call: undefined, row: undefined } as const;
  const left = node.left;
  if (left.type === AST_NODE_TYPES.MemberExpression) {
    const name = keyName(left) ?? (left.computed && context ? constantName(context, left.property) : undefined);
    if (name === undefined) return;
    if (left.computed && isKeyHeader(name)) {
      // headers["Ocp-Apim-Subscription-Key"] = k; axios.defaults.headers.common["api-key"] = k
      slots.push({ ...base, role: 'key', node: node.right, sink: `${name} header`, strength: 'header' });
    } else if (left.computed && name.toLowerCase() === 'authorization') {
      addAuthorization(slots, node.right);
    } else if (isKeyName(name)) {
      slots.push({ ...base, role: 'key', node: node.right, sink: `"${name}" property`, strength: 'name', service: serviceFromName(name) });
    }
    return;
  }
  if (left.type === AST_NODE_TYPES.Identifier && isKeyName(left.name)) {
    slots.push({ ...base, role: 'key', node: node.right, sink: `"${left.name}" binding`, strength: 'name', service: serviceFromName(left.name) });
  }
}

/** A header name held in a binding (`const HEADER = "api-key"; headers[HEADER] = k`): its one static value. */
function constantName(context: Context, node: TSESTree.Node): string | undefined {
  if (node.type !== AST_NODE_TYPES.Identifier) return undefined;
  const values = stringValues(context, node);
  return values.length === 1 ? values[0] : undefined;
}

const QUERY_WORDS = new Set(['params', 'param', 'query', 'search', 'qs', 'querystring']);

/** `url.searchParams`, `new URLSearchParams(…)` in a binding, `params` / `query` / `searchParams`: query parameters, not headers. */
function isQueryReceiver(context: Context, receiver: TSESTree.Node): boolean {
  const r = unwrap(receiver);
  const name = r.type === AST_NODE_TYPES.Identifier ? r.name : r.type === AST_NODE_TYPES.MemberExpression ? keyName(r) : undefined;
  const words = name === undefined ? [] : nameWords(name);
  if (words.some((w) => QUERY_WORDS.has(w)) && !words.some((w) => w.startsWith('header'))) return true;
  return trace(context, r).some((leaf) => {
    const v = unwrap(leaf.node);
    return leaf.kind === 'other' && v.type === AST_NODE_TYPES.NewExpression && v.callee.type === AST_NODE_TYPES.Identifier && v.callee.name === 'URLSearchParams';
  });
}

function callSlot(context: Context, slots: Slot[], node: TSESTree.CallExpression, callOf: Map<TSESTree.Node, SinkRow>): void {
  const method = calleeName(node);
  if (method === undefined || calleeObject(node) === undefined) return;
  const base = { call: node, row: undefined } as const;
  const [first, second] = node.arguments;
  if (HEADER_METHODS.has(method) && first && second) {
    const header = staticString(first) ?? constantName(context, first);
    if (header !== undefined && isKeyHeader(header)) {
      // `url.searchParams.set("api-key", v)` still sends a key, but in a query parameter (no-key-in-query's concern), not a header.
      const where = isQueryReceiver(context, calleeObject(node) ?? node) ? 'query parameter' : 'header';
      slots.push({ ...base, role: 'key', node: second, sink: `${header} ${where}`, strength: 'header', service: undefined });
    } else if (header?.toLowerCase() === 'authorization') {
      addAuthorization(slots, second);
    }
    return;
  }
  if (method === 'setProperty' && first && second) {
    const property = speechPropertyName(first);
    const role = property ? SPEECH_PROPERTY_ROLES[property] : undefined;
    if (role) slots.push({ ...base, role, node: second, sink: `setProperty(${property ?? ''})`, strength: 'sink', service: 'Speech' });
    return;
  }
  if (method === 'update' && first) {
    // credential.update(key) on an AzureKeyCredential built in this file.
    const receiver = calleeObject(node);
    if (!receiver) return;
    for (const leaf of trace(context, receiver)) {
      const row = callOf.get(unwrap(leaf.node));
      if (row?.path[0] === 'AzureKeyCredential') {
        slots.push({ ...base, role: 'key', node: first, sink: 'AzureKeyCredential.update', strength: 'sink', service: undefined, row });
        return;
      }
    }
  }
}

const SPEECH_PROPERTY_ROLES: Readonly<Record<string, SlotRole>> = {
  SpeechServiceConnection_Key: 'key',
  SpeechServiceConnection_Endpoint: 'endpoint',
  SpeechServiceConnection_Host: 'endpoint',
  SpeechServiceConnection_Region: 'region',
  SpeechServiceAuthorization_Token: 'token',
  SpeechServiceConnection_ProxyPassword: 'password',
};

/** `PropertyId.SpeechServiceConnection_Key`, `sdk.PropertyId.X`, or the string name. */
export function speechPropertyName(node: TSESTree.Node): string | undefined {
  const n = unwrap(node);
  if (n.type === AST_NODE_TYPES.MemberExpression) {
    const name = keyName(n);
    return name?.startsWith('Speech') === true ? name : undefined;
  }
  const s = staticString(n);
  return s?.startsWith('Speech') === true ? s : undefined;
}

/** Slots of the given roles (in source order of discovery; SDK slots first). */
export function slotsOf(context: Context, ...roles: SlotRole[]): Slot[] {
  return sinkIndex(context).slots.filter((s) => roles.includes(s.role));
}
