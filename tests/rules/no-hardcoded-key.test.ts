import { RuleTester } from '@typescript-eslint/rule-tester';
import rule from '../../src/rules/no-hardcoded-key.js';
import { ENV } from '../support/env.js';
import { fp, identifiableKey, legacyKey } from '../support/keys.js';

const ruleTester = new RuleTester();
/** Full message data for a 32-character key (RuleTester compares the whole message). */
const data = (service: string, sink: string, key: string): Record<string, string> => ({
  service,
  kind: 'key',
  sink,
  fingerprint: fp(key),
  length: String(key.length),
});
const useEnv = (name: string, output: string): { messageId: 'useEnv'; data: { name: string }; output: string } => ({
  messageId: 'useEnv',
  data: { name },
  output,
});

const k1 = legacyKey();
const k2 = legacyKey();
const k3 = legacyKey();
const k4 = legacyKey();
const k5 = legacyKey();
const k6 = legacyKey();
const k7 = legacyKey();
const k8 = legacyKey();
const k9 = legacyKey();
const id1 = identifiableKey('Y');
// Random keys that happen to hold a dummy or placeholder word inside a random-looking run (built at run time).
const wordy1 = `${legacyKey().slice(0, 12)}Test${legacyKey().slice(0, 12)}`;
const wordy2 = `${legacyKey().slice(0, 10)}YourFoo${legacyKey().slice(0, 9)}`;
const id2 = identifiableKey('B');
const m = Array.from({ length: 24 }, () => legacyKey());
const id3 = identifiableKey('F');
const guid = (): string => {
  const h = legacyKey();
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
};
const k = (i: number): string => m[i] ?? '';
const qnaGuid = guid();
const badChecksum = id2.slice(0, 80) + (id2.endsWith('0000') ? '1111' : '0000');

