import { nameWords } from './names.js';

/**
 * The services this plugin knows, in one typed catalogue: how messages name them, the identifiable key's
 * service letter(s) (AZURE-FACTS §1), the conventional environment variable per setting, the words a binding
 * name uses for them, and whether the service accepts Microsoft Entra ID tokens.
 */

/** What a setting is, for naming its environment variable. */
export type SettingRole = 'key' | 'endpoint' | 'region' | 'secret' | 'connectionString' | 'token' | 'password';

export interface ServiceInfo {
  /** The name messages use. */
  readonly label: string;
  /** Service letters at offset 75 of an identifiable key. */
  readonly keyLetters?: readonly string[];
  /** Conventional variable names (Microsoft's samples and SDK defaults). */
  readonly env?: Partial<Record<SettingRole, string>>;
  /** Whether the service accepts Entra ID tokens (keyless auth); undefined: not a key-authenticated service. */
  readonly entraId?: boolean;
  /** Microsoft's retirement notice and what replaces the service, for a service that is retired. */
  readonly retired?: string;
}

export const SERVICES = {
  azureAi: { label: 'Azure AI' },
  azure: { label: 'Azure' },
  aiServices: { label: 'Azure AI services', keyLetters: ['A'], entraId: true },
  openAi: {
    label: 'Azure OpenAI',
    keyLetters: ['B'],
    env: { key: 'AZURE_OPENAI_API_KEY', endpoint: 'AZURE_OPENAI_ENDPOINT' },
    entraId: true,
  },
  openAiCompatible: { label: 'OpenAI-compatible', entraId: false },
  anomalyDetector: { label: 'Anomaly Detector', keyLetters: ['C', 'D'], entraId: true },
  cognitiveServices: { label: 'Cognitive Services', keyLetters: ['E'], entraId: true },
  computerVision: {
    label: 'Computer Vision',
    keyLetters: ['F'],
    env: { key: 'VISION_KEY', endpoint: 'VISION_ENDPOINT' },
    entraId: true,
  },
  contentModerator: { label: 'Content Moderator', keyLetters: ['G'], entraId: true },
  contentSafety: {
    label: 'Content Safety',
    keyLetters: ['H'],
    env: { key: 'CONTENT_SAFETY_KEY', endpoint: 'CONTENT_SAFETY_ENDPOINT' },
    entraId: true,
  },
  customVisionPrediction: { label: 'Custom Vision prediction', keyLetters: ['I'], entraId: true },
  customVisionTraining: { label: 'Custom Vision training', keyLetters: ['J'], entraId: true },
  face: { label: 'Face', keyLetters: ['K'], env: { key: 'FACE_APIKEY', endpoint: 'FACE_ENDPOINT' }, entraId: true },
  documentIntelligence: {
    label: 'Document Intelligence',
    keyLetters: ['L'],
    env: { key: 'DOCUMENTINTELLIGENCE_API_KEY', endpoint: 'DOCUMENTINTELLIGENCE_ENDPOINT' },
    entraId: true,
  },
  healthInsights: { label: 'Health Insights', keyLetters: ['M', 'N'], entraId: true },
  immersiveReader: { label: 'Immersive Reader', keyLetters: ['O'], entraId: true },
  knowledge: { label: 'Knowledge', keyLetters: ['Q'] },
  luisAuthoring: { label: 'LUIS authoring', keyLetters: ['R'], entraId: true },
  luisRuntime: { label: 'LUIS runtime', keyLetters: ['S'] },
  metricsAdvisor: { label: 'Metrics Advisor', keyLetters: ['T'], entraId: true },
  personalizer: { label: 'Personalizer', keyLetters: ['U'], entraId: true },
  // Runtime endpoint keys (`Authorization: EndpointKey …`) have no Entra ID form. Retirement: Microsoft Learn, QnA Maker docs.
  qnaMaker: {
    label: 'QnA Maker',
    keyLetters: ['V', 'W'],
    entraId: false,
    retired: 'QnA Maker is retired (31 October 2025); custom question answering in Azure AI Language replaces it',
  },
  // Bing Search keys (Ocp-Apim-Subscription-Key) have no Entra ID form. Retirement: Microsoft Learn lifecycle announcement.
  bingSearch: {
    label: 'Bing Search',
    keyLetters: ['f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o'],
    entraId: false,
    retired:
      'the Bing Search APIs were retired on 11 August 2025; Grounding with Bing Search in Azure AI Agents replaces them',
  },
  speakerRecognition: { label: 'Speaker Recognition', keyLetters: ['X'], entraId: true },
  speech: {
    label: 'Speech',
    keyLetters: ['Y'],
    env: { key: 'SPEECH_KEY', region: 'SPEECH_REGION', endpoint: 'SPEECH_ENDPOINT', password: 'SPEECH_PROXY_PASSWORD' },
    entraId: true,
  },
  speechTranslation: {
    label: 'Speech Translation',
    keyLetters: ['Z'],
    env: { key: 'SPEECH_KEY', region: 'SPEECH_REGION', endpoint: 'SPEECH_ENDPOINT' },
    entraId: true,
  },
  language: {
    label: 'Language',
    keyLetters: ['a'],
    env: { key: 'LANGUAGE_KEY', endpoint: 'LANGUAGE_ENDPOINT' },
    entraId: true,
  },
  translator: {
    label: 'Translator',
    keyLetters: ['b'],
    env: { key: 'TRANSLATOR_KEY', region: 'TRANSLATOR_REGION', endpoint: 'TRANSLATOR_ENDPOINT' },
    entraId: true,
  },
  transcriptionIntelligence: { label: 'Transcription Intelligence', keyLetters: ['d'] },
  videoIndexer: { label: 'Video Indexer', keyLetters: ['e'] },
  search: {
    label: 'Azure AI Search',
    env: { key: 'AZURE_SEARCH_API_KEY', endpoint: 'AZURE_SEARCH_ENDPOINT' },
    entraId: true,
  },
  storage: {
    label: 'Azure Storage',
    env: {
      connectionString: 'AZURE_STORAGE_CONNECTION_STRING',
      key: 'AZURE_STORAGE_KEY',
      token: 'AZURE_STORAGE_SAS_TOKEN',
    },
    entraId: true,
  },
  entraId: { label: 'Entra ID', env: { secret: 'AZURE_CLIENT_SECRET', password: 'AZURE_PASSWORD' } },
  serviceBus: {
    label: 'Service Bus',
    env: { connectionString: 'SERVICE_BUS_CONNECTION_STRING', token: 'SERVICE_BUS_SAS_TOKEN' },
    entraId: true,
  },
  eventHubs: { label: 'Event Hubs', env: { connectionString: 'EVENTHUB_CONNECTION_STRING' }, entraId: true },
  iotHub: { label: 'IoT Hub', env: { connectionString: 'IOTHUB_CONNECTION_STRING' } },
  cosmosDb: {
    label: 'Cosmos DB',
    env: { connectionString: 'COSMOS_CONNECTION_STRING', key: 'COSMOS_KEY' },
    entraId: true,
  },
  appConfiguration: {
    label: 'App Configuration',
    env: { connectionString: 'AZURE_APPCONFIG_CONNECTION_STRING' },
    entraId: true,
  },
} as const satisfies Record<string, ServiceInfo>;

