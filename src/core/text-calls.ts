import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
import type { TSESLint } from '@typescript-eslint/utils';
import { type Context, nodeAt, perFile, unwrap } from './ast.js';

/**
 * Calls that scope analysis does not link to a function, found from the text and confirmed on the AST: JSX
 * elements (`<Panel …>`, for which the parser may make no reference) and method calls (`this.m(…)`, `x.m(…)` on an
 * instance or the object literal). flow.ts asks these for a function's call sites.
 */

/** The most call sites kept for one function. */
export const MAX_CALL_SITES = 16;
/** The most text hits looked at for one name. */
const MAX_TEXT_HITS = 32;

/** `<Name …>` opening elements in the file, found from the text. */
export function jsxElements(context: Context, name: string, limit: number): TSESTree.Node[] {
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
export function methodCalls(
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
