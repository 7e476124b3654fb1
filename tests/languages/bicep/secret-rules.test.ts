// no-hardcoded-key and no-hardcoded-credential on Bicep files: literals (parameter defaults included), pieces of
// interpolated strings, and secret-named parameters without @secure(). Keys are generated when the tests run.
import {
  fp,
  identifiableKey,
  legacyKey,
  sasToken,
  storageAccountKey,
  storageConnectionString,
} from '../../support/keys.js';
import { bicepTester, ruleNamed } from './tester.js';

const filename = 'infra/main.bicep';
const openAiKey = identifiableKey('B');
const hexKey = legacyKey();
const connection = storageConnectionString();
const accountKey = connection.slice(
  connection.indexOf('AccountKey=') + 'AccountKey='.length,
  connection.indexOf(';EndpointSuffix'),
);
const sas = sasToken();
const storageKey = storageAccountKey();

bicepTester.run('no-hardcoded-key (bicep)', ruleNamed('no-hardcoded-key'), {
  valid: [
    { filename, code: '@secure()\nparam openAiKey string\n' },
    { filename, code: "@secure()\nparam openAiKey string = ''\n" },
    {
      filename,
      code: "param keyVaultName string\nparam keyName string = 'cmk'\nparam sshPublicKey string\nparam partitionKey string = '/id'\n",
    },
    { filename, code: 'param apiKeyEnabled bool = true\nparam keyCount int = 2\n' },
    // A key-named property with a non-key value, and a GUID.
    {
      filename,
      code: "resource r 'T@1' = {\n  properties: { apiKey: 'replace-me', keyId: '00000000-0000-0000-0000-000000000000' }\n}\n",
    },
    // The key comes from the account at deployment: nothing is written in the file.
    {
      filename,
      code: "var key = account.listKeys().key1\nmodule app './app.bicep' = {\n  params: { openAiKey: key }\n}\n",
    },
    {
      filename,
      code: `@secure()\nparam openAiKey string = '${openAiKey}'\n`,
      options: [{ allowFingerprints: [fp(openAiKey)] }],
    },
  ],
  invalid: [
    {
      name: 'an identifiable key as a @secure() parameter default: reported, the suggestion drops the default',
      filename,
      code: `@secure()\nparam openAiKey string = '${openAiKey}'\n`,
      errors: [
        {
          messageId: 'hardcodedKey',
          line: 2,
          column: 27,
          endColumn: 27 + openAiKey.length,
          data: {
            service: 'Azure OpenAI',
            kind: 'key',
            sink: 'the default of Bicep param openAiKey',
            fingerprint: fp(openAiKey),
            length: String(openAiKey.length),
          },
          suggestions: [
            { messageId: 'removeDefault', data: { name: 'openAiKey' }, output: '@secure()\nparam openAiKey string\n' },
          ],
        },
      ],
    },
    {
      name: 'a key in a .bicepparam file: reported, no edit (the assignment needs its value)',
      filename: 'infra/main.bicepparam',
      code: `using './main.bicep'\nparam openAiKey = '${openAiKey}'\n`,
      errors: [{ messageId: 'hardcodedKey', line: 2, column: 20, suggestions: [] }],
    },
    {
      name: 'a 32-hex key in a key-named property of a module call',
      filename,
      code: `module app './app.bicep' = {\n  params: {\n    speechKey: '${hexKey}'\n  }\n}\n`,
      errors: [
        {
          messageId: 'hardcodedKey',
          line: 3,
          column: 17,
          data: {
            service: 'Speech',
            kind: 'key',
            sink: 'Bicep module app (params.speechKey)',
            fingerprint: fp(hexKey),
            length: '32',
          },
          suggestions: [],
        },
      ],
    },
    {
      name: 'an identifiable key inside an interpolated string, anywhere',
      filename,
      code: `var header = 'api-key: ${openAiKey} for \${name}'\n`,
      errors: [
        {
          messageId: 'keyInText',
          line: 1,
          column: 24,
          endColumn: 24 + openAiKey.length,
          data: { service: 'Azure OpenAI', fingerprint: fp(openAiKey) },
        },
      ],
    },
    {
      name: 'a key-named parameter without @secure()',
      filename,
      code: 'param openAiKey string\n',
      errors: [
        {
          messageId: 'parameterNotSecure',
          line: 1,
          column: 7,
          endColumn: 16,
          data: { name: 'openAiKey', kind: 'key' },
          suggestions: [
            {
              messageId: 'markSecure',
              data: { name: 'openAiKey', kind: 'key' },
              output: '@secure()\nparam openAiKey string\n',
            },
          ],
        },
      ],
    },
    {
      name: 'a key default on a parameter without @secure(): both reported',
      filename,
      code: `@description('key')\r\nparam speechKey string = '${hexKey}'\r\n`,
      errors: [
        {
          messageId: 'parameterNotSecure',
          line: 2,
          suggestions: [
            {
              messageId: 'markSecure',
              output: `@secure()\r\n@description('key')\r\nparam speechKey string = '${hexKey}'\r\n`,
            },
          ],
        },
        {
          messageId: 'hardcodedKey',
          line: 2,
          suggestions: [{ messageId: 'removeDefault', output: "@description('key')\r\nparam speechKey string\r\n" }],
        },
      ],
    },
  ],
});

