import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { type Context, calleeName, keyName, staticFalsy, unwrap } from './ast.js';
import { withImplicitGlobals } from './sinks.js';
import { objectsOf, propertyValue, trace } from './values.js';

/**
 * TLS option semantics for Node and the HTTP clients built on it: which settings weaken the protocol
 * version, which turn certificate validation off, and whether an object literal is the options object of
 * a TLS-capable API. Shared by `no-insecure-tls-version` and `no-disabled-certificate-validation`.
 */

// ---------------------------------------------------------------------------------------------------
// Protocol versions

/** `minVersion` / `maxVersion` / `tls.DEFAULT_M*_VERSION` values below TLS 1.2. */
const WEAK_VERSIONS: ReadonlySet<string> = new Set(['TLSv1', 'TLSv1.1']);
export const SAFE_TLS_VERSION = 'TLSv1.2';

export function isWeakTlsVersion(value: string): boolean {
  return WEAK_VERSIONS.has(value);
}

export function isTlsVersionString(value: string): boolean {
  return /^TLSv1(?:\.[0-3])?$/.test(value);
}

export interface ProtocolVerdict {
  /** `weak`: pins a version below TLS 1.2; `legacy`: the SSLv23 alias, capped at TLS 1.2 with a configurable floor. */
  readonly kind: 'weak' | 'legacy';
  /** The method to use instead, keeping a `_client` / `_server` suffix. */
  readonly replacement: string;
}

/**
 * A `secureProtocol` method name. `TLSv1_method`, `TLSv1_1_method`, `SSLv3_method`, `SSLv2_method` (and their
 * `_client_` / `_server_` variants) pin a weak version: the replacement pins TLS 1.2 with the same role.
 * `SSLv23_method` is a legacy alias that caps the connection at TLS 1.2 and takes its floor from
 * `tls.DEFAULT_MIN_VERSION` (TLS 1.0 before Node 11.4): the replacement `TLSv1_2_method` negotiates the same
 * on current Node and never less. (`TLS_method` is not offered: Node gives it no floor of its own.)
 * `TLS_method` and `TLSv1_2_method` / `TLSv1_3_method` are fine.
 */
export function classifySecureProtocol(value: string): ProtocolVerdict | undefined {
  const weak = /^(?:SSLv2|SSLv3|TLSv1|TLSv1_1)_((?:client_|server_)?)method$/.exec(value);
  if (weak) return { kind: 'weak', replacement: `TLSv1_2_${weak[1] ?? ''}method` };
  const legacy = /^SSLv23_((?:client_|server_)?)method$/.exec(value);
  if (legacy) return { kind: 'legacy', replacement: `TLSv1_2_${legacy[1] ?? ''}method` };
  return undefined;
}

/** `secureOptions` flags that turn off TLS 1.2 or TLS 1.3. */
export const DISABLING_FLAGS: ReadonlySet<string> = new Set(['SSL_OP_NO_TLSv1_2', 'SSL_OP_NO_TLSv1_3']);
/** `secureOptions` flags that turn off TLS 1.0 (what makes `SSLv23_method` acceptable). */
const NO_TLS1_FLAG = 'SSL_OP_NO_TLSv1';

export interface FlagOperand {
  readonly name: string;
  /** The identifier or member expression naming the constant. */
  readonly node: TSESTree.Node;
}

/** The constants OR-ed (or added) together in a `secureOptions` value: `constants.SSL_OP_NO_TLSv1_2 | X`. */
export function secureOptionFlags(node: TSESTree.Node): FlagOperand[] {
  const out: FlagOperand[] = [];
  const walk = (raw: TSESTree.Node, depth: number): void => {
    const n = unwrap(raw);
    if (depth > 16) return;
    if (n.type === AST_NODE_TYPES.BinaryExpression && (n.operator === '|' || n.operator === '+')) {
      walk(n.left, depth + 1);
      walk(n.right, depth + 1);
      return;
    }
    const name = n.type === AST_NODE_TYPES.Identifier ? n.name : n.type === AST_NODE_TYPES.MemberExpression ? keyName(n) : undefined;
    if (name !== undefined) out.push({ name, node: n });
  };
  walk(node, 0);
  return out;
}

