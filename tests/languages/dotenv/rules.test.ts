// The rules on .env files: no-hardcoded-key, no-hardcoded-credential, no-client-exposed-key and the TLS rules.
// Every secret is generated when the tests run.
import noClientExposedKey from '../../../src/rules/no-client-exposed-key.js';
import noDisabledCertificateValidation from '../../../src/rules/no-disabled-certificate-validation.js';
import noHardcodedCredential from '../../../src/rules/no-hardcoded-credential.js';
import noHardcodedKey from '../../../src/rules/no-hardcoded-key.js';
import noInsecureTlsVersion from '../../../src/rules/no-insecure-tls-version.js';
import { asEslintRule, dotenvTester } from '../../json/support.js';
import { clientSecret, fp, identifiableKey, legacyKey, storageConnectionString } from '../../support/keys.js';

const key = legacyKey();
const openAiKey = identifiableKey('B');
const data = (service: string, kind: string, entry: string, value: string, secret = value) => ({
  service,
  kind,
  sink: `.env entry ${entry}`,
  fingerprint: fp(secret),
  length: String(secret.length),
});

const PLACEHOLDERS = [
  'SPEECH_KEY=<your-speech-key>',
  'AZURE_OPENAI_API_KEY="YOUR_AZURE_OPENAI_KEY"',
  "LANGUAGE_KEY='xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'",
  'TRANSLATOR_KEY=',
  'export VISION_KEY=replace-with-your-key # from the portal',
  'AZURE_CLIENT_SECRET=<client-secret>',
  'AzureWebJobsStorage=UseDevelopmentStorage=true',
  'VITE_SPEECH_KEY=<your-key>',
].join('\n');

dotenvTester().run('no-hardcoded-key (.env)', asEslintRule(noHardcodedKey), {
  valid: [
    { name: 'placeholders in .env.example', filename: '.env.example', code: PLACEHOLDERS },
    { name: 'placeholders in .env.sample and .env.template', filename: 'config/.env.sample', code: PLACEHOLDERS },
    { name: 'placeholders in .env', filename: '.env', code: PLACEHOLDERS },
    {
      name: 'a 32-hex value under a name that is not a key',
      filename: '.env',
      code: `BUILD_HASH=${key}\nSPEECH_REGION=westus\n# SPEECH_KEY=${'0'.repeat(4)}`,
    },
    {
      name: 'a key only in a comment line is not an entry',
      filename: '.env',
      code: `# rotate the old key\nSPEECH_REGION=westus\n`,
    },
  ],
  invalid: [
    {
      name: 'a legacy key in an entry, exactly at its value',
      filename: '.env',
      code: `# Speech\nSPEECH_KEY=${key}\nSPEECH_REGION=westus\n`,
      errors: [
        {
          messageId: 'keyInDotenv',
          data: data('Speech', 'key', 'SPEECH_KEY', key),
          line: 2,
          column: 12,
          endLine: 2,
          endColumn: 12 + 32,
        },
      ],
    },
    {
      name: 'quoted and exported values',
      filename: '.env.local',
      code: `export AZURE_OPENAI_API_KEY="${openAiKey}" # prod\nLANGUAGE_KEY='${key}'\n`,
      errors: [
        {
          messageId: 'keyInDotenv',
          data: data('Azure OpenAI', 'key', 'AZURE_OPENAI_API_KEY', openAiKey),
          line: 1,
          column: 30,
        },
        { messageId: 'keyInDotenv', data: data('Language', 'key', 'LANGUAGE_KEY', key), line: 2, column: 15 },
      ],
    },
    {
      name: 'a real key in a sample file is still a leak',
      filename: '.env.example',
      code: `SPEECH_KEY=${key}\n`,
      errors: [{ messageId: 'keyInDotenv', data: data('Speech', 'key', 'SPEECH_KEY', key) }],
    },
    {
      name: 'an identifiable key under any name, inside a longer value',
      filename: '.env',
      code: `NOTES="use ${openAiKey} for now"\n`,
      errors: [
        {
          messageId: 'keyInText',
          data: { service: 'Azure OpenAI', fingerprint: fp(openAiKey) },
          column: 12,
          endColumn: 12 + 84,
        },
      ],
    },
    {
      name: 'CRLF line endings keep the location',
      filename: '.env',
      code: `A=1\r\nFACE_APIKEY=${key}\r\n`,
      errors: [{ messageId: 'keyInDotenv', line: 2, column: 13 }],
    },
  ],
});

const storage = storageConnectionString();
const secret = clientSecret();
const accountKey = /AccountKey=([^;]+)/.exec(storage)?.[1] ?? '';

dotenvTester().run('no-hardcoded-credential (.env)', asEslintRule(noHardcodedCredential), {
  valid: [
    { name: 'placeholders', filename: '.env.template', code: PLACEHOLDERS },
    {
      name: 'an account-only connection string',
      filename: '.env',
      code: 'STORAGE_CONNECTION_STRING=DefaultEndpointsProtocol=https;AccountName=contoso;EndpointSuffix=core.windows.net\n',
    },
  ],
  invalid: [
    {
      name: 'a storage connection string with its account key',
      filename: '.env',
      code: `AZURE_STORAGE_CONNECTION_STRING="${storage}"\n`,
      errors: [
        {
          messageId: 'credentialInDotenv',
          data: data(
            'Azure Storage',
            'connection string with a key',
            'AZURE_STORAGE_CONNECTION_STRING',
            storage,
            accountKey,
          ),
          column: 34,
        },
      ],
    },
    {
      name: 'a client secret by name and format',
      filename: '.env.production',
      code: `AZURE_CLIENT_ID=00000000-0000-0000-0000-000000000000\nAZURE_CLIENT_SECRET=${secret}\n`,
      errors: [
        {
          messageId: 'credentialInDotenv',
          data: data('Entra ID', 'client secret', 'AZURE_CLIENT_SECRET', secret),
          line: 2,
        },
      ],
    },
  ],
});