ruleTester.run('no-hardcoded-key', rule, {
  valid: [
    // Env reads, the sample idiom with a placeholder, runtime tokens.
    `import { AzureKeyCredential } from "@azure/core-auth"; new AzureKeyCredential(process.env.LANGUAGE_KEY ?? "");`,
    `import { AzureKeyCredential } from "@azure/core-auth"; new AzureKeyCredential(process.env["LANGUAGE_KEY"] || "<your-key>");`,
    `import * as sdk from "microsoft-cognitiveservices-speech-sdk"; sdk.SpeechConfig.fromSubscription("YourSubscriptionKey", "westus");`,
    `import { AzureKeyCredential } from "@azure/core-auth"; const key = await getKey(); new AzureKeyCredential(key);`,
    // A 32-hex value that is not in a key slot: a hash, an ETag, a request id.
    `const md5 = "${k1}"; const etag = { etag: "${k2}" };`,
    // GUIDs, env names, dummies.
    `const apiKey = "AZURE_OPENAI_API_KEY"; const tenant = "00000000-0000-0000-0000-000000000000";`,
    `import { AzureKeyCredential } from "@azure/core-auth"; new AzureKeyCredential("fakeKey");`,
    `fetch(url, { headers: { "Ocp-Apim-Subscription-Key": "test-key" } });`,
    // A look-alike with a wrong checksum outside key slots is not a live key.
    `const note = "${badChecksum}";`,
    // Allow-listed test value.
    { code: `const speechKey = "${k3}";`, options: [{ allowFingerprints: [fp(k3)] }] },
    // Hashes and ids in hash-named properties, even 32-hex.
    `const blob = { etag: "${k(0)}", md5: "${k(1)}", contentMD5: "${k(2)}" }; const cacheKey = "${k(3)}"; const partitionKey = "${k(4)}";`,
    `fetch(url, { headers: { "X-ConnectionId": "${k(5).toUpperCase()}", "If-Match": "${k(6)}" } });`,
    // GUID tenant and client ids; a GUID is not a key outside a QnA EndpointKey header.
    `import { ClientSecretCredential } from "@azure/identity"; const tenantId = "${guid()}"; new ClientSecretCredential(tenantId, "${guid()}", process.env.AZURE_CLIENT_SECRET);`,
    // LangChain's lc_secrets map names environment variables.
    `class M { get lc_secrets() { return { azureOpenAIApiKey: "AZURE_OPENAI_API_KEY", apiKey: "OPENAI_API_KEY" }; } }`,
    // Masked keys.
    `import { AzureKeyCredential } from "@azure/core-auth"; new AzureKeyCredential("${k(7).slice(0, 4)}************************${k(7).slice(28)}");`,
    `const subscriptionKey = "••••••••••••••••••••••••••••${k(8).slice(28)}";`,
    // Values the user types in.
    `import { AzureKeyCredential } from "@azure/core-auth"; new AzureKeyCredential(input.value);`,
    `import * as sdk from "microsoft-cognitiveservices-speech-sdk"; const key = document.getElementById("key").value; sdk.SpeechConfig.fromSubscription(key, region.value);`,
    // Env reads through import.meta.env and destructuring, placeholders in LangChain and OpenAI options.
    `import { AzureChatOpenAI } from "@langchain/openai"; const { AZURE_OPENAI_API_KEY } = process.env; new AzureChatOpenAI({ azureOpenAIApiKey: AZURE_OPENAI_API_KEY });`,
    `import OpenAI from "openai"; new OpenAI({ baseURL, defaultHeaders: { "api-key": import.meta.env.VITE_AOAI_KEY } });`,
    `import OpenAI from "openai"; new OpenAI({ apiKey: "<your-api-key>" });`,
    // A runtime token in an Authorization header is not a key.
    'fetch(url, { headers: { Authorization: `EndpointKey ${endpointKey}` } });',
    // An unrelated module exporting the same name.
    `import { AzureKeyCredential } from "./my-fakes"; new AzureKeyCredential("q8Zr2LmP0aVt7sWx4Yb1Nc6D");`,
  ],
  invalid: [
    {
      // A word inside a random run does not make a key a dummy or a placeholder (issue 15).
      code: `import { AzureKeyCredential } from "@azure/core-auth";\nnew AzureKeyCredential("${wordy1}"); fetch(u, { headers: { "api-key": "${wordy2}" } });`,
      errors: [
        {
          messageId: 'hardcodedKey',
          data: data('Azure AI', 'AzureKeyCredential', wordy1),
          suggestions: [
            useEnv(
              'AZURE_AI_KEY',
              `import { AzureKeyCredential } from "@azure/core-auth";\nnew AzureKeyCredential(${ENV('AZURE_AI_KEY')}); fetch(u, { headers: { "api-key": "${wordy2}" } });`,
            ),
          ],
        },
        {
          messageId: 'hardcodedKey',
          data: data('Azure AI', 'api-key header', wordy2),
          suggestions: [
            useEnv(
              'AZURE_AI_KEY',
              `import { AzureKeyCredential } from "@azure/core-auth";\nnew AzureKeyCredential("${wordy1}"); fetch(u, { headers: { "api-key": ${ENV('AZURE_AI_KEY')} } });`,
            ),
          ],
        },
      ],
    },
    {
      code: `import { AzureKeyCredential } from "@azure/core-auth";\nnew AzureKeyCredential("${k1}");`,
      errors: [
        {
          messageId: 'hardcodedKey',
          data: { service: 'Azure AI', kind: 'key', sink: 'AzureKeyCredential', fingerprint: fp(k1), length: '32' },
          suggestions: [
            {
              messageId: 'useEnv',
              data: { name: 'AZURE_AI_KEY' },
              output: `import { AzureKeyCredential } from "@azure/core-auth";\nnew AzureKeyCredential(${ENV('AZURE_AI_KEY')});`,
            },
          ],
        },
      ],
    },
    {
      // Renamed import, const binding, client service.
      code: `import { TextAnalysisClient, AzureKeyCredential as Cred } from "@azure/ai-language-text";\nconst languageKey = '${k2}';\nconst c = new TextAnalysisClient(ep, new Cred(languageKey));`,
      errors: [
        {
          messageId: 'hardcodedKey',
          data: {
            service: 'Language',
            kind: 'key',
            sink: 'TextAnalysisClient (AzureKeyCredential)',
            fingerprint: fp(k2),
            length: '32',
          },
          suggestions: [
            {
              messageId: 'useEnv',
              data: { name: 'LANGUAGE_KEY' },
              output: `import { TextAnalysisClient, AzureKeyCredential as Cred } from "@azure/ai-language-text";\nconst languageKey = ${ENV('LANGUAGE_KEY')};\nconst c = new TextAnalysisClient(ep, new Cred(languageKey));`,
            },
          ],
        },
      ],
    },
    {
      // require, namespace, Speech fromSubscription through an object property.
      code: `const sdk = require("microsoft-cognitiveservices-speech-sdk");\nconst settings = { speechKey: "${k3}", region: "westus" };\nsdk.SpeechConfig.fromSubscription(settings.speechKey, settings.region);`,
      errors: [
        {
          messageId: 'hardcodedKey',
          data: {
            service: 'Speech',
            kind: 'key',
            sink: 'SpeechConfig.fromSubscription',
            fingerprint: fp(k3),
            length: '32',
          },
          suggestions: [
            {
              messageId: 'useEnv',
              data: { name: 'SPEECH_KEY' },
              output: `const sdk = require("microsoft-cognitiveservices-speech-sdk");\nconst settings = { speechKey: ${ENV('SPEECH_KEY')}, region: "westus" };\nsdk.SpeechConfig.fromSubscription(settings.speechKey, settings.region);`,
            },
          ],
        },
      ],
    },
    {
      // Fallback after an env read: the suggestion drops the secret.
      code: `import { AzureOpenAI } from "openai";\nnew AzureOpenAI({ apiKey: process.env.AZURE_OPENAI_API_KEY ?? "${k4}", endpoint });`,
      errors: [
        {
          messageId: 'hardcodedKey',
          data: { service: 'Azure OpenAI', kind: 'key', sink: 'AzureOpenAI', fingerprint: fp(k4), length: '32' },
          suggestions: [
            {
              messageId: 'useEnv',
              data: { name: 'AZURE_OPENAI_API_KEY' },
              output: `import { AzureOpenAI } from "openai";\nnew AzureOpenAI({ apiKey: ${ENV('AZURE_OPENAI_API_KEY')}, endpoint });`,
            },
          ],
        },
      ],
    },
    {
      // Key header on fetch, in a header object built apart from the call.
      code: `const headers = { "Ocp-Apim-Subscription-Key": \`${k5}\`, "Content-Type": "application/json" };\nawait fetch(url, { headers });`,
      errors: [
        {
          messageId: 'hardcodedKey',
          data: {
            service: 'Azure AI',
            kind: 'key',
            sink: 'Ocp-Apim-Subscription-Key header',
            fingerprint: fp(k5),
            length: '32',
          },
          suggestions: [
            {
              messageId: 'useEnv',
              output: `const headers = { "Ocp-Apim-Subscription-Key": ${ENV('AZURE_AI_KEY')}, "Content-Type": "application/json" };\nawait fetch(url, { headers });`,
            },
          ],
        },
      ],
    },
    {
      // Header setters and a class field read through this.
      code: `class Client { key = "${k6}"; call(xhr) { xhr.setRequestHeader("api-key", this.key); } }`,
      errors: [
        {
          messageId: 'hardcodedKey',
          data: { service: 'Azure AI', kind: 'key', sink: '"key" field', fingerprint: fp(k6), length: '32' },
          suggestions: [
            {
              messageId: 'useEnv',
              output: `class Client { key = ${ENV('AZURE_AI_KEY')}; call(xhr) { xhr.setRequestHeader("api-key", this.key); } }`,
            },
          ],
        },
      ],
    },
    {
      // A 32-hex value bound to a key-named variable, used nowhere yet.
      code: `let translatorKey;\ntranslatorKey = "${k7}";`,
      errors: [
        {
          messageId: 'hardcodedKey',
          data: {
            service: 'Translator',
            kind: 'key',
            sink: '"translatorKey" binding',
            fingerprint: fp(k7),
            length: '32',
          },
          suggestions: [
            { messageId: 'useEnv', output: `let translatorKey;\ntranslatorKey = ${ENV('TRANSLATOR_KEY')};` },
          ],
        },
      ],
    },
    {
      // REST client, default import under any name, { key, region } credential.
      code: `import Translate from "@azure-rest/ai-translation-text";\nconst client = Translate({ key: "${k8}", region: "westeurope" });`,
      errors: [
        {
          messageId: 'hardcodedKey',
          data: {
            service: 'Translator',
            kind: 'key',
            sink: '@azure-rest/ai-translation-text client',
            fingerprint: fp(k8),
            length: '32',
          },
          suggestions: [
            {
              messageId: 'useEnv',
              output: `import Translate from "@azure-rest/ai-translation-text";\nconst client = Translate({ key: ${ENV('TRANSLATOR_KEY')}, region: "westeurope" });`,
            },
          ],
        },
      ],
    },
    {
      // Speech setProperty with the enum, and the browser global.
      code: `const cfg = SpeechSDK.SpeechConfig.fromEndpoint(new URL(u));\ncfg.setProperty(SpeechSDK.PropertyId.SpeechServiceConnection_Key, "${k9}");`,
      errors: [
        {
          messageId: 'hardcodedKey',
          data: {
            service: 'Speech',
            kind: 'key',
            sink: 'setProperty(SpeechServiceConnection_Key)',
            fingerprint: fp(k9),
            length: '32',
          },
          suggestions: [
            {
              messageId: 'useEnv',
              output: `const cfg = SpeechSDK.SpeechConfig.fromEndpoint(new URL(u));\ncfg.setProperty(SpeechSDK.PropertyId.SpeechServiceConnection_Key, ${ENV('SPEECH_KEY')});`,
            },
          ],
        },
      ],
    },
    {
      // A checksum-valid identifiable key anywhere, even in a comment; its service comes from the key.
      code: `// rotated: ${id1}\nconst x = 1;`,
      errors: [{ messageId: 'keyInText', data: { service: 'Speech', fingerprint: fp(id1) }, suggestions: [] }],
    },
    {
      code: `const value = "${id2}";`,
      errors: [
        {
          messageId: 'keyInText',
          data: { service: 'Azure OpenAI', fingerprint: fp(id2) },
          suggestions: [
            {
              messageId: 'useEnv',
              data: { name: 'AZURE_OPENAI_API_KEY' },
              output: `const value = ${ENV('AZURE_OPENAI_API_KEY')};`,
            },
          ],
        },
      ],
    },
    {
      // A look-alike with a bad checksum in a key slot is still reported.
      code: `import { AzureKeyCredential } from "@azure/core-auth"; new AzureKeyCredential("${badChecksum}");`,
      errors: [
        {
          messageId: 'hardcodedKey',
          data: {
            service: 'Azure OpenAI',
            kind: 'key-shaped value',
            sink: 'AzureKeyCredential',
            fingerprint: fp(badChecksum),
            length: '84',
          },
          suggestions: [
            {
              messageId: 'useEnv',
              output: `import { AzureKeyCredential } from "@azure/core-auth"; new AzureKeyCredential(${ENV('AZURE_OPENAI_API_KEY')});`,
            },
          ],
        },
      ],
    },
    {
      // LangChain azureOpenAIApiKey.
      code: `import { AzureChatOpenAI } from "@langchain/openai";\nnew AzureChatOpenAI({ azureOpenAIApiKey: "${k(9)}", azureOpenAIApiInstanceName: "contoso" });`,
      errors: [
        {
          messageId: 'hardcodedKey',
          data: data('Azure OpenAI', 'AzureChatOpenAI', k(9)),
          suggestions: [
            useEnv(
              'AZURE_OPENAI_API_KEY',
              `import { AzureChatOpenAI } from "@langchain/openai";\nnew AzureChatOpenAI({ azureOpenAIApiKey: ${ENV('AZURE_OPENAI_API_KEY')}, azureOpenAIApiInstanceName: "contoso" });`,
            ),
          ],
        },
      ],
    },
    {
      // ApiKeyCredentials({ inHeader }) through require.
      code: `const msRest = require("@azure/ms-rest-js");\nconst creds = new msRest.ApiKeyCredentials({ inHeader: { "Ocp-Apim-Subscription-Key": "${k(10)}" } });`,
      errors: [
        {
          messageId: 'hardcodedKey',
          data: data('Azure AI', 'Ocp-Apim-Subscription-Key header', k(10)),
          suggestions: [
            useEnv(
              'AZURE_AI_KEY',
              `const msRest = require("@azure/ms-rest-js");\nconst creds = new msRest.ApiKeyCredentials({ inHeader: { "Ocp-Apim-Subscription-Key": ${ENV('AZURE_AI_KEY')} } });`,
            ),
          ],
        },
      ],
    },
    {
      code: `import { CognitiveServicesCredentials } from "@azure/ms-rest-azure-js";\nconst credentials = new CognitiveServicesCredentials("${k(11)}");`,
      errors: [
        {
          messageId: 'hardcodedKey',
          data: data('Azure AI', 'CognitiveServicesCredentials', k(11)),
          suggestions: [
            useEnv(
              'AZURE_AI_KEY',
              `import { CognitiveServicesCredentials } from "@azure/ms-rest-azure-js";\nconst credentials = new CognitiveServicesCredentials(${ENV('AZURE_AI_KEY')});`,
            ),
          ],
        },
      ],
    },
    {
      // SearchClient's third argument.
      code: `import { SearchClient, AzureKeyCredential } from "@azure/search-documents";\nnew SearchClient(endpoint, "hotels", new AzureKeyCredential("${k(12)}"));`,
      errors: [
        {
          messageId: 'hardcodedKey',
          data: data('Azure AI Search', 'SearchClient (AzureKeyCredential)', k(12)),
          suggestions: [
            useEnv(
              'AZURE_SEARCH_API_KEY',
              `import { SearchClient, AzureKeyCredential } from "@azure/search-documents";\nnew SearchClient(endpoint, "hotels", new AzureKeyCredential(${ENV('AZURE_SEARCH_API_KEY')}));`,
            ),
          ],
        },
      ],
    },
    {
      // Speech fromEndpoint / fromHost key argument, CustomCommandsConfig.fromSubscription.
      code: `import { SpeechConfig, SpeechTranslationConfig, CustomCommandsConfig } from "microsoft-cognitiveservices-speech-sdk";\nSpeechConfig.fromEndpoint(new URL(u), "${k(13)}");\nSpeechTranslationConfig.fromHost(new URL(h), "${k(14)}");\nCustomCommandsConfig.fromSubscription(appId, "${k(15)}", "westus");`,
      errors: [
        {
          messageId: 'hardcodedKey',
          data: data('Speech', 'SpeechConfig.fromEndpoint', k(13)),
          suggestions: [
            useEnv(
              'SPEECH_KEY',
              `import { SpeechConfig, SpeechTranslationConfig, CustomCommandsConfig } from "microsoft-cognitiveservices-speech-sdk";\nSpeechConfig.fromEndpoint(new URL(u), ${ENV('SPEECH_KEY')});\nSpeechTranslationConfig.fromHost(new URL(h), "${k(14)}");\nCustomCommandsConfig.fromSubscription(appId, "${k(15)}", "westus");`,
            ),
          ],
        },
        {
          messageId: 'hardcodedKey',
          data: data('Speech', 'SpeechTranslationConfig.fromHost', k(14)),
          suggestions: [
            useEnv(
              'SPEECH_KEY',
              `import { SpeechConfig, SpeechTranslationConfig, CustomCommandsConfig } from "microsoft-cognitiveservices-speech-sdk";\nSpeechConfig.fromEndpoint(new URL(u), "${k(13)}");\nSpeechTranslationConfig.fromHost(new URL(h), ${ENV('SPEECH_KEY')});\nCustomCommandsConfig.fromSubscription(appId, "${k(15)}", "westus");`,
            ),
          ],
        },
        {
          messageId: 'hardcodedKey',
          data: data('Speech', 'CustomCommandsConfig.fromSubscription', k(15)),
          suggestions: [
            useEnv(
              'SPEECH_KEY',
              `import { SpeechConfig, SpeechTranslationConfig, CustomCommandsConfig } from "microsoft-cognitiveservices-speech-sdk";\nSpeechConfig.fromEndpoint(new URL(u), "${k(13)}");\nSpeechTranslationConfig.fromHost(new URL(h), "${k(14)}");\nCustomCommandsConfig.fromSubscription(appId, ${ENV('SPEECH_KEY')}, "westus");`,
            ),
          ],
        },
      ],
    },
    {
      // OpenAI defaultHeaders api-key (default import).
      code: `import OpenAI from "openai";\nnew OpenAI({ baseURL: "https://contoso.openai.azure.com/openai", defaultHeaders: { "api-key": "${k(16)}" } });`,
      errors: [
        {
          messageId: 'hardcodedKey',
          data: data('OpenAI-compatible', 'api-key header', k(16)),
          suggestions: [
            useEnv(
              'AZURE_AI_KEY',
              `import OpenAI from "openai";\nnew OpenAI({ baseURL: "https://contoso.openai.azure.com/openai", defaultHeaders: { "api-key": ${ENV('AZURE_AI_KEY')} } });`,
            ),
          ],
        },
      ],
    },
    {
      // new Headers({...}), .set, .append.
      code: `const h = new Headers({ "Ocp-Apim-Subscription-Key": "${k(17)}" });\nh.set("Prediction-Key", "${k(18)}");\nh.append("Training-Key", "${k(19)}");`,
      errors: [
        {
          messageId: 'hardcodedKey',
          data: data('Azure AI', 'Ocp-Apim-Subscription-Key header', k(17)),
          suggestions: [
            useEnv(
              'AZURE_AI_KEY',
              `const h = new Headers({ "Ocp-Apim-Subscription-Key": ${ENV('AZURE_AI_KEY')} });\nh.set("Prediction-Key", "${k(18)}");\nh.append("Training-Key", "${k(19)}");`,
            ),
          ],
        },
        {
          messageId: 'hardcodedKey',
          data: data('Azure AI', 'Prediction-Key header', k(18)),
          suggestions: [
            useEnv(
              'AZURE_AI_KEY',
              `const h = new Headers({ "Ocp-Apim-Subscription-Key": "${k(17)}" });\nh.set("Prediction-Key", ${ENV('AZURE_AI_KEY')});\nh.append("Training-Key", "${k(19)}");`,
            ),
          ],
        },
        {
          messageId: 'hardcodedKey',
          data: data('Azure AI', 'Training-Key header', k(19)),
          suggestions: [
            useEnv(
              'AZURE_AI_KEY',
              `const h = new Headers({ "Ocp-Apim-Subscription-Key": "${k(17)}" });\nh.set("Prediction-Key", "${k(18)}");\nh.append("Training-Key", ${ENV('AZURE_AI_KEY')});`,
            ),
          ],
        },
      ],
    },
    {
      // Angular HttpHeaders and superagent .set.
      code: `import { HttpHeaders } from "@angular/common/http";\nconst headers = new HttpHeaders().set("Ocp-Apim-Subscription-Key", '${k(20)}');\nsuperagent.post(url).set("api-key", '${k(21)}').send(body);`,
      errors: [
        {
          messageId: 'hardcodedKey',
          data: data('Azure AI', 'Ocp-Apim-Subscription-Key header', k(20)),
          suggestions: [
            useEnv(
              'AZURE_AI_KEY',
              `import { HttpHeaders } from "@angular/common/http";\nconst headers = new HttpHeaders().set("Ocp-Apim-Subscription-Key", ${ENV('AZURE_AI_KEY')});\nsuperagent.post(url).set("api-key", '${k(21)}').send(body);`,
            ),
          ],
        },
        {
          messageId: 'hardcodedKey',
          data: data('Azure AI', 'api-key header', k(21)),
          suggestions: [
            useEnv(
              'AZURE_AI_KEY',
              `import { HttpHeaders } from "@angular/common/http";\nconst headers = new HttpHeaders().set("Ocp-Apim-Subscription-Key", '${k(20)}');\nsuperagent.post(url).set("api-key", ${ENV('AZURE_AI_KEY')}).send(body);`,
            ),
          ],
        },
      ],
    },
    {
      // axios.defaults.headers.common[...] = and headers[name] = with the name in a const.
      code: `axios.defaults.headers.common["api-key"] = "${k(22)}";\nconst HEADER = "Ocp-Apim-Subscription-Key";\nconst headers = {};\nheaders[HEADER] = "${k(23)}";`,
      errors: [
        {
          messageId: 'hardcodedKey',
          data: data('Azure AI', 'api-key header', k(22)),
          suggestions: [
            useEnv(
              'AZURE_AI_KEY',
              `axios.defaults.headers.common["api-key"] = ${ENV('AZURE_AI_KEY')};\nconst HEADER = "Ocp-Apim-Subscription-Key";\nconst headers = {};\nheaders[HEADER] = "${k(23)}";`,
            ),
          ],
        },
        {
          messageId: 'hardcodedKey',
          data: data('Azure AI', 'Ocp-Apim-Subscription-Key header', k(23)),
          suggestions: [
            useEnv(
              'AZURE_AI_KEY',
              `axios.defaults.headers.common["api-key"] = "${k(22)}";\nconst HEADER = "Ocp-Apim-Subscription-Key";\nconst headers = {};\nheaders[HEADER] = ${ENV('AZURE_AI_KEY')};`,
            ),
          ],
        },
      ],
    },
    {
      // var and an implicit global, used by a REST client reached through require(...).default.
      code: `var visionKey = "${k(0)}";\nendpointKey2 = "${k(1)}";\nconst createClient = require("@azure-rest/ai-vision-image-analysis").default;\ncreateClient(endpoint, { key: visionKey });`,
      errors: [
        {
          messageId: 'hardcodedKey',
          data: data('Computer Vision', '@azure-rest/ai-vision-image-analysis client', k(0)),
          suggestions: [
            useEnv(
              'VISION_KEY',
              `var visionKey = ${ENV('VISION_KEY')};\nendpointKey2 = "${k(1)}";\nconst createClient = require("@azure-rest/ai-vision-image-analysis").default;\ncreateClient(endpoint, { key: visionKey });`,
            ),
          ],
        },
        {
          messageId: 'hardcodedKey',
          data: data('Azure AI', '"endpointKey2" binding', k(1)),
          suggestions: [
            useEnv(
              'ENDPOINT_KEY2',
              `var visionKey = "${k(0)}";\nendpointKey2 = ${ENV('ENDPOINT_KEY2')};\nconst createClient = require("@azure-rest/ai-vision-image-analysis").default;\ncreateClient(endpoint, { key: visionKey });`,
            ),
          ],
        },
      ],
    },
    {
      // import.meta.env fallback, namespace import.
      code: `import * as sdk from "microsoft-cognitiveservices-speech-sdk";\nsdk.SpeechConfig.fromSubscription(import.meta.env.VITE_SPEECH_KEY || "${k(2)}", "westus");`,
      errors: [
        {
          messageId: 'hardcodedKey',
          data: data('Speech', 'SpeechConfig.fromSubscription', k(2)),
          suggestions: [
            useEnv(
              'VITE_SPEECH_KEY',
              `import * as sdk from "microsoft-cognitiveservices-speech-sdk";\nsdk.SpeechConfig.fromSubscription(import.meta.env.VITE_SPEECH_KEY, "westus");`,
            ),
          ],
        },
      ],
    },
    {
      // Namespace import of a track 2 client.
      code: `import * as ta from "@azure/ai-text-analytics";\nnew ta.TextAnalyticsClient(endpoint, new ta.AzureKeyCredential("${k(3)}"));`,
      errors: [
        {
          messageId: 'hardcodedKey',
          data: data('Language', 'TextAnalyticsClient (AzureKeyCredential)', k(3)),
          suggestions: [
            useEnv(
              'LANGUAGE_KEY',
              `import * as ta from "@azure/ai-text-analytics";\nnew ta.TextAnalyticsClient(endpoint, new ta.AzureKeyCredential(${ENV('LANGUAGE_KEY')}));`,
            ),
          ],
        },
      ],
    },
    {
      // An identifiable key inside a template literal with expressions.
      code: `const url = \`\${base}/analyze?key=${id3}&lang=\${lang}\`;`,
      errors: [{ messageId: 'keyInText', data: { service: 'Computer Vision', fingerprint: fp(id3) }, suggestions: [] }],
    },
    {
      // QnA Maker EndpointKey authorization (its keys are GUID-shaped).
      code: `const g = "EndpointKey ${k(4)}";\nfetch(url, { headers: { Authorization: "EndpointKey ${k(5)}" } });`,
      errors: [
        {
          messageId: 'hardcodedKey',
          data: data('QnA Maker', 'Authorization: EndpointKey header', k(5)),
          suggestions: [
            useEnv(
              'AZURE_AI_KEY',
              `const g = "EndpointKey ${k(4)}";\nfetch(url, { headers: { Authorization: \`EndpointKey \${${ENV('AZURE_AI_KEY')}}\` } });`,
            ),
          ],
        },
      ],
    },
    {
      code: `const g = guidKey;\nxhr.setRequestHeader("Authorization", "EndpointKey ${qnaGuid}");`,
      errors: [
        {
          messageId: 'hardcodedKey',
          data: data('QnA Maker', 'Authorization: EndpointKey header', qnaGuid),
          suggestions: [
            useEnv(
              'AZURE_AI_KEY',
              `const g = guidKey;\nxhr.setRequestHeader("Authorization", \`EndpointKey \${${ENV('AZURE_AI_KEY')}}\`);`,
            ),
          ],
        },
      ],
    },
    {
      // Custom env template.
      code: `const speechKey = "${k1}";`,
      options: [{ envTemplate: 'env.{{name}}' }],
      errors: [
        {
          messageId: 'hardcodedKey',
          suggestions: [{ messageId: 'useEnv', output: 'const speechKey = env.SPEECH_KEY;' }],
        },
      ],
    },
  ],
});