/** Whether a `secureOptions` value turns off TLS 1.0 (`SSL_OP_NO_TLSv1`). */
export function disablesTls1(node: TSESTree.Node): boolean {
  return secureOptionFlags(node).some((f) => f.name === NO_TLS1_FLAG);
}

// ---------------------------------------------------------------------------------------------------
// Node CLI flags

export interface CliFlag {
  readonly flag: string;
  /** Offset of the flag in the searched text. */
  readonly index: number;
  readonly replacement: string;
  /** `min`: raising it is a fix; `max`: replacing it changes the ceiling, a suggestion. */
  readonly kind: 'min' | 'max';
}

/** `--tls-min-v1.0`, `--tls-min-v1.1`, `--tls-max-v1.1` as tokens of a command line or `NODE_OPTIONS` value. */
export function weakCliFlags(text: string): CliFlag[] {
  if (!text.includes('--tls-m')) return [];
  const out: CliFlag[] = [];
  const re = /(?<![\w-])--tls-(min-v1\.[01]|max-v1\.1)(?![\w.-])/g;
  for (const match of text.matchAll(re)) {
    const kind = match[1]?.startsWith('min') ? 'min' : 'max';
    out.push({ flag: match[0], index: match.index, kind, replacement: kind === 'min' ? '--tls-min-v1.2' : '--tls-max-v1.3' });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Certificate validation

export const REJECT_ENV = 'NODE_TLS_REJECT_UNAUTHORIZED';

/** A value that, written to `NODE_TLS_REJECT_UNAUTHORIZED`, turns validation off: `"0"`, `0`, `""`. */
export function disablesRejectEnv(node: TSESTree.Node): boolean {
  const n = unwrap(node);
  if (n.type === AST_NODE_TYPES.Literal) return n.value === '0' || n.value === '' || n.value === 0;
  if (n.type === AST_NODE_TYPES.TemplateLiteral && n.expressions.length === 0) {
    const text = n.quasis[0]?.value.cooked;
    return text === '0' || text === '';
  }
  return false;
}

/**
 * A statically false option value: `false`, `0`, `!1`, or a `const` bound only to one. Values from
 * config, the environment or expressions are not guessed at.
 */
export function isStaticallyOff(context: Context, node: TSESTree.Node): boolean {
  const n = unwrap(node);
  if (staticFalsy(n) === true) return true;
  if (n.type !== AST_NODE_TYPES.Identifier) return false;
  const leaves = trace(context, n);
  return leaves.length > 0 && leaves.every((leaf) => leaf.kind === 'other' && leaf.node !== n && staticFalsy(leaf.node) === true);
}

type FunctionNode = TSESTree.ArrowFunctionExpression | TSESTree.FunctionExpression | TSESTree.FunctionDeclaration;

/**
 * A `checkServerIdentity` that accepts every certificate: it never throws and every return gives
 * nothing, `undefined`, `null`, `void x`, `false` or `0` (Node treats any falsy result as success).
 */
export function alwaysSucceeds(fn: FunctionNode): boolean {
  if (fn.body.type !== AST_NODE_TYPES.BlockStatement) return isEmptyResult(fn.body);
  if (fn.async || fn.generator) return false;
  let ok = true;
  const walk = (node: TSESTree.Node, depth: number): void => {
    if (!ok) return;
    if (depth > 40) {
      ok = false;
      return;
    }
    switch (node.type) {
      case AST_NODE_TYPES.ThrowStatement:
        ok = false;
        return;
      case AST_NODE_TYPES.ReturnStatement:
        if (node.argument && !isEmptyResult(node.argument)) ok = false;
        return;
      case AST_NODE_TYPES.FunctionDeclaration:
      case AST_NODE_TYPES.FunctionExpression:
      case AST_NODE_TYPES.ArrowFunctionExpression:
      case AST_NODE_TYPES.ClassDeclaration:
      case AST_NODE_TYPES.ClassExpression:
        return;
      default:
        break;
    }
    for (const child of childNodes(node)) walk(child, depth + 1);
  };
  walk(fn.body, 0);
  return ok;
}

function isEmptyResult(node: TSESTree.Node): boolean {
  const n = unwrap(node);
  if (n.type === AST_NODE_TYPES.Identifier) return n.name === 'undefined';
  if (n.type === AST_NODE_TYPES.UnaryExpression && n.operator === 'void') return true;
  if (n.type === AST_NODE_TYPES.Literal) return n.value === null || n.value === false || n.value === 0 || n.value === '';
  return false;
}

function childNodes(node: TSESTree.Node): TSESTree.Node[] {
  const out: TSESTree.Node[] = [];
  for (const [key, value] of Object.entries(node)) {
    if (key === 'parent' || key === 'loc' || key === 'range') continue;
    if (Array.isArray(value)) {
      for (const item of value) if (isNode(item)) out.push(item);
    } else if (isNode(value)) out.push(value);
  }
  return out;
}

function isNode(value: unknown): value is TSESTree.Node {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

/** The function a `checkServerIdentity` value stands for (inline, or a function/const in the file). */
export function functionOf(context: Context, node: TSESTree.Node): FunctionNode | undefined {
  const n = unwrap(node);
  if (n.type === AST_NODE_TYPES.ArrowFunctionExpression || n.type === AST_NODE_TYPES.FunctionExpression) return n;
  if (n.type !== AST_NODE_TYPES.Identifier) return undefined;
  const variable = ASTUtils.findVariable(context.sourceCode.getScope(n), n);
  if (variable?.defs.length !== 1) return undefined;
  const def = variable.defs[0];
  if (def?.node.type === AST_NODE_TYPES.FunctionDeclaration) return variable.references.some((r) => r.isWrite()) ? undefined : def.node;
  if (def?.node.type !== AST_NODE_TYPES.VariableDeclarator || def.node.parent.kind !== 'const' || !def.node.init) return undefined;
  const init = unwrap(def.node.init);
  return init.type === AST_NODE_TYPES.ArrowFunctionExpression || init.type === AST_NODE_TYPES.FunctionExpression ? init : undefined;
}

// ---------------------------------------------------------------------------------------------------
// Options context: is this object literal the options object of a TLS-capable API?

/** Call and constructor members of TLS-capable modules; every argument is an options candidate. */
const TLS_APIS: Readonly<Record<string, readonly string[]>> = {
  tls: ['connect', 'createSecureContext', 'createServer', 'Server', 'TLSSocket', 'SecureContext'],
  https: ['request', 'get', 'createServer', 'Agent', 'Server'],
  http2: ['connect', 'createSecureServer'],
  undici: ['Agent', 'Pool', 'Client', 'BalancedPool', 'ProxyAgent', 'EnvHttpProxyAgent', 'RetryAgent', 'buildConnector', 'fetch', 'request', 'stream', 'WebSocket'],
  ws: ['WebSocket', 'WebSocketServer', 'Server'],
  got: ['extend', 'get', 'post', 'put', 'patch', 'delete', 'head', 'stream'],
  axios: ['create', 'request', 'get', 'post', 'put', 'patch', 'delete', 'head', 'options'],
  'node-fetch': [],
  openai: ['OpenAI', 'AzureOpenAI'],
  'https-proxy-agent': ['HttpsProxyAgent'],
  'http-proxy-agent': ['HttpProxyAgent'],
  hpagent: ['HttpsProxyAgent', 'HttpProxyAgent'],
  'proxy-agent': ['ProxyAgent'],
  'socks-proxy-agent': ['SocksProxyAgent'],
  agentkeepalive: ['HttpsAgent'],
  request: ['get', 'post', 'put', 'patch', 'del', 'delete', 'head', 'defaults'],
  'request-promise': ['get', 'post', 'put', 'patch', 'del', 'delete', 'head', 'defaults'],
  needle: ['get', 'post', 'put', 'patch', 'delete', 'head', 'request'],
};

/** Property names under which TLS options or agents are nested (`got({ https: { … } })`). */
const NEST_KEYS: ReadonlySet<string> = new Set([
  'https', 'httpsAgent', 'httpAgent', 'agent', 'agentOptions', 'connect', 'tls', 'ssl', 'tlsOptions', 'sslOptions',
  'fetchOptions', 'dispatcher', 'requestOptions', 'socketOptions', 'proxyTls', 'requestTls',
]);

/** Properties that only TLS options objects have. */
const TLS_KEYS: ReadonlySet<string> = new Set([
  'ca', 'cert', 'pfx', 'passphrase', 'ciphers', 'servername', 'secureProtocol', 'secureOptions', 'secureContext',
  'rejectUnauthorized', 'checkServerIdentity', 'ecdhCurve', 'honorCipherOrder', 'ALPNProtocols', 'requestCert',
  'sigalgs', 'dhparam', 'crl', 'sessionIdContext', 'ticketKeys', 'pskCallback', 'privateKeyEngine',
]);

/** Binding or property names that say "TLS options" (`tlsOptions`, `httpsAgentConfig`, `sslOpts`). */
const CONTEXT_NAME = /tls|ssl|https|agent|secure/i;

const TLS_HINTS = Object.keys(TLS_APIS);

type TraceMap = Parameters<InstanceType<typeof ASTUtils.ReferenceTracker>['iterateEsmReferences']>[0];
let apiTraceMap: TraceMap | undefined;

function buildApiTraceMap(): TraceMap {
  const map: Record<string, unknown> = {};
  const callable = (): Record<symbol, boolean> => ({ [ASTUtils.ReferenceTracker.CALL]: true, [ASTUtils.ReferenceTracker.CONSTRUCT]: true });
  for (const [module, members] of Object.entries(TLS_APIS)) {
    const root: Record<string | symbol, unknown> = { ...callable() };
    for (const member of members) root[member] = callable();
    // `require("x").default` and the default export of an ES module build.
    root['default'] = { ...root };
    map[module] = root;
    if (['tls', 'https', 'http2'].includes(module)) map[`node:${module}`] = root;
  }
  return map as TraceMap;
}

type CallNode = TSESTree.CallExpression | TSESTree.NewExpression;
const apiCallCache = new WeakMap<TSESTree.Program, readonly CallNode[]>();
const contextCache = new WeakMap<TSESTree.Program, ReadonlySet<TSESTree.ObjectExpression>>();

/** The calls and constructors of TLS-capable modules in the file, through import, require and renames. */
export function tlsApiCalls(context: Context): readonly CallNode[] {
  const program = context.sourceCode.ast;
  const hit = apiCallCache.get(program);
  if (hit) return hit;
  const found: CallNode[] = [];
  const text = context.sourceCode.text;
  const scope = context.sourceCode.scopeManager?.globalScope;
  if (scope && TLS_HINTS.some((hint) => text.includes(hint))) {
    apiTraceMap ??= buildApiTraceMap();
    const tracker = new ASTUtils.ReferenceTracker(withImplicitGlobals(scope, ['require']), { mode: 'legacy' });
    const seen = new Set<TSESTree.Node>();
    for (const ref of [...tracker.iterateEsmReferences(apiTraceMap), ...tracker.iterateCjsReferences(apiTraceMap)]) {
      const node = ref.node;
      if (seen.has(node) || (node.type !== AST_NODE_TYPES.CallExpression && node.type !== AST_NODE_TYPES.NewExpression)) continue;
      seen.add(node);
      found.push(node);
    }
  }
  apiCallCache.set(program, found);
  return found;
}

/** Object literals that reach a TLS-capable API as an argument, or nested under an agent/TLS key of one. */
function reachedObjects(context: Context): ReadonlySet<TSESTree.ObjectExpression> {
  const program = context.sourceCode.ast;
  const hit = contextCache.get(program);
  if (hit) return hit;
  const out = new Set<TSESTree.ObjectExpression>();
  const add = (node: TSESTree.Node, depth: number): void => {
    if (depth > 3) return;
    for (const obj of objectsOf(context, node)) {
      if (out.has(obj)) continue;
      out.add(obj);
      for (const key of NEST_KEYS) {
        const value = propertyValue(context, obj, key);
        if (value) add(value, depth + 1);
      }
    }
  };
  for (const call of tlsApiCalls(context)) for (const arg of call.arguments) add(arg, 0);
  contextCache.set(program, out);
  return out;
}

/** The name an object literal is bound to or stored under: `const tlsOptions = {…}`, `{ https: {…} }`, `this.agentOptions = {…}`. */
function holderName(obj: TSESTree.Node): string | undefined {
  let node: TSESTree.Node = obj;
  while (
    node.parent &&
    (node.parent.type === AST_NODE_TYPES.TSAsExpression ||
      node.parent.type === AST_NODE_TYPES.TSSatisfiesExpression ||
      node.parent.type === AST_NODE_TYPES.TSTypeAssertion)
  ) {
    node = node.parent;
  }
  const parent = node.parent;
  if (!parent) return undefined;
  switch (parent.type) {
    case AST_NODE_TYPES.VariableDeclarator:
      return parent.id.type === AST_NODE_TYPES.Identifier ? parent.id.name : undefined;
    case AST_NODE_TYPES.Property:
    case AST_NODE_TYPES.PropertyDefinition:
      return parent.value === node ? keyName(parent) : undefined;
    case AST_NODE_TYPES.AssignmentExpression: {
      const left = parent.left;
      if (left.type === AST_NODE_TYPES.Identifier) return left.name;
      return left.type === AST_NODE_TYPES.MemberExpression ? keyName(left) : undefined;
    }
    case AST_NODE_TYPES.NewExpression: {
      // An argument of an agent constructor from any package: `new HttpsAgent({…})`, `new https.Agent({…})`.
      const name = calleeName(parent);
      return name !== undefined && /Agent$/.test(name) ? 'agent' : undefined;
    }
    default:
      return undefined;
  }
}

/**
 * Whether an object literal is the options object of a TLS-capable API. True when it (or an object it is
 * nested in under `https`, `httpsAgent`, `agent`, `connect`, …) reaches a call of `tls`, `https`, `http2`,
 * `undici`, `ws`, `got`, `axios`, `node-fetch`, `openai` or a proxy-agent package; when it is bound or stored
 * under a TLS-ish name (`tlsOptions`, `httpsAgent`, `agentOptions`, a class field `sslConfig`); when it is an
 * argument of any `new …Agent(…)`; or when it has another property only TLS options have (`ca`, `cert`,
 * `ciphers`, `servername`, `rejectUnauthorized`, …, or a second TLS version).
 */
export function isTlsOptionsObject(context: Context, obj: TSESTree.ObjectExpression, self?: TSESTree.Property): boolean {
  if (reachedObjects(context).has(obj)) return true;
  const name = holderName(obj);
  if (name !== undefined && CONTEXT_NAME.test(name)) return true;
  for (const prop of obj.properties) {
    if (prop === self || prop.type !== AST_NODE_TYPES.Property) continue;
    const key = keyName(prop);
    if (key === undefined) continue;
    if (TLS_KEYS.has(key)) return true;
    if (key === 'minVersion' || key === 'maxVersion') {
      const value = unwrap(prop.value);
      if (value.type === AST_NODE_TYPES.Literal && typeof value.value === 'string' && isTlsVersionString(value.value)) return true;
    }
  }
  return false;
}

/** Whether a member assignment target (`opts.minVersion = …`) belongs to TLS options. */
export function isTlsOptionsTarget(context: Context, member: TSESTree.MemberExpression): boolean {
  const object = unwrap(member.object);
  const name = object.type === AST_NODE_TYPES.Identifier ? object.name : object.type === AST_NODE_TYPES.MemberExpression ? keyName(object) : undefined;
  if (name !== undefined && (CONTEXT_NAME.test(name) || name === 'options')) return true;
  return objectsOf(context, object).some((obj) => isTlsOptionsObject(context, obj));
}

// ---------------------------------------------------------------------------------------------------
// tls.DEFAULT_MIN_VERSION / DEFAULT_MAX_VERSION

const DEFAULTS_MAP = (() => {
  const member = { [ASTUtils.ReferenceTracker.READ]: true };
  const root = { DEFAULT_MIN_VERSION: member, DEFAULT_MAX_VERSION: member };
  return { tls: { ...root, default: root }, 'node:tls': { ...root, default: root } } as unknown as TraceMap;
})();

/** `tls.DEFAULT_MIN_VERSION = …` / `DEFAULT_MAX_VERSION` assignments, through every form of importing `tls`. */
export function tlsDefaultAssignments(context: Context): TSESTree.AssignmentExpression[] {
  const text = context.sourceCode.text;
  if (!text.includes('DEFAULT_M')) return [];
  const scope = context.sourceCode.scopeManager?.globalScope;
  if (!scope) return [];
  const tracker = new ASTUtils.ReferenceTracker(withImplicitGlobals(scope, ['require']), { mode: 'legacy' });
  const out: TSESTree.AssignmentExpression[] = [];
  for (const ref of [...tracker.iterateEsmReferences(DEFAULTS_MAP), ...tracker.iterateCjsReferences(DEFAULTS_MAP)]) {
    const parent = ref.node.parent;
    if (parent?.type === AST_NODE_TYPES.AssignmentExpression && parent.left === ref.node && !out.includes(parent)) out.push(parent);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Text edits

type SourceCode = Readonly<TSESLint.SourceCode>;

/** Range of the text between a string's quotes (or a template's backticks). */
export function innerRange(node: TSESTree.Node): [number, number] {
  return [node.range[0] + 1, node.range[1] - 1];
}

/** Removes a property from an object literal, keeping the object valid (commas and own-line layout handled). */
export function removeProperty(sourceCode: SourceCode, prop: TSESTree.Property | TSESTree.SpreadElement): TSESLint.ReportFixFunction {
  return (fixer) => {
    const obj = prop.parent;
    if (obj.type === AST_NODE_TYPES.ObjectExpression && obj.properties.length === 1) {
      const open = sourceCode.getFirstToken(obj);
      const close = sourceCode.getLastToken(obj);
      if (open && close) return fixer.replaceTextRange([open.range[1], close.range[0]], '');
    }
    const after = sourceCode.getTokenAfter(prop);
    if (after && ASTUtils.isCommaToken(after)) {
      const next = sourceCode.getTokenAfter(after, { includeComments: true });
      const lineStart = prop.range[0] - prop.loc.start.column;
      const ownLine = sourceCode.text.slice(lineStart, prop.range[0]).trim() === '' && next !== null && next.loc.start.line > after.loc.end.line;
      if (ownLine) return fixer.removeRange([lineStart, lineEndAfter(sourceCode, after.range[1])]);
      return fixer.removeRange([prop.range[0], next && next.loc.start.line === after.loc.end.line ? next.range[0] : after.range[1]]);
    }
    const before = sourceCode.getTokenBefore(prop);
    if (before && ASTUtils.isCommaToken(before)) return fixer.removeRange([before.range[0], prop.range[1]]);
    return fixer.remove(prop);
  };
}

/** Offset just past the line break that ends the line containing `index` (or the end of text). */
function lineEndAfter(sourceCode: SourceCode, index: number): number {
  const text = sourceCode.text;
  const nl = text.indexOf('\n', index);
  return nl === -1 ? text.length : nl + 1;
}

/**
 * Removes a statement (or class member). When it sits alone on its lines, the lines go too; in a position
 * that needs a statement (`if (x) stmt;`) it becomes `{}`.
 */
export function removeStatement(sourceCode: SourceCode, stmt: TSESTree.Node): TSESLint.ReportFixFunction {
  return (fixer) => {
    const parent = stmt.parent;
    const listParent =
      parent?.type === AST_NODE_TYPES.Program ||
      parent?.type === AST_NODE_TYPES.BlockStatement ||
      parent?.type === AST_NODE_TYPES.StaticBlock ||
      parent?.type === AST_NODE_TYPES.SwitchCase ||
      parent?.type === AST_NODE_TYPES.ClassBody ||
      parent?.type === AST_NODE_TYPES.TSModuleBlock;
    if (!listParent) return fixer.replaceText(stmt, '{}');
    const text = sourceCode.text;
    const lineStart = stmt.range[0] - stmt.loc.start.column;
    const lineEnd = lineEndAfter(sourceCode, stmt.range[1]);
    const restOfLine = text.slice(stmt.range[1], lineEnd).trim();
    if (text.slice(lineStart, stmt.range[0]).trim() === '' && restOfLine === '') return fixer.removeRange([lineStart, lineEnd]);
    const next = sourceCode.getTokenAfter(stmt, { includeComments: true });
    return fixer.removeRange([stmt.range[0], next && next.loc.start.line === stmt.loc.end.line ? next.range[0] : stmt.range[1]]);
  };
}

/** Removes one operand of an `a | b | c` chain (the chain's other operands stay). */
export function removeOperand(sourceCode: SourceCode, operand: TSESTree.Node): TSESLint.ReportFixFunction | undefined {
  let node: TSESTree.Node = operand;
  while (node.parent && node.parent.type !== AST_NODE_TYPES.BinaryExpression && unwrap(node.parent) === operand) node = node.parent;
  const parent = node.parent;
  if (parent?.type !== AST_NODE_TYPES.BinaryExpression || (parent.operator !== '|' && parent.operator !== '+')) return undefined;
  const other = parent.left === node ? parent.right : parent.left;
  return (fixer) => fixer.replaceText(parent, sourceCode.getText(other));
}
