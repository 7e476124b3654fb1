import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
import {
  calleeName,
  calleeObject,
  type Context,
  isNewOf,
  keyName,
  simpleName,
  staticHead,
  staticString,
  unwrap,
} from '../ast.js';
import { annotatedTypeName } from '../annotations.js';
import { isKeyName, nameWords } from '../names.js';
import { stringValues } from '../objects.js';
import { serviceFromName } from '../services.js';
import { trace } from '../trace.js';
import { SINKS, type SinkRow } from './catalogue.js';
import { HEADER_METHODS, isKeyHeader } from './headers.js';
import type { Slot } from './slots.js';
import { speechPropertyName, speechPropertyRole } from './speech.js';

/**
 * The slots a node makes by its shape: a key header (property, pair, assignment, `set`/`append` call), an
 * `Authorization` value with its scheme, a key-named property, field or binding, Speech `setProperty`, and
 * `AzureKeyCredential#update`. syntactic.ts decides which nodes to ask.
 */

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