export type ServiceId = keyof typeof SERVICES;

const INFO: Readonly<Record<ServiceId, ServiceInfo>> = SERVICES;

/** The message label of a service (`Azure OpenAI`); `fallback` when the service is not known. */
export function serviceLabel(id: ServiceId | undefined, fallback: ServiceId = 'azureAi'): string {
  return INFO[id ?? fallback].label;
}

/** The conventional variable name of a service's setting, if it has one. */
export function serviceEnvName(id: ServiceId | undefined, role: SettingRole): string | undefined {
  return id === undefined ? undefined : INFO[id].env?.[role];
}

/** A service known to offer no Entra ID authentication (its keys are the only way in). */
export function refusesEntraId(id: ServiceId | undefined): boolean {
  return id !== undefined && INFO[id].entraId === false;
}

/** Microsoft's retirement note for the service, if it is retired. */
export function retirementNote(id: ServiceId | undefined): string | undefined {
  return id === undefined ? undefined : INFO[id].retired;
}

const BY_LETTER: ReadonlyMap<string, ServiceId> = new Map(
  (Object.keys(INFO) as ServiceId[]).flatMap((id) =>
    (INFO[id].keyLetters ?? []).map((letter): [string, ServiceId] => [letter, id]),
  ),
);

/** The service of an identifiable key's service letter. */
export function serviceOfKeyLetter(letter: string): ServiceId | undefined {
  return BY_LETTER.get(letter);
}

/** Words in binding names that name a service, in the order they are checked (`speechTranslatorKey` is Speech). */
const NAME_WORDS: readonly (readonly [ServiceId, readonly string[]])[] = [
  ['speech', ['speech']],
  ['translator', ['translator', 'translation']],
  ['openAi', ['openai', 'aoai']],
  ['language', ['language', 'text']],
  ['computerVision', ['vision']],
  ['face', ['face']],
  ['documentIntelligence', ['document', 'form', 'documentintelligence']],
  ['contentSafety', ['safety']],
  ['bingSearch', ['bing']],
  ['search', ['search']],
];

/** Service named by a binding: `speechKey` → Speech. */
export function serviceFromName(name: string | undefined): ServiceId | undefined {
  if (name === undefined) return undefined;
  const words = nameWords(name);
  return NAME_WORDS.find(([, hints]) => hints.some((w) => words.includes(w)))?.[0];
}
