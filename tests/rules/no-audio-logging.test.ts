import { RuleTester } from '@typescript-eslint/rule-tester';
import rule from '../../src/rules/no-audio-logging.js';

const ruleTester = new RuleTester();
const ESM = 'import * as sdk from "microsoft-cognitiveservices-speech-sdk";\n';
const CONFIG = `${ESM}const config = sdk.SpeechConfig.fromEndpoint(new URL(endpoint), credential);\n`;

ruleTester.run('no-audio-logging', rule, {
  valid: [
    // storeAudio in URLs and query objects: off, another host, a file without a Speech endpoint, values not shown.
    'fetch("https://westus.stt.speech.microsoft.com/speech/recognition/conversation/cognitiveservices/v1?language=en-US&storeAudio=false");',
    'fetch("https://api.contoso.com/upload?storeAudio=true");',
    'axios.post(url, audio, { params: { language: "en-US", storeAudio: "true" } });',
    'const SPEECH = "https://westus.stt.speech.microsoft.com/speech/recognition/conversation/cognitiveservices/v1";\naxios.post(SPEECH, audio, { params: { storeAudio: flags.store } });',
    'const SPEECH = "https://westus.stt.speech.microsoft.com/speech/recognition/conversation/cognitiveservices/v1";\nconst config = { storeAudio: true };',
    'fetch("https://westus.stt.speech.microsoft.com/speech/recognition/conversation/cognitiveservices/v1?language=en-US&restoreAudio=true");',
    // The SDK's own definition of the switch (its minified bundle) is not a use of it.
    'class SpeechConfigImpl { enableAudioLogging() { this.privProperties.setProperty(PropertyId.SpeechServiceConnection_EnableAudioLogging, "true"); } }',
    'Impl.prototype.enableAudioLogging = function () { this.props.setServiceProperty("storeAudio", "true", UriQueryParameter); };',
    CONFIG,
    // Turned off explicitly.
    `${CONFIG}config.setProperty(sdk.PropertyId.SpeechServiceConnection_EnableAudioLogging, "false");`,
    `${CONFIG}config.setServiceProperty("storeAudio", "false", sdk.ServicePropertyChannel.UriQueryParameter);`,
    // A value the file does not show.
    `${CONFIG}config.setProperty(sdk.PropertyId.SpeechServiceConnection_EnableAudioLogging, String(flags.audio));`,
    // enableAudioLogging in a file without the Speech SDK: some other library.
    'recorder.enableAudioLogging();',
    'import { Client } from "./voice";\nnew Client().enableAudioLogging();',
    // Other properties.
    `${CONFIG}config.setProperty(sdk.PropertyId.SpeechServiceConnection_Region, "true");\nconfig.setServiceProperty("format", "true", channel);`,
    // A plain function, not a method.
    `${ESM}enableAudioLogging();`,
  ],
  invalid: [
    {
      // A Speech REST URL for short audio with storeAudio=true.
      code: 'fetch("https://westus.stt.speech.microsoft.com/speech/recognition/conversation/cognitiveservices/v1?language=en-US&storeAudio=true", { method: "POST" });',
      errors: [
        {
          messageId: 'audioLogging',
          data: { how: '`storeAudio=true` in the Speech URL' },
          suggestions: [
            {
              messageId: 'removeParameter',
              output:
                'fetch("https://westus.stt.speech.microsoft.com/speech/recognition/conversation/cognitiveservices/v1?language=en-US", { method: "POST" });',
            },
          ],
        },
      ],
    },
    {
      // A WebSocket template with a region hole; the parameter first in the query.
      code: 'const ws = new WebSocket(`wss://${region}.stt.speech.microsoft.com/speech/recognition/conversation/cognitiveservices/v1?storeAudio=true&language=${lang}`);',
      errors: [
        {
          messageId: 'audioLogging',
          data: { how: '`storeAudio=true` in the Speech URL' },
          suggestions: [
            {
              messageId: 'removeParameter',
              output:
                'const ws = new WebSocket(`wss://${region}.stt.speech.microsoft.com/speech/recognition/conversation/cognitiveservices/v1?language=${lang}`);',
            },
          ],
        },
      ],
    },
    {
      // Concatenated to a Speech URL held in a binding; the resource host with a Speech path; any case.
      code: 'const base = "https://contoso.cognitiveservices.azure.com/stt/speech/recognition/conversation/cognitiveservices/v1";\nfetch(base + "?storeAudio=TRUE");',
      errors: [
        {
          messageId: 'audioLogging',
          data: { how: '`storeAudio=true` in the Speech URL' },
          suggestions: [
            {
              messageId: 'removeParameter',
              output:
                'const base = "https://contoso.cognitiveservices.azure.com/stt/speech/recognition/conversation/cognitiveservices/v1";\nfetch(base + "");',
            },
          ],
        },
      ],
    },
    {
      // Query objects in a file that calls a Speech endpoint: axios params, URLSearchParams, searchParams.set.
      code: 'const endpoint = "https://westus.stt.speech.microsoft.com/speech/recognition/conversation/cognitiveservices/v1";\naxios.post(endpoint, audio, { params: { language: "en-US", storeAudio: true } });\nconst q = new URLSearchParams({ storeAudio: "true" });\nconst url = new URL(endpoint);\nurl.searchParams.set("storeAudio", "true");',
      errors: [
        {
          messageId: 'audioLogging',
          data: { how: 'The `storeAudio` query parameter set to true' },
          suggestions: [
            {
              messageId: 'removeParameter',
              output:
                'const endpoint = "https://westus.stt.speech.microsoft.com/speech/recognition/conversation/cognitiveservices/v1";\naxios.post(endpoint, audio, { params: { language: "en-US" } });\nconst q = new URLSearchParams({ storeAudio: "true" });\nconst url = new URL(endpoint);\nurl.searchParams.set("storeAudio", "true");',
            },
          ],
        },
        {
          messageId: 'audioLogging',
          data: { how: 'The `storeAudio` query parameter set to true' },
          suggestions: [
            {
              messageId: 'removeParameter',
              output:
                'const endpoint = "https://westus.stt.speech.microsoft.com/speech/recognition/conversation/cognitiveservices/v1";\naxios.post(endpoint, audio, { params: { language: "en-US", storeAudio: true } });\nconst q = new URLSearchParams({});\nconst url = new URL(endpoint);\nurl.searchParams.set("storeAudio", "true");',
            },
          ],
        },
        {
          messageId: 'audioLogging',
          data: { how: 'searchParams.set("storeAudio", "true")' },
          suggestions: [
            {
              messageId: 'removeCall',
              output:
                'const endpoint = "https://westus.stt.speech.microsoft.com/speech/recognition/conversation/cognitiveservices/v1";\naxios.post(endpoint, audio, { params: { language: "en-US", storeAudio: true } });\nconst q = new URLSearchParams({ storeAudio: "true" });\nconst url = new URL(endpoint);\n',
            },
          ],
        },
      ],
    },
    {
      code: `${CONFIG}config.enableAudioLogging();\nconst recognizer = new sdk.SpeechRecognizer(config);`,
      errors: [
        {
          messageId: 'audioLogging',
          data: { how: 'enableAudioLogging()' },
          line: 3,
          suggestions: [
            { messageId: 'removeCall', output: `${CONFIG}const recognizer = new sdk.SpeechRecognizer(config);` },
          ],
        },
      ],
    },
    {
      // require, the enum's string name, a value held in a binding.
      code: 'const { SpeechConfig } = require("microsoft-cognitiveservices-speech-sdk");\nconst on = "TRUE";\nfunction configure(c) {\n  c.setProperty("SpeechServiceConnection_EnableAudioLogging", on); c.enableAudioLogging();\n}',
      errors: [
        {
          messageId: 'audioLogging',
          data: { how: 'setProperty(SpeechServiceConnection_EnableAudioLogging, "true")' },
          suggestions: [
            {
              messageId: 'removeCall',
              output:
                'const { SpeechConfig } = require("microsoft-cognitiveservices-speech-sdk");\nconst on = "TRUE";\nfunction configure(c) {\n   c.enableAudioLogging();\n}',
            },
          ],
        },
        {
          messageId: 'audioLogging',
          data: { how: 'enableAudioLogging()' },
          suggestions: [
            {
              messageId: 'removeCall',
              output:
                'const { SpeechConfig } = require("microsoft-cognitiveservices-speech-sdk");\nconst on = "TRUE";\nfunction configure(c) {\n  c.setProperty("SpeechServiceConnection_EnableAudioLogging", on); \n}',
            },
          ],
        },
      ],
    },
    {
      // The browser global; storeAudio as a service property; a call that cannot be removed alone.
      code: 'const cfg = SpeechSDK.SpeechConfig.fromAuthorizationToken(token, region);\ncfg.setServiceProperty("storeAudio", "true", SpeechSDK.ServicePropertyChannel.UriQueryParameter);\nif (debug) cfg.enableAudioLogging();',
      errors: [
        {
          messageId: 'audioLogging',
          data: { how: 'setServiceProperty("storeAudio", "true")' },
          suggestions: [
            {
              messageId: 'removeCall',
              output:
                'const cfg = SpeechSDK.SpeechConfig.fromAuthorizationToken(token, region);\nif (debug) cfg.enableAudioLogging();',
            },
          ],
        },
        { messageId: 'audioLogging', data: { how: 'enableAudioLogging()' }, suggestions: [] },
      ],
    },
    {
      // Speech translation config through a namespace import, property set from the PropertyId enum.
      code: `${ESM}const t = sdk.SpeechTranslationConfig.fromSubscription(key, region);\nt.setProperty(sdk.PropertyId.SpeechServiceConnection_EnableAudioLogging, true as unknown as string);`,
      errors: [
        {
          messageId: 'audioLogging',
          data: { how: 'setProperty(SpeechServiceConnection_EnableAudioLogging, "true")' },
          suggestions: [
            {
              messageId: 'removeCall',
              output: `${ESM}const t = sdk.SpeechTranslationConfig.fromSubscription(key, region);\n`,
            },
          ],
        },
      ],
    },
  ],
});
