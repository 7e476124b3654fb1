import { RuleTester } from '@typescript-eslint/rule-tester';
import noHardcodedKey from '../../src/rules/no-hardcoded-key.js';
import noKeyInQuery from '../../src/rules/no-key-in-query.js';
import preferEntraId from '../../src/rules/prefer-entra-id.js';
import { ENV } from '../support/env.js';
import { fp, legacyKey } from '../support/keys.js';

// Issue 15: more places keys go (header pairs, browser globals, legacy clients) and precision (services without
// Entra ID, token values, test assertions, the Speech SDK's own source). Keys are built at run time.
const ruleTester = new RuleTester();
const data = (service: string, sink: string, key: string): Record<string, string> => ({
  service,
  kind: 'key',
  sink,
  fingerprint: fp(key),
  length: String(key.length),
});
const keys = Array.from({ length: 12 }, () => legacyKey());
const k = (i: number): string => keys[i] ?? '';
const env = (name: string): string => ENV(name);
/** Header forms from real code; each takes the value's source text. */
const HEADER_FORMS: readonly ((v: string) => string)[] = [
  (v) => `const api = axios.create({ baseURL, headers: { "Ocp-Apim-Subscription-Key": ${v} } });`,
  (v) => `axios.defaults.headers.common["api-key"] = ${v};`,
  (v) =>
    `axios.interceptors.request.use((config) => { config.headers["Ocp-Apim-Subscription-Key"] = ${v}; return config; });`,
  (v) => `$.ajax({ url, beforeSend: (xhr) => xhr.setRequestHeader("Ocp-Apim-Subscription-Key", ${v}) });`,
  (v) => `this.http.get(url, { headers: new HttpHeaders().set("Ocp-Apim-Subscription-Key", ${v}) });`,
];
const HEADER_NAMES = [
  'Ocp-Apim-Subscription-Key',
  'api-key',
  'Ocp-Apim-Subscription-Key',
  'Ocp-Apim-Subscription-Key',
  'Ocp-Apim-Subscription-Key',
];
const RETIRED_BING =
  'the Bing Search APIs were retired on 11 August 2025; Grounding with Bing Search in Azure AI Agents replaces them';

