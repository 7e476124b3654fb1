import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { type Context, findVariable, keyName, staticBoolean, unwrap } from './ast.js';
import { withImplicitGlobals } from './sinks.js';
import { trace } from './values.js';

/**
 * Azure AI (Cognitive Services) accounts declared as infrastructure as code: Pulumi `@pulumi/azure-native`
 * `cognitiveservices.Account`, classic `@pulumi/azure` `cognitive.Account`, CDK for Terraform
 * `@cdktf/provider-azurerm` `CognitiveAccount`, and `@azure/arm-cognitiveservices`
 * `client.accounts.beginCreate…(resourceGroup, name, account)`. Matched through imports and `require`.
 */

export type IacLibrary = 'azure-native' | 'pulumi-azure' | 'cdktf' | 'arm-sdk';

/**
 * Which property names the declaration uses. `arm`: the ARM resource shape (`properties.disableLocalAuth`,
 * `properties.publicNetworkAccess`) of azure-native and the management SDK. `azurerm`: the Terraform
 * provider's names (`localAuthEnabled`, `publicNetworkAccessEnabled`) of CDKTF and classic Pulumi.
 */
export type IacSchema = 'arm' | 'azurerm';

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

const { CONSTRUCT } = ASTUtils.ReferenceTracker;
const construct = (row: Row): Record<symbol, Row[]> => ({ [CONSTRUCT]: [row] });

// No `ESM` flag: these packages are CommonJS, so in `legacy` mode default, named and namespace imports all count.
const TRACE_MAP = {
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

type TraceMap = Parameters<InstanceType<typeof ASTUtils.ReferenceTracker>['iterateCjsReferences']>[0];

const HINTS = ['@pulumi/azure', '@cdktf/provider-azurerm', '@azure/arm-cognitiveservices'];
/** `HINTS` as one pattern: one pass over the text instead of one per hint. */
const HINT_TEXT = new RegExp(HINTS.join('|').replaceAll('/', '\\/'));

const accountsCache = new WeakMap<TSESTree.Program, readonly AiAccount[]>();

/** Every Azure AI account declared in the file, in source order. Computed once per file. */
export function aiAccounts(context: Context): readonly AiAccount[] {
  const program = context.sourceCode.ast;
  const cached = accountsCache.get(program);
  if (cached) return cached;
  const accounts = findAccounts(context);
  accountsCache.set(program, accounts);
  return accounts;
}

function findAccounts(context: Context): AiAccount[] {
  const text = context.sourceCode.text;
  if (!HINT_TEXT.test(text)) return [];
  const scope = context.sourceCode.scopeManager?.globalScope;
  if (!scope) return [];
  const tracker = new ASTUtils.ReferenceTracker(withImplicitGlobals(scope, ['require']), { mode: 'legacy' });
  const found = new Map<TSESTree.Node, Row>();
  const collect = (refs: Iterable<{ node: TSESTree.Node; info: unknown }>): void => {
    for (const ref of refs) {
      const [row] = ref.info as Row[];
      if (row && ref.node.type === AST_NODE_TYPES.NewExpression) found.set(ref.node, row);
    }
  };
  const map = TRACE_MAP as unknown as TraceMap;
  collect(tracker.iterateEsmReferences(map));
  collect(tracker.iterateCjsReferences(map));

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

// ---------------------------------------------------------------------------------------------------------
// Reading settings

/** A static value a setting may hold: a string (also an enum member's value), a boolean, or `null`/`undefined` (unset). */
export type Scalar = string | boolean | null;

export interface ScalarLeaf {
  readonly value: Scalar;
  /** Where the value is written (the literal or enum member, possibly behind a binding). */
  readonly node: TSESTree.Node;
  /** For an enum member (`PublicNetworkAccess.Disabled`): the enum's name. */
  readonly enumName: string | undefined;
}

export type Setting =
  /** The value cannot be told: it comes from a parameter, a call, config, or an unresolvable spread. */
  | { readonly kind: 'unknown' }
  /**
   * The property is not set. `container` is the object literal the first missing segment would go into
   * (when there is exactly one), `path` the segments missing from it.
   */
  | { readonly kind: 'missing'; readonly container: TSESTree.ObjectExpression | undefined; readonly path: readonly string[] }
  /**
   * The property is set. `node` is the value as written in the property; `leaves` the static values it may
   * hold, or undefined when any of them is not static (a variable, config, a call).
   */
  | { readonly kind: 'set'; readonly property: TSESTree.Property; readonly node: TSESTree.Node; readonly leaves: readonly ScalarLeaf[] | undefined };

/** Enum members of the SDKs, by enum name: member name → wire value. */
const ENUMS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  PublicNetworkAccess: { Enabled: 'Enabled', Disabled: 'Disabled' },
  KnownPublicNetworkAccess: { Enabled: 'Enabled', Disabled: 'Disabled' },
  NetworkRuleAction: { Allow: 'Allow', Deny: 'Deny' },
  KnownNetworkRuleAction: { Allow: 'Allow', Deny: 'Deny' },
  KeySource: { Microsoft_CognitiveServices: 'Microsoft.CognitiveServices', Microsoft_KeyVault: 'Microsoft.KeyVault' },
  KnownKeySource: { MicrosoftCognitiveServices: 'Microsoft.CognitiveServices', MicrosoftKeyVault: 'Microsoft.KeyVault' },
};

/** The member of enum `enumName` whose value is `value` (`KnownKeySource`, "Microsoft.KeyVault" → `MicrosoftKeyVault`). */
export function enumMember(enumName: string, value: string): string | undefined {
  const members = ENUMS[enumName];
  if (!members) return undefined;
  return Object.keys(members).find((member) => members[member] === value);
}

const MAX_SPREAD_DEPTH = 3;

/**
 * The setting at `path` in the args object of a declaration, through bindings, nested objects and spreads
 * (`{ ...shared, properties: { ...baseProps, disableLocalAuth: true } }`; later properties win).
 */
export function settingAt(context: Context, args: TSESTree.Node | undefined, path: readonly string[]): Setting {
  if (!args) return { kind: 'missing', container: undefined, path };
  let object = singleObject(context, args);
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    if (!object || segment === undefined) return { kind: 'unknown' };
    const found = lookup(context, object, segment, 0);
    if (found === 'unknown') return { kind: 'unknown' };
    if (found === 'missing') return { kind: 'missing', container: object, path: path.slice(i) };
    if (i === path.length - 1) return { kind: 'set', property: found, node: found.value, leaves: scalarLeaves(context, found.value) };
    const value = unwrap(found.value);
    if (isUnset(value)) return { kind: 'missing', container: undefined, path: path.slice(i) };
    object = singleObject(context, found.value);
  }
  return { kind: 'unknown' };
}

