import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
import {
  calleeName,
  calleeObject,
  type Context,
  isNewOf,
  keyName,
  nodeAt,
  simpleName,
  staticHead,
  staticString,
  unwrap,
} from '../ast.js';
import { isKeyName, nameWords } from '../names.js';
import { stringValues } from '../objects.js';
import { serviceFromName } from '../services.js';
import { annotatedTypeName } from '../flow.js';
import { trace } from '../trace.js';
import { anchorWords } from '../facts.js';
import { type KeyNames, slotAnchors } from './anchors.js';
import { SINKS, type SinkRow } from './catalogue.js';
import { HEADER_METHODS, isKeyHeader } from './headers.js';
import type { Slot } from './slots.js';
import { speechPropertyName, speechPropertyRole } from './speech.js';

/**
 * Slots found by shape rather than by import: key headers however they are set, Speech `setProperty`,
 * `AzureKeyCredential#update`, and key-named bindings and properties. No second walk of the AST: every slot
 * node contains an anchor token (anchors.ts), so the nodes to look at are the anchors' ancestors, found by
 * descending to each anchor (log n per level, from the deepest node it shares with the previous anchor) and
 * climbing until an ancestor that holds the previous anchor (met before). Looked at in the
 * order a full walk would (start offset, then outer before inner): the same slots in the same order.
 * `names` says which key-named bindings and properties must be found (anchors.ts); every other slot always is,
 * and a key-named slot the mode does not want may or may not be.
 */
export function collectSyntacticSlots(
  context: Context,
  slots: Slot[],
  rowOf: ReadonlyMap<TSESTree.Node, SinkRow>,
  names: KeyNames = 'all',
): void {
  const { sourceCode } = context;
  // Every syntactic slot involves a key-ish name, an Authorization header or a Speech property; a file without any
  // has none (the facts' pass has met those words, unless the file has escapes).
  const recorded = anchorWords(context);
  if (
    recorded
      ? !recorded.words.some((word) => word !== 'update')
      : !/key|KEY|Key|uthorization|AUTHORIZATION|setProperty/.test(sourceCode.text)
  )
    return;
  const anchors = slotAnchors(sourceCode, rowOf, names);
  if (anchors === undefined) {
    collectByWalk(context, slots, rowOf);
    return;
  }
  // An ancestor of this anchor's node was met before exactly when it also holds the previous anchor (the anchors are
  // sorted, and a node that holds two offsets holds every offset between them), so the climb from each anchor
  // stops at the first ancestor that starts at or before the previous anchor. The descent starts there too, not at
  // the root: consecutive anchors share most of their ancestors.
  const { visitorKeys } = sourceCode;
  const chain: TSESTree.Node[] = [];
  let previous = -1;
  let top: TSESTree.Node | undefined;
  for (const at of anchors) {
    chain.length = 0;
    // The deepest node that holds both the previous anchor and this one (none before the first anchor).
    while (top && !(top.range[0] <= at && at < top.range[1])) top = top.parent;
    const deepest = nodeAt(top ?? sourceCode.ast, at, visitorKeys);
    for (let node = deepest; node && !(node.range[0] <= previous); node = node.parent) chain.push(node);
    // No sort needed: an ancestor first met at this anchor starts after the previous anchor, so outer-to-inner
    // chains in anchor order are in walk order.
    for (let i = chain.length - 1; i >= 0; i--) nodeSlots(context, slots, chain[i] as TSESTree.Node, rowOf);
    if (deepest) {
      top = deepest;
      previous = at;
    }
  }
}

/** The syntactic slots of every node, in a full walk (files without a token list; the reference the tests compare with). */
export function collectByWalk(context: Context, slots: Slot[], rowOf: ReadonlyMap<TSESTree.Node, SinkRow>): void {
  const keys = context.sourceCode.visitorKeys;
  const stack: TSESTree.Node[] = [context.sourceCode.ast];
  while (stack.length > 0) {
    const node = stack.pop();
    if (!node) break;
    nodeSlots(context, slots, node, rowOf);
    const childKeys = keys[node.type] ?? [];
    for (let i = childKeys.length - 1; i >= 0; i--) {
      const child = (node as unknown as Record<string, unknown>)[childKeys[i] ?? ''];
      if (Array.isArray(child)) {
        for (let j = child.length - 1; j >= 0; j--) {
          const c: unknown = child[j];
          if (c && typeof (c as TSESTree.Node).type === 'string') stack.push(c as TSESTree.Node);
        }
      } else if (child && typeof (child as TSESTree.Node).type === 'string') {
        stack.push(child as TSESTree.Node);
      }
    }
  }
}

