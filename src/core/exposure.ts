import { AST_NODE_TYPES, TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { type Context, calleeName, findVariable, keyName, staticString, unwrap } from './ast.js';
import { nameWords } from './secrets.js';
import type { EnvRead } from './values.js';

/**
 * Where data leaves the server: browser-public environment variables, secret-named variables, and the
 * calls that write to logs. Shared by no-client-exposed-key and no-secret-in-log.
 */

/** Prefixes whose variables bundlers inline into client code (Vite, Next.js, CRA, Gatsby, Expo, SvelteKit/Astro, Vue CLI, Angular). */
export const PUBLIC_ENV_PREFIXES: readonly string[] = [
  'VITE_',
  'NEXT_PUBLIC_',
  'REACT_APP_',
  'GATSBY_',
  'EXPO_PUBLIC_',
  'PUBLIC_',
  'VUE_APP_',
  'NG_APP_',
];

/** The browser-public prefix of a variable name, if it has one. */
export function publicEnvPrefix(name: string | undefined): string | undefined {
  if (name === undefined) return undefined;
  return PUBLIC_ENV_PREFIXES.find((prefix) => name.startsWith(prefix));
}

/**
 * An env read whose value ends up in the browser bundle: a public-prefixed name, or (with
 * `anyImportMetaEnv`) any `import.meta.env` read, since `import.meta.env` is the client-side config object.
 */
export function isPublicEnvRead(env: EnvRead, anyImportMetaEnv = true): boolean {
  if (publicEnvPrefix(env.variable) !== undefined) return true;
  return env.source === 'import.meta.env' && anyImportMetaEnv;
}

const SECRET_LAST_WORDS = new Set(['key', 'key1', 'key2', 'apikey', 'subscriptionkey', 'secret', 'token', 'password', 'passwd', 'pwd', 'sas', 'credential', 'credentials']);
/** Qualifiers that make a secret-looking name public or not a value: `PUBLIC_KEY`, `TOKEN_URL` is caught by the last word. */
const NOT_SECRET_QUALIFIERS = new Set(['public', 'publishable', 'site', 'cache', 'sort', 'partition', 'row', 'idempotency', 'csrf']);

const TRAILING_QUALIFIERS = /^(?:\d+|primary|secondary|old|new|current|next|prev|previous|value|raw)$/;

/**
 * A variable name that holds a secret: its last word is KEY, SECRET, TOKEN, PASSWORD (or it ends in
 * CONNECTION_STRING). `AZURE_OPENAI_API_KEY`, `SPEECH_KEY`, `AZURE_CLIENT_SECRET`, `STORAGE_CONNECTION_STRING`;
 * not `SPEECH_REGION`, `AZURE_OPENAI_ENDPOINT`, `KEY_VAULT_URL`, `TOKEN_ENDPOINT`, `RECAPTCHA_SITE_KEY`.
 */
export function isSecretEnvName(name: string | undefined): boolean {
  if (name === undefined) return false;
  const words = nameWords(name);
  // SPEECH_KEY_2, AZURE_OPENAI_KEY_SECONDARY: the qualifier after the secret word does not change what it is.
  while (words.length > 1 && TRAILING_QUALIFIERS.test(words.at(-1) ?? '')) words.pop();
  const last = words.at(-1);
  if (last === undefined) return false;
  if (last === 'connectionstring' || (last === 'string' && words.at(-2) === 'connection')) return true;
  if (!SECRET_LAST_WORDS.has(last)) return false;
  const qualifier = words.at(-2);
  return qualifier === undefined || !NOT_SECRET_QUALIFIERS.has(qualifier);
}

const CONSOLE_METHODS = new Set(['log', 'info', 'warn', 'error', 'debug', 'trace', 'dir', 'dirxml', 'table', 'group', 'groupCollapsed']);
const LOG_LEVELS = new Set([
  'log', 'trace', 'debug', 'info', 'warn', 'warning', 'error', 'fatal', 'verbose', 'silly', 'http', 'notice', 'crit', 'critical', 'alert', 'emerg',
]);
const LOGGER_WORDS = new Set(['log', 'logger', 'logging']);
/** Factories whose result is a logger: `pino()`, `winston.createLogger()`, `bunyan.createLogger()`, `logger.child()`. */
const LOGGER_FACTORIES = new Set(['pino', 'createLogger', 'child', 'getLogger']);

function receiverName(node: TSESTree.Node): string | undefined {
  const n = unwrap(node);
  if (n.type === AST_NODE_TYPES.Identifier) return n.name;
  if (n.type === AST_NODE_TYPES.MemberExpression) return keyName(n);
  return undefined;
}

function isLoggerObject(context: Context, node: TSESTree.Node): boolean {
  const name = receiverName(node);
  const last = name === undefined ? undefined : nameWords(name).at(-1);
  if (last !== undefined && LOGGER_WORDS.has(last)) return true;
  const n = unwrap(node);
  if (n.type !== AST_NODE_TYPES.Identifier) return false;
  // const l = pino(); const w = winston.createLogger({...});
  const variable = findVariable(context, n);
  for (const def of variable?.defs ?? []) {
    if (def.type !== TSESLint.Scope.DefinitionType.Variable || !def.node.init) continue;
    const init = unwrap(def.node.init);
    if (init.type === AST_NODE_TYPES.CallExpression) {
      const callee = calleeName(init);
      if (callee !== undefined && LOGGER_FACTORIES.has(callee)) return true;
    }
  }
  return false;
}

function isRequireOf(node: TSESTree.Node, module: string): boolean {
  const n = unwrap(node);
  return (
    n.type === AST_NODE_TYPES.CallExpression &&
    n.callee.type === AST_NODE_TYPES.Identifier &&
    n.callee.name === 'require' &&
    staticString(n.arguments[0]) === module
  );
}

/** The `debug` package's factory: its default import, `require("debug")`, or a binding of either. */
function isDebugFactory(context: Context, node: TSESTree.Node): boolean {
  const n = unwrap(node);
  if (isRequireOf(n, 'debug')) return true;
  if (n.type !== AST_NODE_TYPES.Identifier) return false;
  const variable = findVariable(context, n);
  for (const def of variable?.defs ?? []) {
    if (def.type === TSESLint.Scope.DefinitionType.ImportBinding) {
      const decl = def.parent;
      if (decl.type === AST_NODE_TYPES.ImportDeclaration && decl.source.value === 'debug' && def.node.type !== AST_NODE_TYPES.ImportSpecifier) return true;
    }
    if (def.type === TSESLint.Scope.DefinitionType.Variable && def.node.init && def.node.id.type === AST_NODE_TYPES.Identifier && isRequireOf(def.node.init, 'debug')) {
      return true;
    }
  }
  return false;
}

const debugHint = new WeakMap<TSESTree.Program, boolean>();

/**
 * Whether the file can load the `debug` package: its name in the text, or an escape that could spell it in a
 * string (`"\\x64ebug"`, `"\\debug"`, a line continuation). Checked once per file, so that the call sites of a
 * file without it skip the scope lookups of `isDebugInstance`.
 */
function mayImportDebug(context: Context): boolean {
  const program = context.sourceCode.ast;
  let hint = debugHint.get(program);
  if (hint === undefined) {
    hint = /debug|\\[deguxDEGUX0-7\n\r\u2028\u2029]/.test(context.sourceCode.text);
    debugHint.set(program, hint);
  }
  return hint;
}

/** A `debug` instance: `debug("ns")`, or a binding of one (`const log = debug("app")`). */
function isDebugInstance(context: Context, node: TSESTree.Node): boolean {
  const n = unwrap(node);
  if (n.type === AST_NODE_TYPES.CallExpression) return isDebugFactory(context, n.callee);
  if (n.type !== AST_NODE_TYPES.Identifier) return false;
  const variable = findVariable(context, n);
  return (variable?.defs ?? []).some(
    (def) =>
      def.type === TSESLint.Scope.DefinitionType.Variable &&
      def.node.init !== null &&
      unwrap(def.node.init).type === AST_NODE_TYPES.CallExpression &&
      isDebugFactory(context, (unwrap(def.node.init) as TSESTree.CallExpression).callee),
  );
}

/**
 * When `call` writes its arguments to a log, a label for it (`console.log`, `logger.info`, `debug`):
 * `console.*`; a log-level method on an object named like a logger (`logger`, `log`, `this.logger`,
 * `req.log`) or made by `pino()` / `createLogger()` / `.child()`; a `debug` instance.
 */
export function logCallLabel(context: Context, call: TSESTree.CallExpression): string | undefined {
  const callee = unwrap(call.callee);
  if (callee.type === AST_NODE_TYPES.MemberExpression) {
    const method = keyName(callee);
    if (method === undefined) return undefined;
    const object = unwrap(callee.object);
    if (object.type === AST_NODE_TYPES.Identifier && object.name === 'console') {
      return CONSOLE_METHODS.has(method) ? `console.${method}` : undefined;
    }
    if (!LOG_LEVELS.has(method)) return undefined;
    if (isLoggerObject(context, object)) return `${receiverName(object) ?? 'logger'}.${method}`;
    return undefined;
  }
  if (mayImportDebug(context) && isDebugInstance(context, callee)) return 'debug';
  return undefined;
}