ruleTester.run('no-hardcoded-key: more places keys go', noHardcodedKey, {
  valid: [
    // A pair whose name is no key header.
    `fetch(u, { headers: [["x-request-id", "${k(0)}"]] }); new Map([["cacheKey", "${k(0)}"]]);`,
  ],
  invalid: [
    {
      code: `fetch(u, { headers: [["Ocp-Apim-Subscription-Key", "${k(1)}"]] });\nconst h = new Headers([["api-key", "${k(2)}"]]);`,
      errors: [
        {
          messageId: 'hardcodedKey',
          data: data('Azure AI', 'Ocp-Apim-Subscription-Key header', k(1)),
          suggestions: [
            {
              messageId: 'useEnv',
              data: { name: 'AZURE_AI_KEY' },
              output: `fetch(u, { headers: [["Ocp-Apim-Subscription-Key", ${env('AZURE_AI_KEY')}]] });\nconst h = new Headers([["api-key", "${k(2)}"]]);`,
            },
          ],
        },
        {
          messageId: 'hardcodedKey',
          data: data('Azure AI', 'api-key header', k(2)),
          suggestions: [
            {
              messageId: 'useEnv',
              data: { name: 'AZURE_AI_KEY' },
              output: `fetch(u, { headers: [["Ocp-Apim-Subscription-Key", "${k(1)}"]] });\nconst h = new Headers([["api-key", ${env('AZURE_AI_KEY')}]]);`,
            },
          ],
        },
      ],
    },
    {
      // Header forms of the HTTP clients real code uses.
      code: HEADER_FORMS.map((form, i) => form(`"${k(i)}"`)).join('\n'),
      errors: HEADER_FORMS.map((form, i) => ({
        messageId: 'hardcodedKey' as const,
        data: data('Azure AI', `${HEADER_NAMES[i] ?? ''} header`, k(i)),
        suggestions: [
          {
            messageId: 'useEnv' as const,
            data: { name: 'AZURE_AI_KEY' },
            output: HEADER_FORMS.map((f, j) => f(j === i ? env('AZURE_AI_KEY') : `"${k(j)}"`)).join('\n'),
          },
        ],
      })),
    },
    {
      // `globalThis.SpeechSDK` and a `/* global SpeechSDK */` comment.
      code: `/* global SpeechSDK */\nSpeechSDK.SpeechConfig.fromSubscription("${k(5)}", "westus");\nglobalThis.SpeechSDK.SpeechTranslationConfig.fromSubscription("${k(6)}", "westus");`,
      errors: [
        {
          messageId: 'hardcodedKey',
          data: data('Speech', 'SpeechConfig.fromSubscription', k(5)),
          suggestions: [
            {
              messageId: 'useEnv',
              data: { name: 'SPEECH_KEY' },
              output: `/* global SpeechSDK */\nSpeechSDK.SpeechConfig.fromSubscription(${env('SPEECH_KEY')}, "westus");\nglobalThis.SpeechSDK.SpeechTranslationConfig.fromSubscription("${k(6)}", "westus");`,
            },
          ],
        },
        {
          messageId: 'hardcodedKey',
          data: data('Speech', 'SpeechTranslationConfig.fromSubscription', k(6)),
          suggestions: [
            {
              messageId: 'useEnv',
              data: { name: 'SPEECH_KEY' },
              output: `/* global SpeechSDK */\nSpeechSDK.SpeechConfig.fromSubscription("${k(5)}", "westus");\nglobalThis.SpeechSDK.SpeechTranslationConfig.fromSubscription(${env('SPEECH_KEY')}, "westus");`,
            },
          ],
        },
      ],
    },
    {
      // Face and LUIS legacy clients with CognitiveServicesCredentials / ApiKeyCredentials.
      code: `import { FaceClient } from "@azure/cognitiveservices-face";\nimport { CognitiveServicesCredentials } from "@azure/ms-rest-azure-js";\nnew FaceClient(new CognitiveServicesCredentials("${k(7)}"), endpoint);`,
      errors: [
        {
          messageId: 'hardcodedKey',
          data: data('Face', 'FaceClient (CognitiveServicesCredentials)', k(7)),
          suggestions: [
            {
              messageId: 'useEnv',
              data: { name: 'FACE_APIKEY' },
              output: `import { FaceClient } from "@azure/cognitiveservices-face";\nimport { CognitiveServicesCredentials } from "@azure/ms-rest-azure-js";\nnew FaceClient(new CognitiveServicesCredentials(${env('FACE_APIKEY')}), endpoint);`,
            },
          ],
        },
      ],
    },
    {
      // The browser bundle's global through `window` (no browser globals configured).
      code: `const c = window.SpeechSDK.SpeechConfig.fromSubscription("${k(3)}", "westus");`,
      errors: [
        {
          messageId: 'hardcodedKey',
          data: data('Speech', 'SpeechConfig.fromSubscription', k(3)),
          suggestions: [
            {
              messageId: 'useEnv',
              data: { name: 'SPEECH_KEY' },
              output: `const c = window.SpeechSDK.SpeechConfig.fromSubscription(${env('SPEECH_KEY')}, "westus");`,
            },
          ],
        },
      ],
    },
    {
      // Legacy Custom Vision clients: the raw key (old package) and ApiKeyCredentials.
      code: `const { TrainingAPIClient } = require("azure-cognitiveservices-customvision-training");\nconst trainer = new TrainingAPIClient("${k(4)}", endpoint);`,
      errors: [
        {
          messageId: 'hardcodedKey',
          data: data('Custom Vision training', 'TrainingAPIClient', k(4)),
          suggestions: [
            {
              messageId: 'useEnv',
              data: { name: 'AZURE_AI_KEY' },
              output: `const { TrainingAPIClient } = require("azure-cognitiveservices-customvision-training");\nconst trainer = new TrainingAPIClient(${env('AZURE_AI_KEY')}, endpoint);`,
            },
          ],
        },
      ],
    },
  ],
});

