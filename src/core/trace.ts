import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
import { type Context, isStringNode, keyName, staticString, type StringNode, unwrap } from './ast.js';
import { type EnvRead, envReadOf } from './env.js';
import { callSitesOf, functionName, type ParameterPosition, parameterPosition, passedAt } from './flow.js';
import { objectsOf, propertyValue } from './objects.js';
import { findVariable, isVariableDefinition } from './tracking.js';
import { classMemberValues, destructuredEnv, implicitWrites } from './writes.js';

/**
 * What a node stands for. `trace` follows bindings, properties, class fields and fallbacks and returns
 * every place the value may come from ("leaves").
 */
export type Leaf =
  | {
      readonly kind: 'string';
      readonly value: string;
      readonly node: StringNode;
      /** The nearest binding or property name the value passed through (`speechKey`). */
      readonly name: string | undefined;
      /** Set when the string is the right side of `env ?? "x"` / `env || "x"`. */
      readonly fallback: Fallback | undefined;
      /** The local function the value was passed to on its way (`callVision("…")`, a default parameter value). */
      readonly via?: string;
    }
  | { readonly kind: 'env'; readonly env: EnvRead; readonly node: TSESTree.Node; readonly name: string | undefined }
  | { readonly kind: 'other'; readonly node: TSESTree.Node; readonly name: string | undefined };

export type StringLeaf = Extract<Leaf, { kind: 'string' }>;

export interface Fallback {
  /** The whole `process.env.X ?? "..."` expression. */
  readonly expression: TSESTree.LogicalExpression;
  readonly env: EnvRead;
}

const MAX_DEPTH = 8;
const MAX_LEAVES = 32;

interface TraceState {
  readonly context: Context;
  readonly leaves: Leaf[];
  readonly visited: Set<TSESTree.Node>;
}

const cache = new WeakMap<TSESTree.Node, readonly Leaf[]>();

/**
 * Every value the expression may hold, as far as the file shows it. Results are cached per node, so
 * several rules asking about the same slot share the work (AST nodes belong to one file: the cache is per file).
 */
export function trace(context: Context, node: TSESTree.Node): readonly Leaf[] {
  const hit = cache.get(node);
  if (hit) return hit;
  // `trace` re-enters itself through member objects and spreads; bound that so cycles such as
  // `const a = b.x; const b = a.y;` end.
  if (nesting >= MAX_NESTING) return [{ kind: 'other', node, name: undefined }];
  nesting++;
  const state: TraceState = { context, leaves: [], visited: new Set() };
  try {
    visit(state, node, undefined, undefined, 0);
  } finally {
    nesting--;
  }
  cache.set(node, state.leaves);
  return state.leaves;
}

const MAX_NESTING = 4;
let nesting = 0;

function push(state: TraceState, leaf: Leaf): void {
  if (state.leaves.length < MAX_LEAVES) state.leaves.push(leaf);
}

function visit(
  state: TraceState,
  raw: TSESTree.Node,
  name: string | undefined,
  fallback: Fallback | undefined,
  depth: number,
): void {
  const node = unwrap(raw);
  if (depth > MAX_DEPTH || state.visited.has(node) || state.leaves.length >= MAX_LEAVES) {
    push(state, { kind: 'other', node, name });
    return;
  }
  state.visited.add(node);
  if (isStringNode(node)) {
    push(state, { kind: 'string', value: staticString(node) ?? '', node, name, fallback });
    return;
  }
  const env = envReadOf(node);
  if (env) {
    push(state, { kind: 'env', env, node, name: name ?? env.variable });
    return;
  }
  switch (node.type) {
    case AST_NODE_TYPES.Identifier:
      visitIdentifier(state, node, fallback, depth);
      return;
    case AST_NODE_TYPES.MemberExpression:
      visitMember(state, node, fallback, depth);
      return;
    case AST_NODE_TYPES.LogicalExpression: {
      const before = state.leaves.length;
      visit(state, node.left, name, fallback, depth + 1);
      const leftEnv = state.leaves.slice(before).find((l) => l.kind === 'env');
      const right =
        node.operator === '&&' ? fallback : leftEnv?.kind === 'env' ? { expression: node, env: leftEnv.env } : fallback;
      if (node.operator === '&&') state.leaves.length = before;
      visit(state, node.right, name, right, depth + 1);
      return;
    }
    case AST_NODE_TYPES.ConditionalExpression:
      visit(state, node.consequent, name, fallback, depth + 1);
      visit(state, node.alternate, name, fallback, depth + 1);
      return;
    case AST_NODE_TYPES.AssignmentExpression:
      if (node.operator === '=') {
        visit(state, node.right, name, fallback, depth + 1);
        return;
      }
      break;
    case AST_NODE_TYPES.SequenceExpression: {
      const last = node.expressions.at(-1);
      if (last) {
        visit(state, last, name, fallback, depth + 1);
        return;
      }
      break;
    }
    default:
      break;
  }
  push(state, { kind: 'other', node, name });
}

