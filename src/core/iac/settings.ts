import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
import { type Context, keyName, staticBoolean, unwrap } from '../ast.js';
import { trace } from '../trace.js';
import type { Scalar } from './controls.js';

/** Reading an IaC setting in JS/TS: the value at a property path of a declaration's args, through bindings and spreads. */

export interface ScalarLeaf {
  readonly value: Scalar;
  /** Where the value is written (the literal or enum member, possibly behind a binding). */
  readonly node: TSESTree.Node;
  /** For an enum member (`PublicNetworkAccess.Disabled`): the enum's name. */
  readonly enumName: string | undefined;
}

export type Setting =
  /** The value cannot be told: it comes from a parameter, a call, config, or an unresolvable spread. */
  | { readonly kind: 'unknown' }
  /**
   * The property is not set. `container` is the object literal the first missing segment would go into
   * (when there is exactly one), `path` the segments missing from it.
   */
  | {
      readonly kind: 'missing';
      readonly container: TSESTree.ObjectExpression | undefined;
      readonly path: readonly string[];
    }
  /**
   * The property is set. `node` is the value as written in the property; `leaves` the static values it may
   * hold, or undefined when any of them is not static (a variable, config, a call).
   */
  | {
      readonly kind: 'set';
      readonly property: TSESTree.Property;
      readonly node: TSESTree.Node;
      readonly leaves: readonly ScalarLeaf[] | undefined;
    };

/** Enum members of the SDKs, by enum name: member name → wire value. */
const ENUMS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  PublicNetworkAccess: { Enabled: 'Enabled', Disabled: 'Disabled' },
  KnownPublicNetworkAccess: { Enabled: 'Enabled', Disabled: 'Disabled' },
  NetworkRuleAction: { Allow: 'Allow', Deny: 'Deny' },
  KnownNetworkRuleAction: { Allow: 'Allow', Deny: 'Deny' },
  KeySource: { Microsoft_CognitiveServices: 'Microsoft.CognitiveServices', Microsoft_KeyVault: 'Microsoft.KeyVault' },
  KnownKeySource: {
    MicrosoftCognitiveServices: 'Microsoft.CognitiveServices',
    MicrosoftKeyVault: 'Microsoft.KeyVault',
  },
};

/** The member of enum `enumName` whose value is `value` (`KnownKeySource`, "Microsoft.KeyVault" → `MicrosoftKeyVault`). */
export function enumMember(enumName: string, value: string): string | undefined {
  const members = ENUMS[enumName];
  if (!members) return undefined;
  return Object.keys(members).find((member) => members[member] === value);
}

const MAX_SPREAD_DEPTH = 3;

/**
 * The setting at `path` in the args object of a declaration, through bindings, nested objects and spreads
 * (`{ ...shared, properties: { ...baseProps, disableLocalAuth: true } }`; later properties win).
 */
export function settingAt(context: Context, args: TSESTree.Node | undefined, path: readonly string[]): Setting {
  if (!args) return { kind: 'missing', container: undefined, path };
  let object = singleObject(context, args);
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    if (!object || segment === undefined) return { kind: 'unknown' };
    const found = lookup(context, object, segment, 0);
    if (found === 'unknown') return { kind: 'unknown' };
    if (found === 'missing') return { kind: 'missing', container: object, path: path.slice(i) };
    if (i === path.length - 1)
      return { kind: 'set', property: found, node: found.value, leaves: scalarLeaves(context, found.value) };
    const value = unwrap(found.value);
    if (isUnset(value)) return { kind: 'missing', container: undefined, path: path.slice(i) };
    object = singleObject(context, found.value);
  }
  return { kind: 'unknown' };
}

/** The one object literal a node stands for; undefined when it may be anything else (or one of several). */
function singleObject(context: Context, node: TSESTree.Node): TSESTree.ObjectExpression | undefined {
  const leaves = trace(context, node);
  if (leaves.length !== 1) return undefined;
  const leaf = leaves[0];
  const n = leaf ? unwrap(leaf.node) : undefined;
  return leaf?.kind === 'other' && n?.type === AST_NODE_TYPES.ObjectExpression ? n : undefined;
}

/** Property `name` of an object literal, looking through spreads; `unknown` when a spread or computed key may hold it. */
function lookup(
  context: Context,
  object: TSESTree.ObjectExpression,
  name: string,
  depth: number,
): TSESTree.Property | 'missing' | 'unknown' {
  for (let i = object.properties.length - 1; i >= 0; i--) {
    const prop = object.properties[i];
    if (!prop) continue;
    if (prop.type === AST_NODE_TYPES.Property) {
      const key = keyName(prop);
      if (key === undefined) return 'unknown';
      if (key === name) return prop.kind === 'init' ? prop : 'unknown';
      continue;
    }
    if (depth >= MAX_SPREAD_DEPTH) return 'unknown';
    const leaves = trace(context, prop.argument);
    let result: TSESTree.Property | 'missing' | undefined;
    for (const leaf of leaves) {
      const n = unwrap(leaf.node);
      if (leaf.kind !== 'other' || n.type !== AST_NODE_TYPES.ObjectExpression) return 'unknown';
      const inner = lookup(context, n, name, depth + 1);
      if (inner === 'unknown' || (result !== undefined && result !== inner)) return 'unknown';
      result = inner;
    }
    if (result === undefined) return 'unknown';
    if (result !== 'missing') return result;
  }
  return 'missing';
}

function isUnset(node: TSESTree.Node): boolean {
  return (
    (node.type === AST_NODE_TYPES.Literal && node.value === null) ||
    (node.type === AST_NODE_TYPES.Identifier && node.name === 'undefined')
  );
}

/** The static values a setting may hold, or undefined when one of them is not static. */
function scalarLeaves(context: Context, node: TSESTree.Node): ScalarLeaf[] | undefined {
  const out: ScalarLeaf[] = [];
  for (const leaf of trace(context, node)) {
    if (leaf.kind === 'string') {
      out.push({ value: leaf.value, node: leaf.node, enumName: undefined });
      continue;
    }
    if (leaf.kind !== 'other') return undefined;
    const n = unwrap(leaf.node);
    const scalar = scalarOf(n);
    if (!scalar) return undefined;
    out.push(scalar);
  }
  return out.length > 0 ? out : undefined;
}

function scalarOf(node: TSESTree.Node): ScalarLeaf | undefined {
  if (isUnset(node)) return { value: null, node, enumName: undefined };
  if (node.type === AST_NODE_TYPES.Literal && typeof node.value === 'boolean')
    return { value: node.value, node, enumName: undefined };
  if (node.type === AST_NODE_TYPES.UnaryExpression) {
    const value = staticBoolean(node);
    return value === undefined ? undefined : { value, node, enumName: undefined };
  }
  if (node.type !== AST_NODE_TYPES.MemberExpression) return undefined;
  // `cognitiveservices.PublicNetworkAccess.Disabled`, `KnownNetworkRuleAction.Deny`.
  const member = keyName(node);
  const object = unwrap(node.object);
  const enumName =
    object.type === AST_NODE_TYPES.Identifier
      ? object.name
      : object.type === AST_NODE_TYPES.MemberExpression
        ? keyName(object)
        : undefined;
  const value = enumName !== undefined && member !== undefined ? ENUMS[enumName]?.[member] : undefined;
  return value === undefined ? undefined : { value, node, enumName };
}
