// no-hardcoded-key and no-hardcoded-credential on JSON: app settings (local.settings.json, appsettings*.json),
// ARM parameter files, package.json, other JSON. Every secret is generated when the tests run.
import noHardcodedCredential from '../../src/rules/no-hardcoded-credential.js';
import noHardcodedKey from '../../src/rules/no-hardcoded-key.js';
import preferEnvConfig from '../../src/rules/prefer-env-config.js';
import {
  clientSecret,
  fp,
  identifiableKey,
  legacyKey,
  sasToken,
  serviceBusConnectionString,
  storageConnectionString,
} from '../support/keys.js';
import { asEslintRule, jsonTester, jsonText } from './support.js';

const key = legacyKey();
const openAiKey = identifiableKey('B');
const speechKey = identifiableKey('Y');
const vault = (name: string): string => `@Microsoft.KeyVault(VaultName=<vault-name>;SecretName=${name})`;
const keyData = (service: string, sink: string, value: string) => ({
  service,
  kind: 'key',
  sink,
  fingerprint: fp(value),
  length: String(value.length),
});

jsonTester().run('no-hardcoded-key (JSON)', asEslintRule(noHardcodedKey), {
  valid: [
    {
      name: 'placeholders and the storage emulator in local.settings.json',
      filename: 'local.settings.json',
      code: jsonText({
        IsEncrypted: false,
        Values: {
          SPEECH_KEY: '<your-speech-key>',
          AZURE_OPENAI_API_KEY: '',
          AzureWebJobsStorage: 'UseDevelopmentStorage=true',
          FUNCTIONS_WORKER_RUNTIME: 'node',
        },
      }),
    },
    {
      name: 'Key Vault references in both forms',
      filename: 'appsettings.json',
      code: jsonText({
        AzureOpenAI: { ApiKey: '@Microsoft.KeyVault(SecretUri=https://contoso.vault.azure.net/secrets/openai-key/)' },
        Speech: { Key: '@Microsoft.KeyVault(VaultName=contoso;SecretName=speech-key)' },
      }),
    },
    {
      name: 'a 32-hex value outside a key-named member (a hash, an ETag)',
      filename: 'package-lock.json',
      code: jsonText({ packages: { 'node_modules/x': { etag: key, shasum: key } } }),
    },
    {
      name: 'regions, endpoints and env names',
      filename: 'local.settings.json',
      code: jsonText({
        Values: {
          SPEECH_REGION: 'westus',
          SPEECH_ENDPOINT: 'https://westus.api.cognitive.microsoft.com/',
          KEY_NAME: 'SPEECH_KEY',
        },
      }),
    },
    {
      name: 'an ARM expression in a key-named parameter',
      filename: 'azuredeploy.json',
      code: jsonText({
        outputs: {
          speechKey: {
            type: 'string',
            value: "[listKeys(resourceId('Microsoft.CognitiveServices/accounts', 'a'), '2023-05-01').key1]",
          },
        },
      }),
    },
    {
      name: 'a storage account key name is not an AI key slot',
      filename: 'config.json',
      code: jsonText({ StorageAccountKey: key }),
    },
  ],
  invalid: [
    {
      name: 'a legacy key under Values in local.settings.json, with a Key Vault reference suggested',
      filename: 'local.settings.json',
      code: jsonText({ IsEncrypted: false, Values: { SPEECH_KEY: key } }),
      errors: [
        {
          messageId: 'hardcodedKey',
          data: keyData('Speech', 'JSON member "Values.SPEECH_KEY"', key),
          line: 4,
          suggestions: [
            {
              messageId: 'useKeyVault',
              data: { name: 'SPEECH-KEY', kind: 'key' },
              output: jsonText({ IsEncrypted: false, Values: { SPEECH_KEY: vault('SPEECH-KEY') } }),
            },
          ],
        },
      ],
    },
    {
      name: 'an identifiable key in a nested appsettings section',
      filename: 'src/appsettings.Development.json',
      code: jsonText({ AzureOpenAI: { Endpoint: 'https://contoso.openai.azure.com/', ApiKey: openAiKey } }),
      errors: [
        {
          messageId: 'hardcodedKey',
          data: keyData('Azure OpenAI', 'JSON member "AzureOpenAI.ApiKey"', openAiKey),
          suggestions: [
            {
              messageId: 'useKeyVault',
              data: { name: 'AzureOpenAI-ApiKey', kind: 'key' },
              output: jsonText({
                AzureOpenAI: { Endpoint: 'https://contoso.openai.azure.com/', ApiKey: vault('AzureOpenAI-ApiKey') },
              }),
            },
          ],
        },
      ],
    },
    {
      name: 'the flat .NET form "OpenAI:ApiKey"',
      filename: 'appsettings.json',
      code: `{ "OpenAI:ApiKey": "${key}" }`,
      errors: [
        {
          messageId: 'hardcodedKey',
          data: keyData('Azure AI', 'JSON member "OpenAI:ApiKey"', key),
          suggestions: [
            {
              messageId: 'useKeyVault',
              data: { name: 'OpenAI-ApiKey', kind: 'key' },
              output: `{ "OpenAI:ApiKey": "${vault('OpenAI-ApiKey')}" }`,
            },
          ],
        },
      ],
    },
    {
      name: 'a key-named member of any JSON file, without a Key Vault suggestion',
      filename: 'config/default.json',
      code: jsonText({ speech: { subscriptionKey: key } }),
      errors: [
        {
          messageId: 'hardcodedKey',
          data: keyData('Speech', 'JSON member "speech.subscriptionKey"', key),
          suggestions: [],
        },
      ],
    },
    {
      name: 'an ARM parameter file value takes the parameter name',
      filename: 'azuredeploy.parameters.json',
      code: jsonText({
        $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#',
        parameters: { speechKey: { value: key } },
      }),
      errors: [
        {
          messageId: 'hardcodedKey',
          data: keyData('Speech', 'JSON member "parameters.speechKey"', key),
          suggestions: [],
        },
      ],
    },
    {
      name: 'an identifiable key anywhere in a string, at its exact place',
      filename: 'package.json',
      code: `{ "description": "demo with ${speechKey} inside" }`,
      errors: [
        {
          messageId: 'keyInText',
          data: { service: 'Speech', fingerprint: fp(speechKey) },
          column: 29,
          endColumn: 29 + 84,
          suggestions: [],
        },
      ],
    },
  ],
});

