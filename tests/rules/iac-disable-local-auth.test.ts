import { RuleTester } from '@typescript-eslint/rule-tester';
import rule from '../../src/rules/iac-disable-local-auth.js';

const ruleTester = new RuleTester();

const NATIVE = 'import * as azure_native from "@pulumi/azure-native";\n';
const CLASSIC = 'import * as azure from "@pulumi/azure";\n';
const CDKTF = 'import * as azurerm from "@cdktf/provider-azurerm";\n';
const ARM =
  'import { CognitiveServicesManagementClient } from "@azure/arm-cognitiveservices";\nconst client = new CognitiveServicesManagementClient(credential, subscriptionId);\n';

const nativeData = { resource: 'cognitiveservices.Account', property: 'properties.disableLocalAuth', secure: 'true' };
const azurermData = (resource: string) => ({ resource, property: 'localAuthEnabled', secure: 'false' });

ruleTester.run('iac-disable-local-auth', rule, {
  valid: [
    // Locked down, in every library's shape.
    `${NATIVE}new azure_native.cognitiveservices.Account("ai", { kind: "OpenAI", properties: { disableLocalAuth: true } });`,
    `import * as cognitiveservices from "@pulumi/azure-native/cognitiveservices";\nnew cognitiveservices.Account("ai", { properties: { disableLocalAuth: true } });`,
    `import { cognitiveservices } from "@pulumi/azure-native";\nnew cognitiveservices.Account("ai", { properties: { disableLocalAuth: !0 } });`,
    `${CLASSIC}new azure.cognitive.Account("ai", { kind: "OpenAI", skuName: "S0", localAuthEnabled: false });`,
    `const azure = require("@pulumi/azure");\nnew azure.cognitive.Account("ai", { localAuthEnabled: false });`,
    `${CDKTF}class Stack { constructor() { new azurerm.cognitiveAccount.CognitiveAccount(this, "ai", { name: "ai", localAuthEnabled: false }); } }`,
    `import { CognitiveAccount } from "@cdktf/provider-azurerm/lib/cognitive-account";\nnew CognitiveAccount(this, "ai", { localAuthEnabled: false });`,
    `${ARM}await client.accounts.beginCreateAndWait("rg", "ai", { kind: "OpenAI", properties: { disableLocalAuth: true } });`,
    // Through bindings and spreads.
    `${NATIVE}const args = { properties: { disableLocalAuth: true } };\nnew azure_native.cognitiveservices.Account("ai", args);`,
    `${NATIVE}const locked = { disableLocalAuth: true };\nnew azure_native.cognitiveservices.Account("ai", { properties: { ...locked, publicNetworkAccess: "Disabled" } });`,
    `${NATIVE}const base = { properties: { disableLocalAuth: true } };\nnew azure_native.cognitiveservices.Account("ai", { ...base, kind: "OpenAI" });`,
    // Values from config, parameters and unresolvable spreads are not guessed at.
    `${NATIVE}const config = new pulumi.Config();\nnew azure_native.cognitiveservices.Account("ai", { properties: { disableLocalAuth: config.requireBoolean("disableLocalAuth") } });`,
    `${NATIVE}export function account(args: any) { return new azure_native.cognitiveservices.Account("ai", args); }`,
    `${NATIVE}export function account(props: any) { return new azure_native.cognitiveservices.Account("ai", { properties: { ...props } }); }`,
    `${NATIVE}export function account(props: any) { return new azure_native.cognitiveservices.Account("ai", { properties: props.properties }); }`,
    `${NATIVE}new azure_native.cognitiveservices.Account("ai", { properties: { disableLocalAuth: isProd ? true : false } });`,
    `${CLASSIC}new azure.cognitive.Account("ai", { localAuthEnabled: process.env.LOCAL_AUTH === "1" });`,
    // Other resource types, other methods, other modules.
    `${NATIVE}new azure_native.storage.StorageAccount("st", { kind: "StorageV2" });\nnew azure_native.cognitiveservices.Deployment("gpt", { accountName: "ai" });`,
    `${CLASSIC}new azure.storage.Account("st", { accountTier: "Standard" });`,
    `${ARM}await client.accounts.beginUpdateAndWait("rg", "ai", { tags: {} });\nawait client.accounts.get("rg", "ai");`,
    `import { cognitiveservices } from "./my-pulumi";\nnew cognitiveservices.Account("ai", { properties: {} });`,
    `import { CognitiveAccount } from "./constructs";\nnew CognitiveAccount(this, "ai", {});`,
  ],
  invalid: [
    {
      code: `${NATIVE}new azure_native.cognitiveservices.Account("ai", { properties: { disableLocalAuth: false } });`,
      errors: [
        {
          messageId: 'localAuthOn',
          data: { ...nativeData, value: 'false' },
          suggestions: [
            {
              messageId: 'setEntraOnly',
              data: nativeData,
              output: `${NATIVE}new azure_native.cognitiveservices.Account("ai", { properties: { disableLocalAuth: true } });`,
            },
          ],
        },
      ],
    },
    {
      // Missing from an existing multi-line properties object: inserted after the last member.
      code: `${NATIVE}const account = new azure_native.cognitiveservices.Account("ai", {\n    kind: "OpenAI",\n    properties: {\n        publicNetworkAccess: "Disabled",\n    },\n});`,
      errors: [
        {
          messageId: 'localAuthDefault',
          data: nativeData,
          line: 2,
          suggestions: [
            {
              messageId: 'setEntraOnly',
              data: nativeData,
              output: `${NATIVE}const account = new azure_native.cognitiveservices.Account("ai", {\n    kind: "OpenAI",\n    properties: {\n        publicNetworkAccess: "Disabled",\n        disableLocalAuth: true,\n    },\n});`,
            },
          ],
        },
      ],
    },
    {
      // No properties at all: the nested object is inserted.
      code: `import { Account } from "@pulumi/azure-native/cognitiveservices";\nnew Account("ai", { kind: "OpenAI", sku: { name: "S0" } });`,
      errors: [
        {
          messageId: 'localAuthDefault',
          data: nativeData,
          suggestions: [
            {
              messageId: 'setEntraOnly',
              data: nativeData,
              output: `import { Account } from "@pulumi/azure-native/cognitiveservices";\nnew Account("ai", { kind: "OpenAI", sku: { name: "S0" }, properties: { disableLocalAuth: true } });`,
            },
          ],
        },
      ],
    },
    {
      // `!1`, and an empty properties object.
      code: `${NATIVE}new azure_native.cognitiveservices.Account("a", { properties: { disableLocalAuth: !1 } });\nnew azure_native.cognitiveservices.Account("b", { properties: {} });`,
      errors: [
        {
          messageId: 'localAuthOn',
          data: { ...nativeData, value: '!1' },
          suggestions: [
            {
              messageId: 'setEntraOnly',
              data: nativeData,
              output: `${NATIVE}new azure_native.cognitiveservices.Account("a", { properties: { disableLocalAuth: true } });\nnew azure_native.cognitiveservices.Account("b", { properties: {} });`,
            },
          ],
        },
        {
          messageId: 'localAuthDefault',
          data: nativeData,
          suggestions: [
            {
              messageId: 'setEntraOnly',
              data: nativeData,
              output: `${NATIVE}new azure_native.cognitiveservices.Account("a", { properties: { disableLocalAuth: !1 } });\nnew azure_native.cognitiveservices.Account("b", { properties: { disableLocalAuth: true } });`,
            },
          ],
        },
      ],
    },
    {
      // Shorthand property from a constant: the property is rewritten, the constant is left alone.
      code: `${NATIVE}const disableLocalAuth = false;\nnew azure_native.cognitiveservices.Account("ai", { properties: { disableLocalAuth } });`,
      errors: [
        {
          messageId: 'localAuthOn',
          data: { ...nativeData, value: 'false' },
          suggestions: [
            {
              messageId: 'setEntraOnly',
              data: nativeData,
              output: `${NATIVE}const disableLocalAuth = false;\nnew azure_native.cognitiveservices.Account("ai", { properties: { disableLocalAuth: true } });`,
            },
          ],
        },
      ],
    },
    {
      // Properties spread from a shared object: reported where the shared object sets it.
      code: `${NATIVE}const shared = { disableLocalAuth: false, publicNetworkAccess: "Disabled" };\nconst args = { kind: "OpenAI", properties: { ...shared } };\nnew azure_native.cognitiveservices.Account("ai", args);`,
      errors: [
        {
          messageId: 'localAuthOn',
          line: 2,
          data: { ...nativeData, value: 'false' },
          suggestions: [
            {
              messageId: 'setEntraOnly',
              data: nativeData,
              output: `${NATIVE}const shared = { disableLocalAuth: true, publicNetworkAccess: "Disabled" };\nconst args = { kind: "OpenAI", properties: { ...shared } };\nnew azure_native.cognitiveservices.Account("ai", args);`,
            },
          ],
        },
      ],
    },
    {
      // Two accounts spreading the same shared object: one report, where the shared object sets it.
      code: `${NATIVE}const shared = { properties: { disableLocalAuth: false } };\nnew azure_native.cognitiveservices.Account("a", { ...shared, kind: "OpenAI" });\nnew azure_native.cognitiveservices.Account("b", { ...shared, kind: "SpeechServices" });`,
      errors: [
        {
          messageId: 'localAuthOn',
          line: 2,
          suggestions: [
            {
              messageId: 'setEntraOnly',
              output: `${NATIVE}const shared = { properties: { disableLocalAuth: true } };\nnew azure_native.cognitiveservices.Account("a", { ...shared, kind: "OpenAI" });\nnew azure_native.cognitiveservices.Account("b", { ...shared, kind: "SpeechServices" });`,
            },
          ],
        },
      ],
    },
    {
      // Args in a variable: reported at the argument, inserted into the object it stands for.
      code: `${NATIVE}const args = { kind: "OpenAI" };\nnew azure_native.cognitiveservices.Account("ai", args);`,
      errors: [
        {
          messageId: 'localAuthDefault',
          line: 3,
          suggestions: [
            {
              messageId: 'setEntraOnly',
              output: `${NATIVE}const args = { kind: "OpenAI", properties: { disableLocalAuth: true } };\nnew azure_native.cognitiveservices.Account("ai", args);`,
            },
          ],
        },
      ],
    },
    {
      // No args at all: reported, nothing to insert into.
      code: `${NATIVE}new azure_native.cognitiveservices.Account("ai");`,
      errors: [{ messageId: 'localAuthDefault', data: nativeData, suggestions: [] }],
    },
    {
      // Classic Pulumi: missing, and set to true; default import and require.
      code: `import azure from "@pulumi/azure";\nnew azure.cognitive.Account("a", { kind: "OpenAI", skuName: "S0" });\nnew azure.cognitive.Account("b", { localAuthEnabled: true });`,
      errors: [
        {
          messageId: 'localAuthDefault',
          data: azurermData('cognitive.Account'),
          suggestions: [
            {
              messageId: 'setEntraOnly',
              data: azurermData('cognitive.Account'),
              output: `import azure from "@pulumi/azure";\nnew azure.cognitive.Account("a", { kind: "OpenAI", skuName: "S0", localAuthEnabled: false });\nnew azure.cognitive.Account("b", { localAuthEnabled: true });`,
            },
          ],
        },
        {
          messageId: 'localAuthOn',
          data: { ...azurermData('cognitive.Account'), value: 'true' },
          suggestions: [
            {
              messageId: 'setEntraOnly',
              output: `import azure from "@pulumi/azure";\nnew azure.cognitive.Account("a", { kind: "OpenAI", skuName: "S0" });\nnew azure.cognitive.Account("b", { localAuthEnabled: false });`,
            },
          ],
        },
      ],
    },
    {
      code: `const { cognitive } = require("@pulumi/azure");\nnew cognitive.Account("a", { kind: "OpenAI", });`,
      errors: [
        {
          messageId: 'localAuthDefault',
          suggestions: [
            {
              messageId: 'setEntraOnly',
              output: `const { cognitive } = require("@pulumi/azure");\nnew cognitive.Account("a", { kind: "OpenAI", localAuthEnabled: false, });`,
            },
          ],
        },
      ],
    },
    {
      // CDKTF, root namespace import.
      code: `${CDKTF}class AiStack {\n  constructor() {\n    new azurerm.cognitiveAccount.CognitiveAccount(this, "ai", {\n      name: "ai",\n      kind: "OpenAI"\n    });\n  }\n}`,
      errors: [
        {
          messageId: 'localAuthDefault',
          data: azurermData('CognitiveAccount'),
          suggestions: [
            {
              messageId: 'setEntraOnly',
              output: `${CDKTF}class AiStack {\n  constructor() {\n    new azurerm.cognitiveAccount.CognitiveAccount(this, "ai", {\n      name: "ai",\n      kind: "OpenAI",\n      localAuthEnabled: false\n    });\n  }\n}`,
            },
          ],
        },
      ],
    },
    {
      // CDKTF, lib path import, named import of the namespace.
      code: `import { CognitiveAccount } from "@cdktf/provider-azurerm/lib/cognitive-account";\nimport { cognitiveAccount as ca } from "@cdktf/provider-azurerm";\nnew CognitiveAccount(this, "a", { localAuthEnabled: true });\nnew ca.CognitiveAccount(this, "b", { localAuthEnabled: !0 });`,
      errors: [
        {
          messageId: 'localAuthOn',
          data: { ...azurermData('CognitiveAccount'), value: 'true' },
          suggestions: [
            {
              messageId: 'setEntraOnly',
              output: `import { CognitiveAccount } from "@cdktf/provider-azurerm/lib/cognitive-account";\nimport { cognitiveAccount as ca } from "@cdktf/provider-azurerm";\nnew CognitiveAccount(this, "a", { localAuthEnabled: false });\nnew ca.CognitiveAccount(this, "b", { localAuthEnabled: !0 });`,
            },
          ],
        },
        {
          messageId: 'localAuthOn',
          data: { ...azurermData('CognitiveAccount'), value: '!0' },
          suggestions: [
            {
              messageId: 'setEntraOnly',
              output: `import { CognitiveAccount } from "@cdktf/provider-azurerm/lib/cognitive-account";\nimport { cognitiveAccount as ca } from "@cdktf/provider-azurerm";\nnew CognitiveAccount(this, "a", { localAuthEnabled: true });\nnew ca.CognitiveAccount(this, "b", { localAuthEnabled: false });`,
            },
          ],
        },
      ],
    },
    {
      // Management SDK: beginCreate on the client binding and on the `new` itself.
      code: `${ARM}await client.accounts.beginCreate("rg", "a", { kind: "OpenAI", properties: {} });\nawait new CognitiveServicesManagementClient(credential, subscriptionId).accounts.create("rg", "b", { properties: { disableLocalAuth: false } });`,
      errors: [
        {
          messageId: 'localAuthDefault',
          data: { ...nativeData, resource: 'accounts.beginCreate' },
          suggestions: [
            {
              messageId: 'setEntraOnly',
              output: `${ARM}await client.accounts.beginCreate("rg", "a", { kind: "OpenAI", properties: { disableLocalAuth: true } });\nawait new CognitiveServicesManagementClient(credential, subscriptionId).accounts.create("rg", "b", { properties: { disableLocalAuth: false } });`,
            },
          ],
        },
        {
          messageId: 'localAuthOn',
          suggestions: [
            {
              messageId: 'setEntraOnly',
              output: `${ARM}await client.accounts.beginCreate("rg", "a", { kind: "OpenAI", properties: {} });\nawait new CognitiveServicesManagementClient(credential, subscriptionId).accounts.create("rg", "b", { properties: { disableLocalAuth: true } });`,
            },
          ],
        },
      ],
    },
  ],
});
