import { RuleTester } from '@typescript-eslint/rule-tester';
import cmkRule from '../../src/rules/iac-customer-managed-key.js';
import localAuthRule from '../../src/rules/iac-disable-local-auth.js';

// Issue 15: infrastructure code as written in real projects: a management client that arrives as a parameter or
// a field, a customer-managed-key resource tied to its account through `this.x.id` or an output, and one
// unresolved reference that does not silence the rule for the other accounts of the file.
const ruleTester = new RuleTester();
const CLASSIC = 'import * as azure from "@pulumi/azure";\n';
const ARM_IMPORT = 'import { CognitiveServicesManagementClient } from "@azure/arm-cognitiveservices";\n';
const CMK_ALT = ' (or declare a cognitive.AccountCustomerManagedKey for it)';
const cmkMissing = { resource: 'cognitive.Account', property: 'customerManagedKey', alternative: CMK_ALT };

ruleTester.run('iac-customer-managed-key: shapes', cmkRule, {
  valid: [
    // Tied through a field and through an output.
    `${CLASSIC}class Stack { account = new azure.cognitive.Account("ai", {}); constructor() { new azure.cognitive.AccountCustomerManagedKey("cmk", { cognitiveAccountId: this.account.id, keyVaultKeyId: key.id }); } }`,
    `${CLASSIC}import * as pulumi from "@pulumi/pulumi";\nconst account = new azure.cognitive.Account("ai", {});\nconst accountId = pulumi.output(account.id);\nnew azure.cognitive.AccountCustomerManagedKey("cmk", { cognitiveAccountId: accountId, keyVaultKeyId: key.id });`,
    // An unresolved reference inside a helper still leaves that helper's account unknown.
    `${CLASSIC}function withKey(props) { new azure.cognitive.Account("x", {}); new azure.cognitive.AccountCustomerManagedKey("cmk", { cognitiveAccountId: props.accountId, keyVaultKeyId: key.id }); }`,
  ],
  invalid: [
    {
      // The unresolved reference belongs to the helper: the top-level account is still judged.
      code: `${CLASSIC}new azure.cognitive.Account("main", {});\nfunction withKey(props) { new azure.cognitive.AccountCustomerManagedKey("cmk", { cognitiveAccountId: props.accountId, keyVaultKeyId: key.id }); }`,
      errors: [{ messageId: 'noCustomerManagedKey', line: 2, data: cmkMissing }],
    },
  ],
});

ruleTester.run('iac-disable-local-auth: management client as a parameter or field', localAuthRule, {
  valid: [
    `${ARM_IMPORT}async function deploy(client: CognitiveServicesManagementClient) { await client.accounts.beginCreateAndWait("rg", "ai", { kind: "OpenAI", properties: { disableLocalAuth: true } }); }`,
  ],
  invalid: [
    {
      code: `${ARM_IMPORT}async function deploy(client: CognitiveServicesManagementClient) { await client.accounts.beginCreate("rg", "ai", { kind: "OpenAI", properties: {} }); }`,
      errors: [
        {
          messageId: 'localAuthDefault',
          data: { resource: 'accounts.beginCreate', property: 'properties.disableLocalAuth', secure: 'true' },
          suggestions: [
            {
              messageId: 'setEntraOnly',
              output: `${ARM_IMPORT}async function deploy(client: CognitiveServicesManagementClient) { await client.accounts.beginCreate("rg", "ai", { kind: "OpenAI", properties: { disableLocalAuth: true } }); }`,
            },
          ],
        },
      ],
    },
    {
      code: `${ARM_IMPORT}class Deployer { constructor(private readonly mgmt: CognitiveServicesManagementClient) {} run() { return this.mgmt.accounts.beginCreate("rg", "ai", { properties: {} }); } }`,
      errors: [
        {
          messageId: 'localAuthDefault',
          data: { resource: 'accounts.beginCreate', property: 'properties.disableLocalAuth', secure: 'true' },
          suggestions: [
            {
              messageId: 'setEntraOnly',
              output: `${ARM_IMPORT}class Deployer { constructor(private readonly mgmt: CognitiveServicesManagementClient) {} run() { return this.mgmt.accounts.beginCreate("rg", "ai", { properties: { disableLocalAuth: true } }); } }`,
            },
          ],
        },
      ],
    },
  ],
});
