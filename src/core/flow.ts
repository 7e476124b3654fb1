import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
import type { TSESLint } from '@typescript-eslint/utils';
import { type Context, keyName } from './ast.js';
import { jsxElements, MAX_CALL_SITES, methodCalls } from './text-calls.js';

/**
 * Values through functions of the same file: where a parameter's value comes from (its default, the arguments
 * of the function's calls, the attributes of a JSX element). Call sites are found once per function and cached
 * on the function node (AST nodes belong to one file); trace.ts bounds the depth.
 */

export type FunctionNode =
  TSESTree.FunctionDeclaration | TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression;

/** Where a parameter binding sits: the argument index, the property it is destructured from, its default. */
export interface ParameterPosition {
  readonly fn: FunctionNode;
  readonly index: number;
  /** `({ key })`: the property of the argument the binding takes. */
  readonly property: string | undefined;
  readonly defaultValue: TSESTree.Node | undefined;
}

/** What a call passes at a parameter position: the argument (or the property of it) and the function's name. */
export interface PassedValue {
  readonly node: TSESTree.Node;
  /** The argument is an object whose `property` is the value (`f({ key: "…" })`). */
  readonly property: string | undefined;
}

/** Method names shorter than this (`get`, `run`) are too common in text to look up by name. */
export const MIN_METHOD_NAME = 4;

/** The parameter position of a `Parameter` definition, or undefined (rest elements, nested patterns). */
export function parameterPosition(def: TSESLint.Scope.Definition): ParameterPosition | undefined {
  if ((def.type as string) !== 'Parameter') return undefined;
  const fn = def.node as TSESTree.Node;
  if (
    fn.type !== AST_NODE_TYPES.FunctionDeclaration &&
    fn.type !== AST_NODE_TYPES.FunctionExpression &&
    fn.type !== AST_NODE_TYPES.ArrowFunctionExpression
  )
    return undefined;
  const name = def.name as TSESTree.Node;
  for (let index = 0; index < fn.params.length; index++) {
    const raw = fn.params[index];
    if (!raw || name.range[0] < raw.range[0] || name.range[1] > raw.range[1]) continue;
    const param = raw.type === AST_NODE_TYPES.TSParameterProperty ? raw.parameter : raw;
    return positionIn(fn, index, param, name);
  }
  return undefined;
}

function positionIn(
  fn: FunctionNode,
  index: number,
  param: TSESTree.Node,
  name: TSESTree.Node,
): ParameterPosition | undefined {
  if (param === name) return { fn, index, property: undefined, defaultValue: undefined };
  if (param.type === AST_NODE_TYPES.AssignmentPattern) {
    if (param.left === name) return { fn, index, property: undefined, defaultValue: param.right };
    return positionIn(fn, index, param.left, name);
  }
  if (param.type !== AST_NODE_TYPES.ObjectPattern) return undefined;
  for (const prop of param.properties) {
    if (prop.type !== AST_NODE_TYPES.Property) continue;
    const value = prop.value;
    const property = keyName(prop);
    if (value === name) return { fn, index, property, defaultValue: undefined };
    if (value.type === AST_NODE_TYPES.AssignmentPattern && value.left === name)
      return { fn, index, property, defaultValue: value.right };
  }
  return undefined;
}

/** How messages name a function: `callVision`, `SpeechService.connect`, `<SpeechPanel>`. */
export function functionName(fn: FunctionNode): string | undefined {
  if (fn.type === AST_NODE_TYPES.FunctionDeclaration) return fn.id?.name;
  const parent = fn.parent;
  if (parent.type === AST_NODE_TYPES.VariableDeclarator && parent.id.type === AST_NODE_TYPES.Identifier)
    return parent.id.name;
  if (
    parent.type === AST_NODE_TYPES.MethodDefinition ||
    parent.type === AST_NODE_TYPES.Property ||
    parent.type === AST_NODE_TYPES.PropertyDefinition
  ) {
    const method = keyName(parent);
    if (method === undefined) return undefined;
    const cls = parent.parent.type === AST_NODE_TYPES.ClassBody ? parent.parent.parent : undefined;
    const className = cls ? cls.id?.name : undefined;
    return className === undefined ? method : `${className}.${method}`;
  }
  if (fn.type === AST_NODE_TYPES.FunctionExpression) return fn.id?.name;
  return undefined;
}

