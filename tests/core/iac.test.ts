import { describe, expect, it } from 'vitest';
import { type AiAccount, aiAccounts } from '../../src/core/iac/providers.js';
import { enumMember, type Setting, settingAt } from '../../src/core/iac/settings.js';
import { judge } from '../../src/core/iac/verdict.js';
import { lintWithProbe } from '../support/probe.js';

interface Seen {
  readonly account: Omit<AiAccount, 'node' | 'args'> & { readonly text: string };
  readonly settings: Record<string, string>;
}

/** Lints `code` with a probe rule and returns, per declared account, its metadata and the kind (or values) of each setting path. */
function probe(code: string, paths: readonly (readonly string[])[] = []): Seen[] {
  const seen: Seen[] = [];
  lintWithProbe(code, (context) => ({
    'Program:exit'() {
      for (const account of aiAccounts(context)) {
        const { node, resource, library, schema, customerManagedKeyResource } = account;
        const settings: Record<string, string> = {};
        for (const path of paths) {
          const setting = settingAt(context, account.args, path);
          settings[path.join('.')] =
            setting.kind === 'set'
              ? (setting.leaves?.map((l) => JSON.stringify(l.value)).join('|') ?? 'set:unknown')
              : setting.kind;
        }
        seen.push({
          account: {
            resource,
            library,
            schema,
            customerManagedKeyResource,
            text: context.sourceCode.getText(node.callee),
          },
          settings,
        });
      }
    },
  }));
  return seen;
}

describe('aiAccounts', () => {
  it('finds each library shape, in source order, with its schema', () => {
    const seen = probe(`
      import * as native from "@pulumi/azure-native";
      import { Account as NativeAccount } from "@pulumi/azure-native/cognitiveservices";
      import { cognitive } from "@pulumi/azure";
      import * as azurerm from "@cdktf/provider-azurerm";
      import { CognitiveAccount } from "@cdktf/provider-azurerm/lib/cognitive-account";
      import { CognitiveServicesManagementClient } from "@azure/arm-cognitiveservices";
      new native.cognitiveservices.Account("a", {});
      new NativeAccount("b", {});
      new cognitive.Account("c", {});
      new azurerm.cognitiveAccount.CognitiveAccount(this, "d", {});
      new CognitiveAccount(this, "e", {});
      const client = new CognitiveServicesManagementClient(cred, sub);
      client.accounts.beginCreateAndWait("rg", "f", {});
      client.accounts.beginUpdate("rg", "f", {});
    `);
    expect(seen.map((s) => [s.account.library, s.account.schema, s.account.resource, s.account.text])).toEqual([
      ['azure-native', 'arm', 'cognitiveservices.Account', 'native.cognitiveservices.Account'],
      ['azure-native', 'arm', 'cognitiveservices.Account', 'NativeAccount'],
      ['pulumi-azure', 'azurerm', 'cognitive.Account', 'cognitive.Account'],
      ['cdktf', 'azurerm', 'CognitiveAccount', 'azurerm.cognitiveAccount.CognitiveAccount'],
      ['cdktf', 'azurerm', 'CognitiveAccount', 'CognitiveAccount'],
      ['arm-sdk', 'arm', 'accounts.beginCreate', 'client.accounts.beginCreateAndWait'],
    ]);
  });

  it('ignores other resources, unrelated modules and files without the packages', () => {
    expect(
      probe(
        'import * as native from "@pulumi/azure-native";\nnew native.storage.StorageAccount("s", {});\nnew native.cognitiveservices.Deployment("d", {});',
      ),
    ).toEqual([]);
    expect(probe('import { cognitive } from "./local";\nnew cognitive.Account("a", {});')).toEqual([]);
    expect(probe('new Account("a", {});')).toEqual([]);
  });

  it('ties customer-managed-key resources to accounts through `account.id`', () => {
    const cmk = (target: string): string =>
      `import * as azure from "@pulumi/azure";\nconst a = new azure.cognitive.Account("a", {});\nconst b = new azure.cognitive.Account("b", {});\nnew azure.cognitive.AccountCustomerManagedKey("k", { cognitiveAccountId: ${target} });`;
    expect(probe(cmk('a.id')).map((s) => s.account.customerManagedKeyResource)).toEqual(['yes', 'no']);
    expect(probe(cmk('props.id')).map((s) => s.account.customerManagedKeyResource)).toEqual(['unknown', 'unknown']);
  });
});

