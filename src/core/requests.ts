import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
import { type Context, calleeName, simpleName, staticHead, unwrap } from './ast.js';
import type { ServiceId } from './services.js';
import { trace } from './trace.js';

/**
 * What a request site is: a real request or a test assertion about one, which service its URL names, and
 * whether a header value is a token (from `credential.getToken(…)` or a token provider) rather than a key.
 */

const MAX_UP = 16;

/** Jest / Vitest matchers that compare a value (or a mock's calls) rather than make a request. */
const MATCHERS: ReadonlySet<string> = new Set([
  'toHaveBeenCalledWith',
  'toHaveBeenLastCalledWith',
  'toHaveBeenNthCalledWith',
  'toBeCalledWith',
  'lastCalledWith',
  'nthCalledWith',
  'toEqual',
  'toStrictEqual',
  'toMatchObject',
  'toMatchInlineSnapshot',
  'toContainEqual',
  'toHaveProperty',
  'toBe',
  'equal',
  'eql',
  'deep',
  'calledWith',
  'calledWithMatch',
  'calledOnceWith',
  'calledOnceWithExactly',
  'include',
  'contain',
]);

/**
 * Whether the node sits in the arguments of a test assertion: `expect(fetch).toHaveBeenCalledWith(url, { headers })`,
 * `expect(h).toEqual({ … })`, `assert.deepEqual(…)`, `assert(…)`, `sinon.assert.calledWith(…)`.
 */
export function isInsideAssertion(node: TSESTree.Node): boolean {
  let child: TSESTree.Node = node;
  let n: TSESTree.Node | undefined = node.parent;
  for (let i = 0; n && i < MAX_UP; i++, child = n, n = n.parent) {
    if (n.type !== AST_NODE_TYPES.CallExpression || n.callee === child) continue;
    if (isAssertionCall(n)) return true;
  }
  return false;
}

function isAssertionCall(call: TSESTree.CallExpression): boolean {
  const callee = unwrap(call.callee);
  if (callee.type === AST_NODE_TYPES.Identifier) return callee.name === 'assert' || callee.name === 'expect';
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return false;
  const method = simpleName(callee);
  // The chain's root: `expect(x)…`, `assert.x`, `sinon.assert.x`, `t.deepEqual` is not guessed.
  let root: TSESTree.Node = callee;
  for (let i = 0; i < 8; i++) {
    const r = unwrap(root);
    if (r.type === AST_NODE_TYPES.MemberExpression) root = r.object;
    else if (r.type === AST_NODE_TYPES.CallExpression) root = r.callee;
    else break;
  }
  const rootName = simpleName(root);
  if (rootName === 'assert') return true;
  return rootName === 'expect' && method !== undefined && MATCHERS.has(method);
}

/** Hosts whose requests belong to a service by the URL alone. */
const HOST_SERVICES: readonly (readonly [string, ServiceId])[] = [['.bing.microsoft.com', 'bingSearch']];

/** The service the request carrying this header names by its URL (`fetch("https://api.bing.microsoft.com/…", { headers })`). */
export function requestService(context: Context, node: TSESTree.Node): ServiceId | undefined {
  let n: TSESTree.Node | undefined = node.parent;
  for (let i = 0; n && i < MAX_UP; i++, n = n.parent) {
    if (n.type !== AST_NODE_TYPES.CallExpression && n.type !== AST_NODE_TYPES.NewExpression) continue;
    for (const arg of n.arguments) {
      if (arg.type === AST_NODE_TYPES.SpreadElement || (arg.range[0] <= node.range[0] && node.range[1] <= arg.range[1]))
        continue;
      const found = serviceOfUrl(context, arg);
      if (found) return found;
    }
    return undefined;
  }
  return undefined;
}

function serviceOfUrl(context: Context, node: TSESTree.Node, depth = 0): ServiceId | undefined {
  for (const leaf of trace(context, node)) {
    const n = unwrap(leaf.node);
    // `"https://api.bing.microsoft.com/v7.0/search?q=" + q`: the URL's head.
    if (n.type === AST_NODE_TYPES.BinaryExpression && n.operator === '+' && depth < 4) {
      const found = serviceOfUrl(context, n.left, depth + 1);
      if (found) return found;
      continue;
    }
    const text = leaf.kind === 'string' ? leaf.value : staticHead(leaf.node);
    if (text === undefined) continue;
    const lower = text.slice(0, 300).toLowerCase();
    for (const [host, service] of HOST_SERVICES) if (lower.includes(host)) return service;
  }
  return undefined;
}

/**
 * Whether a header or option value is a token: `(await credential.getToken(scope)).token`, `await tokenProvider()`,
 * `` `Bearer ${token}` `` built from one.
 */
export function isTokenValue(context: Context, node: TSESTree.Node, depth = 0): boolean {
  if (depth > 3) return false;
  return trace(context, node).some(
    (leaf) => leaf.kind === 'other' && isTokenExpression(context, unwrap(leaf.node), depth),
  );
}

function isTokenExpression(context: Context, node: TSESTree.Node, depth: number): boolean {
  const n = node.type === AST_NODE_TYPES.AwaitExpression ? unwrap(node.argument) : node;
  if (n.type === AST_NODE_TYPES.MemberExpression && simpleName(n) === 'token')
    return isTokenValue(context, n.object, depth + 1) || isTokenCall(unwrap(n.object));
  if (isTokenCall(n)) return true;
  if (n.type === AST_NODE_TYPES.TemplateLiteral) return n.expressions.some((e) => isTokenValue(context, e, depth + 1));
  return false;
}

function isTokenCall(node: TSESTree.Node): boolean {
  const n = node.type === AST_NODE_TYPES.AwaitExpression ? unwrap(node.argument) : node;
  if (n.type !== AST_NODE_TYPES.CallExpression) return false;
  const name = calleeName(n);
  return name !== undefined && (name === 'getToken' || name === 'getAccessToken' || /tokenprovider$/i.test(name));
}
