import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
import { type Context, keyName, perFile, unwrap } from '../ast.js';
import { holds } from '../facts.js';
import { objectsOf, propertyValue } from '../objects.js';
import { trace } from '../trace.js';
import { type SinkRow, type SlotRole } from './catalogue.js';
import { isKeyHeader, isKeyQueryParam } from './headers.js';
import { findSdkCalls, type SdkCall } from './calls.js';
import type { Slot } from './slots.js';
import { collectSyntacticSlots } from './syntactic.js';
import { hasSpecificKeyNames, type KeyNames } from './anchors.js';
import { isSpecificKeyName } from '../names.js';

/**
 * The slot index: the SDK calls of the catalogue in the file, and every key, endpoint, region and credential slot
 * (SDK parameters here, shapes in syntactic.ts). Built once per file, on the first rule that asks.
 */

export interface SinkIndex {
  readonly calls: readonly SdkCall[];
  /** The catalogue row of each SDK call node. */
  readonly rowOf: ReadonlyMap<TSESTree.Node, SinkRow>;
  readonly slots: readonly Slot[];
}

/** Per file, the index searched for every key-named slot, for the specific ones, and for none (anchors.ts). */
const indexCaches: Readonly<Record<KeyNames, WeakMap<TSESTree.Program, SinkIndex>>> = {
  all: new WeakMap(),
  specific: new WeakMap(),
  none: new WeakMap(),
};
const callsCache = new WeakMap<TSESTree.Program, Pick<SinkIndex, 'calls' | 'rowOf'>>();
/** Per file, the index of SDK parameter slots only (no shape search). */
const parametersCache = new WeakMap<TSESTree.Program, SinkIndex>();

/** An index already built for the file that holds every slot `names` asks for (a wider search holds more). */
function builtIndex(context: Context, names: KeyNames): SinkIndex | undefined {
  const ast = context.sourceCode.ast;
  const all = indexCaches.all.get(ast);
  if (all || names === 'all') return all;
  const specific = indexCaches.specific.get(ast);
  if (specific || names === 'specific') return specific;
  return indexCaches.none.get(ast);
}

/** The SDK calls and every key, endpoint, region and credential slot in the file. Computed once per file. */
export function sinkIndex(context: Context): SinkIndex {
  return (
    builtIndex(context, 'all') ?? perFile(indexCaches.all, context.sourceCode.ast, () => buildIndex(context, 'all'))
  );
}

/** The SDK calls of the catalogue in the file and their rows (no slot search). Computed once per file. */
export function sdkCalls(context: Context): Pick<SinkIndex, 'calls' | 'rowOf'> {
  const built = builtIndex(context, 'none');
  if (built) return built;
  return perFile(callsCache, context.sourceCode.ast, () => {
    const calls = findSdkCalls(context);
    const rowOf = new Map<TSESTree.Node, SinkRow>();
    for (const { node, row } of calls) rowOf.set(node, row);
    return { calls, rowOf };
  });
}

/**
 * The index searched without key-named bindings and properties, for the rules that skip them (strength `name`):
 * the same other slots, in the same order, as `sinkIndex`. A file whose only key-ish words are names
 * (`Object.keys`, `apiKey`) gets only its SDK parameter slots, with no shape search.
 */
function unnamedIndex(context: Context): SinkIndex {
  const built = builtIndex(context, 'none');
  if (built) return built;
  return perFile(indexCaches.none, context.sourceCode.ast, () => {
    // Every such slot spells a key header, `Authorization` or `setProperty` (facts.ts), or `update(k)` on a key credential.
    if (holds(context, 'unnamedSlots')) return buildIndex(context, 'none');
    const { rowOf } = sdkCalls(context);
    for (const row of rowOf.values())
      if (row.auth.kind === 'keyCredential' && row.auth.updatable) return buildIndex(context, 'none');
    return parameterIndex(context);
  });
}

/** The index searched for specific key names only (`speechKey`, not a bare `key`), and every other slot. */
function specificIndex(context: Context): SinkIndex {
  return (
    builtIndex(context, 'specific') ??
    perFile(indexCaches.specific, context.sourceCode.ast, () =>
      // Without a specific key name the search finds what the search without key names finds: share that one.
      hasSpecificKeyNames(context.sourceCode) ? buildIndex(context, 'specific') : unnamedIndex(context),
    )
  );
}

/** The SDK parameter slots, and the slots found by shape with the key names `names` asks for (none: no search). */
function buildIndex(context: Context, names: KeyNames | undefined): SinkIndex {
  const { calls, rowOf } = sdkCalls(context);
  const slots: Slot[] = [];

  for (const { node, row } of calls) {
    const args = node.arguments;
    for (const spec of row.slots) {
      let arg = spec.arg;
      if (row.oneArgCredential === true && args.length === 1) {
        if (spec.role !== 'credential') continue;
        arg = 0;
      }
      const argNode = args[arg];
      if (!argNode || argNode.type === AST_NODE_TYPES.SpreadElement) continue;
      const nodes = spec.path ? valuesAtPath(context, argNode, spec.path) : [argNode];
      for (const slotNode of nodes) {
        addSlot(context, slots, rowOf, {
          role: spec.role,
          node: slotNode,
          service: row.service,
          source: { kind: 'parameter', row, call: node },
          strength: 'sink',
        });
      }
    }
  }
  if (names !== undefined) collectSyntacticSlots(context, slots, rowOf, names);
  return { calls, rowOf, slots };
}

