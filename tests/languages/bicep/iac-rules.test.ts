// The four iac-* rules on Bicep files, through ESLint's RuleTester with the plugin's `bicep` language.
import { bicepTester as tester, ruleNamed as rule } from './tester.js';

const filename = 'infra/core/ai/cognitiveservices.bicep';
const ACCOUNT = "'Microsoft.CognitiveServices/accounts@2023-05-01'";

/** An account resource whose `properties` body is `props` (lines, indented by the helper). */
const account = (props: string[], head = `resource account ${ACCOUNT} =`): string =>
  [
    `${head} {`,
    "  name: 'ai'",
    "  kind: 'OpenAI'",
    '  properties: {',
    ...props.map((p) => `    ${p}`),
    '  }',
    '}',
    '',
  ].join('\n');

tester.run('iac-disable-local-auth (bicep)', rule('iac-disable-local-auth'), {
  valid: [
    { filename, code: account(['disableLocalAuth: true']) },
    { filename, code: `param disableLocalAuth bool = true\n${account(['disableLocalAuth: disableLocalAuth'])}` },
    // A parameter without default is decided at deployment: unknown, quiet.
    { filename, code: `param disableLocalAuth bool\n${account(['disableLocalAuth: disableLocalAuth'])}` },
    // Mixed values depend on the deployment.
    { filename, code: `param prod bool = true\n${account(['disableLocalAuth: prod ? true : false'])}` },
    { filename, code: account(['disableLocalAuth: contains(x, y)']) },
    { filename, code: "resource kv 'Microsoft.CognitiveServices/accounts@2023-05-01' existing = {\n  name: 'ai'\n}\n" },
    {
      filename,
      code: "resource st 'Microsoft.Storage/storageAccounts@2023-01-01' = {\n  name: 's'\n  properties: {}\n}\n",
    },
    // A module call that does not pass the parameter: the module's default is judged in the module.
    {
      filename: 'infra/main.bicep',
      code: "module ai './core/ai/cognitiveservices.bicep' = {\n  name: 'ai'\n  params: { name: 'x' }\n}\n",
    },
    {
      filename: 'infra/main.bicep',
      code: "module ai './core/ai/cognitiveservices.bicep' = {\n  params: { disableLocalAuth: true }\n}\n",
    },
    {
      filename: 'infra/main.bicep',
      code: "module st 'br/public:avm/res/storage/storage-account:0.9.0' = {\n  params: { disableLocalAuth: false }\n}\n",
    },
  ],
  invalid: [
    {
      name: 'a literal false in the resource',
      filename,
      code: account(['disableLocalAuth: false']),
      errors: [
        {
          messageId: 'localAuthOn',
          line: 5,
          column: 23,
          endColumn: 28,
          data: {
            resource: 'Bicep resource account',
            property: 'properties.disableLocalAuth',
            value: 'false',
            secure: 'true',
          },
          suggestions: [
            {
              messageId: 'setEntraOnly',
              data: { property: 'properties.disableLocalAuth', secure: 'true' },
              output: account(['disableLocalAuth: true']),
            },
          ],
        },
      ],
    },
    {
      name: 'an insecure param default is reported at the default, and fixed there',
      filename,
      code: `param disableLocalAuth bool = false\n${account(['disableLocalAuth: disableLocalAuth'])}`,
      errors: [
        {
          messageId: 'localAuthOn',
          line: 1,
          column: 31,
          endColumn: 36,
          data: {
            resource: 'Bicep resource account',
            property: 'properties.disableLocalAuth',
            secure: 'true',
            value: 'false (the default of parameter disableLocalAuth)',
          },
          suggestions: [
            {
              messageId: 'setEntraOnly',
              output: `param disableLocalAuth bool = true\n${account(['disableLocalAuth: disableLocalAuth'])}`,
            },
          ],
        },
      ],
    },
    {
      name: 'through a var: reported at the property, no edit of the var',
      filename,
      code: `var localAuthOff = false\n${account(['disableLocalAuth: localAuthOff'])}`,
      errors: [
        {
          messageId: 'localAuthOn',
          line: 6,
          column: 23,
          data: {
            resource: 'Bicep resource account',
            property: 'properties.disableLocalAuth',
            secure: 'true',
            value: 'false',
          },
          suggestions: [],
        },
      ],
    },
    {
      name: 'both arms of a ternary insecure: reported, no plain edit',
      filename,
      code: account(['disableLocalAuth: prod ? false : false']),
      errors: [{ messageId: 'localAuthOn', line: 5, suggestions: [] }],
    },
    {
      name: 'not set: reported at the declaration, with an edit that adds it',
      filename,
      code: `resource account ${ACCOUNT} = {\n  name: 'ai'\n  properties: {\n    customSubDomainName: 'ai'\n  }\n}\n`,
      errors: [
        {
          messageId: 'localAuthDefault',
          line: 1,
          column: 10,
          endColumn: 67,
          suggestions: [
            {
              messageId: 'setEntraOnly',
              output: `resource account ${ACCOUNT} = {\n  name: 'ai'\n  properties: {\n    customSubDomainName: 'ai'\n    disableLocalAuth: true\n  }\n}\n`,
            },
          ],
        },
      ],
    },
    {
      name: 'no properties at all, in a conditional resource with CRLF line ends',
      filename,
      code: `resource account ${ACCOUNT} = if (deploy) {\r\n  name: 'ai'\r\n}\r\n`,
      errors: [
        {
          messageId: 'localAuthDefault',
          suggestions: [
            {
              messageId: 'setEntraOnly',
              output: `resource account ${ACCOUNT} = if (deploy) {\r\n  name: 'ai'\r\n  properties: {\r\n    disableLocalAuth: true\r\n  }\r\n}\r\n`,
            },
          ],
        },
      ],
    },
    {
      name: 'any API version, the resource type compared case-insensitively, in a loop',
      filename,
      code: "resource accounts 'microsoft.cognitiveservices/accounts@2025-06-01' = [for n in names: {\n  name: n\n  properties: { disableLocalAuth: false }\n}]\n",
      errors: [
        {
          messageId: 'localAuthOn',
          line: 3,
          data: {
            resource: 'Bicep resource accounts',
            property: 'properties.disableLocalAuth',
            value: 'false',
            secure: 'true',
          },
          suggestions: 1,
        },
      ],
    },
    {
      name: 'a local module called with an insecure value',
      filename: 'infra/main.bicep',
      code: "module ai './core/ai/cognitiveservices.bicep' = {\n  name: 'ai'\n  params: {\n    disableLocalAuth: false\n  }\n}\n",
      errors: [
        {
          messageId: 'localAuthOn',
          line: 4,
          column: 23,
          data: { resource: 'Bicep module ai', property: 'params.disableLocalAuth', value: 'false', secure: 'true' },
          suggestions: [
            {
              messageId: 'setEntraOnly',
              output:
                "module ai './core/ai/cognitiveservices.bicep' = {\n  name: 'ai'\n  params: {\n    disableLocalAuth: true\n  }\n}\n",
            },
          ],
        },
      ],
    },
    {
      name: 'the AVM account module called with an insecure value from a param default',
      filename: 'infra/main.bicep',
      code: "param localAuth bool = false\nmodule ai 'br/public:avm/res/cognitive-services/account:0.7.0' = {\n  params: { disableLocalAuth: localAuth }\n}\n",
      errors: [
        {
          messageId: 'localAuthOn',
          line: 1,
          column: 24,
          suggestions: [
            {
              messageId: 'setEntraOnly',
              output:
                "param localAuth bool = true\nmodule ai 'br/public:avm/res/cognitive-services/account:0.7.0' = {\n  params: { disableLocalAuth: localAuth }\n}\n",
            },
          ],
        },
      ],
    },
    {
      name: 'a param default shared by two accounts is reported once',
      filename,
      code: `param off bool = false\n${account(['disableLocalAuth: off'])}${account(['disableLocalAuth: off'], `resource second ${ACCOUNT} =`)}`,
      errors: [{ messageId: 'localAuthOn', line: 1, suggestions: 1 }],
    },
    {
      name: 'strictParameters: a parameter without default is reported at the parameter',
      filename,
      code: `param disableLocalAuth bool\n${account(['disableLocalAuth: disableLocalAuth'])}`,
      options: [{ strictParameters: true }],
      errors: [
        {
          messageId: 'localAuthParameter',
          line: 1,
          column: 7,
          endColumn: 23,
          data: {
            resource: 'Bicep resource account',
            property: 'properties.disableLocalAuth',
            secure: 'true',
            parameter: 'disableLocalAuth',
          },
        },
      ],
    },
  ],
});

