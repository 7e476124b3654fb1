import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
import { type Context, keyName, perFile, unwrap } from '../ast.js';
import { CONSTRUCT, findVariable, type TraceMap, trackReferences } from '../tracking.js';
import type { IacSchema } from './controls.js';
import { settingAt } from './settings.js';

/**
 * Azure AI (Cognitive Services) accounts declared as infrastructure as code: Pulumi `@pulumi/azure-native`
 * `cognitiveservices.Account`, classic `@pulumi/azure` `cognitive.Account`, CDK for Terraform
 * `@cdktf/provider-azurerm` `CognitiveAccount`, and `@azure/arm-cognitiveservices`
 * `client.accounts.beginCreate…(resourceGroup, name, account)`. Matched through imports and `require`.
 */

export type IacLibrary = 'azure-native' | 'pulumi-azure' | 'cdktf' | 'arm-sdk';

export interface AiAccount {
  readonly library: IacLibrary;
  readonly schema: IacSchema;
  /** How the declaration is written, for messages: `cognitiveservices.Account`, `CognitiveAccount`. */
  readonly resource: string;
  /** The `new` expression or the `accounts.beginCreate(...)` call. */
  readonly node: TSESTree.NewExpression | TSESTree.CallExpression;
  /** The args / config / account argument, when there is one. */
  readonly args: TSESTree.Expression | undefined;
  /**
   * A separate customer-managed-key resource (`CognitiveAccountCustomerManagedKey`,
   * `cognitive.AccountCustomerManagedKey`) in the file for this account: `yes`, `no`, or `unknown` when such
   * a resource exists but its `cognitiveAccountId` cannot be tied to an account in the file.
   */
  readonly customerManagedKeyResource: 'yes' | 'no' | 'unknown';
}

interface Row {
  readonly kind: 'account' | 'cmk' | 'client';
  readonly library: IacLibrary;
  readonly resource: string;
  readonly argIndex: number;
}

const NATIVE_ACCOUNT: Row = { kind: 'account', library: 'azure-native', resource: 'cognitiveservices.Account', argIndex: 1 };
const CLASSIC_ACCOUNT: Row = { kind: 'account', library: 'pulumi-azure', resource: 'cognitive.Account', argIndex: 1 };
const CLASSIC_CMK: Row = { kind: 'cmk', library: 'pulumi-azure', resource: 'cognitive.AccountCustomerManagedKey', argIndex: 1 };
const CDKTF_ACCOUNT: Row = { kind: 'account', library: 'cdktf', resource: 'CognitiveAccount', argIndex: 2 };
const CDKTF_CMK: Row = { kind: 'cmk', library: 'cdktf', resource: 'CognitiveAccountCustomerManagedKey', argIndex: 2 };
const ARM_CLIENT: Row = { kind: 'client', library: 'arm-sdk', resource: 'accounts.beginCreate', argIndex: 2 };

/** `accounts.<method>(resourceGroupName, accountName, account)` calls that create an account. */
const ARM_CREATE_METHODS = new Set(['beginCreate', 'beginCreateAndWait', 'create']);

const construct = (row: Row): Record<symbol, Row[]> => ({ [CONSTRUCT]: [row] });

// No `ESM` flag: these packages are CommonJS, so in `legacy` mode default, named and namespace imports all count.
const TRACE_MAP: TraceMap = {
  '@pulumi/azure-native': { cognitiveservices: { Account: construct(NATIVE_ACCOUNT) } },
  '@pulumi/azure-native/cognitiveservices': { Account: construct(NATIVE_ACCOUNT) },
  '@pulumi/azure': { cognitive: { Account: construct(CLASSIC_ACCOUNT), AccountCustomerManagedKey: construct(CLASSIC_CMK) } },
  '@pulumi/azure/cognitive': { Account: construct(CLASSIC_ACCOUNT), AccountCustomerManagedKey: construct(CLASSIC_CMK) },
  '@cdktf/provider-azurerm': {
    cognitiveAccount: { CognitiveAccount: construct(CDKTF_ACCOUNT) },
    cognitiveAccountCustomerManagedKey: { CognitiveAccountCustomerManagedKey: construct(CDKTF_CMK) },
  },
  '@cdktf/provider-azurerm/lib/cognitive-account': { CognitiveAccount: construct(CDKTF_ACCOUNT) },
  '@cdktf/provider-azurerm/lib/cognitive-account/index.js': { CognitiveAccount: construct(CDKTF_ACCOUNT) },
  '@cdktf/provider-azurerm/lib/cognitive-account-customer-managed-key': { CognitiveAccountCustomerManagedKey: construct(CDKTF_CMK) },
  '@cdktf/provider-azurerm/lib/cognitive-account-customer-managed-key/index.js': { CognitiveAccountCustomerManagedKey: construct(CDKTF_CMK) },
  '@azure/arm-cognitiveservices': { CognitiveServicesManagementClient: construct(ARM_CLIENT) },
};