function valuesAtPath(context: Context, node: TSESTree.Node, path: readonly string[]): TSESTree.Node[] {
  let current: TSESTree.Node[] = [node];
  for (const segment of path) {
    current = current.flatMap((n) =>
      objectsOf(context, n)
        .map((o) => propertyValue(context, o, segment))
        .filter((v) => v !== undefined),
    );
  }
  return current;
}

/** Expands credential and header slots into the key slots inside them. */
function addSlot(
  context: Context,
  slots: Slot[],
  rowOf: ReadonlyMap<TSESTree.Node, SinkRow>,
  slot: Slot & { source: { kind: 'parameter' } },
): void {
  slots.push(slot);
  if (slot.role === 'credential') {
    for (const leaf of trace(context, slot.node)) {
      const target = unwrap(leaf.node);
      if (leaf.kind !== 'other') {
        // A key passed straight as the credential (Speech `fromEndpoint(url, key)`, REST one-arg forms).
        slots.push({ ...slot, role: 'key', node: leaf.node });
        continue;
      }
      if (target.type === AST_NODE_TYPES.ObjectExpression) {
        const key = propertyValue(context, target, 'key');
        if (key) slots.push({ ...slot, role: 'key', node: key });
        const region = propertyValue(context, target, 'region');
        if (region) slots.push({ ...slot, role: 'region', node: region });
      }
      const inner = rowOf.get(target);
      if (inner && (target.type === AST_NODE_TYPES.NewExpression || target.type === AST_NODE_TYPES.CallExpression)) {
        // new AzureKeyCredential(k) inside a client: the key belongs to the client's service.
        for (const spec of inner.slots) {
          const argNode = target.arguments[spec.arg];
          if (
            spec.role === 'key' &&
            argNode &&
            argNode.type !== AST_NODE_TYPES.SpreadElement &&
            spec.path === undefined
          ) {
            slots.push({ ...slot, role: 'key', node: argNode, source: { ...slot.source, via: inner } });
          }
        }
      }
    }
  }
  if (slot.role === 'headers' || slot.role === 'query') {
    const carrier = slot.role === 'headers' ? 'header' : 'query';
    for (const obj of objectsOf(context, slot.node)) {
      for (const prop of obj.properties) {
        if (prop.type !== AST_NODE_TYPES.Property) continue;
        const name = keyName(prop);
        if (name === undefined || !(carrier === 'header' ? isKeyHeader(name) : isKeyQueryParam(name))) continue;
        const source = { kind: 'header', name, carrier, row: slot.source.row } as const;
        slots.push({
          ...slot,
          role: 'key',
          node: prop.value,
          source,
          strength: carrier === 'header' ? 'sink' : 'header',
        });
      }
    }
  }
}

/** Slots of the given roles (in source order of discovery; SDK slots first). */
export function slotsOf(context: Context, ...roles: SlotRole[]): Slot[] {
  return sinkIndex(context).slots.filter((s) => roles.includes(s.role));
}

/** The roles a slot found by shape can have (syntactic.ts, speech.ts); every other role is an SDK parameter's. */
export const SHAPE_ROLES = ['key', 'token', 'endpoint', 'region', 'password'] as const satisfies readonly SlotRole[];
/** A role only SDK parameters have (an object of headers or query parameters, a credential, a connection string). */
export type ParameterRole = Exclude<SlotRole, (typeof SHAPE_ROLES)[number]>;

/**
 * Slots of roles that only SDK parameters have, in order: no shape search is needed for them, so none is made
 * (an index already built for the file serves, as its SDK slots come first and are the same).
 */
export function parameterSlotsOf(context: Context, ...roles: ParameterRole[]): Slot[] {
  const index = builtIndex(context, 'none') ?? parameterIndex(context);
  return index.slots.filter((s) => (roles as readonly SlotRole[]).includes(s.role));
}

/** The SDK parameter slots alone (no shape search), once per file: also the search without key names of a file that needs none. */
function parameterIndex(context: Context): SinkIndex {
  return perFile(parametersCache, context.sourceCode.ast, () => buildIndex(context, undefined));
}

/** Slots of the given roles that are not key-named bindings or properties (strength `name`), in the same order. */
export function unnamedSlotsOf(context: Context, ...roles: SlotRole[]): Slot[] {
  return unnamedIndex(context).slots.filter((s) => s.strength !== 'name' && roles.includes(s.role));
}

/** Slots of the given roles, of key-named bindings and properties only the specific names (`speechKey`), in order. */
export function specificSlotsOf(context: Context, ...roles: SlotRole[]): Slot[] {
  return specificIndex(context).slots.filter(
    (s) =>
      roles.includes(s.role) &&
      (s.strength !== 'name' || (s.source.kind === 'named' && isSpecificKeyName(s.source.name))),
  );
}