tester.run('iac-private-network (bicep)', rule('iac-private-network'), {
  valid: [
    { filename, code: account(["publicNetworkAccess: 'Disabled'"]) },
    { filename, code: account(["publicNetworkAccess: 'disabled'"]) },
    { filename, code: account(["publicNetworkAccess: 'Enabled'", "networkAcls: { defaultAction: 'Deny' }"]) },
    { filename, code: `param publicNetworkAccess string\n${account(['publicNetworkAccess: publicNetworkAccess'])}` },
    {
      filename,
      code: `param ips array = []\nparam acls object = empty(ips) ? { defaultAction: 'Allow' } : { defaultAction: 'Deny' }\n${account(['networkAcls: acls'])}`,
    },
    {
      filename: 'infra/main.bicep',
      code: "module ai './openai.bicep' = {\n  params: { publicNetworkAccess: 'Enabled', networkAcls: { defaultAction: 'Deny' } }\n}\n",
    },
    // A local module that, by its path, is not an AI account module.
    {
      filename: 'infra/main.bicep',
      code: "module st './core/storage/storage-account.bicep' = {\n  params: { publicNetworkAccess: 'Enabled' }\n}\n",
    },
  ],
  invalid: [
    {
      name: "the azd module shape: 'Enabled' as a param default",
      filename,
      code: `@allowed([ 'Enabled', 'Disabled' ])\nparam publicNetworkAccess string = 'Enabled'\n${account(['publicNetworkAccess: publicNetworkAccess'])}`,
      errors: [
        {
          messageId: 'publicAccess',
          line: 2,
          column: 36,
          endColumn: 45,
          data: {
            resource: 'Bicep resource account',
            property: 'properties.publicNetworkAccess',
            value: "'Enabled' (the default of parameter publicNetworkAccess)",
            secure: "'Disabled'",
          },
          suggestions: [
            {
              messageId: 'disablePublicAccess',
              output: `@allowed([ 'Enabled', 'Disabled' ])\nparam publicNetworkAccess string = 'Disabled'\n${account(['publicNetworkAccess: publicNetworkAccess'])}`,
            },
          ],
        },
      ],
    },
    {
      name: 'ACLs allow by default and public access is not set',
      filename,
      code: account(["networkAcls: { defaultAction: 'Allow' }"]),
      errors: [
        {
          messageId: 'aclAllows',
          line: 5,
          suggestions: [{ messageId: 'denyByDefault', output: account(["networkAcls: { defaultAction: 'Deny' }"]) }],
        },
      ],
    },
    {
      name: 'neither set',
      filename,
      code: account(["customSubDomainName: 'ai'"]),
      errors: [{ messageId: 'publicAccessDefault', line: 1, suggestions: 1 }],
    },
    {
      name: 'a module passing Enabled (case-insensitive: enabled)',
      filename: 'infra/main.bicep',
      code: "module ai 'br/public:avm/res/cognitive-services/account:0.7.0' = {\n  params: { publicNetworkAccess: 'enabled' }\n}\n",
      errors: [
        {
          messageId: 'publicAccess',
          line: 2,
          column: 34,
          data: {
            resource: 'Bicep module ai',
            property: 'params.publicNetworkAccess',
            value: "'enabled'",
            secure: "'Disabled'",
          },
          suggestions: [
            {
              messageId: 'disablePublicAccess',
              output:
                "module ai 'br/public:avm/res/cognitive-services/account:0.7.0' = {\n  params: { publicNetworkAccess: 'Disabled' }\n}\n",
            },
          ],
        },
      ],
    },
  ],
});