/** The one object literal a node stands for; undefined when it may be anything else (or one of several). */
function singleObject(context: Context, node: TSESTree.Node): TSESTree.ObjectExpression | undefined {
  const leaves = trace(context, node);
  if (leaves.length !== 1) return undefined;
  const leaf = leaves[0];
  const n = leaf ? unwrap(leaf.node) : undefined;
  return leaf?.kind === 'other' && n?.type === AST_NODE_TYPES.ObjectExpression ? n : undefined;
}

/** Property `name` of an object literal, looking through spreads; `unknown` when a spread or computed key may hold it. */
function lookup(context: Context, object: TSESTree.ObjectExpression, name: string, depth: number): TSESTree.Property | 'missing' | 'unknown' {
  for (let i = object.properties.length - 1; i >= 0; i--) {
    const prop = object.properties[i];
    if (!prop) continue;
    if (prop.type === AST_NODE_TYPES.Property) {
      const key = keyName(prop);
      if (key === undefined) return 'unknown';
      if (key === name) return prop.kind === 'init' ? prop : 'unknown';
      continue;
    }
    if (depth >= MAX_SPREAD_DEPTH) return 'unknown';
    const leaves = trace(context, prop.argument);
    let result: TSESTree.Property | 'missing' | undefined;
    for (const leaf of leaves) {
      const n = unwrap(leaf.node);
      if (leaf.kind !== 'other' || n.type !== AST_NODE_TYPES.ObjectExpression) return 'unknown';
      const inner = lookup(context, n, name, depth + 1);
      if (inner === 'unknown' || (result !== undefined && result !== inner)) return 'unknown';
      result = inner;
    }
    if (result === undefined) return 'unknown';
    if (result !== 'missing') return result;
  }
  return 'missing';
}

