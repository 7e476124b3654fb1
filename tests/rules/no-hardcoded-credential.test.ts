import { RuleTester } from '@typescript-eslint/rule-tester';
import rule from '../../src/rules/no-hardcoded-credential.js';
import { ENV } from '../support/env.js';
import {
  clientSecret,
  fp,
  jwt,
  sasToken,
  serviceBusConnectionString,
  sharedAccessKey,
  storageAccountKey,
  storageConnectionString,
} from '../support/keys.js';

const ruleTester = new RuleTester();

const keyOf = (conn: string): string => /(?:AccountKey|SharedAccessKey)=([^;]+)/.exec(conn)?.[1] ?? '';
const sigOf = (sas: string): string => /sig=([^&]+)/.exec(sas)?.[1] ?? '';

const conn1 = storageConnectionString();
const conn2 = storageConnectionString('fabrikam');
const conn3 = storageConnectionString();
const conn4 = storageConnectionString();
const sb1 = serviceBusConnectionString();
const sb2 = serviceBusConnectionString();
const acct1 = storageAccountKey();
const acct2 = storageAccountKey();
const sas1 = sasToken();
const sas2 = sasToken();
const sas3 = sasToken();
const cs1 = clientSecret(8);
const cs2 = clientSecret(7);
const cs3 = clientSecret(8);
const cs4 = clientSecret(8);
const jwt1 = jwt();
const jwt2 = jwt();
const jwt3 = jwt();
const sak = sharedAccessKey();

const CONN = 'connection string with a key';
/** Full message data (RuleTester compares the whole message, so every placeholder is given). */
const inSink = (service: string, kind: string, sink: string, secret: string): Record<string, string> => ({
  service,
  kind,
  sink,
  fingerprint: fp(secret),
  length: String(secret.length),
});
const inText = (service: string, kind: string, secret: string): Record<string, string> => ({
  service,
  kind,
  fingerprint: fp(secret),
});
const useEnv = (
  kind: string,
  name: string,
  output: string,
): { messageId: 'useEnv'; data: Record<string, string>; output: string } => ({
  messageId: 'useEnv',
  data: { kind, name },
  output,
});