tester.run('iac-restrict-outbound (bicep)', rule('iac-restrict-outbound'), {
  valid: [
    { filename, code: account(['restrictOutboundNetworkAccess: true', "allowedFqdnList: [ 'contoso.com' ]"]) },
    { filename: 'infra/main.bicep', code: "module ai './core/ai/ai-services.bicep' = {\n  params: {}\n}\n" },
  ],
  invalid: [
    {
      name: 'not set',
      filename,
      code: account(["customSubDomainName: 'ai'"]),
      errors: [
        {
          messageId: 'outboundDefault',
          data: {
            resource: 'Bicep resource account',
            property: 'properties.restrictOutboundNetworkAccess',
            secure: 'true',
            list: 'allowedFqdnList',
          },
          suggestions: 1,
        },
      ],
    },
    {
      name: 'set to false',
      filename,
      code: account(['restrictOutboundNetworkAccess: false']),
      errors: [
        {
          messageId: 'outboundOpen',
          suggestions: [{ messageId: 'restrictOutbound', output: account(['restrictOutboundNetworkAccess: true']) }],
        },
      ],
    },
  ],
});

tester.run('iac-customer-managed-key (bicep)', rule('iac-customer-managed-key'), {
  valid: [
    {
      filename,
      code: account(["encryption: { keySource: 'Microsoft.KeyVault', keyVaultProperties: { keyName: k } }"]),
    },
    { filename, code: account(["encryption: { keySource: 'microsoft.keyvault' }"]) },
    {
      filename: 'infra/main.bicep',
      code: "module ai 'br/public:avm/res/cognitive-services/account:0.7.0' = {\n  params: { customerManagedKey: { keyName: 'k' } }\n}\n",
    },
  ],
  invalid: [
    {
      name: 'not set: reported, no suggestion',
      filename,
      code: account(["customSubDomainName: 'ai'"]),
      errors: [{ messageId: 'noCustomerManagedKey', line: 1, suggestions: [] }],
    },
    {
      name: 'Microsoft-managed keys',
      filename,
      code: account(["encryption: { keySource: 'Microsoft.CognitiveServices' }"]),
      errors: [
        {
          messageId: 'microsoftManagedKey',
          data: {
            resource: 'Bicep resource account',
            property: 'properties.encryption.keySource',
            value: "'Microsoft.CognitiveServices'",
          },
          suggestions: [],
        },
      ],
    },
  ],
});