function visitIdentifier(
  state: TraceState,
  node: TSESTree.Identifier,
  fallback: Fallback | undefined,
  depth: number,
): void {
  const variable = findVariable(state.context, node);
  if (!variable) {
    visitImplicitGlobal(state, node, fallback, depth);
    return;
  }
  let followed = false;
  for (const def of variable.defs) {
    const position = parameterPosition(def);
    if (position) {
      // The parameter's value is still unknown (callers outside the file): its `other` leaf stays.
      visitParameter(state, node.name, position, fallback, depth);
      continue;
    }
    if (!isVariableDefinition(def)) continue;
    const declarator = def.node;
    if (declarator.id.type === AST_NODE_TYPES.Identifier && declarator.init) {
      followed = true;
      visit(state, declarator.init, node.name, fallback, depth + 1);
    } else {
      const env = destructuredEnv(def);
      if (env) {
        followed = true;
        push(state, { kind: 'env', env, node: def.name, name: node.name });
      }
    }
  }
  // Later assignments (`let key; key = "..."`).
  for (const ref of variable.references) {
    if (!ref.isWrite() || ref.init === true || !ref.writeExpr) continue;
    if (ref.identifier.parent.type !== AST_NODE_TYPES.AssignmentExpression) continue;
    followed = true;
    visit(state, ref.writeExpr, node.name, fallback, depth + 1);
  }
  if (!followed) push(state, { kind: 'other', node, name: node.name });
}

/**
 * A parameter: its default value and what the function's calls in this file pass there (`callVision("…")`,
 * `f({ key: "…" })` for `function f({ key })`, `<Panel apiKey="…" />`). String leaves found so are tagged with
 * the function's name.
 */
function visitParameter(
  state: TraceState,
  name: string,
  position: ParameterPosition,
  fallback: Fallback | undefined,
  depth: number,
): void {
  if (depth + 1 > MAX_DEPTH) return;
  const before = state.leaves.length;
  if (position.defaultValue) visit(state, position.defaultValue, name, fallback, depth + 1);
  for (const site of callSitesOf(state.context, position.fn)) {
    const passed = passedAt(site, position);
    if (!passed) continue;
    if (passed.property === undefined) {
      visit(state, passed.node, name, fallback, depth + 1);
      continue;
    }
    for (const object of objectsOf(state.context, passed.node)) {
      const value = propertyValue(state.context, object, passed.property);
      if (value) visit(state, value, name, fallback, depth + 1);
    }
  }
  const via = functionName(position.fn);
  if (via === undefined) return;
  for (let i = before; i < state.leaves.length; i++) {
    const leaf = state.leaves[i];
    if (leaf?.kind === 'string' && leaf.via === undefined) state.leaves[i] = { ...leaf, via };
  }
}

function visitImplicitGlobal(
  state: TraceState,
  node: TSESTree.Identifier,
  fallback: Fallback | undefined,
  depth: number,
): void {
  let followed = false;
  for (const ref of implicitWrites(state.context).get(node.name) ?? []) {
    if (!ref.writeExpr) continue;
    followed = true;
    visit(state, ref.writeExpr, node.name, fallback, depth + 1);
  }
  if (!followed) push(state, { kind: 'other', node, name: node.name });
}

function visitMember(
  state: TraceState,
  node: TSESTree.MemberExpression,
  fallback: Fallback | undefined,
  depth: number,
): void {
  const prop = keyName(node);
  if (prop === undefined) {
    push(state, { kind: 'other', node, name: undefined });
    return;
  }
  const object = unwrap(node.object);
  if (object.type === AST_NODE_TYPES.ThisExpression) {
    const values = classMemberValues(node, prop);
    if (values.length === 0) push(state, { kind: 'other', node, name: prop });
    for (const value of values) visit(state, value, prop, fallback, depth + 1);
    return;
  }
  let followed = false;
  for (const leaf of trace(state.context, object)) {
    const target = unwrap(leaf.node);
    if (leaf.kind !== 'other' || target.type !== AST_NODE_TYPES.ObjectExpression) continue;
    const value = propertyValue(state.context, target, prop);
    if (value) {
      followed = true;
      visit(state, value, prop, fallback, depth + 1);
    }
  }
  // Assignments to the same member path elsewhere in the file (`settings.speechKey = "..."`) are not
  // followed: the member may be reassigned anywhere. Report what the file shows statically.
  if (!followed) push(state, { kind: 'other', node, name: prop });
}
