import { RuleTester } from '@typescript-eslint/rule-tester';
import rule from '../../src/rules/no-client-exposed-key.js';

const ruleTester = new RuleTester();
const SPEECH = 'import * as sdk from "microsoft-cognitiveservices-speech-sdk";\n';
const CRED = 'import { AzureKeyCredential, TextAnalysisClient } from "@azure/ai-language-text";\n';

ruleTester.run('no-client-exposed-key', rule, {
  valid: [
    // Server-side reads of unprefixed variables.
    `${SPEECH}sdk.SpeechConfig.fromSubscription(process.env.SPEECH_KEY ?? "", process.env.SPEECH_REGION ?? "");`,
    `${CRED}new TextAnalysisClient(process.env.LANGUAGE_ENDPOINT, new AzureKeyCredential(process.env["LANGUAGE_KEY"] || "<your-key>"));`,
    // Public regions and endpoints are fine.
    `${SPEECH}const token = await fetch("/api/token").then((r) => r.text());\nsdk.SpeechConfig.fromAuthorizationToken(token, import.meta.env.VITE_SPEECH_REGION);`,
    `${CRED}new TextAnalysisClient(process.env.NEXT_PUBLIC_LANGUAGE_ENDPOINT, new AzureKeyCredential(process.env.LANGUAGE_KEY));`,
    `import { AzureOpenAI } from "openai";\nnew AzureOpenAI({ endpoint: import.meta.env.VITE_AZURE_OPENAI_ENDPOINT, azureADTokenProvider: provider, dangerouslyAllowBrowser: true });`,
    // A key-named binding alone is not an Azure sink (browser keys for maps and analytics are public by design).
    'const firebase = { apiKey: import.meta.env.VITE_FIREBASE_API_KEY };',
    'const mapsKey = process.env.NEXT_PUBLIC_MAPS_KEY;',
    // Token credentials in the page.
    `${SPEECH}sdk.SpeechConfig.fromAuthorizationToken(await getToken(), "westus");`,
    // Non-prefixed import.meta.env on the server, with the option.
    {
      code: `${CRED}new TextAnalysisClient(ep, new AzureKeyCredential(import.meta.env.LANGUAGE_KEY));`,
      options: [{ anyImportMetaEnv: false }],
    },
    // dangerouslyAllowBrowser on a non-Azure OpenAI-compatible client, or set to false.
    'import OpenAI from "openai";\nnew OpenAI({ baseURL: "http://localhost:11434/v1", apiKey: "ollama", dangerouslyAllowBrowser: true });',
    `import { AzureOpenAI } from "openai";\nnew AzureOpenAI({ apiKey: process.env.AZURE_OPENAI_API_KEY, endpoint, dangerouslyAllowBrowser: false });`,
    // An unrelated module.
    'import { AzureKeyCredential } from "./fakes";\nnew AzureKeyCredential(import.meta.env.VITE_KEY);',
  ],
  invalid: [
    {
      code: `${SPEECH}sdk.SpeechConfig.fromSubscription(import.meta.env.VITE_SPEECH_KEY, import.meta.env.VITE_SPEECH_REGION);`,
      errors: [
        {
          messageId: 'publicKey',
          data: {
            service: 'Speech',
            variable: 'import.meta.env.VITE_SPEECH_KEY',
            sink: 'SpeechConfig.fromSubscription',
          },
          line: 2,
          column: 35,
        },
      ],
    },
    {
      // Through a binding, a renamed import and a credential object.
      code: `import { AzureKeyCredential as Cred, TextAnalysisClient } from "@azure/ai-language-text";\nconst languageKey = process.env.NEXT_PUBLIC_LANGUAGE_KEY;\nconst client = new TextAnalysisClient(ep, new Cred(languageKey));`,
      errors: [
        {
          messageId: 'publicKey',
          data: {
            service: 'Language',
            variable: 'process.env.NEXT_PUBLIC_LANGUAGE_KEY',
            sink: 'TextAnalysisClient (AzureKeyCredential)',
          },
        },
      ],
    },
    {
      // Destructured env and a config object.
      code: `const { REACT_APP_TRANSLATOR_KEY } = process.env;\nconst config = { key: REACT_APP_TRANSLATOR_KEY, region: "westeurope" };\nfetch(url, { headers: { "Ocp-Apim-Subscription-Key": config.key } });`,
      errors: [
        {
          messageId: 'publicKey',
          data: {
            service: 'Azure AI',
            variable: 'process.env.REACT_APP_TRANSLATOR_KEY',
            sink: 'Ocp-Apim-Subscription-Key header',
          },
        },
      ],
    },
    {
      // Any import.meta.env read in a key slot, require, the other prefixes.
      code: `const { AzureKeyCredential } = require("@azure/core-auth");\nnew AzureKeyCredential(import.meta.env.OPENAI_KEY);\nnew AzureKeyCredential(process.env.GATSBY_KEY ?? process.env.EXPO_PUBLIC_KEY);\nnew AzureKeyCredential(process.env["VUE_APP_KEY"]);`,
      errors: [
        {
          messageId: 'publicKey',
          data: { service: 'Azure AI', variable: 'import.meta.env.OPENAI_KEY', sink: 'AzureKeyCredential' },
        },
        {
          messageId: 'publicKey',
          data: { service: 'Azure AI', variable: 'process.env.GATSBY_KEY', sink: 'AzureKeyCredential' },
        },
        {
          messageId: 'publicKey',
          data: { service: 'Azure AI', variable: 'process.env.EXPO_PUBLIC_KEY', sink: 'AzureKeyCredential' },
        },
        {
          messageId: 'publicKey',
          data: { service: 'Azure AI', variable: 'process.env.VUE_APP_KEY', sink: 'AzureKeyCredential' },
        },
      ],
    },
    {
      // Speech browser global, fromEndpoint with a key, Angular and SvelteKit prefixes.
      code: `SpeechSDK.SpeechConfig.fromEndpoint(new URL(u), process.env.NG_APP_SPEECH_KEY);\nconst c = SpeechSDK.SpeechConfig.fromEndpoint(new URL(u));\nc.setProperty(SpeechSDK.PropertyId.SpeechServiceConnection_Key, import.meta.env.PUBLIC_SPEECH_KEY);`,
      errors: [
        {
          messageId: 'publicKey',
          data: { service: 'Speech', variable: 'process.env.NG_APP_SPEECH_KEY', sink: 'SpeechConfig.fromEndpoint' },
        },
        {
          messageId: 'publicKey',
          data: {
            service: 'Speech',
            variable: 'import.meta.env.PUBLIC_SPEECH_KEY',
            sink: 'setProperty(SpeechServiceConnection_Key)',
          },
        },
      ],
    },
    {
      // The openai client in the browser with an Azure key: both problems.
      code: `import { AzureOpenAI } from "openai";\nconst client = new AzureOpenAI({ apiKey: import.meta.env.VITE_AZURE_OPENAI_API_KEY, endpoint, dangerouslyAllowBrowser: true });`,
      errors: [
        {
          messageId: 'publicKey',
          data: { service: 'Azure OpenAI', variable: 'import.meta.env.VITE_AZURE_OPENAI_API_KEY', sink: 'AzureOpenAI' },
        },
        { messageId: 'browserClient', data: { client: 'AzureOpenAI' } },
      ],
    },
    {
      // OpenAI default export pointed at Azure, options built apart from the call.
      code: `import OpenAI from "openai";\nconst options = { baseURL: "https://contoso.openai.azure.com/openai/v1", apiKey: userKey, dangerouslyAllowBrowser: !0 };\nnew OpenAI(options);`,
      errors: [{ messageId: 'browserClient', data: { client: 'OpenAI' }, line: 2 }],
    },
    {
      code: `import { OpenAI } from "openai";\nnew OpenAI({ baseURL, defaultHeaders: { "api-key": k }, dangerouslyAllowBrowser: true });`,
      errors: [{ messageId: 'browserClient', data: { client: 'OpenAI' } }],
    },
  ],
});
