import { RuleTester } from '@typescript-eslint/rule-tester';
import noHardcodedKey from '../../src/rules/no-hardcoded-key.js';
import preferEnvConfig from '../../src/rules/prefer-env-config.js';
import { ENV } from '../support/env.js';
import { fp, legacyKey } from '../support/keys.js';

// Issue 15: values through local functions (arguments, default values, destructuring, JSX props) and receivers
// typed with an SDK class. Every key is built at run time.
const ruleTester = new RuleTester();
const jsx = { parserOptions: { ecmaFeatures: { jsx: true } } };
const data = (service: string, sink: string, key: string): Record<string, string> => ({
  service,
  kind: 'key',
  sink,
  fingerprint: fp(key),
  length: String(key.length),
});
const SPEECH = 'import * as sdk from "microsoft-cognitiveservices-speech-sdk";\n';
const CORE = 'import { AzureKeyCredential } from "@azure/core-auth";\n';
const keys = Array.from({ length: 12 }, () => legacyKey());
const k = (i: number): string => keys[i] ?? '';

ruleTester.run('no-hardcoded-key: values through functions', noHardcodedKey, {
  valid: [
    // The function's callers pass env reads.
    `function callVision(key, path) { return fetch(url + path, { headers: { "Ocp-Apim-Subscription-Key": key } }); }\ncallVision(process.env.VISION_KEY, "/analyze");`,
    // The literal goes to a function whose parameter reaches no slot.
    `function show(text) { return text.length; }\nshow("${k(0)}");`,
    // A parameter typed with another class: its update() takes no key.
    `function rotate(credential: Settings) { credential.update("${k(1)}"); }`,
    // A method of the same name on an unrelated object.
    `class Vision { call(key) { return fetch(u, { headers: { "api-key": key } }); } }\nconst other = { call(x) { return x; } };\nother.call("${k(2)}");`,
  ],
  invalid: [
    {
      // A literal passed to a local function whose parameter sets the key header.
      code: `function callVision(key, path) { return fetch(url + path, { headers: { "Ocp-Apim-Subscription-Key": key } }); }\ncallVision("${k(3)}", "/analyze");`,
      errors: [
        {
          messageId: 'hardcodedKey',
          data: data('Azure AI', 'Ocp-Apim-Subscription-Key header (through callVision())', k(3)),
          suggestions: [
            {
              messageId: 'useEnv',
              data: { name: 'AZURE_AI_KEY' },
              output: `function callVision(key, path) { return fetch(url + path, { headers: { "Ocp-Apim-Subscription-Key": key } }); }\ncallVision(${ENV('AZURE_AI_KEY')}, "/analyze");`,
            },
          ],
        },
      ],
    },
    {
      // A default parameter value.
      code: `${CORE}function makeCredential(key = "${k(4)}") { return new AzureKeyCredential(key); }`,
      errors: [
        {
          messageId: 'hardcodedKey',
          data: data('Azure AI', 'AzureKeyCredential (through makeCredential())', k(4)),
          suggestions: [
            {
              messageId: 'useEnv',
              data: { name: 'AZURE_AI_KEY' },
              output: `${CORE}function makeCredential(key = ${ENV('AZURE_AI_KEY')}) { return new AzureKeyCredential(key); }`,
            },
          ],
        },
      ],
    },
    {
      // A destructuring default in a hook's parameter.
      code: `${SPEECH}export function useSpeech({ key = "${k(5)}", region }) { return sdk.SpeechConfig.fromSubscription(key, region); }`,
      errors: [
        {
          messageId: 'hardcodedKey',
          data: data('Speech', 'SpeechConfig.fromSubscription (through useSpeech())', k(5)),
          suggestions: [
            {
              messageId: 'useEnv',
              data: { name: 'SPEECH_KEY' },
              output: `${SPEECH}export function useSpeech({ key = ${ENV('SPEECH_KEY')}, region }) { return sdk.SpeechConfig.fromSubscription(key, region); }`,
            },
          ],
        },
      ],
    },
    {
      // React props: the JSX attribute at the component's element.
      code: `${SPEECH}function SpeechPanel({ apiKey }) { sdk.SpeechConfig.fromSubscription(apiKey, "westus"); return null; }\nexport const App = () => <SpeechPanel apiKey="${k(6)}" />;`,
      languageOptions: jsx,
      errors: [
        {
          messageId: 'hardcodedKey',
          data: data('Speech', 'SpeechConfig.fromSubscription (through SpeechPanel())', k(6)),
          suggestions: [
            {
              messageId: 'useEnv',
              data: { name: 'SPEECH_KEY' },
              output: `${SPEECH}function SpeechPanel({ apiKey }) { sdk.SpeechConfig.fromSubscription(apiKey, "westus"); return null; }\nexport const App = () => <SpeechPanel apiKey={${ENV('SPEECH_KEY')}} />;`,
            },
          ],
        },
      ],
    },
    {
      // An arrow taking an options object; a method called on `this`.
      code: `${CORE}const analyze = async ({ key }) => new AzureKeyCredential(key);\nanalyze({ key: "${k(7)}" });\nclass Vision { call(key) { return fetch(u, { headers: { "api-key": key } }); } run() { return this.call("${k(8)}"); } }`,
      errors: [
        {
          messageId: 'hardcodedKey',
          data: data('Azure AI', 'AzureKeyCredential (through analyze())', k(7)),
          suggestions: [
            {
              messageId: 'useEnv',
              data: { name: 'AZURE_AI_KEY' },
              output: `${CORE}const analyze = async ({ key }) => new AzureKeyCredential(key);\nanalyze({ key: ${ENV('AZURE_AI_KEY')} });\nclass Vision { call(key) { return fetch(u, { headers: { "api-key": key } }); } run() { return this.call("${k(8)}"); } }`,
            },
          ],
        },
        {
          messageId: 'hardcodedKey',
          data: data('Azure AI', 'api-key header (through Vision.call())', k(8)),
          suggestions: [
            {
              messageId: 'useEnv',
              data: { name: 'AZURE_AI_KEY' },
              output: `${CORE}const analyze = async ({ key }) => new AzureKeyCredential(key);\nanalyze({ key: "${k(7)}" });\nclass Vision { call(key) { return fetch(u, { headers: { "api-key": key } }); } run() { return this.call(${ENV('AZURE_AI_KEY')}); } }`,
            },
          ],
        },
      ],
    },
    {
      // Receivers typed with an SDK class, no type checker: a parameter and a class field.
      code: `${CORE}function rotate(credential: AzureKeyCredential) { credential.update("${k(9)}"); }\nclass Recognizer { private config: sdk.SpeechConfig; init() { this.config.setProperty(sdk.PropertyId.SpeechServiceConnection_Key, "${k(10)}"); } }`,
      errors: [
        {
          messageId: 'hardcodedKey',
          data: data('Azure AI', 'AzureKeyCredential.update', k(9)),
          suggestions: [
            {
              messageId: 'useEnv',
              data: { name: 'AZURE_AI_KEY' },
              output: `${CORE}function rotate(credential: AzureKeyCredential) { credential.update(${ENV('AZURE_AI_KEY')}); }\nclass Recognizer { private config: sdk.SpeechConfig; init() { this.config.setProperty(sdk.PropertyId.SpeechServiceConnection_Key, "${k(10)}"); } }`,
            },
          ],
        },
        {
          messageId: 'hardcodedKey',
          data: data('Speech', 'setProperty(SpeechServiceConnection_Key)', k(10)),
          suggestions: [
            {
              messageId: 'useEnv',
              data: { name: 'SPEECH_KEY' },
              output: `${CORE}function rotate(credential: AzureKeyCredential) { credential.update("${k(9)}"); }\nclass Recognizer { private config: sdk.SpeechConfig; init() { this.config.setProperty(sdk.PropertyId.SpeechServiceConnection_Key, ${ENV('SPEECH_KEY')}); } }`,
            },
          ],
        },
      ],
    },
  ],
});

ruleTester.run('prefer-env-config: placeholders through functions', preferEnvConfig, {
  valid: [
    `function connect(key) { return fetch(u, { headers: { "api-key": key } }); }\nconnect(process.env.AZURE_OPENAI_API_KEY);`,
  ],
  invalid: [
    {
      code: `function connect(key) { return fetch(u, { headers: { "api-key": key } }); }\nconnect("<your-key>");`,
      errors: [
        {
          messageId: 'placeholderKey',
          data: { service: 'Azure AI', sink: 'api-key header (through connect())' },
          suggestions: [
            {
              messageId: 'useEnv',
              data: { name: 'AZURE_AI_KEY' },
              output: `function connect(key) { return fetch(u, { headers: { "api-key": key } }); }\nconnect(${ENV('AZURE_AI_KEY')});`,
            },
          ],
        },
      ],
    },
  ],
});
