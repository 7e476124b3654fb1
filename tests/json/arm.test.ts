// The four iac-* rules on ARM templates: Microsoft.CognitiveServices/accounts at the top level, as child resources
// and in nested deployments; parameter defaults and variables followed; the same verdicts and suggestions as in
// Pulumi / CDKTF code.
import iacCustomerManagedKey from '../../src/rules/iac-customer-managed-key.js';
import iacDisableLocalAuth from '../../src/rules/iac-disable-local-auth.js';
import iacPrivateNetwork from '../../src/rules/iac-private-network.js';
import iacRestrictOutbound from '../../src/rules/iac-restrict-outbound.js';
import { asEslintRule, jsonTester, jsonText } from './support.js';

const SCHEMA = 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#';
const TYPE = 'Microsoft.CognitiveServices/accounts';
const RESOURCE = `${TYPE} "contoso-ai"`;

interface Template {
  parameters?: Record<string, unknown>;
  variables?: Record<string, unknown>;
  resources: unknown[] | Record<string, unknown>;
}

function template({ parameters, variables, resources }: Template): string {
  return jsonText({
    $schema: SCHEMA,
    contentVersion: '1.0.0.0',
    ...(parameters && { parameters }),
    ...(variables && { variables }),
    resources,
  });
}

function account(properties?: Record<string, unknown>, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type: TYPE,
    apiVersion: '2024-10-01',
    name: 'contoso-ai',
    location: 'eastus',
    kind: 'OpenAI',
    sku: { name: 'S0' },
    ...(properties && { properties }),
    ...extra,
  };
}

const secureAccount = {
  disableLocalAuth: true,
  publicNetworkAccess: 'Disabled',
  restrictOutboundNetworkAccess: true,
  allowedFqdnList: ['contoso.blob.core.windows.net'],
  encryption: {
    keySource: 'Microsoft.KeyVault',
    keyVaultProperties: { keyName: 'k', keyVaultUri: 'https://v.vault.azure.net/' },
  },
};

const tester = jsonTester();

