import { RuleTester } from '@typescript-eslint/rule-tester';
import rule from '../../src/rules/iac-restrict-outbound.js';

const ruleTester = new RuleTester();

const NATIVE = 'import * as azure_native from "@pulumi/azure-native";\n';
const CLASSIC = 'import * as azure from "@pulumi/azure";\n';
const CDKTF = 'import * as azurerm from "@cdktf/provider-azurerm";\n';
const ARM =
  'import { CognitiveServicesManagementClient } from "@azure/arm-cognitiveservices";\nconst client = new CognitiveServicesManagementClient(credential, subscriptionId);\n';

const nativeData = {
  resource: 'cognitiveservices.Account',
  property: 'properties.restrictOutboundNetworkAccess',
  list: 'allowedFqdnList',
};
const azurermData = (resource: string) => ({ resource, property: 'outboundNetworkAccessRestricted', list: 'fqdns' });

ruleTester.run('iac-restrict-outbound', rule, {
  valid: [
    `${NATIVE}new azure_native.cognitiveservices.Account("ai", { properties: { restrictOutboundNetworkAccess: true, allowedFqdnList: ["contoso.blob.core.windows.net"] } });`,
    `import * as cognitiveservices from "@pulumi/azure-native/cognitiveservices";\nnew cognitiveservices.Account("ai", { properties: { restrictOutboundNetworkAccess: true } });`,
    `${CLASSIC}new azure.cognitive.Account("ai", { outboundNetworkAccessRestricted: true, fqdns: ["contoso.blob.core.windows.net"] });`,
    `${CDKTF}new azurerm.cognitiveAccount.CognitiveAccount(this, "ai", { outboundNetworkAccessRestricted: true, fqdns: [] });`,
    `import { CognitiveAccount } from "@cdktf/provider-azurerm/lib/cognitive-account";\nnew CognitiveAccount(this, "ai", { outboundNetworkAccessRestricted: true });`,
    `${ARM}await client.accounts.beginCreate("rg", "ai", { properties: { restrictOutboundNetworkAccess: true, allowedFqdnList: [] } });`,
    // Spread from a shared, locked-down object; nested binding.
    `${NATIVE}const dlp = { restrictOutboundNetworkAccess: true, allowedFqdnList: ["contoso.search.windows.net"] };\nnew azure_native.cognitiveservices.Account("ai", { properties: { ...dlp } });`,
    `${NATIVE}const properties = { restrictOutboundNetworkAccess: true };\nnew azure_native.cognitiveservices.Account("ai", { properties });`,
    // Not resolvable.
    `${NATIVE}new azure_native.cognitiveservices.Account("ai", { properties: { restrictOutboundNetworkAccess: cfg.getBoolean("dlp") ?? true } });`,
    `${CLASSIC}new azure.cognitive.Account("ai", { ...settings });`,
    `${NATIVE}new azure_native.cognitiveservices.Account("ai", { properties: { [key]: true } });`,
    // Other resources.
    `${NATIVE}new azure_native.search.Service("search", { properties: {} });`,
  ],
  invalid: [
    {
      code: `${NATIVE}new azure_native.cognitiveservices.Account("ai", { properties: { restrictOutboundNetworkAccess: false } });`,
      errors: [
        {
          messageId: 'outboundOpen',
          data: { ...nativeData, value: 'false' },
          suggestions: [
            {
              messageId: 'restrictOutbound',
              data: nativeData,
              output: `${NATIVE}new azure_native.cognitiveservices.Account("ai", { properties: { restrictOutboundNetworkAccess: true } });`,
            },
          ],
        },
      ],
    },
    {
      code: `${NATIVE}new azure_native.cognitiveservices.Account("ai", {\n  properties: {\n    disableLocalAuth: true\n  }\n});`,
      errors: [
        {
          messageId: 'outboundDefault',
          data: nativeData,
          suggestions: [
            {
              messageId: 'restrictOutbound',
              output: `${NATIVE}new azure_native.cognitiveservices.Account("ai", {\n  properties: {\n    disableLocalAuth: true,\n    restrictOutboundNetworkAccess: true\n  }\n});`,
            },
          ],
        },
      ],
    },
    {
      // A later property overrides the spread.
      code: `${NATIVE}const dlp = { restrictOutboundNetworkAccess: true };\nnew azure_native.cognitiveservices.Account("ai", { properties: { ...dlp, restrictOutboundNetworkAccess: false } });`,
      errors: [
        {
          messageId: 'outboundOpen',
          suggestions: [
            {
              messageId: 'restrictOutbound',
              output: `${NATIVE}const dlp = { restrictOutboundNetworkAccess: true };\nnew azure_native.cognitiveservices.Account("ai", { properties: { ...dlp, restrictOutboundNetworkAccess: true } });`,
            },
          ],
        },
      ],
    },
    {
      // `properties` set to undefined: nothing to insert into.
      code: `${NATIVE}new azure_native.cognitiveservices.Account("ai", { properties: undefined });`,
      errors: [{ messageId: 'outboundDefault', suggestions: [] }],
    },
    {
      code: `${CLASSIC}new azure.cognitive.Account("a", { outboundNetworkAccessRestricted: false });\nnew azure.cognitive.Account("b", {});`,
      errors: [
        {
          messageId: 'outboundOpen',
          data: { ...azurermData('cognitive.Account'), value: 'false' },
          suggestions: [
            {
              messageId: 'restrictOutbound',
              output: `${CLASSIC}new azure.cognitive.Account("a", { outboundNetworkAccessRestricted: true });\nnew azure.cognitive.Account("b", {});`,
            },
          ],
        },
        {
          messageId: 'outboundDefault',
          data: azurermData('cognitive.Account'),
          suggestions: [
            {
              messageId: 'restrictOutbound',
              output: `${CLASSIC}new azure.cognitive.Account("a", { outboundNetworkAccessRestricted: false });\nnew azure.cognitive.Account("b", { outboundNetworkAccessRestricted: true });`,
            },
          ],
        },
      ],
    },
    {
      code: `${CDKTF}const config = { name: "ai", kind: "OpenAI" };\nnew azurerm.cognitiveAccount.CognitiveAccount(this, "ai", config);`,
      errors: [
        {
          messageId: 'outboundDefault',
          data: azurermData('CognitiveAccount'),
          suggestions: [
            {
              messageId: 'restrictOutbound',
              output: `${CDKTF}const config = { name: "ai", kind: "OpenAI", outboundNetworkAccessRestricted: true };\nnew azurerm.cognitiveAccount.CognitiveAccount(this, "ai", config);`,
            },
          ],
        },
      ],
    },
    {
      // TS syntax around the args, a require of the lib path.
      code: `import type { AccountArgs } from "@pulumi/azure-native/cognitiveservices";\nimport * as cs from "@pulumi/azure-native/cognitiveservices";\nnew cs.Account("a", { properties: { restrictOutboundNetworkAccess: false as boolean } } satisfies AccountArgs);\nconst { CognitiveAccount } = require("@cdktf/provider-azurerm/lib/cognitive-account");\nnew CognitiveAccount(this, "b", <any>{ fqdns: [] });`,
      errors: [
        {
          messageId: 'outboundOpen',
          suggestions: [
            {
              messageId: 'restrictOutbound',
              output: `import type { AccountArgs } from "@pulumi/azure-native/cognitiveservices";\nimport * as cs from "@pulumi/azure-native/cognitiveservices";\nnew cs.Account("a", { properties: { restrictOutboundNetworkAccess: true } } satisfies AccountArgs);\nconst { CognitiveAccount } = require("@cdktf/provider-azurerm/lib/cognitive-account");\nnew CognitiveAccount(this, "b", <any>{ fqdns: [] });`,
            },
          ],
        },
        {
          messageId: 'outboundDefault',
          suggestions: [
            {
              messageId: 'restrictOutbound',
              output: `import type { AccountArgs } from "@pulumi/azure-native/cognitiveservices";\nimport * as cs from "@pulumi/azure-native/cognitiveservices";\nnew cs.Account("a", { properties: { restrictOutboundNetworkAccess: false as boolean } } satisfies AccountArgs);\nconst { CognitiveAccount } = require("@cdktf/provider-azurerm/lib/cognitive-account");\nnew CognitiveAccount(this, "b", <any>{ fqdns: [], outboundNetworkAccessRestricted: true });`,
            },
          ],
        },
      ],
    },
    {
      code: `${ARM}const poller = await client.accounts.beginCreate("rg", "ai", { kind: "OpenAI", properties: { allowedFqdnList: [] } });`,
      errors: [
        {
          messageId: 'outboundDefault',
          data: { ...nativeData, resource: 'accounts.beginCreate' },
          suggestions: [
            {
              messageId: 'restrictOutbound',
              output: `${ARM}const poller = await client.accounts.beginCreate("rg", "ai", { kind: "OpenAI", properties: { allowedFqdnList: [], restrictOutboundNetworkAccess: true } });`,
            },
          ],
        },
      ],
    },
  ],
});