/** Updatable key credentials by their class name, for receivers known only by a type annotation. */
const UPDATABLE_BY_TYPE: ReadonlyMap<string, SinkRow> = new Map(
  SINKS.filter((row) => row.auth.kind === 'keyCredential' && row.auth.updatable && row.call === 'new').map((row) => [
    row.exportPath.at(-1) ?? '',
    row,
  ]),
);

/** The slots one node makes by its shape (none for most nodes). */
export function nodeSlots(
  context: Context,
  slots: Slot[],
  node: TSESTree.Node,
  rowOf: ReadonlyMap<TSESTree.Node, SinkRow>,
): void {
  switch (node.type) {
    case AST_NODE_TYPES.Property: {
      const name = keyName(node);
      if (
        name === undefined ||
        node.kind !== 'init' ||
        node.value.type === AST_NODE_TYPES.AssignmentPattern ||
        node.parent.type !== AST_NODE_TYPES.ObjectExpression
      )
        break;
      if (isKeyHeader(name)) slots.push(headerSlot(node.value, name));
      else if (name.toLowerCase() === 'authorization') addAuthorization(slots, node.value);
      else if (isKeyName(name)) slots.push(namedSlot(node.value, name, 'property'));
      break;
    }
    case AST_NODE_TYPES.PropertyDefinition: {
      const name = keyName(node);
      if (name !== undefined && node.value && isKeyName(name)) slots.push(namedSlot(node.value, name, 'field'));
      break;
    }
    case AST_NODE_TYPES.VariableDeclarator:
      if (node.id.type === AST_NODE_TYPES.Identifier && node.init && isKeyName(node.id.name))
        slots.push(namedSlot(node.init, node.id.name, 'binding'));
      break;
    case AST_NODE_TYPES.AssignmentExpression:
      if (node.operator === '=') assignmentSlot(context, slots, node);
      break;
    case AST_NODE_TYPES.CallExpression:
      callSlot(context, slots, node, rowOf);
      break;
    case AST_NODE_TYPES.ArrayExpression:
      pairSlot(slots, node);
      break;
    default:
      break;
  }
}

/** A header pair: `[["Ocp-Apim-Subscription-Key", k]]` for fetch, `new Headers([...])`, `new Map([...])`, `Object.fromEntries`. */
function pairSlot(slots: Slot[], node: TSESTree.ArrayExpression): void {
  if (node.elements.length !== 2) return;
  const [first, second] = node.elements;
  if (!first || !second || first.type === AST_NODE_TYPES.SpreadElement || second.type === AST_NODE_TYPES.SpreadElement)
    return;
  // Only a written name: pairs are everywhere (`[a, b]`), tracing each first element would cost on every file.
  const header = staticString(first);
  if (header === undefined) return;
  if (isKeyHeader(header)) slots.push(headerSlot(second, header));
  else if (header.toLowerCase() === 'authorization') addAuthorization(slots, second);
}

function headerSlot(node: TSESTree.Node, name: string, carrier: 'header' | 'query' = 'header'): Slot {
  return { role: 'key', node, service: undefined, source: { kind: 'header', name, carrier }, strength: 'header' };
}

function namedSlot(node: TSESTree.Node, name: string, holder: 'property' | 'field' | 'binding'): Slot {
  return {
    role: 'key',
    node,
    service: serviceFromName(name),
    source: { kind: 'named', name, holder },
    strength: 'name',
  };
}

function addAuthorization(slots: Slot[], value: TSESTree.Node): void {
  const text = staticString(value) ?? staticHead(value);
  if (text === undefined) return;
  if (/^EndpointKey\s/i.test(text))
    slots.push({
      role: 'key',
      node: value,
      service: 'qnaMaker',
      source: { kind: 'authorization', scheme: 'EndpointKey' },
      strength: 'header',
    });
  else if (/^Bearer\s/i.test(text))
    slots.push({
      role: 'token',
      node: value,
      service: undefined,
      source: { kind: 'authorization', scheme: 'Bearer' },
      strength: 'header',
    });
}

