import { RuleTester } from '@typescript-eslint/rule-tester';
import rule from '../../src/rules/iac-customer-managed-key.js';

const ruleTester = new RuleTester();

const NATIVE = 'import * as azure_native from "@pulumi/azure-native";\n';
const CLASSIC = 'import * as azure from "@pulumi/azure";\n';
const CDKTF = 'import * as azurerm from "@cdktf/provider-azurerm";\n';
const ARM =
  'import { CognitiveServicesManagementClient, KnownKeySource } from "@azure/arm-cognitiveservices";\nconst client = new CognitiveServicesManagementClient(credential, subscriptionId);\n';

const KV =
  'keyVaultProperties: { keyName: "cmk", keyVaultUri: vault.properties.vaultUri, identityClientId: identity.clientId }';
const NATIVE_ALT = ' (keySource "Microsoft.KeyVault" with keyVaultProperties)';

ruleTester.run('iac-customer-managed-key', rule, {
  valid: [
    `${NATIVE}new azure_native.cognitiveservices.Account("ai", { properties: { encryption: { keySource: "Microsoft.KeyVault", ${KV} } } });`,
    `${NATIVE}new azure_native.cognitiveservices.Account("ai", { properties: { encryption: { keySource: azure_native.cognitiveservices.KeySource.Microsoft_KeyVault, ${KV} } } });`,
    `import { Account, KeySource } from "@pulumi/azure-native/cognitiveservices";\nconst encryption = { keySource: KeySource.Microsoft_KeyVault, ${KV} };\nnew Account("ai", { properties: { encryption } });`,
    `${ARM}await client.accounts.beginCreateAndWait("rg", "ai", { properties: { encryption: { keySource: KnownKeySource.MicrosoftKeyVault } } });`,
    // azurerm: a customerManagedKey block, or a separate resource for the account.
    `${CLASSIC}new azure.cognitive.Account("ai", { customerManagedKey: { keyVaultKeyId: key.id, identityClientId: identity.clientId } });`,
    `${CLASSIC}const account = new azure.cognitive.Account("ai", { kind: "OpenAI" });\nnew azure.cognitive.AccountCustomerManagedKey("cmk", { cognitiveAccountId: account.id, keyVaultKeyId: key.id });`,
    `${CDKTF}new azurerm.cognitiveAccount.CognitiveAccount(this, "ai", { customerManagedKey: cmk });`,
    `${CDKTF}const account = new azurerm.cognitiveAccount.CognitiveAccount(this, "ai", { name: "ai" });\nnew azurerm.cognitiveAccountCustomerManagedKey.CognitiveAccountCustomerManagedKey(this, "cmk", { cognitiveAccountId: account.id, keyVaultKeyId: key.id });`,
    `import { CognitiveAccount } from "@cdktf/provider-azurerm/lib/cognitive-account";\nimport { CognitiveAccountCustomerManagedKey } from "@cdktf/provider-azurerm/lib/cognitive-account-customer-managed-key";\nconst ai = new CognitiveAccount(this, "ai", {});\nnew CognitiveAccountCustomerManagedKey(this, "cmk", { cognitiveAccountId: ai.id, keyVaultKeyId: key.id });`,
    // A key resource whose account cannot be told: no account in the file is reported.
    `${CDKTF}new azurerm.cognitiveAccount.CognitiveAccount(this, "ai", {});\nnew azurerm.cognitiveAccountCustomerManagedKey.CognitiveAccountCustomerManagedKey(this, "cmk", { cognitiveAccountId: props.accountId, keyVaultKeyId: key.id });`,
    // Not resolvable.
    `${NATIVE}new azure_native.cognitiveservices.Account("ai", { properties: { encryption: props.encryption } });`,
    `${NATIVE}new azure_native.cognitiveservices.Account("ai", { properties: { encryption: { keySource: config.require("keySource") } } });`,
    `${NATIVE}export const make = (properties: any) => new azure_native.cognitiveservices.Account("ai", { properties });`,
    // Other resources.
    `${NATIVE}new azure_native.storage.StorageAccount("st", { encryption: { keySource: "Microsoft.Storage" } });`,
  ],
  invalid: [
    {
      code: `${NATIVE}new azure_native.cognitiveservices.Account("ai", { properties: { encryption: { keySource: "Microsoft.CognitiveServices" } } });`,
      errors: [
        {
          messageId: 'microsoftManagedKey',
          data: {
            resource: 'cognitiveservices.Account',
            property: 'properties.encryption.keySource',
            value: '"Microsoft.CognitiveServices"',
          },
        },
      ],
    },
    {
      code: `import { Account, KeySource } from "@pulumi/azure-native/cognitiveservices";\nnew Account("ai", { properties: { encryption: { keySource: KeySource.Microsoft_CognitiveServices } } });`,
      errors: [
        {
          messageId: 'microsoftManagedKey',
          data: {
            resource: 'cognitiveservices.Account',
            property: 'properties.encryption.keySource',
            value: 'KeySource.Microsoft_CognitiveServices',
          },
        },
      ],
    },
    {
      code: `${NATIVE}new azure_native.cognitiveservices.Account("ai", { kind: "OpenAI", properties: { disableLocalAuth: true } });`,
      errors: [
        {
          messageId: 'noCustomerManagedKey',
          data: {
            resource: 'cognitiveservices.Account',
            property: 'properties.encryption.keySource',
            alternative: NATIVE_ALT,
          },
        },
      ],
    },
    {
      // Spread from a shared object without encryption.
      code: `${NATIVE}const base = { properties: { disableLocalAuth: true } };\nnew azure_native.cognitiveservices.Account("ai", { ...base, kind: "OpenAI" });`,
      errors: [{ messageId: 'noCustomerManagedKey', line: 3 }],
    },
    {
      code: `${ARM}await client.accounts.beginCreate("rg", "ai", { properties: { encryption: { keySource: KnownKeySource.MicrosoftCognitiveServices } } });`,
      errors: [
        {
          messageId: 'microsoftManagedKey',
          data: {
            resource: 'accounts.beginCreate',
            property: 'properties.encryption.keySource',
            value: 'KnownKeySource.MicrosoftCognitiveServices',
          },
        },
      ],
    },
    {
      // The key resource points at another account.
      code: `${CLASSIC}const a = new azure.cognitive.Account("a", {});\nconst b = new azure.cognitive.Account("b", {});\nnew azure.cognitive.AccountCustomerManagedKey("cmk", { cognitiveAccountId: a.id, keyVaultKeyId: key.id });`,
      errors: [
        {
          messageId: 'noCustomerManagedKey',
          line: 3,
          data: {
            resource: 'cognitive.Account',
            property: 'customerManagedKey',
            alternative: ' (or declare a cognitive.AccountCustomerManagedKey for it)',
          },
        },
      ],
    },
    {
      code: `${CDKTF}new azurerm.cognitiveAccount.CognitiveAccount(this, "a", { name: "a" });\nnew azurerm.cognitiveAccount.CognitiveAccount(this, "b", { customerManagedKey: undefined });`,
      errors: [
        {
          messageId: 'noCustomerManagedKey',
          data: {
            resource: 'CognitiveAccount',
            property: 'customerManagedKey',
            alternative: ' (or declare a CognitiveAccountCustomerManagedKey for it)',
          },
        },
        {
          messageId: 'microsoftManagedKey',
          data: { resource: 'CognitiveAccount', property: 'customerManagedKey', value: 'undefined' },
        },
      ],
    },
  ],
});