function isUnset(node: TSESTree.Node): boolean {
  return (node.type === AST_NODE_TYPES.Literal && node.value === null) || (node.type === AST_NODE_TYPES.Identifier && node.name === 'undefined');
}

/** The static values a setting may hold, or undefined when one of them is not static. */
function scalarLeaves(context: Context, node: TSESTree.Node): ScalarLeaf[] | undefined {
  const out: ScalarLeaf[] = [];
  for (const leaf of trace(context, node)) {
    if (leaf.kind === 'string') {
      out.push({ value: leaf.value, node: leaf.node, enumName: undefined });
      continue;
    }
    if (leaf.kind !== 'other') return undefined;
    const n = unwrap(leaf.node);
    const scalar = scalarOf(n);
    if (!scalar) return undefined;
    out.push(scalar);
  }
  return out.length > 0 ? out : undefined;
}

function scalarOf(node: TSESTree.Node): ScalarLeaf | undefined {
  if (isUnset(node)) return { value: null, node, enumName: undefined };
  if (node.type === AST_NODE_TYPES.Literal && typeof node.value === 'boolean') return { value: node.value, node, enumName: undefined };
  if (node.type === AST_NODE_TYPES.UnaryExpression) {
    const value = staticBoolean(node);
    return value === undefined ? undefined : { value, node, enumName: undefined };
  }
  if (node.type !== AST_NODE_TYPES.MemberExpression) return undefined;
  // `cognitiveservices.PublicNetworkAccess.Disabled`, `KnownNetworkRuleAction.Deny`.
  const member = keyName(node);
  const object = unwrap(node.object);
  const enumName = object.type === AST_NODE_TYPES.Identifier ? object.name : object.type === AST_NODE_TYPES.MemberExpression ? keyName(object) : undefined;
  const value = enumName !== undefined && member !== undefined ? ENUMS[enumName]?.[member] : undefined;
  return value === undefined ? undefined : { value, node, enumName };
}

export type Verdict =
  | { readonly kind: 'unknown' }
  | { readonly kind: 'secure' }
  | Extract<Setting, { kind: 'missing' }>
  /** Set to an insecure static value (every value it may hold is insecure). */
  | { readonly kind: 'insecure'; readonly setting: Extract<Setting, { kind: 'set' }>; readonly leaf: ScalarLeaf };

/**
 * Judge a setting: `secure` when every static value passes `isSecure`, `insecure` when every one fails,
 * `unknown` when it is not static or mixed (`isProd ? "Disabled" : "Enabled"` depends on run-time config).
 * `null`/`undefined` values count as not set.
 */
export function judge(setting: Setting, isSecure: (value: Scalar) => boolean): Verdict {
  if (setting.kind !== 'set') return setting;
  const leaves = setting.leaves;
  if (!leaves) return { kind: 'unknown' };
  const secure = leaves.filter((leaf) => isSecure(leaf.value));
  if (secure.length === leaves.length) return { kind: 'secure' };
  const [first] = leaves;
  if (secure.length > 0 || !first) return { kind: 'unknown' };
  return { kind: 'insecure', setting, leaf: first };
}

// ---------------------------------------------------------------------------------------------------------
// Edits

function literalText(value: string | boolean, quote: string): string {
  return typeof value === 'boolean' ? String(value) : `${quote}${value}${quote}`;
}

/** The quote character the file's setting uses, `"` by default. */
function quoteOf(sourceCode: TSESLint.SourceCode, node: TSESTree.Node): string {
  const first = sourceCode.getText(node).charAt(0);
  return first === "'" || first === '"' ? first : '"';
}

/**
 * Set an insecure setting to `secure`: an enum member keeps its enum (`PublicNetworkAccess.Enabled` →
 * `.Disabled`), a literal keeps its quotes, a value from a binding is replaced in the property only (the
 * binding may be used elsewhere).
 */
