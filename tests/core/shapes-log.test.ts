import { RuleTester } from '@typescript-eslint/rule-tester';
import rule from '../../src/rules/no-secret-in-log.js';

// Issue 15: Key Vault secret values, URLs carrying a key, keys through a local function's parameter.
const ruleTester = new RuleTester();
const URL_WITH_KEY = 'URL with a key in its query string';

ruleTester.run('no-secret-in-log: more shapes', rule, {
  valid: [
    // The secret's name or properties, not its value; a URL without a key parameter; a function logging no secret.
    'const secret = await client.getSecret("speech-key");\nconsole.log(secret.name, secret.properties.version);',
    'console.log(`${endpoint}/vision/v3.2/analyze?visualFeatures=Tags`);',
    'function show(text) { console.log(text); }\nshow("starting");',
    // A scrubbed URL.
    'console.log("https://x.cognitiveservices.azure.com/?subscription-key=<REDACTED>");',
  ],
  invalid: [
    {
      code: 'const secret = await client.getSecret("speech-key");\nconsole.log(secret.value);\nlogger.info((await client.getSecret("k")).value);',
      errors: [
        { messageId: 'secretInLog', data: { name: 'secret.value', logger: 'console.log' }, line: 2 },
        { messageId: 'secretInLog', data: { name: 'value', logger: 'logger.info' }, line: 3 },
      ],
    },
    {
      code: 'const url = `${endpoint}/vision?subscription-key=${key}`;\nconsole.log(url);\nconsole.log("calling " + endpoint + "?api-key=" + apiKey);',
      errors: [
        { messageId: 'secretInLog', data: { name: 'url', logger: 'console.log' }, line: 2 },
        { messageId: 'secretInLog', data: { name: URL_WITH_KEY, logger: 'console.log' }, line: 3 },
      ],
    },
    {
      // A key that reaches the log through a local function's parameter.
      code: 'function debug(value) { console.log("config", value); }\ndebug(process.env.SPEECH_KEY);',
      errors: [{ messageId: 'secretInLog', data: { name: 'value (SPEECH_KEY)', logger: 'console.log' } }],
    },
  ],
});
