// no-secret-in-deployment-output: Bicep outputs that carry listKeys() or a @secure() parameter without @secure().
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../../src/index.js';
import { bicepTester, ruleNamed } from '../languages/bicep/tester.js';

const filename = 'infra/core/ai/cognitiveservices.bicep';
const ACCOUNT = "resource account 'Microsoft.CognitiveServices/accounts@2023-05-01' = {\n  name: 'ai'\n}\n";

bicepTester.run('no-secret-in-deployment-output', ruleNamed('no-secret-in-deployment-output'), {
  valid: [
    {
      filename,
      code: `${ACCOUNT}output endpoint string = account.properties.endpoint\noutput id string = account.id\n`,
    },
    { filename, code: `${ACCOUNT}@secure()\noutput key string = account.listKeys().key1\n` },
    { filename, code: `${ACCOUNT}@sys.secure()\noutput key string = account.listKeys().key1\n` },
    { filename, code: '@secure()\nparam adminPassword string\n@secure()\noutput p string = adminPassword\n' },
    // Not a secure parameter, not a list* function.
    {
      filename,
      code: 'param name string\noutput n string = name\noutput l array = list\noutput s string = listing(name)\n',
    },
  ],
  invalid: [
    {
      name: "the issue's shape: account.listKeys().key1",
      filename,
      code: `${ACCOUNT}output key string = account.listKeys().key1\n`,
      errors: [
        {
          messageId: 'listFunction',
          line: 4,
          column: 21,
          endColumn: 44,
          data: { output: 'key', source: 'listKeys()' },
          suggestions: [
            {
              messageId: 'markSecure',
              data: { output: 'key', source: 'listKeys()' },
              output: `${ACCOUNT}@secure()\noutput key string = account.listKeys().key1\n`,
            },
          ],
        },
      ],
    },
    {
      name: 'listKeys(resourceId, apiVersion) through a var, inside a connection string',
      filename,
      code: "var keys = listKeys(storage.id, '2023-01-01')\noutput conn string = 'DefaultEndpointsProtocol=https;AccountKey=${keys.keys[0].value}'\n",
      errors: [
        {
          messageId: 'listFunction',
          line: 2,
          data: { output: 'conn', source: 'listKeys()' },
          suggestions: [
            {
              messageId: 'markSecure',
              output:
                "var keys = listKeys(storage.id, '2023-01-01')\n@secure()\noutput conn string = 'DefaultEndpointsProtocol=https;AccountKey=${keys.keys[0].value}'\n",
            },
          ],
        },
      ],
    },
    {
      name: 'other list* functions, in objects, with other decorators and CRLF',
      filename,
      code: "@description('conn')\r\noutput o object = {\r\n  primary: search.listAdminKeys().primaryKey\r\n}\r\n",
      errors: [
        {
          messageId: 'listFunction',
          line: 2,
          data: { output: 'o', source: 'listAdminKeys()' },
          suggestions: [
            {
              messageId: 'markSecure',
              output:
                "@secure()\r\n@description('conn')\r\noutput o object = {\r\n  primary: search.listAdminKeys().primaryKey\r\n}\r\n",
            },
          ],
        },
      ],
    },
    {
      name: 'a @secure() parameter flowing into an output',
      filename,
      code: '@secure()\nparam adminPassword string\nvar p = adminPassword\noutput password string = p\n',
      errors: [
        {
          messageId: 'secureParameter',
          line: 4,
          column: 26,
          data: { output: 'password', parameter: 'adminPassword' },
          suggestions: [
            {
              messageId: 'markSecure',
              output:
                '@secure()\nparam adminPassword string\nvar p = adminPassword\n@secure()\noutput password string = p\n',
            },
          ],
        },
      ],
    },
    {
      name: 'a ternary with a listKeys() arm',
      filename,
      code: "output k string = expose ? account.listKeys().key1 : ''\n",
      errors: [{ messageId: 'listFunction', suggestions: 1 }],
    },
  ],
});

describe('no-secret-in-deployment-output in the presets', () => {
  it('is enabled by strict and all for Bicep files only', () => {
    const name = 'azure-ai-security/no-secret-in-deployment-output';
    for (const preset of ['strict', 'all'] as const) {
      const blocks = plugin.configs[preset].filter((block) => block.rules?.[name] !== undefined);
      expect(blocks.map((block) => [block.language, block.files])).toEqual([
        ['azure-ai-security/bicep', ['**/*.bicep', '**/*.bicepparam']],
      ]);
    }
    expect(plugin.configs.recommended.some((block) => block.rules?.[name] !== undefined)).toBe(false);
  });

  it('lints a Bicep file through the one-line strict preset, beside JavaScript files', () => {
    const config = [...plugin.configs.strict];
    const bicep = new Linter().verify('output key string = account.listKeys().key1\n', config, 'infra/main.bicep');
    expect(bicep.map((m) => m.ruleId)).toEqual(['azure-ai-security/no-secret-in-deployment-output']);
    expect(new Linter().verify('const key = account.listKeys().key1;\n', config, 'src/index.js')).toEqual([]);
  });
});
