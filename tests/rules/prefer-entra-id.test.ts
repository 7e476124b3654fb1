import { RuleTester } from '@typescript-eslint/rule-tester';
import rule from '../../src/rules/prefer-entra-id.js';

const ruleTester = new RuleTester();
const PROVIDER =
  'azureADTokenProvider: getBearerTokenProvider(new DefaultAzureCredential(), "https://cognitiveservices.azure.com/.default")';

ruleTester.run('prefer-entra-id', rule, {
  valid: [
    // Clients already on a token credential.
    'import { TextAnalysisClient } from "@azure/ai-language-text";\nimport { DefaultAzureCredential } from "@azure/identity";\nnew TextAnalysisClient(endpoint, new DefaultAzureCredential());',
    `import { AzureOpenAI } from "openai";\nimport { DefaultAzureCredential, getBearerTokenProvider } from "@azure/identity";\nnew AzureOpenAI({ endpoint, ${PROVIDER} });`,
    'import * as sdk from "microsoft-cognitiveservices-speech-sdk";\nsdk.SpeechConfig.fromEndpoint(new URL(endpoint), new ManagedIdentityCredential());',
    'import * as sdk from "microsoft-cognitiveservices-speech-sdk";\nsdk.SpeechConfig.fromEndpoint(new URL(endpoint));\nsdk.SpeechConfig.fromAuthorizationToken(token, region);',
    'import * as sdk from "microsoft-cognitiveservices-speech-sdk";\nsdk.SpeechConfig.fromEndpoint(new URL(endpoint), credential);',
    // Zero-argument AzureOpenAI and the non-Azure OpenAI client.
    'import { AzureOpenAI } from "openai";\nnew AzureOpenAI();',
    'import OpenAI from "openai";\nnew OpenAI({ apiKey: process.env.OPENAI_API_KEY });',
    'import { ChatOpenAI } from "@langchain/openai";\nnew ChatOpenAI({ apiKey: process.env.OPENAI_API_KEY });',
    // Names from unrelated modules; other headers.
    'import { AzureKeyCredential } from "./fakes";\nnew AzureKeyCredential(k);',
    'fetch(url, { headers: { "Content-Type": "application/json", "Ocp-Apim-Subscription-Region": region } });',
  ],
  invalid: [
    {
      // Key credential inside a client: replaced, import added after the others; even from the environment.
      code: 'import { AzureKeyCredential, TextAnalysisClient } from "@azure/ai-language-text";\nconst client = new TextAnalysisClient(endpoint, new AzureKeyCredential(process.env.LANGUAGE_KEY ?? ""));',
      errors: [
        {
          messageId: 'keyAuth',
          data: { what: 'AzureKeyCredential' },
          suggestions: [
            {
              messageId: 'useDefaultAzureCredential',
              output:
                'import { AzureKeyCredential, TextAnalysisClient } from "@azure/ai-language-text";\nimport { DefaultAzureCredential } from "@azure/identity";\nconst client = new TextAnalysisClient(endpoint, new DefaultAzureCredential());',
            },
          ],
        },
      ],
    },
    {
      // An existing @azure/identity import is extended; a REST factory.
      code: 'import createClient from "@azure-rest/ai-content-safety";\nimport { AzureKeyCredential } from "@azure/core-auth";\nimport { ClientSecretCredential } from "@azure/identity";\nconst client = createClient(endpoint, new AzureKeyCredential(key));',
      errors: [
        {
          messageId: 'keyAuth',
          data: { what: 'AzureKeyCredential' },
          suggestions: [
            {
              messageId: 'useDefaultAzureCredential',
              output:
                'import createClient from "@azure-rest/ai-content-safety";\nimport { AzureKeyCredential } from "@azure/core-auth";\nimport { ClientSecretCredential, DefaultAzureCredential } from "@azure/identity";\nconst client = createClient(endpoint, new DefaultAzureCredential());',
            },
          ],
        },
      ],
    },
    {
      // CommonJS: a require is added after the last one.
      code: 'const { SearchClient, AzureKeyCredential } = require("@azure/search-documents");\nconst client = new SearchClient(endpoint, "hotels", new AzureKeyCredential(process.env.AZURE_SEARCH_API_KEY));',
      errors: [
        {
          messageId: 'keyAuth',
          suggestions: [
            {
              messageId: 'useDefaultAzureCredential',
              output:
                'const { SearchClient, AzureKeyCredential } = require("@azure/search-documents");\nconst { DefaultAzureCredential } = require("@azure/identity");\nconst client = new SearchClient(endpoint, "hotels", new DefaultAzureCredential());',
            },
          ],
        },
      ],
    },
    {
      code: 'import * as identity from "@azure/identity";\nimport { DocumentAnalysisClient, AzureKeyCredential } from "@azure/ai-form-recognizer";\nnew DocumentAnalysisClient(endpoint, new AzureKeyCredential(key));',
      errors: [
        {
          messageId: 'keyAuth',
          suggestions: [
            {
              messageId: 'useDefaultAzureCredential',
              output:
                'import * as identity from "@azure/identity";\nimport { DocumentAnalysisClient, AzureKeyCredential } from "@azure/ai-form-recognizer";\nnew DocumentAnalysisClient(endpoint, new identity.DefaultAzureCredential());',
            },
          ],
        },
      ],
    },
    {
      // A key credential kept in a binding: reported, no mechanical edit.
      code: 'import { AzureKeyCredential } from "@azure/core-auth";\nconst credential = new AzureKeyCredential(key);\ncredential.update(next);',
      errors: [{ messageId: 'keyAuth', data: { what: 'AzureKeyCredential' }, suggestions: [] }],
    },
    {
      // AzureOpenAI apiKey → azureADTokenProvider, both imports added.
      code: 'import { AzureOpenAI } from "openai";\nconst client = new AzureOpenAI({ endpoint, apiKey: process.env.AZURE_OPENAI_API_KEY, apiVersion });',
      errors: [
        {
          messageId: 'keyAuth',
          data: { what: 'AzureOpenAI `apiKey`' },
          suggestions: [
            {
              messageId: 'useTokenProvider',
              data: { scope: 'https://cognitiveservices.azure.com/.default' },
              output: `import { AzureOpenAI } from "openai";\nimport { DefaultAzureCredential, getBearerTokenProvider } from "@azure/identity";\nconst client = new AzureOpenAI({ endpoint, ${PROVIDER}, apiVersion });`,
            },
          ],
        },
      ],
    },
    {
      // Shorthand in an options object built apart; the existing renamed import is reused.
      code: 'import { AzureOpenAI } from "openai";\nimport { DefaultAzureCredential as Dac } from "@azure/identity";\nconst options = { apiKey, deployment };\nnew AzureOpenAI(options);',
      errors: [
        {
          messageId: 'keyAuth',
          suggestions: [
            {
              messageId: 'useTokenProvider',
              output:
                'import { AzureOpenAI } from "openai";\nimport { DefaultAzureCredential as Dac, getBearerTokenProvider } from "@azure/identity";\nconst options = { azureADTokenProvider: getBearerTokenProvider(new Dac(), "https://cognitiveservices.azure.com/.default"), deployment };\nnew AzureOpenAI(options);',
            },
          ],
        },
      ],
    },
    {
      // LangChain.
      code: '"use strict";\nconst { AzureChatOpenAI } = require("@langchain/openai");\nnew AzureChatOpenAI({ azureOpenAIApiKey: key, azureOpenAIApiInstanceName: "contoso" });',
      errors: [
        {
          messageId: 'keyAuth',
          data: { what: 'AzureChatOpenAI `azureOpenAIApiKey`' },
          suggestions: [
            {
              messageId: 'useTokenProvider',
              output: `"use strict";\nconst { AzureChatOpenAI } = require("@langchain/openai");\nconst { DefaultAzureCredential, getBearerTokenProvider } = require("@azure/identity");\nnew AzureChatOpenAI({ ${PROVIDER}, azureOpenAIApiInstanceName: "contoso" });`,
            },
          ],
        },
      ],
    },
    {
      // Speech: fromSubscription needs a custom-domain endpoint (no edit); fromEndpoint with a key is replaced.
      code: 'import * as sdk from "microsoft-cognitiveservices-speech-sdk";\nconst a = sdk.SpeechConfig.fromSubscription(speechKey, region);\nconst b = sdk.SpeechConfig.fromEndpoint(new URL(endpoint), process.env.SPEECH_KEY);',
      errors: [
        { messageId: 'keyAuth', data: { what: 'SpeechConfig.fromSubscription' }, suggestions: [] },
        {
          messageId: 'keyAuth',
          data: { what: 'SpeechConfig.fromEndpoint with a key' },
          suggestions: [
            {
              messageId: 'useDefaultAzureCredential',
              output:
                'import * as sdk from "microsoft-cognitiveservices-speech-sdk";\nimport { DefaultAzureCredential } from "@azure/identity";\nconst a = sdk.SpeechConfig.fromSubscription(speechKey, region);\nconst b = sdk.SpeechConfig.fromEndpoint(new URL(endpoint), new DefaultAzureCredential());',
            },
          ],
        },
      ],
    },
    {
      // fromHost takes only a key; setProperty with the key; the browser global.
      code: 'const c = SpeechSDK.SpeechConfig.fromHost(new URL(host), subscriptionKey);\nc.setProperty(SpeechSDK.PropertyId.SpeechServiceConnection_Key, k);',
      errors: [
        { messageId: 'keyAuth', data: { what: 'SpeechConfig.fromHost with a key' }, suggestions: [] },
        { messageId: 'keyAuth', data: { what: 'The setProperty(SpeechServiceConnection_Key)' }, suggestions: [] },
      ],
    },
    {
      // { key, region } credentials and key headers, even from the environment.
      code: 'import Translate from "@azure-rest/ai-translation-text";\nconst client = Translate(endpoint, { key: process.env.TRANSLATOR_KEY, region });\nawait fetch(url, { headers: { "Ocp-Apim-Subscription-Key": process.env.VISION_KEY } });',
      errors: [
        {
          messageId: 'keyAuth',
          data: { what: 'The { key } credential of @azure-rest/ai-translation-text client' },
          suggestions: [],
        },
        { messageId: 'keyAuth', data: { what: 'The Ocp-Apim-Subscription-Key header' }, suggestions: [] },
      ],
    },
    {
      // A different binding already has the name: report without an edit.
      code: 'import { AzureKeyCredential, TextAnalysisClient } from "@azure/ai-language-text";\nclass DefaultAzureCredential {}\nnew TextAnalysisClient(endpoint, new AzureKeyCredential(key));',
      errors: [{ messageId: 'keyAuth', data: { what: 'AzureKeyCredential' }, suggestions: [] }],
    },
    {
      // No imports at all: the import goes first; Translator text's credential needs more than a token credential.
      code: 'const c = SpeechSDK.SpeechConfig.fromEndpoint(new URL(u), speechKey);',
      errors: [
        {
          messageId: 'keyAuth',
          data: { what: 'SpeechConfig.fromEndpoint with a key' },
          suggestions: [
            {
              messageId: 'useDefaultAzureCredential',
              output:
                'import { DefaultAzureCredential } from "@azure/identity";\nconst c = SpeechSDK.SpeechConfig.fromEndpoint(new URL(u), new DefaultAzureCredential());',
            },
          ],
        },
      ],
    },
    {
      code: 'import Translate from "@azure-rest/ai-translation-text";\nimport { AzureKeyCredential } from "@azure/core-auth";\nTranslate(endpoint, new AzureKeyCredential(key));',
      errors: [{ messageId: 'keyAuth', data: { what: 'AzureKeyCredential' }, suggestions: [] }],
    },
    {
      // Headers and query parameters in openai options, reported once each.
      code: 'import OpenAI from "openai";\nnew OpenAI({ baseURL, defaultHeaders: { "api-key": k }, defaultQuery: { "api-key": k } });',
      errors: [
        { messageId: 'keyAuth', data: { what: 'The api-key header' }, suggestions: [] },
        { messageId: 'keyAuth', data: { what: 'The api-key query parameter' }, suggestions: [] },
      ],
    },
    {
      // Key credentials of the older SDKs.
      code: 'const { CognitiveServicesCredentials } = require("ms-rest-azure");\nconst creds = new CognitiveServicesCredentials(key);',
      errors: [{ messageId: 'keyAuth', data: { what: 'CognitiveServicesCredentials' }, suggestions: [] }],
    },
  ],
});