jsonTester('jsonc').run('no-hardcoded-key (JSONC)', asEslintRule(noHardcodedKey), {
  valid: [
    {
      name: 'a commented-out line is not a member',
      filename: 'local.settings.json',
      code: '{\n  // "SPEECH_KEY": "<key>"\n  "Values": {}\n}\n',
    },
  ],
  invalid: [
    {
      name: 'comments around the member',
      filename: 'local.settings.json',
      code: `{\n  // local only\n  "Values": { "VISION_KEY": "${key}" /* rotate */ }\n}\n`,
      errors: [
        {
          messageId: 'hardcodedKey',
          data: keyData('Computer Vision', 'JSON member "Values.VISION_KEY"', key),
          suggestions: [
            {
              messageId: 'useKeyVault',
              data: { name: 'VISION-KEY', kind: 'key' },
              output: `{\n  // local only\n  "Values": { "VISION_KEY": "${vault('VISION-KEY')}" /* rotate */ }\n}\n`,
            },
          ],
        },
      ],
    },
  ],
});

const storage = storageConnectionString();
const bus = serviceBusConnectionString();
const secret = clientSecret();
const sas = sasToken();

jsonTester().run('no-hardcoded-credential (JSON)', asEslintRule(noHardcodedCredential), {
  valid: [
    {
      name: 'the storage emulator',
      filename: 'local.settings.json',
      code: jsonText({ Values: { AzureWebJobsStorage: 'UseDevelopmentStorage=true' } }),
    },
    {
      name: 'an account-only connection string',
      filename: 'appsettings.json',
      code: jsonText({
        ConnectionStrings: {
          Blob: 'DefaultEndpointsProtocol=https;AccountName=contoso;EndpointSuffix=core.windows.net',
        },
      }),
    },
    {
      name: 'Key Vault references',
      filename: 'local.settings.json',
      code: jsonText({
        Values: { AzureWebJobsStorage: '@Microsoft.KeyVault(VaultName=v;SecretName=storage)' },
        ConnectionStrings: { Db: '@Microsoft.KeyVault(SecretUri=https://v.vault.azure.net/secrets/db/)' },
      }),
    },
    {
      name: 'placeholders for secrets',
      filename: 'appsettings.json',
      code: jsonText({
        AzureAd: { ClientSecret: '<client-secret>', ClientId: '00000000-0000-0000-0000-000000000000' },
      }),
    },
  ],
  invalid: [
    {
      name: 'AzureWebJobsStorage with an account key, Key Vault reference suggested',
      filename: 'local.settings.json',
      code: jsonText({ Values: { AzureWebJobsStorage: storage } }),
      errors: [
        {
          messageId: 'hardcodedCredential',
          data: {
            service: 'Azure Storage',
            kind: 'connection string with a key',
            sink: 'JSON member "Values.AzureWebJobsStorage"',
            fingerprint: fp(/AccountKey=([^;]+)/.exec(storage)?.[1] ?? ''),
            length: accountKeyLength(storage),
          },
          suggestions: [
            {
              messageId: 'useKeyVault',
              data: { name: 'AzureWebJobsStorage', kind: 'connection string with a key' },
              output: jsonText({ Values: { AzureWebJobsStorage: vault('AzureWebJobsStorage') } }),
            },
          ],
        },
      ],
    },
    {
      name: 'a Service Bus connection string under ConnectionStrings',
      filename: 'appsettings.Production.json',
      code: jsonText({ ConnectionStrings: { Bus: bus } }),
      errors: [
        {
          messageId: 'hardcodedCredential',
          data: {
            service: 'Service Bus',
            kind: 'connection string with a key',
            sink: 'JSON member "ConnectionStrings.Bus"',
            fingerprint: fp(/SharedAccessKey=([^;]+)/.exec(bus)?.[1] ?? ''),
            length: '44',
          },
          suggestions: [
            {
              messageId: 'useKeyVault',
              data: { name: 'ConnectionStrings-Bus', kind: 'connection string with a key' },
              output: jsonText({ ConnectionStrings: { Bus: vault('ConnectionStrings-Bus') } }),
            },
          ],
        },
      ],
    },
    {
      name: 'a client secret by its format, in a non-settings file',
      filename: 'deploy/config.json',
      code: jsonText({ auth: { value: secret } }),
      errors: [
        {
          messageId: 'hardcodedCredential',
          data: {
            service: 'Entra ID',
            kind: 'client secret',
            sink: 'JSON member "auth.value"',
            fingerprint: fp(secret),
            length: String(secret.length),
          },
          suggestions: [],
        },
      ],
    },
    {
      name: 'a SAS URL, fingerprinted by its signature',
      filename: 'config.json',
      code: `{ "blob": "https://contoso.blob.core.windows.net/c/b?${sas}" }`,
      errors: [
        {
          messageId: 'hardcodedCredential',
          data: {
            service: 'Azure Storage',
            kind: 'SAS token',
            sink: 'JSON member "blob"',
            fingerprint: fp(sas.slice(sas.indexOf('sig=') + 4)),
            length: String(sas.length - sas.indexOf('sig=') - 4),
          },
          column: 12,
          suggestions: [],
        },
      ],
    },
  ],
});

