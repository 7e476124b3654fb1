import { RuleTester } from '@typescript-eslint/rule-tester';
import rule from '../../src/rules/iac-private-network.js';

const ruleTester = new RuleTester();

const NATIVE = 'import * as azure_native from "@pulumi/azure-native";\n';
const CLASSIC = 'import * as azure from "@pulumi/azure";\n';
const CDKTF = 'import * as azurerm from "@cdktf/provider-azurerm";\n';
const ARM =
  'import { CognitiveServicesManagementClient, KnownPublicNetworkAccess } from "@azure/arm-cognitiveservices";\nconst client = new CognitiveServicesManagementClient(credential, subscriptionId);\n';

const nativeData = {
  resource: 'cognitiveservices.Account',
  property: 'properties.publicNetworkAccess',
  secure: '"Disabled"',
};
const aclData = {
  resource: 'cognitiveservices.Account',
  property: 'properties.networkAcls.defaultAction',
  secure: '"Deny"',
};
const azurermData = (resource: string) => ({ resource, property: 'publicNetworkAccessEnabled', secure: 'false' });

ruleTester.run('iac-private-network', rule, {
  valid: [
    // Public access disabled (string, enum), or network ACLs that deny by default.
    `${NATIVE}new azure_native.cognitiveservices.Account("ai", { properties: { publicNetworkAccess: "Disabled" } });`,
    `${NATIVE}new azure_native.cognitiveservices.Account("ai", { properties: { publicNetworkAccess: azure_native.cognitiveservices.PublicNetworkAccess.Disabled } });`,
    `import { Account, PublicNetworkAccess } from "@pulumi/azure-native/cognitiveservices";\nnew Account("ai", { properties: { publicNetworkAccess: PublicNetworkAccess.Disabled } });`,
    `${NATIVE}new azure_native.cognitiveservices.Account("ai", { properties: { publicNetworkAccess: "Enabled", networkAcls: { defaultAction: "Deny", ipRules: [{ value: "203.0.113.0/24" }] } } });`,
    `${NATIVE}const { NetworkRuleAction } = azure_native.cognitiveservices;\nnew azure_native.cognitiveservices.Account("ai", { properties: { networkAcls: { defaultAction: NetworkRuleAction.Deny } } });`,
    `${CLASSIC}new azure.cognitive.Account("ai", { publicNetworkAccessEnabled: false });`,
    `${CLASSIC}new azure.cognitive.Account("ai", { networkAcls: { defaultAction: "Deny", virtualNetworkRules: [{ subnetId: subnet.id }] } });`,
    `${CDKTF}new azurerm.cognitiveAccount.CognitiveAccount(this, "ai", { publicNetworkAccessEnabled: false });`,
    `import { CognitiveAccount } from "@cdktf/provider-azurerm/lib/cognitive-account";\nnew CognitiveAccount(this, "ai", { networkAcls: { defaultAction: "Deny" } });`,
    `${ARM}await client.accounts.beginCreateAndWait("rg", "ai", { properties: { publicNetworkAccess: KnownPublicNetworkAccess.Disabled } });`,
    // Nested objects and spreads from a shared object.
    `${NATIVE}const network = { networkAcls: { defaultAction: "Deny" } };\nnew azure_native.cognitiveservices.Account("ai", { properties: { ...network } });`,
    `${NATIVE}const acls = { defaultAction: "Deny" };\nconst args = { properties: { networkAcls: acls } };\nnew azure_native.cognitiveservices.Account("ai", args);`,
    // Not resolvable: config, parameters, run-time choices.
    `${NATIVE}new azure_native.cognitiveservices.Account("ai", { properties: { publicNetworkAccess: config.require("publicNetworkAccess") } });`,
    `${NATIVE}new azure_native.cognitiveservices.Account("ai", { properties: { networkAcls: props.networkAcls } });`,
    `${NATIVE}new azure_native.cognitiveservices.Account("ai", { properties: { publicNetworkAccess: isProd ? "Disabled" : "Enabled" } });`,
    `${CLASSIC}export const make = (args: any) => new azure.cognitive.Account("ai", args);`,
    // Other resources.
    `${NATIVE}new azure_native.storage.StorageAccount("st", { publicNetworkAccess: "Enabled" });`,
    `${CLASSIC}new azure.search.Service("search", { publicNetworkAccessEnabled: true });`,
  ],
  invalid: [
    {
      code: `${NATIVE}new azure_native.cognitiveservices.Account("ai", { properties: { publicNetworkAccess: "Enabled" } });`,
      errors: [
        {
          messageId: 'publicAccess',
          data: { ...nativeData, value: '"Enabled"' },
          suggestions: [
            {
              messageId: 'disablePublicAccess',
              data: nativeData,
              output: `${NATIVE}new azure_native.cognitiveservices.Account("ai", { properties: { publicNetworkAccess: "Disabled" } });`,
            },
          ],
        },
      ],
    },
    {
      // Enum member: the enum is kept; single quotes are kept.
      code: `${NATIVE}new azure_native.cognitiveservices.Account("a", { properties: { publicNetworkAccess: azure_native.cognitiveservices.PublicNetworkAccess.Enabled } });\nnew azure_native.cognitiveservices.Account("b", { properties: { publicNetworkAccess: 'Enabled' } });`,
      errors: [
        {
          messageId: 'publicAccess',
          data: { ...nativeData, value: 'azure_native.cognitiveservices.PublicNetworkAccess.Enabled' },
          suggestions: [
            {
              messageId: 'disablePublicAccess',
              output: `${NATIVE}new azure_native.cognitiveservices.Account("a", { properties: { publicNetworkAccess: azure_native.cognitiveservices.PublicNetworkAccess.Disabled } });\nnew azure_native.cognitiveservices.Account("b", { properties: { publicNetworkAccess: 'Enabled' } });`,
            },
          ],
        },
        {
          messageId: 'publicAccess',
          suggestions: [
            {
              messageId: 'disablePublicAccess',
              output: `${NATIVE}new azure_native.cognitiveservices.Account("a", { properties: { publicNetworkAccess: azure_native.cognitiveservices.PublicNetworkAccess.Enabled } });\nnew azure_native.cognitiveservices.Account("b", { properties: { publicNetworkAccess: 'Disabled' } });`,
            },
          ],
        },
      ],
    },
    {
      // Network ACLs that allow by default (enum), public access not set: reported at the default action.
      code: `import { Account, NetworkRuleAction } from "@pulumi/azure-native/cognitiveservices";\nnew Account("ai", { properties: { networkAcls: { defaultAction: NetworkRuleAction.Allow } } });`,
      errors: [
        {
          messageId: 'aclAllows',
          data: { ...aclData, value: 'NetworkRuleAction.Allow' },
          suggestions: [
            {
              messageId: 'denyByDefault',
              data: aclData,
              output: `import { Account, NetworkRuleAction } from "@pulumi/azure-native/cognitiveservices";\nnew Account("ai", { properties: { networkAcls: { defaultAction: NetworkRuleAction.Deny } } });`,
            },
          ],
        },
      ],
    },
    {
      // Nothing set.
      code: `${NATIVE}new azure_native.cognitiveservices.Account("ai", {\n  kind: "OpenAI",\n  properties: { disableLocalAuth: true },\n});`,
      errors: [
        {
          messageId: 'publicAccessDefault',
          data: nativeData,
          suggestions: [
            {
              messageId: 'disablePublicAccess',
              output: `${NATIVE}new azure_native.cognitiveservices.Account("ai", {\n  kind: "OpenAI",\n  properties: { disableLocalAuth: true, publicNetworkAccess: "Disabled" },\n});`,
            },
          ],
        },
      ],
    },
    {
      // Spread from a shared object that enables public access.
      code: `${NATIVE}const common = { publicNetworkAccess: "Enabled", disableLocalAuth: true };\nnew azure_native.cognitiveservices.Account("ai", { properties: { ...common, networkAcls: { defaultAction: "Allow" } } });`,
      errors: [
        {
          messageId: 'publicAccess',
          line: 2,
          suggestions: [
            {
              messageId: 'disablePublicAccess',
              output: `${NATIVE}const common = { publicNetworkAccess: "Disabled", disableLocalAuth: true };\nnew azure_native.cognitiveservices.Account("ai", { properties: { ...common, networkAcls: { defaultAction: "Allow" } } });`,
            },
          ],
        },
      ],
    },
    {
      // Through a constant: the property gets the literal, the constant stays.
      code: `${NATIVE}const access = "Enabled";\nnew azure_native.cognitiveservices.Account("ai", { properties: { publicNetworkAccess: access } });`,
      errors: [
        {
          messageId: 'publicAccess',
          line: 3,
          suggestions: [
            {
              messageId: 'disablePublicAccess',
              output: `${NATIVE}const access = "Enabled";\nnew azure_native.cognitiveservices.Account("ai", { properties: { publicNetworkAccess: "Disabled" } });`,
            },
          ],
        },
      ],
    },
    {
      // Classic Pulumi and CDKTF: missing, and explicitly enabled.
      code: `${CLASSIC}new azure.cognitive.Account("a", { kind: "OpenAI" });\nnew azure.cognitive.Account("b", { publicNetworkAccessEnabled: true, networkAcls: { defaultAction: "Allow" } });`,
      errors: [
        {
          messageId: 'publicAccessDefault',
          data: azurermData('cognitive.Account'),
          suggestions: [
            {
              messageId: 'disablePublicAccess',
              data: azurermData('cognitive.Account'),
              output: `${CLASSIC}new azure.cognitive.Account("a", { kind: "OpenAI", publicNetworkAccessEnabled: false });\nnew azure.cognitive.Account("b", { publicNetworkAccessEnabled: true, networkAcls: { defaultAction: "Allow" } });`,
            },
          ],
        },
        {
          messageId: 'publicAccess',
          data: { ...azurermData('cognitive.Account'), value: 'true' },
          suggestions: [
            {
              messageId: 'disablePublicAccess',
              output: `${CLASSIC}new azure.cognitive.Account("a", { kind: "OpenAI" });\nnew azure.cognitive.Account("b", { publicNetworkAccessEnabled: false, networkAcls: { defaultAction: "Allow" } });`,
            },
          ],
        },
      ],
    },
    {
      code: `${CDKTF}new azurerm.cognitiveAccount.CognitiveAccount(this, "ai", { networkAcls: { defaultAction: "Allow" } });`,
      errors: [
        {
          messageId: 'aclAllows',
          data: {
            resource: 'CognitiveAccount',
            property: 'networkAcls.defaultAction',
            secure: '"Deny"',
            value: '"Allow"',
          },
          suggestions: [
            {
              messageId: 'denyByDefault',
              output: `${CDKTF}new azurerm.cognitiveAccount.CognitiveAccount(this, "ai", { networkAcls: { defaultAction: "Deny" } });`,
            },
          ],
        },
      ],
    },
    {
      code: `import { CognitiveAccount } from "@cdktf/provider-azurerm/lib/cognitive-account";\nnew CognitiveAccount(this, "ai", {});`,
      errors: [
        {
          messageId: 'publicAccessDefault',
          data: azurermData('CognitiveAccount'),
          suggestions: [
            {
              messageId: 'disablePublicAccess',
              output: `import { CognitiveAccount } from "@cdktf/provider-azurerm/lib/cognitive-account";\nnew CognitiveAccount(this, "ai", { publicNetworkAccessEnabled: false });`,
            },
          ],
        },
      ],
    },
    {
      // Management SDK with the Known* enum.
      code: `${ARM}await client.accounts.beginCreateAndWait("rg", "ai", { properties: { publicNetworkAccess: KnownPublicNetworkAccess.Enabled } });`,
      errors: [
        {
          messageId: 'publicAccess',
          data: { ...nativeData, resource: 'accounts.beginCreate', value: 'KnownPublicNetworkAccess.Enabled' },
          suggestions: [
            {
              messageId: 'disablePublicAccess',
              output: `${ARM}await client.accounts.beginCreateAndWait("rg", "ai", { properties: { publicNetworkAccess: KnownPublicNetworkAccess.Disabled } });`,
            },
          ],
        },
      ],
    },
  ],
});
