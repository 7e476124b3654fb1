import type { ServiceId } from '../services.js';

/**
 * The catalogue of places that take an Azure AI key, endpoint, region or credential. Rows are data: supporting
 * another SDK means adding a row. Calls are matched through import and require tracking (tracking.ts), so
 * renamed, namespace, default and `require(...).default` imports all count. `modules`, `exportPath` and `global`
 * are for the tracker only; rules read the facts: `service`, `label`, `slots` and `auth`.
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

/** How a row authenticates: the facts prefer-entra-id, no-client-exposed-key and the slot index need. */
export type AuthFact =
  /** A key wrapped for a client (`AzureKeyCredential`). `updatable`: has `.update(key)`; `tokenReplaceable`: a token credential can stand in its place. */
  | { readonly kind: 'keyCredential'; readonly updatable: boolean; readonly tokenReplaceable: boolean }
  /** Takes a credential parameter. `tokenCapable`: it accepts a TokenCredential; `bareKey`: also a key string. */
  | { readonly kind: 'credentialParameter'; readonly tokenCapable: boolean; readonly bareKey: boolean }
  /** Takes the key itself (Speech `fromSubscription`). */
  | { readonly kind: 'subscriptionKey' }
  /**
   * An options object with a key property. `keyProperty`: the Azure key property a token provider replaces;
   * `browserClient`: the client name when `dangerouslyAllowBrowser` applies; `azureOnly`: the client only talks to Azure.
   */
  | {
      readonly kind: 'keyOptions';
      readonly keyProperty: string | undefined;
      readonly browserClient: string | undefined;
      readonly azureOnly: boolean;
    }
  /** Connection strings, secrets, tokens, named and SAS credentials: judged by no-hardcoded-credential only. */
  | { readonly kind: 'other' };

export interface SinkRow {
  readonly modules: readonly string[];
  /** Export path: `['SpeechConfig', 'fromSubscription']`, `['default']` for a default export. */
  readonly exportPath: readonly string[];
  readonly call: 'new' | 'call';
  readonly service: ServiceId | undefined;
  /** How messages name the call: `SpeechConfig.fromSubscription`, `@azure-rest/ai-vision-face client`. */
  readonly label: string;
  readonly slots: readonly SlotSpec[];
  readonly auth: AuthFact;
  /** REST factories whose one-argument form takes only the credential. */
  readonly oneArgCredential?: boolean;
  /** Also reachable from a browser global (`SpeechSDK`). */
  readonly global?: string;
}

type RowInput = Omit<SinkRow, 'label' | 'auth'> & { readonly auth?: AuthFact };