dotenvTester().run('no-client-exposed-key (.env)', asEslintRule(noClientExposedKey), {
  valid: [
    { name: 'a key in a server-only variable', filename: '.env', code: `SPEECH_KEY=${key}\n` },
    {
      name: 'a public variable that holds no key',
      filename: '.env',
      code: 'VITE_SPEECH_REGION=westus\nNEXT_PUBLIC_API_BASE=https://contoso.azurewebsites.net\n',
    },
    { name: 'a placeholder in a public variable', filename: '.env.example', code: PLACEHOLDERS },
  ],
  invalid: [
    {
      name: 'a key in a VITE_ variable, with a server-only rename suggested',
      filename: '.env',
      code: `VITE_SPEECH_KEY=${key}\n`,
      errors: [
        {
          messageId: 'publicEntry',
          data: { service: 'Speech', variable: 'VITE_SPEECH_KEY', prefix: 'VITE_' },
          column: 17,
          suggestions: [{ messageId: 'serverOnly', data: { name: 'SPEECH_KEY' }, output: `SPEECH_KEY=${key}\n` }],
        },
      ],
    },
    {
      name: 'NEXT_PUBLIC_ and REACT_APP_ variables',
      filename: '.env.local',
      code: `NEXT_PUBLIC_AZURE_OPENAI_KEY="${openAiKey}"\nREACT_APP_TRANSLATOR_KEY=${key}\n`,
      errors: [
        {
          messageId: 'publicEntry',
          data: { service: 'Azure OpenAI', variable: 'NEXT_PUBLIC_AZURE_OPENAI_KEY', prefix: 'NEXT_PUBLIC_' },
          suggestions: [
            {
              messageId: 'serverOnly',
              data: { name: 'AZURE_OPENAI_KEY' },
              output: `AZURE_OPENAI_KEY="${openAiKey}"\nREACT_APP_TRANSLATOR_KEY=${key}\n`,
            },
          ],
        },
        {
          messageId: 'publicEntry',
          data: { service: 'Translator', variable: 'REACT_APP_TRANSLATOR_KEY', prefix: 'REACT_APP_' },
          suggestions: [
            {
              messageId: 'serverOnly',
              data: { name: 'TRANSLATOR_KEY' },
              output: `NEXT_PUBLIC_AZURE_OPENAI_KEY="${openAiKey}"\nTRANSLATOR_KEY=${key}\n`,
            },
          ],
        },
      ],
    },
  ],
});

dotenvTester().run('no-disabled-certificate-validation (.env)', asEslintRule(noDisabledCertificateValidation), {
  valid: [
    {
      name: 'validation on',
      filename: '.env',
      code: 'NODE_TLS_REJECT_UNAUTHORIZED=1\nNODE_EXTRA_CA_CERTS=./proxy.pem\n',
    },
    { name: 'a comment', filename: '.env', code: '# NODE_TLS_REJECT_UNAUTHORIZED=0\n' },
  ],
  invalid: [
    {
      name: 'NODE_TLS_REJECT_UNAUTHORIZED=0, removed with its line',
      filename: '.env.development',
      code: 'A=1\nNODE_TLS_REJECT_UNAUTHORIZED=0 # corporate proxy\nB=2\n',
      errors: [
        {
          messageId: 'validationDisabled',
          data: { what: 'NODE_TLS_REJECT_UNAUTHORIZED=0 in a .env file' },
          line: 2,
          column: 1,
          endColumn: 31,
          suggestions: [{ messageId: 'removeAssignment', output: 'A=1\nB=2\n' }],
        },
      ],
    },
    {
      name: 'quoted, exported, last line without a line break',
      filename: '.env',
      code: 'export NODE_TLS_REJECT_UNAUTHORIZED="0"',
      errors: [
        {
          messageId: 'validationDisabled',
          data: { what: 'NODE_TLS_REJECT_UNAUTHORIZED=0 in a .env file' },
          suggestions: [{ messageId: 'removeAssignment', output: '' }],
        },
      ],
    },
  ],
});

dotenvTester().run('no-insecure-tls-version (.env)', asEslintRule(noInsecureTlsVersion), {
  valid: [{ name: 'TLS 1.2 floor', filename: '.env', code: 'NODE_OPTIONS=--tls-min-v1.2\nOTHER=--tls-min-v1.0\n' }],
  invalid: [
    {
      name: 'a weak floor in NODE_OPTIONS, fixed',
      filename: '.env',
      code: 'NODE_OPTIONS="--max-old-space-size=4096 --tls-min-v1.1"\n',
      output: 'NODE_OPTIONS="--max-old-space-size=4096 --tls-min-v1.2"\n',
      errors: [{ messageId: 'weakFlag', data: { flag: '--tls-min-v1.1', replacement: '--tls-min-v1.2' }, column: 41 }],
    },
  ],
});
