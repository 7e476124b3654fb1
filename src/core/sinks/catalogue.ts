import type { ServiceId } from '../services.js';
import { LEGACY_CLIENTS } from './legacy-rows.js';
import { credentialParameter, keyCredential, row, type SinkRow, type SlotSpec } from './row.js';
import { SPEECH_ROWS } from './speech-rows.js';

export type { AuthFact, SinkRow, SlotRole, SlotSpec } from './row.js';

/**
 * The catalogue of places that take an Azure AI key, endpoint, region or credential. Rows are data: supporting
 * another SDK means adding a row. Calls are matched through import and require tracking (tracking.ts), so
 * renamed, namespace, default and `require(...).default` imports all count. `modules`, `exportPath` and `global`
 * are for the tracker only; rules read the facts: `service`, `label`, `slots` and `auth`.
 */

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
const STORAGE = [
  '@azure/storage-blob',
  '@azure/storage-queue',
  '@azure/storage-file-share',
  '@azure/storage-file-datalake',
];
const NAMED_KEY = ['@azure/core-auth', '@azure/data-tables', '@azure/eventgrid'];

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

const secret = (
  modules: readonly string[],
  name: string,
  service: ServiceId | undefined,
  slots: readonly SlotSpec[],
  call: 'new' | 'call' = 'new',
): SinkRow =>
  row({ modules, exportPath: call === 'new' ? [name] : [name, 'fromConnectionString'], call, service, slots });

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
  ...SPEECH_ROWS,

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
