import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
import type { TSESLint } from '@typescript-eslint/utils';
import { type Context, keyName, nodeAt, perFile, unwrap } from './ast.js';

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

const MAX_CALL_SITES = 16;
const MAX_TEXT_HITS = 32;
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

/** `<Name …>` opening elements in the file, found from the text. */
function jsxElements(context: Context, name: string, limit: number): TSESTree.Node[] {
  const { sourceCode } = context;
  const text = sourceCode.text;
  const out: TSESTree.Node[] = [];
  let hits = 0;
  for (
    let at = text.indexOf(`<${name}`);
    at >= 0 && hits < MAX_TEXT_HITS && out.length < limit;
    at = text.indexOf(`<${name}`, at + 1)
  ) {
    hits++;
    const node = nodeAt(sourceCode.ast, at + 1, sourceCode.visitorKeys);
    const opening = node?.parent;
    if (
      node?.type === AST_NODE_TYPES.JSXIdentifier &&
      node.name === name &&
      opening?.type === AST_NODE_TYPES.JSXOpeningElement
    )
      out.push(opening);
  }
  return out;
}

const memberNames = new WeakMap<object, ReadonlyMap<string, readonly number[]>>();
/** A member name after `.` or `?.` (whitespace allowed between): where a method call's name can be. */
const MEMBER_NAME = /\.\s*([a-z_$][\w$]*)/gi;

/**
 * Offsets of every name written after a `.` in the file, by name: one scan of the text, made the first time a
 * method's calls are looked for, instead of one scan per method (a bundle has thousands).
 */
function memberNameOffsets(context: Context): ReadonlyMap<string, readonly number[]> {
  const text = context.sourceCode.text;
  return perFile(memberNames, context.sourceCode.ast, () => {
    const map = new Map<string, number[]>();
    MEMBER_NAME.lastIndex = 0;
    for (let m = MEMBER_NAME.exec(text); m; m = MEMBER_NAME.exec(text)) {
      const name = m[1] ?? '';
      const at = m.index + m[0].length - name.length;
      const list = map.get(name);
      if (list) {
        if (list.length < MAX_TEXT_HITS) list.push(at);
      } else map.set(name, [at]);
    }
    return map;
  });
}

/** `this.m(…)` inside the class, `x.m(…)` on an instance or the object literal, found from the text (`.m(`). */
function methodCalls(
  context: Context,
  member: TSESTree.MethodDefinition | TSESTree.Property,
  method: string,
): TSESTree.Node[] {
  const { sourceCode } = context;
  const owner = member.parent.type === AST_NODE_TYPES.ClassBody ? member.parent.parent : member.parent;
  const out: TSESTree.Node[] = [];
  let hits = 0;
  for (const at of memberNameOffsets(context).get(method) ?? []) {
    if (hits >= MAX_TEXT_HITS || out.length >= MAX_CALL_SITES) break;
    hits++;
    const node = nodeAt(sourceCode.ast, at, sourceCode.visitorKeys);
    const callee = node?.parent;
    if (
      node?.type !== AST_NODE_TYPES.Identifier ||
      node.name !== method ||
      callee?.type !== AST_NODE_TYPES.MemberExpression ||
      callee.property !== node
    )
      continue;
    const call = callee.parent;
    if (call.type !== AST_NODE_TYPES.CallExpression || call.callee !== callee) continue;
    if (receiverIs(context, callee.object, owner)) out.push(call);
  }
  return out;
}

/** Whether a method call's receiver is the class or object that defines the method. */
function receiverIs(context: Context, receiver: TSESTree.Node, owner: TSESTree.Node): boolean {
  const r = unwrap(receiver);
  if (r.type === AST_NODE_TYPES.ThisExpression) return r.range[0] >= owner.range[0] && r.range[1] <= owner.range[1];
  if (r.type === AST_NODE_TYPES.Identifier) {
    const className =
      owner.type === AST_NODE_TYPES.ClassDeclaration || owner.type === AST_NODE_TYPES.ClassExpression
        ? owner.id?.name
        : undefined;
    // A static method on the class itself.
    if (className !== undefined && r.name === className) return true;
    const variable = context.sourceCode.getScope(r).set.get(r.name) ?? findInScopes(context, r);
    for (const def of variable?.defs ?? []) {
      const declarator = def.node as TSESTree.Node;
      if (declarator.type !== AST_NODE_TYPES.VariableDeclarator || !declarator.init) continue;
      const init = unwrap(declarator.init);
      if (init === owner) return true;
      if (
        init.type === AST_NODE_TYPES.NewExpression &&
        className !== undefined &&
        init.callee.type === AST_NODE_TYPES.Identifier &&
        init.callee.name === className
      )
        return true;
    }
  }
  return false;
}

function findInScopes(context: Context, node: TSESTree.Identifier): TSESLint.Scope.Variable | undefined {
  for (let scope: TSESLint.Scope.Scope | null = context.sourceCode.getScope(node); scope; scope = scope.upper) {
    const found = scope.set.get(node.name);
    if (found) return found;
  }
  return undefined;
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

/**
 * The type a receiver is declared with, from its annotation (no type checker): a parameter or binding
 * `credential: AzureKeyCredential`, a class field or parameter property `private config: SpeechConfig` read as
 * `this.config`. The last name of the type reference (`sdk.SpeechConfig` → `SpeechConfig`).
 */
export function annotatedTypeName(context: Context, receiver: TSESTree.Node): string | undefined {
  const r = unwrap(receiver);
  if (r.type === AST_NODE_TYPES.Identifier) {
    for (let scope: TSESLint.Scope.Scope | null = context.sourceCode.getScope(r); scope; scope = scope.upper) {
      const variable = scope.set.get(r.name);
      if (!variable) continue;
      for (const def of variable.defs) {
        const name = def.name as TSESTree.Node;
        if (name.type === AST_NODE_TYPES.Identifier && name.typeAnnotation)
          return typeName(name.typeAnnotation.typeAnnotation);
      }
      return undefined;
    }
    return undefined;
  }
  if (r.type !== AST_NODE_TYPES.MemberExpression || unwrap(r.object).type !== AST_NODE_TYPES.ThisExpression)
    return undefined;
  const field = keyName(r);
  let body: TSESTree.Node | undefined = r.parent;
  while (body && body.type !== AST_NODE_TYPES.ClassBody) body = body.parent;
  if (!body || field === undefined) return undefined;
  for (const member of body.body) {
    if (member.type === AST_NODE_TYPES.PropertyDefinition && keyName(member) === field && member.typeAnnotation)
      return typeName(member.typeAnnotation.typeAnnotation);
    if (member.type === AST_NODE_TYPES.MethodDefinition && member.kind === 'constructor') {
      for (const param of member.value.params) {
        if (param.type !== AST_NODE_TYPES.TSParameterProperty) continue;
        const id = param.parameter.type === AST_NODE_TYPES.AssignmentPattern ? param.parameter.left : param.parameter;
        if (id.name === field && id.typeAnnotation) return typeName(id.typeAnnotation.typeAnnotation);
      }
    }
  }
  return undefined;
}

function typeName(type: TSESTree.TypeNode): string | undefined {
  if (type.type !== AST_NODE_TYPES.TSTypeReference) return undefined;
  const name = type.typeName;
  if (name.type === AST_NODE_TYPES.Identifier) return name.name;
  return name.type === AST_NODE_TYPES.TSQualifiedName ? name.right.name : undefined;
}