const callCache = new WeakMap<FunctionNode, readonly TSESTree.Node[]>();

/**
 * The calls of `fn` in the file (calls, `new`, JSX elements), at most 16: through its binding for functions and
 * arrows, by the method name on `this` / the class's instances / the object for methods.
 */
export function callSitesOf(context: Context, fn: FunctionNode): readonly TSESTree.Node[] {
  let sites = callCache.get(fn);
  if (!sites) {
    sites = findCallSites(context, fn);
    callCache.set(fn, sites);
  }
  return sites;
}

function findCallSites(context: Context, fn: FunctionNode): TSESTree.Node[] {
  const parent = fn.parent;
  const { sourceCode } = context;
  let binding: TSESTree.Node | undefined;
  if (fn.type === AST_NODE_TYPES.FunctionDeclaration && fn.id) binding = fn;
  else if (
    parent.type === AST_NODE_TYPES.VariableDeclarator &&
    parent.init === fn &&
    parent.id.type === AST_NODE_TYPES.Identifier
  )
    binding = parent;
  if (binding) {
    const name =
      binding.type === AST_NODE_TYPES.FunctionDeclaration
        ? binding.id?.name
        : (binding as TSESTree.VariableDeclarator).id.type === AST_NODE_TYPES.Identifier
          ? ((binding as TSESTree.VariableDeclarator).id as TSESTree.Identifier).name
          : undefined;
    const variable = sourceCode.getDeclaredVariables(binding).find((v) => v.name === name);
    const sites: TSESTree.Node[] = [];
    for (const ref of variable?.references ?? []) {
      const id = ref.identifier as TSESTree.Node;
      const call = id.parent;
      if (
        call &&
        (call.type === AST_NODE_TYPES.CallExpression || call.type === AST_NODE_TYPES.NewExpression) &&
        call.callee === id
      )
        sites.push(call);
      if (sites.length >= MAX_CALL_SITES) return sites;
    }
    // JSX elements (`<SpeechPanel apiKey="…" />`): the parser may not make references for them.
    if (name !== undefined && /^[A-Z]/.test(name))
      sites.push(...jsxElements(context, name, MAX_CALL_SITES - sites.length));
    return sites;
  }
  if (
    parent.type === AST_NODE_TYPES.MethodDefinition ||
    (parent.type === AST_NODE_TYPES.Property && parent.parent.type === AST_NODE_TYPES.ObjectExpression)
  ) {
    const method = keyName(parent);
    return method === undefined || method.length < MIN_METHOD_NAME ? [] : methodCalls(context, parent, method);
  }
  return [];
}

/** What the call site passes at the position: the argument, or the JSX attribute for a destructured prop. */
export function passedAt(site: TSESTree.Node, position: ParameterPosition): PassedValue | undefined {
  if (site.type === AST_NODE_TYPES.JSXOpeningElement) {
    if (position.index !== 0 || position.property === undefined) return undefined;
    for (const attr of site.attributes) {
      if (
        attr.type !== AST_NODE_TYPES.JSXAttribute ||
        attr.name.type !== AST_NODE_TYPES.JSXIdentifier ||
        attr.name.name !== position.property
      )
        continue;
      const value = attr.value;
      if (!value) return undefined;
      if (value.type === AST_NODE_TYPES.JSXExpressionContainer) {
        return value.expression.type === AST_NODE_TYPES.JSXEmptyExpression
          ? undefined
          : { node: value.expression, property: undefined };
      }
      return value.type === AST_NODE_TYPES.Literal ? { node: value, property: undefined } : undefined;
    }
    return undefined;
  }
  if (site.type !== AST_NODE_TYPES.CallExpression && site.type !== AST_NODE_TYPES.NewExpression) return undefined;
  const arg = site.arguments[position.index];
  if (!arg || arg.type === AST_NODE_TYPES.SpreadElement) return undefined;
  return { node: arg, property: position.property };
}
