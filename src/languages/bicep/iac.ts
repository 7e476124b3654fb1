import type * as AST from './ast.js';
import { type BicepLeaf, type BicepScalar, type BicepSetting, settingAt } from './values.js';

/**
 * Where Azure AI accounts sit in a Bicep file, for the iac-* rules: `Microsoft.CognitiveServices/accounts@<any
 * version>` resources (their settings at the ARM paths), and module calls that create one: a local `.bicep`
 * module whose path names an AI account module (values passed as params; what the module does with them is
 * judged in the module's own file) and the Azure Verified Module `br/public:avm/res/cognitive-services/account`.
 * The verdicts are the core's; this file only says where the values are.
 */

export type BicepAccount =
  | { readonly kind: 'resource'; readonly declaration: AST.ResourceDeclaration; readonly label: string }
  | {
      readonly kind: 'module';
      readonly declaration: AST.ModuleDeclaration;
      readonly label: string;
      readonly avm: boolean;
    };

const ACCOUNT_TYPE = 'microsoft.cognitiveservices/accounts@';
const AVM_ACCOUNT = 'br/public:avm/res/cognitive-services/account:';

const cache = new WeakMap<AST.BicepFile, readonly BicepAccount[]>();

const stringValue = (node: AST.StringNode): string | undefined => (node.type === 'Literal' ? node.value : undefined);

/** Words in a module path that name an AI account module: `core/ai/cognitiveservices.bicep`, `./openai.bicep`. */
const AI_WORDS = new Set([
  'ai',
  'aiservices',
  'cognitive',
  'cognitiveservices',
  'openai',
  'aoai',
  'speech',
  'foundry',
  'formrecognizer',
  'documentintelligence',
  'translator',
  'computervision',
  'contentsafety',
]);

/**
 * A module path to a local Bicep file (not a registry or template spec reference) that, by its name, creates an
 * AI account: a storage or Key Vault module passing `publicNetworkAccess` is not this rule's business.
 */
function isLocalAiModule(path: string): boolean {
  const lower = path.toLowerCase();
  if (!lower.endsWith('.bicep') || /^(?:br|ts)[:/]/.test(lower)) return false;
  return lower
    .slice(0, -'.bicep'.length)
    .split(/[^a-z0-9]+/)
    .some((word) => AI_WORDS.has(word));
}

/** The account declarations of a file, nested resources included; `existing` references are not declarations. */
export function bicepAccounts(file: AST.BicepFile): readonly BicepAccount[] {
  const cached = cache.get(file);
  if (cached) return cached;
  const accounts: BicepAccount[] = [];
  const visit = (statements: readonly (AST.Statement | AST.ObjectExpression['properties'][number])[]): void => {
    for (const statement of statements) {
      if (statement.type === 'ResourceDeclaration') {
        const type = stringValue(statement.resourceType)?.toLowerCase();
        if (type?.startsWith(ACCOUNT_TYPE) && !statement.existing) {
          accounts.push({ kind: 'resource', declaration: statement, label: `Bicep resource ${statement.id.name}` });
        }
        const body =
          statement.body.type === 'IfExpression' || statement.body.type === 'ForExpression'
            ? statement.body.body
            : statement.body;
        const inner = body.type === 'IfExpression' ? body.body : body;
        if (inner.type === 'ObjectExpression') visit(inner.properties);
      } else if (statement.type === 'ModuleDeclaration') {
        const path = stringValue(statement.source);
        if (path === undefined) continue;
        const avm = path.toLowerCase().startsWith(AVM_ACCOUNT);
        if (avm || isLocalAiModule(path))
          accounts.push({ kind: 'module', declaration: statement, label: `Bicep module ${statement.id.name}`, avm });
      }
    }
  };
  visit(file.body);
  cache.set(file, accounts);
  return accounts;
}

/** How a module call names a control's setting: the module parameters the AVM (and the azd core modules) take. */
const MODULE_PATHS: Readonly<Record<string, readonly string[]>> = {
  'properties.disableLocalAuth': ['params', 'disableLocalAuth'],
  'properties.publicNetworkAccess': ['params', 'publicNetworkAccess'],
  'properties.networkAcls.defaultAction': ['params', 'networkAcls', 'defaultAction'],
  'properties.restrictOutboundNetworkAccess': ['params', 'restrictOutboundNetworkAccess'],
  'properties.encryption.keySource': ['params', 'customerManagedKey'],
};

/**
 * The setting of a control (given by its ARM path) on an account, and the path it is written at. A module call
 * that does not pass the parameter leaves it `missing` (its default is the module's, judged in the module's file);
 * a control no module parameter names is `unknown`.
 */
export function bicepSetting(
  file: AST.BicepFile,
  account: BicepAccount,
  armPath: readonly string[],
): { setting: BicepSetting; path: readonly string[] } {
  if (account.kind === 'resource')
    return { setting: settingAt(file, account.declaration.body, armPath), path: armPath };
  const path = MODULE_PATHS[armPath.join('.')];
  if (!path) return { setting: { kind: 'unknown' }, path: armPath };
  return { setting: settingAt(file, account.declaration.body, path), path };
}