tester.run('iac-disable-local-auth (ARM)', asEslintRule(iacDisableLocalAuth), {
  valid: [
    {
      name: 'disableLocalAuth true',
      filename: 'azuredeploy.json',
      code: template({ resources: [account(secureAccount)] }),
    },
    {
      name: 'from a parameter whose default is true',
      filename: 'main.json',
      code: template({
        parameters: { disableLocalAuth: { type: 'bool', defaultValue: true } },
        resources: [account({ disableLocalAuth: "[parameters('disableLocalAuth')]" })],
      }),
    },
    {
      name: 'from a parameter without a default (decided at deployment)',
      filename: 'main.json',
      code: template({
        parameters: { disableLocalAuth: { type: 'bool' } },
        resources: [account({ disableLocalAuth: "[parameters('disableLocalAuth')]" })],
      }),
    },
    {
      name: 'an expression this reader does not evaluate',
      filename: 'main.json',
      code: template({ resources: [account({ disableLocalAuth: "[equals(parameters('env'), 'prod')]" })] }),
    },
    {
      name: 'not an ARM template',
      filename: 'data.json',
      code: jsonText({ resources: [account({ disableLocalAuth: false })] }),
    },
    {
      name: 'other resource types',
      filename: 'main.json',
      code: template({
        resources: [{ type: 'Microsoft.Storage/storageAccounts', properties: { disableLocalAuth: false } }],
      }),
    },
  ],
  invalid: [
    {
      name: 'disableLocalAuth false, set to true by the suggestion',
      filename: 'azuredeploy.json',
      code: template({ resources: [account({ ...secureAccount, disableLocalAuth: false })] }),
      errors: [
        {
          messageId: 'localAuthOn',
          data: { resource: RESOURCE, property: 'properties.disableLocalAuth', value: 'false', secure: 'true' },
          suggestions: [
            {
              messageId: 'setEntraOnly',
              data: { resource: RESOURCE, property: 'properties.disableLocalAuth', secure: 'true' },
              output: template({ resources: [account(secureAccount)] }),
            },
          ],
        },
      ],
    },
    {
      name: 'a parameter default of false: the suggestion edits the default',
      filename: 'main.json',
      code: template({
        parameters: { disableLocalAuth: { type: 'bool', defaultValue: false } },
        resources: [account({ disableLocalAuth: "[parameters('disableLocalAuth')]" })],
      }),
      errors: [
        {
          messageId: 'localAuthOn',
          data: {
            resource: RESOURCE,
            property: 'properties.disableLocalAuth',
            value: `false (from "[parameters('disableLocalAuth')]")`,
            secure: 'true',
          },
          suggestions: [
            {
              messageId: 'setEntraOnly',
              output: template({
                parameters: { disableLocalAuth: { type: 'bool', defaultValue: true } },
                resources: [account({ disableLocalAuth: "[parameters('disableLocalAuth')]" })],
              }),
            },
          ],
        },
      ],
    },
    {
      name: 'not set: reported at the type, the suggestion adds it to properties',
      filename: 'main.json',
      code: template({ resources: [account({ publicNetworkAccess: 'Disabled' })] }),
      errors: [
        {
          messageId: 'localAuthDefault',
          data: { resource: RESOURCE, property: 'properties.disableLocalAuth', secure: 'true' },
          line: 6,
          suggestions: [
            {
              messageId: 'setEntraOnly',
              output: template({ resources: [account({ publicNetworkAccess: 'Disabled', disableLocalAuth: true })] }),
            },
          ],
        },
      ],
    },
    {
      name: 'no properties at all: the suggestion adds the properties object',
      filename: 'main.json',
      code: template({ resources: [account()] }),
      errors: [
        {
          messageId: 'localAuthDefault',
          suggestions: [
            {
              messageId: 'setEntraOnly',
              output: template({ resources: [account()] }).replace(
                /("sku": \{\n\s+"name": "S0"\n\s+\})/u,
                '$1,\n      "properties": { "disableLocalAuth": true }',
              ),
            },
          ],
        },
      ],
    },
    {
      name: 'child resources, symbolic-name resources and nested deployments (inner scope)',
      filename: 'main.json',
      code: template({
        parameters: { local: { type: 'bool', defaultValue: false } },
        resources: [
          { type: 'Microsoft.Resources/resourceGroups', name: 'rg', resources: [account(secureAccount)] },
          {
            type: 'Microsoft.Resources/deployments',
            name: 'ai',
            properties: {
              expressionEvaluationOptions: { scope: 'inner' },
              parameters: { innerLocal: { value: "[parameters('local')]" } },
              template: {
                parameters: { innerLocal: { type: 'bool' } },
                resources: { ai: account({ ...secureAccount, disableLocalAuth: "[parameters('innerLocal')]" }) },
              },
            },
          },
        ],
      }),
      errors: [
        {
          messageId: 'localAuthOn',
          data: {
            resource: RESOURCE,
            property: 'properties.disableLocalAuth',
            value: `false (from "[parameters('innerLocal')]")`,
            secure: 'true',
          },
          suggestions: 1,
        },
      ],
    },
  ],
});