const HINTS = ['@pulumi/azure', '@cdktf/provider-azurerm', '@azure/arm-cognitiveservices'];
/** `HINTS` as one pattern: one pass over the text instead of one per hint. */
const HINT_TEXT = new RegExp(HINTS.join('|').replaceAll('/', '\\/'));

const accountsCache = new WeakMap<TSESTree.Program, readonly AiAccount[]>();

/** Every Azure AI account declared in the file, in source order. Computed once per file. */
export function aiAccounts(context: Context): readonly AiAccount[] {
  return perFile(accountsCache, context.sourceCode.ast, () => findAccounts(context));
}

function findAccounts(context: Context): AiAccount[] {
  if (!HINT_TEXT.test(context.sourceCode.text)) return [];
  const found = new Map<TSESTree.Node, Row>();
  for (const ref of trackReferences<Row[]>(context, { modules: TRACE_MAP })) {
    const [row] = ref.info;
    if (row && ref.node.type === AST_NODE_TYPES.NewExpression) found.set(ref.node, row);
  }

  const declarations: { node: TSESTree.NewExpression | TSESTree.CallExpression; row: Row }[] = [];
  const cmks: TSESTree.Expression[] = [];
  for (const [node, row] of found) {
    if (node.type !== AST_NODE_TYPES.NewExpression) continue;
    if (row.kind === 'account') declarations.push({ node, row });
    else if (row.kind === 'cmk') cmks.push(...argumentOf(node, row.argIndex));
    else for (const call of armCreateCalls(context, node)) declarations.push({ node: call, row });
  }
  declarations.sort((a, b) => a.node.range[0] - b.node.range[0]);
  const cmkTargets = customerManagedKeyTargets(context, cmks);
  return declarations.map(({ node, row }) => ({
    library: row.library,
    schema: row.library === 'azure-native' || row.library === 'arm-sdk' ? 'arm' : 'azurerm',
    resource: row.resource,
    node,
    args: argumentOf(node, row.argIndex)[0],
    customerManagedKeyResource: cmkTargets.unknown ? 'unknown' : cmkTargets.accounts.has(node) ? 'yes' : 'no',
  }));
}

function argumentOf(node: TSESTree.NewExpression | TSESTree.CallExpression, index: number): TSESTree.Expression[] {
  const arg = node.arguments[index];
  return arg && arg.type !== AST_NODE_TYPES.SpreadElement ? [arg] : [];
}

/** `client.accounts.beginCreate(...)` on `const client = new CognitiveServicesManagementClient(...)` or on the `new` itself. */
function armCreateCalls(context: Context, client: TSESTree.NewExpression): TSESTree.CallExpression[] {
  const receivers: TSESTree.Node[] = [client];
  const parent = client.parent;
  if (parent.type === AST_NODE_TYPES.VariableDeclarator && parent.init === client && parent.id.type === AST_NODE_TYPES.Identifier) {
    const variable = findVariable(context, parent.id);
    for (const ref of variable?.references ?? []) if (ref.isRead()) receivers.push(ref.identifier);
  }
  const calls: TSESTree.CallExpression[] = [];
  for (const receiver of receivers) {
    const accounts = receiver.parent;
    if (accounts?.type !== AST_NODE_TYPES.MemberExpression || accounts.object !== receiver || keyName(accounts) !== 'accounts') continue;
    const method = accounts.parent;
    if (method.type !== AST_NODE_TYPES.MemberExpression || method.object !== accounts) continue;
    const name = keyName(method);
    if (name === undefined || !ARM_CREATE_METHODS.has(name)) continue;
    const call = method.parent;
    if (call.type === AST_NODE_TYPES.CallExpression && call.callee === method) calls.push(call);
  }
  return calls;
}

/** The account declarations the customer-managed-key resources point at (`cognitiveAccountId: account.id`). */
function customerManagedKeyTargets(context: Context, cmkArgs: readonly TSESTree.Expression[]): { accounts: Set<TSESTree.Node>; unknown: boolean } {
  const accounts = new Set<TSESTree.Node>();
  for (const args of cmkArgs) {
    const id = settingAt(context, args, ['cognitiveAccountId']);
    const target = id.kind === 'set' ? accountOfId(context, id.node) : undefined;
    if (!target) return { accounts, unknown: true };
    accounts.add(target);
  }
  return { accounts, unknown: false };
}

/** `account.id` where `const account = new …Account(...)`: the `new` expression. */
function accountOfId(context: Context, node: TSESTree.Node): TSESTree.Node | undefined {
  const member = unwrap(node);
  if (member.type !== AST_NODE_TYPES.MemberExpression || keyName(member) !== 'id') return undefined;
  const object = unwrap(member.object);
  if (object.type !== AST_NODE_TYPES.Identifier) return undefined;
  const variable = findVariable(context, object);
  const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (def?.node.type !== AST_NODE_TYPES.VariableDeclarator || !def.node.init) return undefined;
  const init = unwrap(def.node.init);
  return init.type === AST_NODE_TYPES.NewExpression ? init : undefined;
}
