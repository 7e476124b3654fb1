import { nameWords } from './secrets.js';

/** What a setting is, for naming its environment variable. */
export type SettingRole = 'key' | 'endpoint' | 'region' | 'secret' | 'connectionString' | 'token' | 'password';

/** Conventional variable names per service (from Microsoft's samples and SDK defaults). */
const SERVICE_DEFAULTS: Readonly<Record<string, Partial<Record<SettingRole, string>>>> = {
  'Azure OpenAI': { key: 'AZURE_OPENAI_API_KEY', endpoint: 'AZURE_OPENAI_ENDPOINT' },
  Speech: { key: 'SPEECH_KEY', region: 'SPEECH_REGION', endpoint: 'SPEECH_ENDPOINT', password: 'SPEECH_PROXY_PASSWORD' },
  'Speech Translation': { key: 'SPEECH_KEY', region: 'SPEECH_REGION', endpoint: 'SPEECH_ENDPOINT' },
  Language: { key: 'LANGUAGE_KEY', endpoint: 'LANGUAGE_ENDPOINT' },
  Translator: { key: 'TRANSLATOR_KEY', region: 'TRANSLATOR_REGION', endpoint: 'TRANSLATOR_ENDPOINT' },
  'Computer Vision': { key: 'VISION_KEY', endpoint: 'VISION_ENDPOINT' },
  Face: { key: 'FACE_APIKEY', endpoint: 'FACE_ENDPOINT' },
  'Document Intelligence': { key: 'DOCUMENTINTELLIGENCE_API_KEY', endpoint: 'DOCUMENTINTELLIGENCE_ENDPOINT' },
  'Content Safety': { key: 'CONTENT_SAFETY_KEY', endpoint: 'CONTENT_SAFETY_ENDPOINT' },
  'Azure AI Search': { key: 'AZURE_SEARCH_API_KEY', endpoint: 'AZURE_SEARCH_ENDPOINT' },
  'Azure Storage': { connectionString: 'AZURE_STORAGE_CONNECTION_STRING', key: 'AZURE_STORAGE_KEY', token: 'AZURE_STORAGE_SAS_TOKEN' },
  'Entra ID': { secret: 'AZURE_CLIENT_SECRET', password: 'AZURE_PASSWORD' },
  'Service Bus': { connectionString: 'SERVICE_BUS_CONNECTION_STRING', token: 'SERVICE_BUS_SAS_TOKEN' },
  'Event Hubs': { connectionString: 'EVENTHUB_CONNECTION_STRING' },
  'IoT Hub': { connectionString: 'IOTHUB_CONNECTION_STRING' },
  'Cosmos DB': { connectionString: 'COSMOS_CONNECTION_STRING', key: 'COSMOS_KEY' },
  'App Configuration': { connectionString: 'AZURE_APPCONFIG_CONNECTION_STRING' },
};

const GENERIC_DEFAULTS: Readonly<Record<SettingRole, string>> = {
  key: 'AZURE_AI_KEY',
  endpoint: 'AZURE_AI_ENDPOINT',
  region: 'AZURE_AI_REGION',
  secret: 'AZURE_CLIENT_SECRET',
  connectionString: 'AZURE_CONNECTION_STRING',
  token: 'AZURE_AI_TOKEN',
  password: 'AZURE_PASSWORD',
};

/** Binding names too generic to name a variable after (`key`, `apiKey`, `endpoint`, `url`). */
const GENERIC_WORDS = new Set([
  'key', 'api', 'apikey', 'subscription', 'subscriptionkey', 'sub', 'endpoint', 'url', 'uri', 'base', 'host',
  'region', 'location', 'secret', 'client', 'token', 'access', 'my', 'the', 'default', 'config', 'options',
  'value', 'conn', 'connection', 'string', 'str', 'cred', 'credential', 'credentials', 'auth', 'resource',
  'service', 'primary', 'ocp', 'apim', 'this', 'settings', 'env', 'azure', 'ai', 'cognitive', 'services',
]);

/** `speechKey` → `SPEECH_KEY`; `AZURE_OPENAI_KEY` stays; `key` → the service's conventional name. */
export function envNameFor(bindingName: string | undefined, service: string | undefined, role: SettingRole): string {
  if (bindingName !== undefined) {
    const words = nameWords(bindingName);
    if (words.length > 0 && words.length <= 6 && words.some((w) => !GENERIC_WORDS.has(w))) {
      const upper = words.join('_').toUpperCase();
      if (/^[A-Z][A-Z0-9_]*$/.test(upper)) return upper;
    }
  }
  return (service !== undefined ? SERVICE_DEFAULTS[service]?.[role] : undefined) ?? GENERIC_DEFAULTS[role];
}

/**
 * How a rule writes an environment read; `{{name}}` stands for the variable name. The default fails loudly
 * at start-up when the variable is missing, needs no helper or import, and has type `string` under
 * TypeScript `strict` (the throwing arrow's type is `never`), so a `string` parameter never silently
 * receives `undefined`.
 */
export const DEFAULT_ENV_TEMPLATE = '(process.env.{{name}} ?? (() => { throw new Error("{{name}} is not set"); })())';

export function envRead(template: string, name: string): string {
  return template.split('{{name}}').join(name);
}