tester.run('iac-private-network (ARM)', asEslintRule(iacPrivateNetwork), {
  valid: [
    {
      name: 'public access disabled',
      filename: 'main.json',
      code: template({ resources: [account({ publicNetworkAccess: 'Disabled' })] }),
    },
    {
      name: 'ACLs deny by default',
      filename: 'main.json',
      code: template({
        resources: [account({ publicNetworkAccess: 'Enabled', networkAcls: { defaultAction: 'Deny', ipRules: [] } })],
      }),
    },
    {
      name: 'ACLs from a variable that denies',
      filename: 'main.json',
      code: template({
        variables: { acls: { defaultAction: 'Deny' } },
        resources: [account({ networkAcls: "[variables('acls')]" })],
      }),
    },
  ],
  invalid: [
    {
      name: 'public access enabled and ACLs allow',
      filename: 'main.json',
      code: template({
        resources: [account({ publicNetworkAccess: 'Enabled', networkAcls: { defaultAction: 'Allow' } })],
      }),
      errors: [
        {
          messageId: 'publicAccess',
          data: {
            resource: RESOURCE,
            property: 'properties.publicNetworkAccess',
            value: '"Enabled"',
            secure: '"Disabled"',
          },
          suggestions: [
            {
              messageId: 'disablePublicAccess',
              output: template({
                resources: [account({ publicNetworkAccess: 'Disabled', networkAcls: { defaultAction: 'Allow' } })],
              }),
            },
          ],
        },
      ],
    },
    {
      name: 'public access left at its default and ACLs allowing: the ACL is reported',
      filename: 'main.json',
      code: template({ resources: [account({ networkAcls: { defaultAction: 'Allow' } })] }),
      errors: [
        {
          messageId: 'aclAllows',
          data: {
            resource: RESOURCE,
            property: 'properties.networkAcls.defaultAction',
            value: '"Allow"',
            secure: '"Deny"',
          },
          suggestions: [
            {
              messageId: 'denyByDefault',
              output: template({ resources: [account({ networkAcls: { defaultAction: 'Deny' } })] }),
            },
          ],
        },
      ],
    },
    {
      name: 'neither set',
      filename: 'main.json',
      code: template({ resources: [account({ disableLocalAuth: true })] }),
      errors: [
        {
          messageId: 'publicAccessDefault',
          suggestions: [
            {
              messageId: 'disablePublicAccess',
              output: template({ resources: [account({ disableLocalAuth: true, publicNetworkAccess: 'Disabled' })] }),
            },
          ],
        },
      ],
    },
  ],
});

tester.run('iac-restrict-outbound (ARM)', asEslintRule(iacRestrictOutbound), {
  valid: [{ name: 'restricted', filename: 'main.json', code: template({ resources: [account(secureAccount)] }) }],
  invalid: [
    {
      name: 'not restricted, from a variable',
      filename: 'main.json',
      code: template({
        variables: { restrict: false },
        resources: [account({ restrictOutboundNetworkAccess: "[variables('restrict')]" })],
      }),
      errors: [
        {
          messageId: 'outboundOpen',
          data: {
            resource: RESOURCE,
            property: 'properties.restrictOutboundNetworkAccess',
            value: `false (from "[variables('restrict')]")`,
            list: 'allowedFqdnList',
            secure: 'true',
          },
          suggestions: [
            {
              messageId: 'restrictOutbound',
              output: template({
                variables: { restrict: true },
                resources: [account({ restrictOutboundNetworkAccess: "[variables('restrict')]" })],
              }),
            },
          ],
        },
      ],
    },
    {
      name: 'not set',
      filename: 'main.json',
      code: template({ resources: [account({})] }),
      errors: [
        {
          messageId: 'outboundDefault',
          suggestions: [
            {
              messageId: 'restrictOutbound',
              output: template({ resources: [account({})] }).replace(
                '"properties": {}',
                '"properties": { "restrictOutboundNetworkAccess": true }',
              ),
            },
          ],
        },
      ],
    },
  ],
});

tester.run('iac-customer-managed-key (ARM)', asEslintRule(iacCustomerManagedKey), {
  valid: [
    { name: 'Key Vault key source', filename: 'main.json', code: template({ resources: [account(secureAccount)] }) },
  ],
  invalid: [
    {
      name: 'Microsoft-managed keys: report only',
      filename: 'main.json',
      code: template({ resources: [account({ encryption: { keySource: 'Microsoft.CognitiveServices' } })] }),
      errors: [
        {
          messageId: 'microsoftManagedKey',
          data: {
            resource: RESOURCE,
            property: 'properties.encryption.keySource',
            value: '"Microsoft.CognitiveServices"',
            alternative: ' (keySource "Microsoft.KeyVault" with keyVaultProperties)',
            secure: '"Microsoft.KeyVault"',
          },
        },
      ],
    },
    {
      name: 'no encryption block',
      filename: 'main.json',
      code: template({ resources: [account({ disableLocalAuth: true })] }),
      errors: [{ messageId: 'noCustomerManagedKey' }],
    },
  ],
});