export type BicepVerdict =
  | { readonly kind: 'secure' }
  | { readonly kind: 'unknown'; readonly parameter?: AST.ParameterDeclaration }
  | Extract<BicepSetting, { kind: 'missing' }>
  | { readonly kind: 'insecure'; readonly setting: Extract<BicepSetting, { kind: 'set' }>; readonly leaf: BicepLeaf };

/**
 * A setting judged by `judge` (the core's verdict over static values: secure when all pass, insecure when all
 * fail, unknown when mixed or not static).
 */
export function judgeBicep(
  setting: BicepSetting,
  judge: (
    values: readonly BicepScalar[] | undefined,
  ) => { readonly kind: 'secure' | 'unknown' } | { readonly kind: 'insecure'; readonly index: number },
): BicepVerdict {
  if (setting.kind === 'missing') return setting;
  if (setting.kind === 'unknown')
    return setting.parameter ? { kind: 'unknown', parameter: setting.parameter } : { kind: 'unknown' };
  if (!setting.leaves)
    return setting.parameter ? { kind: 'unknown', parameter: setting.parameter } : { kind: 'unknown' };
  const verdict = judge(setting.leaves.map((leaf) => leaf.value));
  if (verdict.kind !== 'insecure') return { kind: verdict.kind };
  const leaf = setting.leaves[verdict.index];
  return leaf ? { kind: 'insecure', setting, leaf } : { kind: 'unknown' };
}

export interface BicepEdit {
  readonly range: [number, number];
  readonly text: string;
}

export interface BicepReport {
  /** Where to report: the literal (in place or a parameter's default) or the property's value. */
  readonly node: AST.Node;
  /** The source text of the insecure value, for messages. */
  readonly value: string;
  /** The plain edit that writes the secure value, when there is one. */
  readonly edit: BicepEdit | undefined;
}

/** A Bicep literal for `value`: `true`, `'Disabled'`. */
export const bicepLiteral = (value: string | boolean): string =>
  typeof value === 'boolean' ? String(value) : `'${value.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;

/**
 * Where an insecure verdict is reported and the edit it offers. A literal written in the property, or as a
 * parameter's default, is reported and replaced where it is written (a module should be secure by default);
 * a value through a `var` or a ternary is reported at the property, and replaced there only when the property
 * holds exactly that one literal.
 */
export function insecureReport(
  text: string,
  verdict: Extract<BicepVerdict, { kind: 'insecure' }>,
  secure: string | boolean,
): BicepReport {
  const { setting, leaf } = verdict;
  const written = setting.property.value;
  const value = text.slice(leaf.node.range[0], leaf.node.range[1]);
  const single = setting.leaves?.length === 1 && leaf.plain;
  if (written === leaf.node || (leaf.parameter !== undefined && leaf.parameter.default === leaf.node)) {
    return {
      node: leaf.node,
      value,
      edit: single ? { range: leaf.node.range, text: bicepLiteral(secure) } : undefined,
    };
  }
  return { node: written, value, edit: undefined };
}

/**
 * The edit that adds a missing setting to its container object, on its own line before the closing brace
 * (`properties: {` … `}` nested as needed). None for a one-line object: its layout is the author's.
 */
export function insertEdit(
  text: string,
  setting: Extract<BicepSetting, { kind: 'missing' }>,
  secure: string | boolean,
): BicepEdit | undefined {
  const { container, path } = setting;
  if (!container || container.loc.start.line === container.loc.end.line) return undefined;
  const close = container.range[1] - 1;
  const lineStart = Math.max(text.lastIndexOf('\n', close - 1), text.lastIndexOf('\r', close - 1)) + 1;
  const closingIndent = text.slice(lineStart, close);
  if (closingIndent.trim() !== '') return undefined;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const indent = `${closingIndent}  `;
  let entry = '';
  for (let i = 0; i < path.length; i++) {
    const pad = indent + '  '.repeat(i);
    entry +=
      i === path.length - 1
        ? `${pad}${path[i] ?? ''}: ${bicepLiteral(secure)}${eol}`
        : `${pad}${path[i] ?? ''}: {${eol}`;
  }
  for (let i = path.length - 2; i >= 0; i--) entry += `${indent}${'  '.repeat(i)}}${eol}`;
  return { range: [lineStart, lineStart], text: entry };
}

/** Where a missing setting is reported: the declaration's name and type, `account 'Microsoft…@…'`. */
export function declarationHead(account: BicepAccount): AST.SourceLocation {
  const declaration = account.declaration;
  const end =
    declaration.type === 'ResourceDeclaration' ? declaration.resourceType.loc.end : declaration.source.loc.end;
  return { start: declaration.id.loc.start, end };
}