export function replaceValueFix(
  sourceCode: TSESLint.SourceCode,
  verdict: Extract<Verdict, { kind: 'insecure' }>,
  secure: string | boolean,
): (fixer: TSESLint.RuleFixer) => TSESLint.RuleFix {
  const { setting, leaf } = verdict;
  const written = unwrap(setting.node);
  if (written === leaf.node && leaf.enumName !== undefined && typeof secure === 'string' && leaf.node.type === AST_NODE_TYPES.MemberExpression) {
    const member = enumMember(leaf.enumName, secure);
    const property = leaf.node.property;
    if (member !== undefined && !leaf.node.computed) return (fixer) => fixer.replaceText(property, member);
  }
  const text = literalText(secure, written === leaf.node ? quoteOf(sourceCode, leaf.node) : '"');
  if (setting.property.shorthand) {
    const key = sourceCode.getText(setting.property.key);
    return (fixer) => fixer.replaceText(setting.property, `${key}: ${text}`);
  }
  return (fixer) => fixer.replaceText(setting.node, text);
}

/**
 * Add a missing setting: `path` `['properties', 'disableLocalAuth']` with `true` inserts
 * `properties: { disableLocalAuth: true }` into `container`, after its last member, following its layout.
 */
export function insertFix(
  sourceCode: TSESLint.SourceCode,
  container: TSESTree.ObjectExpression,
  path: readonly string[],
  value: string | boolean,
): (fixer: TSESLint.RuleFixer) => TSESLint.RuleFix {
  let entry = literalText(value, '"');
  for (let i = path.length - 1; i >= 0; i--) entry = i === path.length - 1 ? `${path[i] ?? ''}: ${entry}` : `${path[i] ?? ''}: { ${entry} }`;
  const last = container.properties.at(-1);
  if (!last) return (fixer) => fixer.replaceText(container, `{ ${entry} }`);
  const after = sourceCode.getTokenAfter(last);
  const comma = after?.value === ',' ? after : undefined;
  const anchor = comma ?? last;
  const openBrace = sourceCode.getFirstToken(container);
  if (openBrace && last.loc.start.line > openBrace.loc.end.line) {
    const line = sourceCode.lines[last.loc.start.line - 1] ?? '';
    const indent = line.slice(0, last.loc.start.column);
    const pad = indent.trim() === '' ? indent : '  ';
    return (fixer) => fixer.insertTextAfter(anchor, comma ? `\n${pad}${entry},` : `,\n${pad}${entry}`);
  }
  return (fixer) => fixer.insertTextAfter(anchor, comma ? ` ${entry},` : `, ${entry}`);
}

/** Where to report a missing setting: the args argument, or the declaration itself. */
export function declarationNode(account: AiAccount): TSESTree.Node {
  return account.args ?? account.node;
}

/** The messages a rule uses for one control; without `fix`, the rule reports without a suggestion. */
export interface ControlMessages<M extends string> {
  /** A setting written with an insecure value (data gets `value`: the setting's source text). */
  readonly insecure: M;
  /** A setting left out, so the insecure default applies. */
  readonly missing: M;
  /** The suggestion that writes the secure value. */
  readonly fix?: M;
}

/**
 * Reports one judged control: an insecure value where it is written (once, however many accounts spread the
 * object holding it), a missing setting at the account's declaration, each with a suggestion that writes
 * `secure` when the rule offers one. Returns whether it reported.
 */
export function reportVerdict<M extends string>(
  context: Readonly<TSESLint.RuleContext<M, readonly unknown[]>>,
  reported: Set<TSESTree.Node>,
  account: AiAccount,
  verdict: Verdict,
  control: { readonly messages: ControlMessages<M>; readonly data: Record<string, string>; readonly secure: string | boolean },
): boolean {
  const { sourceCode } = context;
  const { messages, data, secure } = control;
  if (verdict.kind === 'insecure') {
    if (reported.has(verdict.setting.node)) return false;
    reported.add(verdict.setting.node);
    const fix = replaceValueFix(sourceCode, verdict, secure);
    context.report({
      node: verdict.setting.node,
      messageId: messages.insecure,
      data: { ...data, value: sourceCode.getText(verdict.leaf.node) },
      suggest: messages.fix === undefined ? [] : [{ messageId: messages.fix, data, fix }],
    });
    return true;
  }
  if (verdict.kind === 'missing') {
    const { container, path } = verdict;
    context.report({
      node: declarationNode(account),
      messageId: messages.missing,
      data,
      suggest: messages.fix === undefined || !container ? [] : [{ messageId: messages.fix, data, fix: insertFix(sourceCode, container, path, secure) }],
    });
    return true;
  }
  return false;
}