bicepTester.run('no-hardcoded-credential (bicep)', ruleNamed('no-hardcoded-credential'), {
  valid: [
    { filename, code: '@secure()\nparam adminPassword string\n@secure()\nparam storageConnectionString string\n' },
    {
      filename,
      code: "param connectionStringName string = 'db'\nparam passwordLength int = 16\nparam secretName string = 'openai-key'\n",
    },
    {
      filename,
      code: "var conn = 'DefaultEndpointsProtocol=https;AccountName=${storage.name};AccountKey=${storage.listKeys().keys[0].value}'\n",
    },
    { filename, code: "var dev = 'UseDevelopmentStorage=true'\n" },
  ],
  invalid: [
    {
      name: 'a storage connection string with its key, in a var',
      filename,
      code: `var conn = '${connection}'\n`,
      errors: [
        {
          messageId: 'hardcodedCredential',
          line: 1,
          column: 13,
          endColumn: 13 + connection.length,
          data: {
            service: 'Azure Storage',
            kind: 'connection string with a key',
            sink: 'Bicep var conn',
            fingerprint: fp(accountKey),
            length: String(accountKey.length),
          },
        },
      ],
    },
    {
      name: 'the account key piece of an interpolated connection string',
      filename,
      code: `var conn = 'DefaultEndpointsProtocol=https;AccountName=\${name};AccountKey=${storageKey};EndpointSuffix=core.windows.net'\n`,
      errors: [{ messageId: 'hardcodedCredential', line: 1 }],
    },
    {
      name: 'a SAS token in a parameter default, and the parameter is not @secure()',
      filename,
      code: `param containerSas string = '${sas}'\n`,
      errors: [
        {
          messageId: 'parameterNotSecure',
          line: 1,
          data: { name: 'containerSas', kind: 'credential' },
          suggestions: 1,
        },
        {
          messageId: 'hardcodedCredential',
          line: 1,
          suggestions: [{ messageId: 'removeDefault', output: 'param containerSas string\n' }],
        },
      ],
    },
    {
      name: 'secret-named parameters without @secure()',
      filename,
      code: 'param adminPassword string\nparam clientSecret string\nparam storageConnectionString string\nparam storageAccountKey string\n',
      errors: [
        {
          messageId: 'parameterNotSecure',
          line: 1,
          data: { name: 'adminPassword', kind: 'credential' },
          suggestions: 1,
        },
        {
          messageId: 'parameterNotSecure',
          line: 2,
          data: { name: 'clientSecret', kind: 'credential' },
          suggestions: 1,
        },
        {
          messageId: 'parameterNotSecure',
          line: 3,
          data: { name: 'storageConnectionString', kind: 'credential' },
          suggestions: 1,
        },
        {
          messageId: 'parameterNotSecure',
          line: 4,
          data: { name: 'storageAccountKey', kind: 'credential' },
          suggestions: 1,
        },
      ],
    },
  ],
});