const BING =
  'import { WebSearchClient } from "@azure/cognitiveservices-websearch";\nimport { ApiKeyCredentials } from "@azure/ms-rest-js";\n';
const CV =
  'import { PredictionAPIClient } from "@azure/cognitiveservices-customvision-prediction";\nimport { ApiKeyCredentials } from "@azure/ms-rest-js";\n';

ruleTester.run('prefer-entra-id: services, tokens, assertions', preferEntraId, {
  valid: [
    // Test assertions about a request are not requests.
    `expect(fetch).toHaveBeenCalledWith(url, { headers: { "Ocp-Apim-Subscription-Key": process.env.KEY } });\nexpect(headers).toEqual({ "api-key": key });\nassert.deepStrictEqual(sent, { headers: { "api-key": key } });`,
    // A key header carrying a token from a credential.
    `const t = await credential.getToken("https://cognitiveservices.azure.com/.default");\nfetch(url, { headers: { "api-key": t.token } });`,
    `import { AzureOpenAI } from "openai";\nnew AzureOpenAI({ endpoint, apiKey: (await credential.getToken(scope)).token });`,
    // The Speech SDK's own source implements fromSubscription.
    `import { PropertyId } from "./sdk/Exports";\nexport class SpeechConfigImpl { static fromSubscription(key, region) { const c = new SpeechConfigImpl(); c.setProperty(PropertyId.SpeechServiceConnection_Key, key); return c; } }`,
  ],
  invalid: [
    {
      // Custom Vision accepts Entra ID: the key credential is reported.
      code: `${CV}new PredictionAPIClient(new ApiKeyCredentials({ inHeader: { "Prediction-key": process.env.PREDICTION_KEY } }), endpoint);`,
      errors: [{ messageId: 'keyAuth', data: { what: 'ApiKeyCredentials' } }],
    },
    {
      // Bing Search has no Entra ID: only Microsoft's retirement note.
      code: `${BING}const client = new WebSearchClient(new ApiKeyCredentials({ inHeader: { "Ocp-Apim-Subscription-Key": process.env.BING_KEY } }));`,
      errors: [
        {
          messageId: 'retiredService',
          data: { what: 'ApiKeyCredentials', service: 'Bing Search', note: RETIRED_BING },
        },
      ],
    },
    {
      code: `fetch("https://api.bing.microsoft.com/v7.0/search?q=" + q, { headers: { "Ocp-Apim-Subscription-Key": process.env.BING_KEY } });\nfetch(visionUrl, { headers: { "Ocp-Apim-Subscription-Key": process.env.VISION_KEY } });`,
      errors: [
        {
          messageId: 'retiredService',
          data: { what: 'The Ocp-Apim-Subscription-Key header', service: 'Bing Search', note: RETIRED_BING },
        },
        { messageId: 'keyAuth', data: { what: 'The Ocp-Apim-Subscription-Key header' } },
      ],
    },
  ],
});

ruleTester.run('no-key-in-query: assertions are not requests', noKeyInQuery, {
  valid: [
    `expect(fetch).toHaveBeenCalledWith("https://contoso.cognitiveservices.azure.com/vision?subscription-key=" + key);`,
    `expect(axios.get).toHaveBeenCalledWith(url, { params: { "subscription-key": key } });`,
  ],
  invalid: [
    {
      code: `fetch("https://contoso.cognitiveservices.azure.com/vision?subscription-key=" + key);`,
      errors: [{ messageId: 'keyInUrl', data: { param: 'subscription-key', header: 'Ocp-Apim-Subscription-Key' } }],
    },
  ],
});
