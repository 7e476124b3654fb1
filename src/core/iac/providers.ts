import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
import { type Context, keyName, nodeAt, perFile, unwrap } from '../ast.js';
import { annotatedTypeName } from '../annotations.js';
import { trace } from '../trace.js';
import { CONSTRUCT, findVariable, type TraceMap, trackReferences } from '../tracking.js';
import type { IacSchema } from './controls.js';
import { customerManagedKeyTargets } from './cmk-targets.js';

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

const NATIVE_ACCOUNT: Row = {
  kind: 'account',
  library: 'azure-native',
  resource: 'cognitiveservices.Account',
  argIndex: 1,
};
const CLASSIC_ACCOUNT: Row = { kind: 'account', library: 'pulumi-azure', resource: 'cognitive.Account', argIndex: 1 };
const CLASSIC_CMK: Row = {
  kind: 'cmk',
  library: 'pulumi-azure',
  resource: 'cognitive.AccountCustomerManagedKey',
  argIndex: 1,
};
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
  '@pulumi/azure': {
    cognitive: { Account: construct(CLASSIC_ACCOUNT), AccountCustomerManagedKey: construct(CLASSIC_CMK) },
  },
  '@pulumi/azure/cognitive': { Account: construct(CLASSIC_ACCOUNT), AccountCustomerManagedKey: construct(CLASSIC_CMK) },
  '@cdktf/provider-azurerm': {
    cognitiveAccount: { CognitiveAccount: construct(CDKTF_ACCOUNT) },
    cognitiveAccountCustomerManagedKey: { CognitiveAccountCustomerManagedKey: construct(CDKTF_CMK) },
  },
  '@cdktf/provider-azurerm/lib/cognitive-account': { CognitiveAccount: construct(CDKTF_ACCOUNT) },
  '@cdktf/provider-azurerm/lib/cognitive-account/index.js': { CognitiveAccount: construct(CDKTF_ACCOUNT) },
  '@cdktf/provider-azurerm/lib/cognitive-account-customer-managed-key': {
    CognitiveAccountCustomerManagedKey: construct(CDKTF_CMK),
  },
  '@cdktf/provider-azurerm/lib/cognitive-account-customer-managed-key/index.js': {
    CognitiveAccountCustomerManagedKey: construct(CDKTF_CMK),
  },
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
  const clients = new Set<TSESTree.Node>();
  for (const [node, row] of found) {
    if (node.type !== AST_NODE_TYPES.NewExpression) continue;
    if (row.kind === 'account') declarations.push({ node, row });
    else if (row.kind === 'cmk') cmks.push(...argumentOf(node, row.argIndex));
    else {
      clients.add(node);
      for (const call of armCreateCalls(context, node)) declarations.push({ node: call, row });
    }
  }
  // A management client that arrives as a parameter or a field (`this.client.accounts.beginCreate(…)`).
  const seen = new Set<TSESTree.Node>(declarations.map((d) => d.node));
  for (const call of receivedClientCalls(context, clients))
    if (!seen.has(call)) declarations.push({ node: call, row: ARM_CLIENT });
  declarations.sort((a, b) => a.node.range[0] - b.node.range[0]);
  const cmkTargets = customerManagedKeyTargets(context, cmks);
  return declarations.map(({ node, row }) => ({
    library: row.library,
    schema: row.library === 'azure-native' || row.library === 'arm-sdk' ? 'arm' : 'azurerm',
    resource: row.resource,
    node,
    args: argumentOf(node, row.argIndex)[0],
    customerManagedKeyResource: cmkTargets.accounts.has(node)
      ? 'yes'
      : cmkTargets.unknownIn.some((scope) => within(node, scope))
        ? 'unknown'
        : 'no',
  }));
}

function within(node: TSESTree.Node, scope: TSESTree.Node): boolean {
  return scope.range[0] <= node.range[0] && node.range[1] <= scope.range[1];
}

/**
 * `x.accounts.beginCreate…(rg, name, account)` where `x` is a management client the file did not construct in
 * view: a parameter or field typed `CognitiveServicesManagementClient`, or one whose value traces to a client
 * built in the file. Found from the text (`accounts`), only in files that import the management SDK.
 */
function receivedClientCalls(context: Context, clients: ReadonlySet<TSESTree.Node>): TSESTree.CallExpression[] {
  const { sourceCode } = context;
  const text = sourceCode.text;
  if (!text.includes('@azure/arm-cognitiveservices')) return [];
  const calls: TSESTree.CallExpression[] = [];
  let hits = 0;
  for (let at = text.indexOf('.accounts.'); at >= 0 && hits < 64; at = text.indexOf('.accounts.', at + 10)) {
    hits++;
    const id = nodeAt(sourceCode.ast, at + 1, sourceCode.visitorKeys);
    const accounts = id?.parent;
    if (
      id?.type !== AST_NODE_TYPES.Identifier ||
      accounts?.type !== AST_NODE_TYPES.MemberExpression ||
      accounts.property !== id
    )
      continue;
    const method = accounts.parent;
    if (method.type !== AST_NODE_TYPES.MemberExpression || method.object !== accounts) continue;
    const name = keyName(method);
    const call = method.parent;
    if (
      name === undefined ||
      !ARM_CREATE_METHODS.has(name) ||
      call.type !== AST_NODE_TYPES.CallExpression ||
      call.callee !== method
    )
      continue;
    const receiver = accounts.object;
    const typed = annotatedTypeName(context, receiver) === 'CognitiveServicesManagementClient';
    if (typed || trace(context, receiver).some((leaf) => clients.has(unwrap(leaf.node)))) calls.push(call);
  }
  return calls;
}

function argumentOf(node: TSESTree.NewExpression | TSESTree.CallExpression, index: number): TSESTree.Expression[] {
  const arg = node.arguments[index];
  return arg && arg.type !== AST_NODE_TYPES.SpreadElement ? [arg] : [];
}

/** `client.accounts.beginCreate(...)` on `const client = new CognitiveServicesManagementClient(...)` or on the `new` itself. */
function armCreateCalls(context: Context, client: TSESTree.NewExpression): TSESTree.CallExpression[] {
  const receivers: TSESTree.Node[] = [client];
  const parent = client.parent;
  if (
    parent.type === AST_NODE_TYPES.VariableDeclarator &&
    parent.init === client &&
    parent.id.type === AST_NODE_TYPES.Identifier
  ) {
    const variable = findVariable(context, parent.id);
    for (const ref of variable?.references ?? []) if (ref.isRead()) receivers.push(ref.identifier);
  }
  const calls: TSESTree.CallExpression[] = [];
  for (const receiver of receivers) {
    const accounts = receiver.parent;
    if (
      accounts?.type !== AST_NODE_TYPES.MemberExpression ||
      accounts.object !== receiver ||
      keyName(accounts) !== 'accounts'
    )
      continue;
    const method = accounts.parent;
    if (method.type !== AST_NODE_TYPES.MemberExpression || method.object !== accounts) continue;
    const name = keyName(method);
    if (name === undefined || !ARM_CREATE_METHODS.has(name)) continue;
    const call = method.parent;
    if (call.type === AST_NODE_TYPES.CallExpression && call.callee === method) calls.push(call);
  }
  return calls;
}