ruleTester.run('no-hardcoded-credential', rule, {
  valid: [
    // Emulator, account-only and runtime-built connection strings.
    `import { BlobServiceClient } from "@azure/storage-blob"; BlobServiceClient.fromConnectionString("UseDevelopmentStorage=true");`,
    `const c = "DefaultEndpointsProtocol=https;AccountName=contoso;EndpointSuffix=core.windows.net";`,
    'const c = `DefaultEndpointsProtocol=https;AccountName=${name};AccountKey=${process.env.STORAGE_KEY};EndpointSuffix=core.windows.net`;',
    `const c = "DefaultEndpointsProtocol=https;AccountName=devstoreaccount1;AccountKey=${acct1};BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;";`,
    `import { ServiceBusClient } from "@azure/service-bus"; new ServiceBusClient("contoso.servicebus.windows.net", credential);`,
    `import { ServiceBusClient } from "@azure/service-bus"; new ServiceBusClient(process.env.SERVICE_BUS_CONNECTION_STRING ?? "");`,
    // Placeholders in every slot.
    `const c = "DefaultEndpointsProtocol=https;AccountName=contoso;AccountKey=<your-account-key>;EndpointSuffix=core.windows.net";`,
    `import { ClientSecretCredential } from "@azure/identity"; new ClientSecretCredential(tenantId, clientId, "<client-secret>");`,
    `import { ClientSecretCredential } from "@azure/identity"; new ClientSecretCredential("00000000-0000-0000-0000-000000000000", "11111111-1111-1111-1111-111111111111", process.env.AZURE_CLIENT_SECRET);`,
    `import { StorageSharedKeyCredential } from "@azure/storage-blob"; new StorageSharedKeyCredential("contoso", "your-storage-account-key");`,
    `import { AzureSASCredential } from "@azure/core-auth"; new AzureSASCredential(sasFromServer);`,
    // Runtime tokens.
    'fetch(url, { headers: { Authorization: `Bearer ${token}` } });',
    `const accessToken = await credential.getToken(scope);`,
    `fetch(url, { headers: { Authorization: "Bearer <token>" } });`,
    // A JWT by shape alone, outside token slots and token-named bindings.
    `const fixture = "${jwt1}";`,
    // A signature parameter without SAS companions.
    `const hook = "https://example.com/hook?id=1&sig=${sak}";`,
    // Speech setProxy without a literal password, or outside a Speech file.
    `import * as sdk from "microsoft-cognitiveservices-speech-sdk"; config.setProxy("proxy", 8080, "user", process.env.PROXY_PASSWORD);`,
    `agent.setProxy("proxy", 8080, "user", "s3cr3t-Pa55");`,
    // Allow-listed by fingerprint.
    { code: `const c = "${conn4}";`, options: [{ allowFingerprints: [fp(keyOf(conn4))] }] },
  ],
  invalid: [
    {
      code: `import { BlobServiceClient } from "@azure/storage-blob";\nBlobServiceClient.fromConnectionString("${conn1}");`,
      errors: [
        {
          messageId: 'hardcodedCredential',
          data: inSink('Azure Storage', CONN, 'BlobServiceClient.fromConnectionString', keyOf(conn1)),
          suggestions: [
            useEnv(
              CONN,
              'AZURE_STORAGE_CONNECTION_STRING',
              `import { BlobServiceClient } from "@azure/storage-blob";\nBlobServiceClient.fromConnectionString(${ENV('AZURE_STORAGE_CONNECTION_STRING')});`,
            ),
          ],
        },
      ],
    },
    {
      // Through a renamed require and a const binding named after its use.
      code: `const { QueueServiceClient: Q } = require("@azure/storage-queue");\nconst queueConnection = '${conn2}';\nQ.fromConnectionString(queueConnection);`,
      errors: [
        {
          messageId: 'hardcodedCredential',
          data: inSink('Azure Storage', CONN, 'QueueServiceClient.fromConnectionString', keyOf(conn2)),
          suggestions: [
            useEnv(
              CONN,
              'QUEUE_CONNECTION',
              `const { QueueServiceClient: Q } = require("@azure/storage-queue");\nconst queueConnection = ${ENV('QUEUE_CONNECTION')};\nQ.fromConnectionString(queueConnection);`,
            ),
          ],
        },
      ],
    },
    {
      // Service Bus, namespace import, env fallback: the suggestion drops the secret.
      code: `import * as sb from "@azure/service-bus";\nnew sb.ServiceBusClient(process.env.SB_CONN ?? "${sb1}");`,
      errors: [
        {
          messageId: 'hardcodedCredential',
          data: inSink('Service Bus', CONN, 'ServiceBusClient', keyOf(sb1)),
          suggestions: [
            useEnv(
              CONN,
              'SB_CONN',
              `import * as sb from "@azure/service-bus";\nnew sb.ServiceBusClient(${ENV('SB_CONN')});`,
            ),
          ],
        },
      ],
    },
    {
      code: `import { EventHubConsumerClient } from "@azure/event-hubs";\nnew EventHubConsumerClient("$Default", "${sb2};EntityPath=hub");`,
      errors: [
        {
          messageId: 'hardcodedCredential',
          data: inSink('Event Hubs', CONN, 'EventHubConsumerClient', keyOf(sb2)),
          suggestions: [
            useEnv(
              CONN,
              'EVENTHUB_CONNECTION_STRING',
              `import { EventHubConsumerClient } from "@azure/event-hubs";\nnew EventHubConsumerClient("$Default", ${ENV('EVENTHUB_CONNECTION_STRING')});`,
            ),
          ],
        },
      ],
    },
    {
      // A connection string in any string, by format.
      code: `const settings = { storage: "${conn3}" };`,
      errors: [
        {
          messageId: 'credentialInText',
          data: inText('Azure Storage', CONN, keyOf(conn3)),
          suggestions: [useEnv(CONN, 'STORAGE', `const settings = { storage: ${ENV('STORAGE')} };`)],
        },
      ],
    },
    {
      // A key written into a template that inserts other runtime values is still hardcoded.
      code: `const c = \`DefaultEndpointsProtocol=https;AccountName=\${account};AccountKey=${acct1};EndpointSuffix=core.windows.net\`;`,
      errors: [{ messageId: 'credentialInText', data: inText('Azure Storage', CONN, acct1), suggestions: [] }],
    },
    {
      // In a comment.
      code: `// old: ${sb2}\nconst x = 1;`,
      errors: [{ messageId: 'credentialInText', data: inText('Service Bus', CONN, keyOf(sb2)), suggestions: [] }],
    },
    {
      code: `import { StorageSharedKeyCredential } from "@azure/storage-blob";\nnew StorageSharedKeyCredential("contoso", "${acct2}");`,
      errors: [
        {
          messageId: 'hardcodedCredential',
          data: inSink('Azure Storage', 'account key', 'StorageSharedKeyCredential', acct2),
          suggestions: [
            useEnv(
              'account key',
              'AZURE_STORAGE_KEY',
              `import { StorageSharedKeyCredential } from "@azure/storage-blob";\nnew StorageSharedKeyCredential("contoso", ${ENV('AZURE_STORAGE_KEY')});`,
            ),
          ],
        },
      ],
    },
    {
      code: `import { AzureSASCredential } from "@azure/core-auth";\nnew AzureSASCredential("${sas1}");`,
      errors: [
        {
          messageId: 'hardcodedCredential',
          data: inSink('Azure Storage', 'SAS token', 'AzureSASCredential', sigOf(sas1)),
          suggestions: [
            useEnv(
              'SAS token',
              'AZURE_STORAGE_SAS_TOKEN',
              `import { AzureSASCredential } from "@azure/core-auth";\nnew AzureSASCredential(${ENV('AZURE_STORAGE_SAS_TOKEN')});`,
            ),
          ],
        },
      ],
    },
    {
      // A SAS URL: reported, no env suggestion (the URL is more than the token).
      code: `import { ContainerClient } from "@azure/storage-blob";\nnew ContainerClient("https://contoso.blob.core.windows.net/images?${sas2}");`,
      errors: [
        {
          messageId: 'hardcodedCredential',
          data: inSink('Azure Storage', 'SAS token', 'ContainerClient', sigOf(sas2)),
          suggestions: [],
        },
      ],
    },
    {
      code: `await fetch("https://contoso.blob.core.windows.net/c/report.pdf?${sas3}");`,
      errors: [
        { messageId: 'credentialInText', data: inText('Azure Storage', 'SAS token', sigOf(sas3)), suggestions: [] },
      ],
    },
    {
      code: `import { ClientSecretCredential } from "@azure/identity";\nnew ClientSecretCredential(tenantId, clientId, "${cs1}");`,
      errors: [
        {
          messageId: 'hardcodedCredential',
          data: inSink('Entra ID', 'client secret', 'ClientSecretCredential', cs1),
          suggestions: [
            useEnv(
              'client secret',
              'AZURE_CLIENT_SECRET',
              `import { ClientSecretCredential } from "@azure/identity";\nnew ClientSecretCredential(tenantId, clientId, ${ENV('AZURE_CLIENT_SECRET')});`,
            ),
          ],
        },
      ],
    },
    {
      // The 8Q~ format anywhere; the older 7Q~ form too; named after the binding.
      code: `const config = { clientSecret: "${cs3}" };\nconst legacySecret = "${cs2}";`,
      errors: [
        {
          messageId: 'credentialInText',
          data: inText('Entra ID', 'client secret', cs3),
          suggestions: [
            useEnv(
              'client secret',
              'AZURE_CLIENT_SECRET',
              `const config = { clientSecret: ${ENV('AZURE_CLIENT_SECRET')} };\nconst legacySecret = "${cs2}";`,
            ),
          ],
        },
        {
          messageId: 'credentialInText',
          data: inText('Entra ID', 'client secret', cs2),
          suggestions: [
            useEnv(
              'client secret',
              'LEGACY_SECRET',
              `const config = { clientSecret: "${cs3}" };\nconst legacySecret = ${ENV('LEGACY_SECRET')};`,
            ),
          ],
        },
      ],
    },
    {
      // A client secret as a fallback to an env read.
      code: `const secret = process.env.AZURE_CLIENT_SECRET || "${cs4}";`,
      errors: [
        {
          messageId: 'credentialInText',
          data: inText('Entra ID', 'client secret', cs4),
          suggestions: [
            useEnv('client secret', 'AZURE_CLIENT_SECRET', `const secret = ${ENV('AZURE_CLIENT_SECRET')};`),
          ],
        },
      ],
    },
    {
      // A JWT in an Authorization: Bearer header.
      code: `fetch(url, { headers: { Authorization: "Bearer ${jwt1}" } });`,
      errors: [
        {
          messageId: 'hardcodedToken',
          data: {
            kind: 'JWT bearer token',
            sink: 'Authorization: Bearer header',
            fingerprint: fp(jwt1),
            length: String(jwt1.length),
          },
          suggestions: [],
        },
      ],
    },
    {
      // A JWT bound to a token-named variable, and the Speech token sink.
      code: `import * as sdk from "microsoft-cognitiveservices-speech-sdk";\nconst accessToken = "${jwt2}";\nsdk.SpeechConfig.fromAuthorizationToken("${jwt3}", "westus");`,
      errors: [
        {
          messageId: 'hardcodedToken',
          data: {
            kind: 'JWT bearer token',
            sink: '"accessToken" binding',
            fingerprint: fp(jwt2),
            length: String(jwt2.length),
          },
          suggestions: [],
        },
        {
          messageId: 'hardcodedToken',
          data: {
            kind: 'JWT bearer token',
            sink: 'SpeechConfig.fromAuthorizationToken',
            fingerprint: fp(jwt3),
            length: String(jwt3.length),
          },
          suggestions: [],
        },
      ],
    },
    {
      // Speech proxy password: setProxy and setProperty.
      code: `import * as sdk from "microsoft-cognitiveservices-speech-sdk";\nconfig.setProxy("proxy.contoso.com", 8080, "svc", "Pr0xy-Pa55word");\nconfig.setProperty(sdk.PropertyId.SpeechServiceConnection_ProxyPassword, "An0ther-Pa55");`,
      errors: [
        {
          messageId: 'hardcodedCredential',
          data: inSink('Speech', 'password', 'setProxy password', 'Pr0xy-Pa55word'),
          suggestions: [
            useEnv(
              'password',
              'SPEECH_PROXY_PASSWORD',
              `import * as sdk from "microsoft-cognitiveservices-speech-sdk";\nconfig.setProxy("proxy.contoso.com", 8080, "svc", ${ENV('SPEECH_PROXY_PASSWORD')});\nconfig.setProperty(sdk.PropertyId.SpeechServiceConnection_ProxyPassword, "An0ther-Pa55");`,
            ),
          ],
        },
        {
          messageId: 'hardcodedCredential',
          data: inSink('Speech', 'password', 'setProperty(SpeechServiceConnection_ProxyPassword)', 'An0ther-Pa55'),
          suggestions: [
            useEnv(
              'password',
              'SPEECH_PROXY_PASSWORD',
              `import * as sdk from "microsoft-cognitiveservices-speech-sdk";\nconfig.setProxy("proxy.contoso.com", 8080, "svc", "Pr0xy-Pa55word");\nconfig.setProperty(sdk.PropertyId.SpeechServiceConnection_ProxyPassword, ${ENV('SPEECH_PROXY_PASSWORD')});`,
            ),
          ],
        },
      ],
    },
    {
      // Entra ID user password.
      code: `import { UsernamePasswordCredential } from "@azure/identity";\nnew UsernamePasswordCredential(tenantId, clientId, "user@contoso.com", "W1nter-2024!");`,
      errors: [
        {
          messageId: 'hardcodedCredential',
          data: inSink('Entra ID', 'password', 'UsernamePasswordCredential', 'W1nter-2024!'),
          suggestions: [
            useEnv(
              'password',
              'AZURE_PASSWORD',
              `import { UsernamePasswordCredential } from "@azure/identity";\nnew UsernamePasswordCredential(tenantId, clientId, "user@contoso.com", ${ENV('AZURE_PASSWORD')});`,
            ),
          ],
        },
      ],
    },
    {
      // Custom env template.
      code: `import { TableClient } from "@azure/data-tables";\nTableClient.fromConnectionString("${conn4}", "t");`,
      options: [{ envTemplate: 'env.{{name}}' }],
      errors: [
        {
          messageId: 'hardcodedCredential',
          data: inSink('Azure Storage', CONN, 'TableClient.fromConnectionString', keyOf(conn4)),
          suggestions: [
            useEnv(
              CONN,
              'AZURE_STORAGE_CONNECTION_STRING',
              `import { TableClient } from "@azure/data-tables";\nTableClient.fromConnectionString(env.AZURE_STORAGE_CONNECTION_STRING, "t");`,
            ),
          ],
        },
      ],
    },
  ],
});