function assignmentSlot(context: Context, slots: Slot[], node: TSESTree.AssignmentExpression): void {
  const left = node.left;
  if (left.type === AST_NODE_TYPES.MemberExpression) {
    const name = keyName(left) ?? (left.computed ? constantName(context, left.property) : undefined);
    if (name === undefined) return;
    if (left.computed && isKeyHeader(name)) {
      // headers["Ocp-Apim-Subscription-Key"] = k; axios.defaults.headers.common["api-key"] = k
      slots.push(headerSlot(node.right, name));
    } else if (left.computed && name.toLowerCase() === 'authorization') {
      addAuthorization(slots, node.right);
    } else if (isKeyName(name)) {
      slots.push(namedSlot(node.right, name, 'property'));
    }
    return;
  }
  if (left.type === AST_NODE_TYPES.Identifier && isKeyName(left.name))
    slots.push(namedSlot(node.right, left.name, 'binding'));
}

/** A header name held in a binding (`const HEADER = "api-key"; headers[HEADER] = k`): its one static value. */
function constantName(context: Context, node: TSESTree.Node): string | undefined {
  if (node.type !== AST_NODE_TYPES.Identifier) return undefined;
  const values = stringValues(context, node);
  return values.length === 1 ? values[0] : undefined;
}

const QUERY_WORDS = new Set(['params', 'param', 'query', 'search', 'qs', 'querystring']);

/** `url.searchParams`, `new URLSearchParams(…)` in a binding, `params` / `query` / `searchParams`: query parameters, not headers. */
function isQueryReceiver(context: Context, receiver: TSESTree.Node): boolean {
  const r = unwrap(receiver);
  const name =
    r.type === AST_NODE_TYPES.Identifier || r.type === AST_NODE_TYPES.MemberExpression ? simpleName(r) : undefined;
  const words = name === undefined ? [] : nameWords(name);
  if (words.some((w) => QUERY_WORDS.has(w)) && !words.some((w) => w.startsWith('header'))) return true;
  return trace(context, r).some((leaf) => leaf.kind === 'other' && isNewOf(unwrap(leaf.node), 'URLSearchParams'));
}

function callSlot(
  context: Context,
  slots: Slot[],
  node: TSESTree.CallExpression,
  rowOf: ReadonlyMap<TSESTree.Node, SinkRow>,
): void {
  const method = calleeName(node);
  const receiver = calleeObject(node);
  if (method === undefined || receiver === undefined) return;
  const [first, second] = node.arguments;
  if (HEADER_METHODS.has(method) && first && second) {
    const header = staticString(first) ?? constantName(context, first);
    if (header !== undefined && isKeyHeader(header)) {
      // `url.searchParams.set("api-key", v)` still sends a key, but in a query parameter (no-key-in-query's concern), not a header.
      slots.push(headerSlot(second, header, isQueryReceiver(context, receiver) ? 'query' : 'header'));
    } else if (header?.toLowerCase() === 'authorization') {
      addAuthorization(slots, second);
    }
    return;
  }
  if (method === 'setProperty' && first && second) {
    const property = speechPropertyName(first);
    const role = property === undefined ? undefined : speechPropertyRole(property);
    if (property !== undefined && role)
      slots.push({
        role,
        node: second,
        service: 'speech',
        source: { kind: 'speechProperty', property },
        strength: 'sink',
      });
    return;
  }
  if (method === 'update' && first) {
    const row = updatableCredential(context, receiver, rowOf);
    if (row)
      slots.push({
        role: 'key',
        node: first,
        service: undefined,
        source: { kind: 'keyUpdate', row },
        strength: 'sink',
      });
  }
}

/**
 * The updatable key credential `receiver` holds (`credential.update(key)`): one built in this file, else one its
 * declared type names (`credential: AzureKeyCredential`).
 */
function updatableCredential(
  context: Context,
  receiver: TSESTree.Node,
  rowOf: ReadonlyMap<TSESTree.Node, SinkRow>,
): SinkRow | undefined {
  for (const leaf of trace(context, receiver)) {
    const row = rowOf.get(unwrap(leaf.node));
    if (row?.auth.kind === 'keyCredential' && row.auth.updatable) return row;
  }
  const typed = annotatedTypeName(context, receiver);
  return typed === undefined ? undefined : UPDATABLE_BY_TYPE.get(typed);
}
