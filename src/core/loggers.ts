import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
import type { TSESLint } from '@typescript-eslint/utils';
import { calleeName, type Context, keyName, requireSource, simpleName, unwrap } from './ast.js';
import { holds } from './facts.js';
import { nameWords } from './names.js';
import { findVariable, isImportBindingDefinition, isVariableDefinition } from './tracking.js';

/** Calls that write their arguments to a log: console, logger objects, `debug` instances. */

const CONSOLE_METHODS = new Set([
  'log',
  'info',
  'warn',
  'error',
  'debug',
  'trace',
  'dir',
  'dirxml',
  'table',
  'group',
  'groupCollapsed',
]);
const LOG_LEVELS = new Set([
  'log',
  'trace',
  'debug',
  'info',
  'warn',
  'warning',
  'error',
  'fatal',
  'verbose',
  'silly',
  'http',
  'notice',
  'crit',
  'critical',
  'alert',
  'emerg',
]);
const LOGGER_WORDS = new Set(['log', 'logger', 'logging']);
/** Factories whose result is a logger: `pino()`, `winston.createLogger()`, `bunyan.createLogger()`, `logger.child()`. */
const LOGGER_FACTORIES = new Set(['pino', 'createLogger', 'child', 'getLogger']);

function isLoggerObject(context: Context, node: TSESTree.Node): boolean {
  const name = simpleName(node);
  const last = name === undefined ? undefined : nameWords(name).at(-1);
  if (last !== undefined && LOGGER_WORDS.has(last)) return true;
  const n = unwrap(node);
  if (n.type !== AST_NODE_TYPES.Identifier) return false;
  // const l = pino(); const w = winston.createLogger({...});
  const variable = findVariable(context, n);
  for (const def of variable?.defs ?? []) {
    if (!isVariableDefinition(def) || !def.node.init) continue;
    const init = unwrap(def.node.init);
    if (init.type === AST_NODE_TYPES.CallExpression) {
      const callee = calleeName(init);
      if (callee !== undefined && LOGGER_FACTORIES.has(callee)) return true;
    }
  }
  return false;
}

/** The `debug` package's factory: its default import, `require("debug")`, or a binding of either. */
function isDebugFactory(context: Context, node: TSESTree.Node): boolean {
  const n = unwrap(node);
  if (requireSource(n) === 'debug') return true;
  if (n.type !== AST_NODE_TYPES.Identifier) return false;
  const variable = findVariable(context, n);
  for (const def of variable?.defs ?? []) {
    if (isImportBindingDefinition(def)) {
      const decl = def.parent;
      if (
        decl.type === AST_NODE_TYPES.ImportDeclaration &&
        decl.source.value === 'debug' &&
        def.node.type !== AST_NODE_TYPES.ImportSpecifier
      )
        return true;
    }
    if (
      isVariableDefinition(def) &&
      def.node.init &&
      def.node.id.type === AST_NODE_TYPES.Identifier &&
      requireSource(def.node.init) === 'debug'
    ) {
      return true;
    }
  }
  return false;
}

/** Per variable (variables belong to one file): whether it holds a `debug` instance. */
const debugVariables = new WeakMap<object, boolean>();

/** A `debug` instance: `debug("ns")`, or a binding of one (`const log = debug("app")`). */
function isDebugInstance(context: Context, node: TSESTree.Node): boolean {
  const n = unwrap(node);
  if (n.type === AST_NODE_TYPES.CallExpression) return isDebugFactory(context, n.callee);
  if (n.type !== AST_NODE_TYPES.Identifier) return false;
  const variable = findVariable(context, n);
  if (!variable) return false;
  let known = debugVariables.get(variable);
  if (known === undefined) {
    known = holdsDebugInstance(context, variable);
    debugVariables.set(variable, known);
  }
  return known;
}

function holdsDebugInstance(context: Context, variable: TSESLint.Scope.Variable): boolean {
  return variable.defs.some(
    (def) =>
      isVariableDefinition(def) &&
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
    if (isLoggerObject(context, object)) return `${simpleName(object) ?? 'logger'}.${method}`;
    return undefined;
  }
  // A `debug` instance needs the package, named by a whole string (facts.ts); else no scope look-up per call.
  if (holds(context, 'debugModule') && isDebugInstance(context, callee)) return 'debug';
  return undefined;
}
