import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
import { type CallNode, calleeName, type Context, keyName, perFile, unwrap } from '../ast.js';
import { objectsOf, propertyValue } from '../objects.js';
import { CALL, CONSTRUCT, READ, type TraceMap, trackReferences } from '../tracking.js';
import { isTlsVersionString } from './versions.js';

/**
 * TLS-capable clients: the modules whose calls take TLS options (tls, https, undici, ws, got, axios, openai,
 * proxy agents, …), and whether an object literal is such an options object. Adding a TLS client: a line in
 * `TLS_APIS` (and a nesting key in `NEST_KEYS` if it nests its TLS options under a new name).
 */

/** Call and constructor members of TLS-capable modules; every argument is an options candidate. */
const TLS_APIS: Readonly<Record<string, readonly string[]>> = {
  tls: ['connect', 'createSecureContext', 'createServer', 'Server', 'TLSSocket', 'SecureContext'],
  https: ['request', 'get', 'createServer', 'Agent', 'Server'],
  http2: ['connect', 'createSecureServer'],
  undici: [
    'Agent',
    'Pool',
    'Client',
    'BalancedPool',
    'ProxyAgent',
    'EnvHttpProxyAgent',
    'RetryAgent',
    'buildConnector',
    'fetch',
    'request',
    'stream',
    'WebSocket',
  ],
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
  'https',
  'httpsAgent',
  'httpAgent',
  'agent',
  'agentOptions',
  'connect',
  'tls',
  'ssl',
  'tlsOptions',
  'sslOptions',
  'fetchOptions',
  'dispatcher',
  'requestOptions',
  'socketOptions',
  'proxyTls',
  'requestTls',
]);

/** Properties that only TLS options objects have. */
const TLS_KEYS: ReadonlySet<string> = new Set([
  'ca',
  'cert',
  'pfx',
  'passphrase',
  'ciphers',
  'servername',
  'secureProtocol',
  'secureOptions',
  'secureContext',
  'rejectUnauthorized',
  'checkServerIdentity',
  'ecdhCurve',
  'honorCipherOrder',
  'ALPNProtocols',
  'requestCert',
  'sigalgs',
  'dhparam',
  'crl',
  'sessionIdContext',
  'ticketKeys',
  'pskCallback',
  'privateKeyEngine',
]);

/** Binding or property names that say "TLS options" (`tlsOptions`, `httpsAgentConfig`, `sslOpts`). */
const CONTEXT_NAME = /tls|ssl|https|agent|secure/i;

const TLS_HINTS = Object.keys(TLS_APIS);

let apiTraceMap: TraceMap | undefined;

function buildApiTraceMap(): TraceMap {
  const map: Record<string, unknown> = {};
  const callable = (): Record<symbol, boolean> => ({ [CALL]: true, [CONSTRUCT]: true });
  for (const [module, members] of Object.entries(TLS_APIS)) {
    const root: Record<string | symbol, unknown> = { ...callable() };
    for (const member of members) root[member] = callable();
    // `require("x").default` and the default export of an ES module build.
    root['default'] = { ...root };
    map[module] = root;
    if (['tls', 'https', 'http2'].includes(module)) map[`node:${module}`] = root;
  }
  return map;
}

const apiCallCache = new WeakMap<TSESTree.Program, readonly CallNode[]>();
const contextCache = new WeakMap<TSESTree.Program, ReadonlySet<TSESTree.ObjectExpression>>();

/** The calls and constructors of TLS-capable modules in the file, through import, require and renames. */
export function tlsApiCalls(context: Context): readonly CallNode[] {
  return perFile(apiCallCache, context.sourceCode.ast, () => findApiCalls(context));
}

function findApiCalls(context: Context): CallNode[] {
  const text = context.sourceCode.text;
  if (!TLS_HINTS.some((hint) => text.includes(hint))) return [];
  apiTraceMap ??= buildApiTraceMap();
  const found: CallNode[] = [];
  const seen = new Set<TSESTree.Node>();
  for (const { node } of trackReferences(context, { modules: apiTraceMap })) {
    if (seen.has(node) || (node.type !== AST_NODE_TYPES.CallExpression && node.type !== AST_NODE_TYPES.NewExpression))
      continue;
    seen.add(node);
    found.push(node);
  }
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
export function isTlsOptionsObject(
  context: Context,
  obj: TSESTree.ObjectExpression,
  self?: TSESTree.Property,
): boolean {
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
      if (value.type === AST_NODE_TYPES.Literal && typeof value.value === 'string' && isTlsVersionString(value.value))
        return true;
    }
  }
  return false;
}

/** Whether a member assignment target (`opts.minVersion = …`) belongs to TLS options. */
export function isTlsOptionsTarget(context: Context, member: TSESTree.MemberExpression): boolean {
  const object = unwrap(member.object);
  const name =
    object.type === AST_NODE_TYPES.Identifier
      ? object.name
      : object.type === AST_NODE_TYPES.MemberExpression
        ? keyName(object)
        : undefined;
  if (name !== undefined && (CONTEXT_NAME.test(name) || name === 'options')) return true;
  return objectsOf(context, object).some((obj) => isTlsOptionsObject(context, obj));
}

const DEFAULTS_MAP: TraceMap = (() => {
  const member = { [READ]: true };
  const root = { DEFAULT_MIN_VERSION: member, DEFAULT_MAX_VERSION: member };
  return { tls: { ...root, default: root }, 'node:tls': { ...root, default: root } };
})();

/** `tls.DEFAULT_MIN_VERSION = …` / `DEFAULT_MAX_VERSION` assignments, through every form of importing `tls`. */
export function tlsDefaultAssignments(context: Context): TSESTree.AssignmentExpression[] {
  if (!context.sourceCode.text.includes('DEFAULT_M')) return [];
  const out: TSESTree.AssignmentExpression[] = [];
  for (const ref of trackReferences(context, { modules: DEFAULTS_MAP })) {
    const parent = ref.node.parent;
    if (parent?.type === AST_NODE_TYPES.AssignmentExpression && parent.left === ref.node && !out.includes(parent))
      out.push(parent);
  }
  return out;
}