/** How long the account key inside a storage connection string is (what the message states). */
function accountKeyLength(connectionString: string): string {
  return String((/AccountKey=([^;]+)/.exec(connectionString)?.[1] ?? '').length);
}

jsonTester('jsonc').run('prefer-env-config (JSON settings)', asEslintRule(preferEnvConfig), {
  valid: [
    {
      name: 'placeholders in a sample file',
      filename: 'local.settings.sample.json',
      code: jsonText({ Values: { SPEECH_KEY: '<your-speech-key>' } }),
    },
    {
      name: 'placeholders in appsettings.example.json',
      filename: 'appsettings.example.json',
      code: jsonText({ AzureOpenAI: { ApiKey: 'YOUR_AZURE_OPENAI_KEY' } }),
    },
    {
      name: 'endpoints and regions belong in settings',
      filename: 'appsettings.json',
      code: jsonText({ Speech: { Region: 'westus', Endpoint: 'https://westus.api.cognitive.microsoft.com/' } }),
    },
    {
      name: 'an empty value and a Key Vault reference',
      filename: 'local.settings.json',
      code: jsonText({
        Values: { SPEECH_KEY: '', VISION_KEY: '@Microsoft.KeyVault(VaultName=v;SecretName=vision-key)' },
      }),
    },
    { name: 'other JSON files', filename: 'config.json', code: jsonText({ speechKey: '<your-key>' }) },
    { name: 'a bare key name says little', filename: 'appsettings.json', code: jsonText({ Cache: { Key: '<key>' } }) },
  ],
  invalid: [
    {
      name: 'a placeholder key in a committed local.settings.json',
      filename: 'local.settings.json',
      code: jsonText({ Values: { SPEECH_KEY: '<your-speech-key>' } }),
      errors: [
        {
          messageId: 'placeholderSetting',
          data: { service: 'Speech', sink: 'JSON member "Values.SPEECH_KEY"' },
          suggestions: [
            {
              messageId: 'useKeyVault',
              data: { name: 'SPEECH-KEY' },
              output: jsonText({ Values: { SPEECH_KEY: vault('SPEECH-KEY') } }),
            },
          ],
        },
      ],
    },
  ],
});
