import { RuleTester } from '@typescript-eslint/rule-tester';
import rule from '../../src/rules/prefer-env-config.js';
import { ENV } from '../support/env.js';

const ruleTester = new RuleTester();
const SPEECH = 'import * as sdk from "microsoft-cognitiveservices-speech-sdk";\n';
const LANG = 'import { TextAnalysisClient, AzureKeyCredential } from "@azure/ai-language-text";\n';

ruleTester.run('prefer-env-config', rule, {
  valid: [
    // An i18n dictionary: its keys are phrases (UI text), not key names, whatever their values.
    'const fr = { "Paste your key": "<your key>", "Your subscription key": "your-subscription-key" };',
    // A bare `key` after a dot is no specific key name, though the text gate now reads across the dot.
    'obj.key = "<placeholder>";',
    // A key shown masked (a few real characters visible) is displayed, not waiting for a key.
    `fetch(url, { headers: { "Ocp-Apim-Subscription-Key": "****…a1b2" } }); headers.set("api-key", "xxxx-…-1234");`,
    `${SPEECH}sdk.SpeechConfig.fromSubscription("••••••••1234", process.env.SPEECH_REGION);`,
    // Words inside a random-looking run are no placeholder: a real key (no-hardcoded-key's concern), not this rule's.
    `import { AzureKeyCredential } from "@azure/core-auth";\nnew AzureKeyCredential("q8ZrFoo2LmP0aVt7sWx4Yb1NcTestQ");`,
    // Env reads and Microsoft's sample idiom.
    `${SPEECH}sdk.SpeechConfig.fromSubscription(process.env.SPEECH_KEY, process.env.SPEECH_REGION);`,
    `${SPEECH}sdk.SpeechConfig.fromSubscription(process.env["SPEECH_KEY"] || "<your-key>", process.env["SPEECH_REGION"] || "westus");`,
    `${LANG}const endpoint = process.env["LANGUAGE_ENDPOINT"] || "<cognitive language service endpoint>";\nnew TextAnalysisClient(endpoint, new AzureKeyCredential(process.env["LANGUAGE_KEY"] || "<api key>"));`,
    `const { SPEECH_KEY = "<your-key>" } = process.env;`,
    // Values from parameters and config modules.
    `${LANG}export function make(endpoint: string, key: string) { return new TextAnalysisClient(endpoint, new AzureKeyCredential(key)); }`,
    `${LANG}import config from "./config";\nnew TextAnalysisClient(config.endpoint, new AzureKeyCredential(config.key));`,
    // API versions, deployments, models, voices.
    `import { AzureOpenAI } from "openai";\nnew AzureOpenAI({ apiVersion: "2024-10-21", deployment: "gpt-4o", endpoint: process.env.AZURE_OPENAI_ENDPOINT });`,
    `${SPEECH}const c = sdk.SpeechConfig.fromSubscription(key, region); c.speechSynthesisVoiceName = "en-US-JennyNeural";`,
    // Loopback containers; shared global hosts; non-Azure gateways.
    `${LANG}new TextAnalysisClient("http://localhost:5000", cred);`,
    `${SPEECH}sdk.SpeechConfig.fromHost(new URL("ws://localhost:5000"));`,
    `import createClient from "@azure-rest/ai-translation-text";\ncreateClient("https://api.cognitive.microsofttranslator.com", cred);`,
    `import OpenAI from "openai";\nnew OpenAI({ baseURL: "https://api.openai.com/v1", apiKey: process.env.OPENAI_API_KEY });`,
    // A template built from a variable.
    `${LANG}new TextAnalysisClient(\`https://\${resource}.cognitiveservices.azure.com/\`, cred);`,
    // Bare \`key\` properties and empty strings are not key placeholders.
    `const items = [{ key: "example", label: "Example" }];`,
    `let apiKey = ""; apiKey = await fetchKey();`,
    // Dummies in key-named test bindings are test data.
    `const apiKey = "fake-key";`,
    // Env-var names as strings.
    `const lcSecrets = { azureOpenAIApiKey: "AZURE_OPENAI_API_KEY" };`,
    // openai/realtime/websocket.js: a redaction marker written where the real key was scrubbed, not a placeholder.
    `if (hasApiKey) {\n    url.searchParams.set('api-key', '<REDACTED>');\n}`,
    // Redaction markers where a key is scrubbed from headers or a copy of the config.
    `headers.set("api-key", "[REDACTED]"); req.setHeader("Ocp-Apim-Subscription-Key", "***"); const safe = { ...config, apiKey: "REDACTED" }; logged.headers = { "api-key": "<redacted>" };`,
    // Unrelated module with the same export.
    `import { TextAnalysisClient } from "./fakes";\nnew TextAnalysisClient("https://contoso.cognitiveservices.azure.com/", cred);`,
  ],
  invalid: [
    // Key names whose words are split by a dot, `$` or a double underscore, in a file with no other key word.
    ...[
      {
        code: 'const settings = { "speech.key": "<placeholder>" };',
        literal: '"<placeholder>"',
        sink: '"speech.key" property',
        service: 'Speech',
        name: 'SPEECH_KEY',
      },
      {
        code: 'const speech$key = "xxxx";',
        literal: '"xxxx"',
        sink: '"speech$key" binding',
        service: 'Speech',
        name: 'SPEECH_KEY',
      },
      {
        code: 'const TRANSLATOR__KEY = "<key>";',
        literal: '"<key>"',
        sink: '"TRANSLATOR__KEY" binding',
        service: 'Translator',
        name: 'TRANSLATOR_KEY',
      },
    ].map(({ code, literal, sink, service, name }) => ({
      code,
      errors: [
        {
          messageId: 'placeholderKey' as const,
          data: { service, sink },
          suggestions: [{ messageId: 'useEnv' as const, data: { name }, output: code.replace(literal, ENV(name)) }],
        },
      ],
    })),
    {
      code: `${SPEECH}sdk.SpeechConfig.fromSubscription("YourSubscriptionKey", "westus");`,
      errors: [
        {
          messageId: 'placeholderKey',
          data: { service: 'Speech', sink: 'SpeechConfig.fromSubscription' },
          suggestions: [
            {
              messageId: 'useEnv',
              data: { name: 'SPEECH_KEY' },
              output: `${SPEECH}sdk.SpeechConfig.fromSubscription(${ENV('SPEECH_KEY')}, "westus");`,
            },
          ],
        },
        {
          messageId: 'literalRegion',
          data: { service: 'Speech', sink: 'SpeechConfig.fromSubscription' },
          suggestions: [
            {
              messageId: 'useEnv',
              data: { name: 'SPEECH_REGION' },
              output: `${SPEECH}sdk.SpeechConfig.fromSubscription("YourSubscriptionKey", ${ENV('SPEECH_REGION')});`,
            },
          ],
        },
      ],
    },
    {
      // Through bindings; the name comes from the binding.
      code: `${LANG}const languageEndpoint = "https://contoso-lang.cognitiveservices.azure.com/";\nconst languageKey = "<your-key>";\nnew TextAnalysisClient(languageEndpoint, new AzureKeyCredential(languageKey));`,
      errors: [
        {
          messageId: 'literalEndpoint',
          data: { service: 'Language', sink: 'TextAnalysisClient' },
          suggestions: [
            {
              messageId: 'useEnv',
              data: { name: 'LANGUAGE_ENDPOINT' },
              output: `${LANG}const languageEndpoint = ${ENV('LANGUAGE_ENDPOINT')};\nconst languageKey = "<your-key>";\nnew TextAnalysisClient(languageEndpoint, new AzureKeyCredential(languageKey));`,
            },
          ],
        },
        {
          messageId: 'placeholderKey',
          suggestions: [
            {
              messageId: 'useEnv',
              data: { name: 'LANGUAGE_KEY' },
              output: `${LANG}const languageEndpoint = "https://contoso-lang.cognitiveservices.azure.com/";\nconst languageKey = ${ENV('LANGUAGE_KEY')};\nnew TextAnalysisClient(languageEndpoint, new AzureKeyCredential(languageKey));`,
            },
          ],
        },
      ],
    },
    {
      // Speech fromEndpoint takes a URL object: the literal inside is replaced.
      code: `${SPEECH}sdk.SpeechConfig.fromEndpoint(new URL("wss://westus.stt.speech.microsoft.com/speech/universal/v2"), key);`,
      errors: [
        {
          messageId: 'literalEndpoint',
          data: { service: 'Speech', sink: 'SpeechConfig.fromEndpoint' },
          suggestions: [
            {
              messageId: 'useEnv',
              data: { name: 'SPEECH_ENDPOINT' },
              output: `${SPEECH}sdk.SpeechConfig.fromEndpoint(new URL(${ENV('SPEECH_ENDPOINT')}), key);`,
            },
          ],
        },
      ],
    },
    {
      // openai AzureOpenAI options; envTemplate.
      code: `import { AzureOpenAI } from "openai";\nnew AzureOpenAI({ endpoint: "https://contoso.openai.azure.com/", apiKey: "PASTE_YOUR_KEY_HERE" });`,
      options: [{ envTemplate: 'env.{{name}}' }],
      errors: [
        {
          messageId: 'literalEndpoint',
          data: { service: 'Azure OpenAI', sink: 'AzureOpenAI' },
          suggestions: [
            {
              messageId: 'useEnv',
              data: { name: 'AZURE_OPENAI_ENDPOINT' },
              output: `import { AzureOpenAI } from "openai";\nnew AzureOpenAI({ endpoint: env.AZURE_OPENAI_ENDPOINT, apiKey: "PASTE_YOUR_KEY_HERE" });`,
            },
          ],
        },
        {
          messageId: 'placeholderKey',
          data: { service: 'Azure OpenAI', sink: 'AzureOpenAI' },
          suggestions: [
            {
              messageId: 'useEnv',
              data: { name: 'AZURE_OPENAI_API_KEY' },
              output: `import { AzureOpenAI } from "openai";\nnew AzureOpenAI({ endpoint: "https://contoso.openai.azure.com/", apiKey: env.AZURE_OPENAI_API_KEY });`,
            },
          ],
        },
      ],
    },
    {
      // Dummy in an SDK key slot; require.
      code: `const { AzureKeyCredential } = require("@azure/core-auth");\nnew AzureKeyCredential("dummy-key");`,
      errors: [
        {
          messageId: 'placeholderKey',
          data: { service: 'Azure AI', sink: 'AzureKeyCredential' },
          suggestions: [
            {
              messageId: 'useEnv',
              data: { name: 'AZURE_AI_KEY' },
              output: `const { AzureKeyCredential } = require("@azure/core-auth");\nnew AzureKeyCredential(${ENV('AZURE_AI_KEY')});`,
            },
          ],
        },
      ],
    },
    {
      // A header set on a Headers object (not a query receiver) with a placeholder is still reported.
      code: `const headers = new Headers(); headers.set("api-key", "<your-api-key>"); requestHeaders.append("api-key", "***key***");`,
      errors: [
        {
          messageId: 'placeholderKey',
          data: { service: 'Azure AI', sink: 'api-key header' },
          suggestions: [
            {
              messageId: 'useEnv',
              data: { name: 'AZURE_AI_KEY' },
              output: `const headers = new Headers(); headers.set("api-key", ${ENV('AZURE_AI_KEY')}); requestHeaders.append("api-key", "***key***");`,
            },
          ],
        },
        {
          messageId: 'placeholderKey',
          data: { service: 'Azure AI', sink: 'api-key header' },
          suggestions: [
            {
              messageId: 'useEnv',
              data: { name: 'AZURE_AI_KEY' },
              output: `const headers = new Headers(); headers.set("api-key", "<your-api-key>"); requestHeaders.append("api-key", ${ENV('AZURE_AI_KEY')});`,
            },
          ],
        },
      ],
    },
    {
      // Query parameters by receiver (searchParams, a URLSearchParams binding, params/query names): named so, not "header".
      code: `url.searchParams.set("api-key", "<your-key>"); const q = new URLSearchParams(); q.append("api-key", "YOUR_KEY"); queryParams.set("api-key", "<key>");`,
      errors: [
        {
          messageId: 'placeholderKey',
          data: { service: 'Azure AI', sink: 'api-key query parameter' },
          suggestions: [
            {
              messageId: 'useEnv',
              data: { name: 'AZURE_AI_KEY' },
              output: `url.searchParams.set("api-key", ${ENV('AZURE_AI_KEY')}); const q = new URLSearchParams(); q.append("api-key", "YOUR_KEY"); queryParams.set("api-key", "<key>");`,
            },
          ],
        },
        {
          messageId: 'placeholderKey',
          data: { service: 'Azure AI', sink: 'api-key query parameter' },
          suggestions: [
            {
              messageId: 'useEnv',
              data: { name: 'AZURE_AI_KEY' },
              output: `url.searchParams.set("api-key", "<your-key>"); const q = new URLSearchParams(); q.append("api-key", ${ENV('AZURE_AI_KEY')}); queryParams.set("api-key", "<key>");`,
            },
          ],
        },
        {
          messageId: 'placeholderKey',
          data: { service: 'Azure AI', sink: 'api-key query parameter' },
          suggestions: [
            {
              messageId: 'useEnv',
              data: { name: 'AZURE_AI_KEY' },
              output: `url.searchParams.set("api-key", "<your-key>"); const q = new URLSearchParams(); q.append("api-key", "YOUR_KEY"); queryParams.set("api-key", ${ENV('AZURE_AI_KEY')});`,
            },
          ],
        },
      ],
    },
    {
      // Key header placeholder.
      code: `fetch(url, { headers: { "Ocp-Apim-Subscription-Key": "<subscription key>" } });`,
      errors: [
        {
          messageId: 'placeholderKey',
          data: { service: 'Azure AI', sink: 'Ocp-Apim-Subscription-Key header' },
          suggestions: [
            {
              messageId: 'useEnv',
              data: { name: 'AZURE_AI_KEY' },
              output: `fetch(url, { headers: { "Ocp-Apim-Subscription-Key": ${ENV('AZURE_AI_KEY')} } });`,
            },
          ],
        },
      ],
    },
    {
      // Key-named binding with a placeholder.
      code: `const subscriptionKey = "YOUR_SUBSCRIPTION_KEY";`,
      errors: [
        {
          messageId: 'placeholderKey',
          suggestions: [
            {
              messageId: 'useEnv',
              data: { name: 'AZURE_AI_KEY' },
              output: `const subscriptionKey = ${ENV('AZURE_AI_KEY')};`,
            },
          ],
        },
      ],
    },
    {
      // Region via setProperty and through an object property (the core finds setProperty slots in files that mention a key).
      code: `${SPEECH}const settings = { speechRegion: "eastus2" };\nconfig.setProperty(sdk.PropertyId.SpeechServiceConnection_Key, speechKey);\nconfig.setProperty(sdk.PropertyId.SpeechServiceConnection_Region, settings.speechRegion);`,
      errors: [
        {
          messageId: 'literalRegion',
          suggestions: [
            {
              messageId: 'useEnv',
              data: { name: 'SPEECH_REGION' },
              output: `${SPEECH}const settings = { speechRegion: ${ENV('SPEECH_REGION')} };\nconfig.setProperty(sdk.PropertyId.SpeechServiceConnection_Key, speechKey);\nconfig.setProperty(sdk.PropertyId.SpeechServiceConnection_Region, settings.speechRegion);`,
            },
          ],
        },
      ],
    },
    {
      // An all-caps identifier where the key goes is a placeholder, not an env read.
      code: `import { AzureKeyCredential } from "@azure/core-auth";\nnew AzureKeyCredential("SOME_SECRET_VALUE");`,
      errors: [
        {
          messageId: 'placeholderKey',
          data: { service: 'Azure AI', sink: 'AzureKeyCredential' },
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
      // A mask with no real characters left is a placeholder still.
      code: `fetch(url, { headers: { "api-key": "xxxxxxxx" } });`,
      errors: [
        {
          messageId: 'placeholderKey',
          data: { service: 'Azure AI', sink: 'api-key header' },
          suggestions: [
            {
              messageId: 'useEnv',
              data: { name: 'AZURE_AI_KEY' },
              output: `fetch(url, { headers: { "api-key": ${ENV('AZURE_AI_KEY')} } });`,
            },
          ],
        },
      ],
    },
    {
      // Placeholder endpoint in a REST factory (default import under any name).
      code: `import Vision from "@azure-rest/ai-vision-image-analysis";\nVision("https://<your-resource>.cognitiveservices.azure.com/", cred);`,
      errors: [
        {
          messageId: 'literalEndpoint',
          data: { service: 'Computer Vision', sink: '@azure-rest/ai-vision-image-analysis client' },
          suggestions: [
            {
              messageId: 'useEnv',
              data: { name: 'VISION_ENDPOINT' },
              output: `import Vision from "@azure-rest/ai-vision-image-analysis";\nVision(${ENV('VISION_ENDPOINT')}, cred);`,
            },
          ],
        },
      ],
    },
  ],
});
