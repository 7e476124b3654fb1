import { RuleTester } from '@typescript-eslint/rule-tester';
import rule from '../../src/rules/no-hardcoded-key.js';
import { fp, identifiableKey, legacyKey } from '../support/keys.js';

const ruleTester = new RuleTester();
const ENV = (name: string): string => `(process.env.${name} ?? (() => { throw new Error("${name} is not set"); })())`;

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
const id2 = identifiableKey('B');
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
    // An unrelated module exporting the same name.
    `import { AzureKeyCredential } from "./my-fakes"; new AzureKeyCredential("q8Zr2LmP0aVt7sWx4Yb1Nc6D");`,
  ],
  invalid: [
    {
      code: `import { AzureKeyCredential } from "@azure/core-auth";\nnew AzureKeyCredential("${k1}");`,
      errors: [
        {
          messageId: 'hardcodedKey',
          data: { service: 'Azure AI', kind: 'key', sink: 'AzureKeyCredential', fingerprint: fp(k1), length: '32' },
          suggestions: [{ messageId: 'useEnv', data: { name: 'AZURE_AI_KEY' }, output: `import { AzureKeyCredential } from "@azure/core-auth";\nnew AzureKeyCredential(${ENV('AZURE_AI_KEY')});` }],
        },
      ],
    },
    {
      // Renamed import, const binding, client service.
      code: `import { TextAnalysisClient, AzureKeyCredential as Cred } from "@azure/ai-language-text";\nconst languageKey = '${k2}';\nconst c = new TextAnalysisClient(ep, new Cred(languageKey));`,
      errors: [
        {
          messageId: 'hardcodedKey',
          data: { service: 'Language', kind: 'key', sink: 'TextAnalysisClient (AzureKeyCredential)', fingerprint: fp(k2), length: '32' },
          suggestions: [{ messageId: 'useEnv', data: { name: 'LANGUAGE_KEY' }, output: `import { TextAnalysisClient, AzureKeyCredential as Cred } from "@azure/ai-language-text";\nconst languageKey = ${ENV('LANGUAGE_KEY')};\nconst c = new TextAnalysisClient(ep, new Cred(languageKey));` }],
        },
      ],
    },
    {
      // require, namespace, Speech fromSubscription through an object property.
      code: `const sdk = require("microsoft-cognitiveservices-speech-sdk");\nconst settings = { speechKey: "${k3}", region: "westus" };\nsdk.SpeechConfig.fromSubscription(settings.speechKey, settings.region);`,
      errors: [
        {
          messageId: 'hardcodedKey',
          data: { service: 'Speech', kind: 'key', sink: 'SpeechConfig.fromSubscription', fingerprint: fp(k3), length: '32' },
          suggestions: [{ messageId: 'useEnv', data: { name: 'SPEECH_KEY' }, output: `const sdk = require("microsoft-cognitiveservices-speech-sdk");\nconst settings = { speechKey: ${ENV('SPEECH_KEY')}, region: "westus" };\nsdk.SpeechConfig.fromSubscription(settings.speechKey, settings.region);` }],
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
          suggestions: [{ messageId: 'useEnv', data: { name: 'AZURE_OPENAI_API_KEY' }, output: `import { AzureOpenAI } from "openai";\nnew AzureOpenAI({ apiKey: ${ENV('AZURE_OPENAI_API_KEY')}, endpoint });` }],
        },
      ],
    },
    {
      // Key header on fetch, in a header object built apart from the call.
      code: `const headers = { "Ocp-Apim-Subscription-Key": \`${k5}\`, "Content-Type": "application/json" };\nawait fetch(url, { headers });`,
      errors: [{ messageId: 'hardcodedKey', data: { service: 'Azure AI', kind: 'key', sink: 'Ocp-Apim-Subscription-Key header', fingerprint: fp(k5), length: '32' }, suggestions: [{ messageId: 'useEnv', output: `const headers = { "Ocp-Apim-Subscription-Key": ${ENV('AZURE_AI_KEY')}, "Content-Type": "application/json" };\nawait fetch(url, { headers });` }] }],
    },
    {
      // Header setters and a class field read through this.
      code: `class Client { key = "${k6}"; call(xhr) { xhr.setRequestHeader("api-key", this.key); } }`,
      errors: [{ messageId: 'hardcodedKey', data: { service: 'Azure AI', kind: 'key', sink: '"key" field', fingerprint: fp(k6), length: '32' }, suggestions: [{ messageId: 'useEnv', output: `class Client { key = ${ENV('AZURE_AI_KEY')}; call(xhr) { xhr.setRequestHeader("api-key", this.key); } }` }] }],
    },
    {
      // A 32-hex value bound to a key-named variable, used nowhere yet.
      code: `let translatorKey;\ntranslatorKey = "${k7}";`,
      errors: [{ messageId: 'hardcodedKey', data: { service: 'Translator', kind: 'key', sink: '"translatorKey" binding', fingerprint: fp(k7), length: '32' }, suggestions: [{ messageId: 'useEnv', output: `let translatorKey;\ntranslatorKey = ${ENV('TRANSLATOR_KEY')};` }] }],
    },
    {
      // REST client, default import under any name, { key, region } credential.
      code: `import Translate from "@azure-rest/ai-translation-text";\nconst client = Translate({ key: "${k8}", region: "westeurope" });`,
      errors: [{ messageId: 'hardcodedKey', data: { service: 'Translator', kind: 'key', sink: '@azure-rest/ai-translation-text client', fingerprint: fp(k8), length: '32' }, suggestions: [{ messageId: 'useEnv', output: `import Translate from "@azure-rest/ai-translation-text";\nconst client = Translate({ key: ${ENV('TRANSLATOR_KEY')}, region: "westeurope" });` }] }],
    },
    {
      // Speech setProperty with the enum, and the browser global.
      code: `const cfg = SpeechSDK.SpeechConfig.fromEndpoint(new URL(u));\ncfg.setProperty(SpeechSDK.PropertyId.SpeechServiceConnection_Key, "${k9}");`,
      errors: [{ messageId: 'hardcodedKey', data: { service: 'Speech', kind: 'key', sink: 'setProperty(SpeechServiceConnection_Key)', fingerprint: fp(k9), length: '32' }, suggestions: [{ messageId: 'useEnv', output: `const cfg = SpeechSDK.SpeechConfig.fromEndpoint(new URL(u));\ncfg.setProperty(SpeechSDK.PropertyId.SpeechServiceConnection_Key, ${ENV('SPEECH_KEY')});` }] }],
    },
    {
      // A checksum-valid identifiable key anywhere, even in a comment; its service comes from the key.
      code: `// rotated: ${id1}\nconst x = 1;`,
      errors: [{ messageId: 'keyInText', data: { service: 'Speech', fingerprint: fp(id1) }, suggestions: [] }],
    },
    {
      code: `const value = "${id2}";`,
      errors: [{ messageId: 'keyInText', data: { service: 'Azure OpenAI', fingerprint: fp(id2) }, suggestions: [{ messageId: 'useEnv', data: { name: 'AZURE_OPENAI_API_KEY' }, output: `const value = ${ENV('AZURE_OPENAI_API_KEY')};` }] }],
    },
    {
      // A look-alike with a bad checksum in a key slot is still reported.
      code: `import { AzureKeyCredential } from "@azure/core-auth"; new AzureKeyCredential("${badChecksum}");`,
      errors: [{ messageId: 'hardcodedKey', data: { service: 'Azure OpenAI', kind: 'key-shaped value', sink: 'AzureKeyCredential', fingerprint: fp(badChecksum), length: '84' }, suggestions: [{ messageId: 'useEnv', output: `import { AzureKeyCredential } from "@azure/core-auth"; new AzureKeyCredential(${ENV('AZURE_OPENAI_API_KEY')});` }] }],
    },
    {
      // Custom env template.
      code: `const speechKey = "${k1}";`,
      options: [{ envTemplate: 'env.{{name}}' }],
      errors: [{ messageId: 'hardcodedKey', suggestions: [{ messageId: 'useEnv', output: 'const speechKey = env.SPEECH_KEY;' }] }],
    },
  ],
});