function row(input: RowInput): SinkRow {
  const path = input.exportPath[0] === 'default' ? [`${input.modules[0] ?? ''} client`] : input.exportPath;
  return { ...input, label: path.join('.'), auth: input.auth ?? { kind: 'other' } };
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
const STORAGE = [
  '@azure/storage-blob',
  '@azure/storage-queue',
  '@azure/storage-file-share',
  '@azure/storage-file-datalake',
];
const NAMED_KEY = ['@azure/core-auth', '@azure/data-tables', '@azure/eventgrid'];

const keyCredential = (updatable = false): AuthFact => ({
  kind: 'keyCredential',
  updatable,
  tokenReplaceable: updatable,
});
const credentialParameter = (tokenCapable: boolean, bareKey = false): AuthFact => ({
  kind: 'credentialParameter',
  tokenCapable,
  bareKey,
});

const client = (modules: readonly string[], name: string, service: ServiceId, credentialArg = 1): SinkRow =>
  row({
    modules,
    exportPath: [name],
    call: 'new',
    service,
    auth: credentialParameter(true),
    slots: [
      { role: 'endpoint', arg: 0 },
      { role: 'credential', arg: credentialArg },
    ],
  });

/** REST clients: default-exported factories. `tokenCapable: false` for the ones whose credential is key-only. */
const rest = (module: string, service: ServiceId, oneArgCredential = false, tokenCapable = true): SinkRow =>
  row({
    modules: [module],
    exportPath: ['default'],
    call: 'call',
    service,
    oneArgCredential,
    auth: credentialParameter(tokenCapable),
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

const speech = (cls: string, method: string, slots: readonly SlotSpec[], auth: AuthFact): SinkRow =>
  row({
    modules: SPEECH,
    global: 'SpeechSDK',
    exportPath: [cls, method],
    call: 'call',
    service: 'speech',
    slots,
    auth,
  });

const speechFactories = (cls: string): SinkRow[] => [
  speech(
    cls,
    'fromSubscription',
    [
      { role: 'key', arg: 0 },
      { role: 'region', arg: 1 },
    ],
    { kind: 'subscriptionKey' },
  ),
  speech(
    cls,
    'fromEndpoint',
    [
      { role: 'endpoint', arg: 0 },
      { role: 'credential', arg: 1 },
    ],
    credentialParameter(true, true),
  ),
  // `fromHost(host, key)`: the key form only; a token needs `fromHost(host)` then `authorizationToken`.
  speech(
    cls,
    'fromHost',
    [
      { role: 'endpoint', arg: 0 },
      { role: 'credential', arg: 1 },
    ],
    credentialParameter(false, true),
  ),
  speech(
    cls,
    'fromAuthorizationToken',
    [
      { role: 'token', arg: 0 },
      { role: 'region', arg: 1 },
    ],
    { kind: 'other' },
  ),
];

const secret = (
  modules: readonly string[],
  name: string,
  service: ServiceId | undefined,
  slots: readonly SlotSpec[],
  call: 'new' | 'call' = 'new',
): SinkRow =>
  row({ modules, exportPath: call === 'new' ? [name] : [name, 'fromConnectionString'], call, service, slots });

/**
 * Legacy ms-rest clients: `new Client(credentials, endpoint)`, the credentials an `ApiKeyCredentials` /
 * `CognitiveServicesCredentials` or (old packages) the raw key. Bing clients take `(credentials, options)`.
 */
const legacy = (modules: readonly string[], name: string, service: ServiceId, withEndpoint = true): SinkRow =>
  row({
    modules,
    exportPath: [name],
    call: 'new',
    service,
    auth: credentialParameter(false, true),
    slots: withEndpoint
      ? [
          { role: 'credential', arg: 0 },
          { role: 'endpoint', arg: 1 },
        ]
      : [{ role: 'credential', arg: 0 }],
  });
const cogsvc = (name: string): string[] => [`@azure/cognitiveservices-${name}`, `azure-cognitiveservices-${name}`];

const LEGACY_CLIENTS: readonly SinkRow[] = [
  legacy(cogsvc('customvision-prediction'), 'PredictionAPIClient', 'customVisionPrediction'),
  legacy(cogsvc('customvision-training'), 'TrainingAPIClient', 'customVisionTraining'),
  legacy(cogsvc('face'), 'FaceClient', 'face'),
  legacy(cogsvc('luis-runtime'), 'LUISRuntimeClient', 'luisRuntime'),
  legacy(cogsvc('luis-authoring'), 'LUISAuthoringClient', 'luisAuthoring'),
  legacy(cogsvc('qnamaker'), 'QnAMakerClient', 'qnaMaker'),
  legacy(cogsvc('qnamaker-runtime'), 'QnAMakerRuntimeClient', 'qnaMaker'),
  ...[
    ['websearch', 'WebSearchClient'],
    ['imagesearch', 'ImageSearchClient'],
    ['newssearch', 'NewsSearchClient'],
    ['videosearch', 'VideoSearchClient'],
    ['entitysearch', 'EntitySearchClient'],
    ['autosuggest', 'AutoSuggestClient'],
    ['spellcheck', 'SpellCheckClient'],
    ['customsearch', 'CustomSearchClient'],
    ['customimagesearch', 'CustomImageSearchClient'],
    ['visualsearch', 'VisualSearchClient'],
    ['localsearch', 'LocalSearchClient'],
  ].map(([module = '', name = '']) => legacy(cogsvc(module), name, 'bingSearch', false)),
];

export const SINKS: readonly SinkRow[] = [
  ...LEGACY_CLIENTS,
  // Key credentials.
  row({
    modules: CORE_AUTH,
    exportPath: ['AzureKeyCredential'],
    call: 'new',
    service: undefined,
    auth: keyCredential(true),
    slots: [{ role: 'key', arg: 0 }],
  }),
  secret(NAMED_KEY, 'AzureNamedKeyCredential', undefined, [{ role: 'accountKey', arg: 1 }]),
  secret(NAMED_KEY, 'AzureSASCredential', undefined, [{ role: 'sas', arg: 0 }]),
  secret(STORAGE, 'StorageSharedKeyCredential', 'storage', [{ role: 'accountKey', arg: 1 }]),
  secret(['@azure/identity'], 'ClientSecretCredential', 'entraId', [{ role: 'clientSecret', arg: 2 }]),
  row({
    modules: ['@azure/ai-metrics-advisor'],
    exportPath: ['MetricsAdvisorKeyCredential'],
    call: 'new',
    service: 'metricsAdvisor',
    auth: keyCredential(),
    slots: [
      { role: 'key', arg: 0 },
      { role: 'key', arg: 1 },
    ],
  }),
  row({
    modules: ['@azure/ms-rest-js', 'ms-rest-js'],
    exportPath: ['ApiKeyCredentials'],
    call: 'new',
    service: undefined,
    auth: keyCredential(),
    slots: [
      { role: 'headers', arg: 0, path: ['inHeader'] },
      { role: 'query', arg: 0, path: ['inQuery'] },
    ],
  }),
  row({
    modules: ['@azure/ms-rest-azure-js', 'ms-rest-azure'],
    exportPath: ['CognitiveServicesCredentials'],
    call: 'new',
    service: undefined,
    auth: keyCredential(),
    slots: [{ role: 'key', arg: 0 }],
  }),

  // Connection strings and other non-AI Azure credentials (no-hardcoded-credential).
  ...[
    ['@azure/storage-blob', 'BlobServiceClient'],
    ['@azure/storage-queue', 'QueueServiceClient'],
    ['@azure/storage-file-share', 'ShareServiceClient'],
    ['@azure/storage-file-datalake', 'DataLakeServiceClient'],
    ['@azure/data-tables', 'TableServiceClient'],
    ['@azure/data-tables', 'TableClient'],
  ].map(([module = '', name = '']) =>
    secret([module], name, 'storage', [{ role: 'connectionString', arg: 0 }], 'call'),
  ),
  ...[
    ['@azure/storage-blob', 'ContainerClient'],
    ['@azure/storage-blob', 'BlobClient'],
    ['@azure/storage-blob', 'BlockBlobClient'],
    ['@azure/storage-queue', 'QueueClient'],
    ['@azure/storage-file-share', 'ShareClient'],
  ].map(([module = '', name = '']) => secret([module], name, 'storage', [{ role: 'connectionString', arg: 0 }])),
  secret(['@azure/service-bus'], 'ServiceBusClient', 'serviceBus', [{ role: 'connectionString', arg: 0 }]),
  secret(['@azure/service-bus'], 'ServiceBusAdministrationClient', 'serviceBus', [
    { role: 'connectionString', arg: 0 },
  ]),
  secret(['@azure/event-hubs'], 'EventHubProducerClient', 'eventHubs', [{ role: 'connectionString', arg: 0 }]),
  secret(['@azure/event-hubs'], 'EventHubBufferedProducerClient', 'eventHubs', [{ role: 'connectionString', arg: 0 }]),
  secret(['@azure/event-hubs'], 'EventHubConsumerClient', 'eventHubs', [{ role: 'connectionString', arg: 1 }]),
  secret(['@azure/app-configuration'], 'AppConfigurationClient', 'appConfiguration', [
    { role: 'connectionString', arg: 0 },
  ]),
  secret(['@azure/cosmos'], 'CosmosClient', 'cosmosDb', [
    { role: 'connectionString', arg: 0 },
    { role: 'accountKey', arg: 0, path: ['key'] },
  ]),
  secret(['@azure/identity'], 'UsernamePasswordCredential', 'entraId', [{ role: 'password', arg: 3 }]),

  // Track 2 clients: (endpoint, credential).
  client(['@azure/ai-text-analytics'], 'TextAnalyticsClient', 'language'),
  client(['@azure/ai-language-text'], 'TextAnalysisClient', 'language'),
  client(['@azure/ai-language-conversations'], 'ConversationAnalysisClient', 'language'),
  client(['@azure/ai-form-recognizer'], 'DocumentAnalysisClient', 'documentIntelligence'),
  client(['@azure/ai-form-recognizer'], 'DocumentModelAdministrationClient', 'documentIntelligence'),
  client(['@azure/ai-form-recognizer'], 'FormRecognizerClient', 'documentIntelligence'),
  client(['@azure/ai-form-recognizer'], 'FormTrainingClient', 'documentIntelligence'),
  client(['@azure/ai-translation-document'], 'DocumentTranslationClient', 'translator'),
  client(['@azure/ai-metrics-advisor'], 'MetricsAdvisorClient', 'metricsAdvisor'),
  client(['@azure/ai-metrics-advisor'], 'MetricsAdvisorAdministrationClient', 'metricsAdvisor'),
  client(['@azure/ai-anomaly-detector'], 'AnomalyDetectorClient', 'anomalyDetector'),
  client(['@azure/ai-content-safety'], 'ContentSafetyClient', 'contentSafety'),
  client(['@azure/openai'], 'OpenAIClient', 'openAi'),
  client(['@azure/search-documents'], 'SearchClient', 'search', 2),
  client(['@azure/search-documents'], 'SearchIndexClient', 'search'),
  client(['@azure/search-documents'], 'SearchIndexerClient', 'search'),

  // REST clients: default-exported factories.
  rest('@azure-rest/ai-vision-image-analysis', 'computerVision'),
  rest('@azure-rest/ai-content-safety', 'contentSafety'),
  rest('@azure-rest/ai-document-intelligence', 'documentIntelligence'),
  rest('@azure-rest/ai-vision-face', 'face'),
  rest('@azure-rest/ai-inference', 'aiServices'),
  // Text translation's credential parameter takes a key (or a token with a region), not a plain TokenCredential.
  rest('@azure-rest/ai-translation-text', 'translator', true, false),
  rest('@azure-rest/ai-translation-document', 'translator'),
  rest('@azure-rest/ai-language-text', 'language'),
  rest('@azure-rest/ai-anomaly-detector', 'anomalyDetector'),

  // Speech SDK.
  ...speechFactories('SpeechConfig'),
  ...speechFactories('SpeechTranslationConfig'),
  ...speechFactories('BotFrameworkConfig'),
  speech(
    'CustomCommandsConfig',
    'fromSubscription',
    [
      { role: 'key', arg: 1 },
      { role: 'region', arg: 2 },
    ],
    { kind: 'subscriptionKey' },
  ),
  speech(
    'CustomCommandsConfig',
    'fromAuthorizationToken',
    [
      { role: 'token', arg: 1 },
      { role: 'region', arg: 2 },
    ],
    { kind: 'other' },
  ),

  // openai and LangChain.
  row({
    modules: ['openai'],
    exportPath: ['AzureOpenAI'],
    call: 'new',
    service: 'openAi',
    slots: openAiOptions,
    auth: { kind: 'keyOptions', keyProperty: 'apiKey', browserClient: 'AzureOpenAI', azureOnly: true },
  }),
  row({
    modules: ['openai'],
    exportPath: ['OpenAI'],
    call: 'new',
    service: 'openAiCompatible',
    slots: openAiOptions,
    auth: { kind: 'keyOptions', keyProperty: undefined, browserClient: 'OpenAI', azureOnly: false },
  }),
  row({
    modules: ['openai'],
    exportPath: ['default'],
    call: 'new',
    service: 'openAiCompatible',
    slots: openAiOptions,
    auth: { kind: 'keyOptions', keyProperty: undefined, browserClient: 'OpenAI', azureOnly: false },
  }),
  ...['AzureChatOpenAI', 'AzureOpenAIEmbeddings', 'AzureOpenAI', 'ChatOpenAI', 'OpenAIEmbeddings', 'OpenAI'].map(
    (name) =>
      row({
        modules: ['@langchain/openai', '@langchain/azure-openai'],
        exportPath: [name],
        call: 'new',
        service: 'openAi',
        slots: langchainOptions,
        auth: {
          kind: 'keyOptions',
          keyProperty: name.startsWith('Azure') ? 'azureOpenAIApiKey' : undefined,
          browserClient: undefined,
          azureOnly: false,
        },
      }),
  ),
];