describe('settingAt', () => {
  const NATIVE = 'import * as native from "@pulumi/azure-native";\n';
  const paths = [
    ['properties', 'publicNetworkAccess'],
    ['properties', 'networkAcls', 'defaultAction'],
    ['properties', 'disableLocalAuth'],
  ] as const;

  it.each([
    [
      'literals and enum members',
      '{ properties: { publicNetworkAccess: native.cognitiveservices.PublicNetworkAccess.Disabled, networkAcls: { defaultAction: "Deny" }, disableLocalAuth: !0 } }',
      ['"Disabled"', '"Deny"', 'true'],
    ],
    ['missing at each depth', '{ properties: { networkAcls: {} } }', ['missing', 'missing', 'missing']],
    [
      'spreads, later properties winning',
      '{ ...shared, properties: { ...shared.properties, disableLocalAuth: false } }',
      ['"Enabled"', 'missing', 'false'],
    ],
    [
      'a ternary of literals',
      '{ properties: { publicNetworkAccess: prod ? "Disabled" : "Enabled" } }',
      ['"Disabled"|"Enabled"', 'missing', 'missing'],
    ],
    [
      'config reads',
      '{ properties: { publicNetworkAccess: cfg.require("pna"), networkAcls: acls, disableLocalAuth: process.env.X === "1" } }',
      ['set:unknown', 'unknown', 'set:unknown'],
    ],
    ['an unresolvable spread', '{ properties: { ...props } }', ['unknown', 'unknown', 'unknown']],
    ['a computed key', '{ properties: { [name]: "Disabled" } }', ['unknown', 'unknown', 'unknown']],
  ])('%s', (_name, args, expected) => {
    const [seen] = probe(
      `${NATIVE}const shared = { properties: { publicNetworkAccess: "Enabled" } };\nnew native.cognitiveservices.Account("a", ${args});`,
      paths,
    );
    expect(Object.values(seen?.settings ?? {})).toEqual(expected);
  });

  it('says missing without a container when there is no args object', () => {
    const [seen] = probe(`${NATIVE}new native.cognitiveservices.Account("a");`, [['properties', 'disableLocalAuth']]);
    expect(seen?.settings).toEqual({ 'properties.disableLocalAuth': 'missing' });
  });
});

describe('judge and enums', () => {
  it('is secure or insecure only when every static value agrees', () => {
    const leaf = (value: string) => ({ value, node: { type: 'Literal' } as never, enumName: undefined });
    const set = (...values: string[]): Setting => ({
      kind: 'set',
      property: {} as never,
      node: {} as never,
      leaves: values.map(leaf),
    });
    const isDisabled = (v: unknown): boolean => v === 'Disabled';
    expect(judge(set('Disabled'), isDisabled).kind).toBe('secure');
    expect(judge(set('Enabled'), isDisabled).kind).toBe('insecure');
    expect(judge(set('Disabled', 'Enabled'), isDisabled).kind).toBe('unknown');
    expect(judge({ kind: 'set', property: {} as never, node: {} as never, leaves: undefined }, isDisabled).kind).toBe(
      'unknown',
    );
    expect(judge({ kind: 'missing', container: undefined, path: ['x'] }, isDisabled).kind).toBe('missing');
  });

  it('maps values back to enum members', () => {
    expect(enumMember('KeySource', 'Microsoft.KeyVault')).toBe('Microsoft_KeyVault');
    expect(enumMember('KnownKeySource', 'Microsoft.KeyVault')).toBe('MicrosoftKeyVault');
    expect(enumMember('PublicNetworkAccess', 'Disabled')).toBe('Disabled');
    expect(enumMember('Unknown', 'Disabled')).toBeUndefined();
  });
});
