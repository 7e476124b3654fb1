import * as eslintUtils from '@eslint-community/eslint-utils';
import type { TSESTree } from '@typescript-eslint/types';
import type { TSESLint } from '@typescript-eslint/utils';
import type { Context } from './ast.js';

/**
 * One home for "which references in this file reach module X / global Y": import, `require`, renames,
 * namespaces, `require(...).default` and browser globals, through @eslint-community/eslint-utils'
 * ReferenceTracker. Every domain (SDK sinks, TLS clients, IaC providers, tls defaults) builds a trace map and
 * asks `trackReferences`; scope lookups go through `findVariable`.
 */

export const { READ, CALL, CONSTRUCT, ESM } = eslintUtils.ReferenceTracker;

/** A trace map: module or global name → member path → `{ [CALL | CONSTRUCT | READ]: info }`. */
export type TraceMap = Record<string, unknown>;

export interface TrackedReference<T> {
  /** The call, `new` or member read the trace map names. */
  readonly node: TSESTree.Node;
  readonly info: T;
}

type GlobalScope = NonNullable<NonNullable<Context['sourceCode']['scopeManager']>['globalScope']>;
type Tracker = InstanceType<typeof eslintUtils.ReferenceTracker>;
type TrackerScope = ConstructorParameters<typeof eslintUtils.ReferenceTracker>[0];

/**
 * The references `modules` (ESM and CommonJS) and `globals` reach in the file. `implicitGlobals` are names the
 * tracker must see as globals even when the file never declares them (`require` in an ES module, `SpeechSDK`).
 */
export function trackReferences<T>(
  context: Context,
  maps: { readonly modules?: TraceMap; readonly globals?: TraceMap },
  implicitGlobals: readonly string[] = ['require'],
): TrackedReference<T>[] {
  const scope = context.sourceCode.scopeManager?.globalScope;
  if (!scope) return [];
  const tracker: Tracker = new eslintUtils.ReferenceTracker(
    withImplicitGlobals(scope, implicitGlobals) as unknown as TrackerScope,
    { mode: 'legacy' },
  );
  const out: TrackedReference<T>[] = [];
  const collect = (refs: Iterable<{ node: unknown; info: unknown }>): void => {
    for (const ref of refs) out.push({ node: ref.node as TSESTree.Node, info: ref.info as T });
  };
  if (maps.modules) {
    collect(tracker.iterateEsmReferences(maps.modules as never));
    collect(tracker.iterateCjsReferences(maps.modules as never));
  }
  if (maps.globals) collect(tracker.iterateGlobalReferences(maps.globals as never));
  return out;
}

/**
 * The variable an identifier refers to, from its scope outwards. `getScope` already gives the innermost scope;
 * looking up by name skips eslint-utils' descent through child scopes, which scans every child of a scope (a
 * bundle's module scope has thousands) once per lookup.
 */
export function findVariable(context: Context, node: TSESTree.Identifier): TSESLint.Scope.Variable | null {
  const scope = context.sourceCode.getScope(node);
  return eslintUtils.findVariable(scope as never, node.name) as unknown as TSESLint.Scope.Variable | null;
}

/**
 * The global scope, with `names` added as implicit globals when the file uses them without declaring them. The
 * tracker only follows variables of the global scope's `set`; an ES module's `require(...)` (bundlers accept
 * it) and a browser bundle's `SpeechSDK` are unresolved references, not variables.
 */
function withImplicitGlobals(scope: GlobalScope, names: readonly string[]): GlobalScope {
  const missing = names.filter((name) => !scope.set.has(name));
  if (missing.length === 0) return scope;
  const found = new Map<string, (typeof scope.through)[number][]>(missing.map((name) => [name, []]));
  for (const ref of scope.through) found.get(ref.identifier.name)?.push(ref);
  if (missing.every((name) => found.get(name)?.length === 0)) return scope;
  const set = new Map(scope.set);
  for (const name of missing) {
    const references = found.get(name) ?? [];
    if (references.length > 0)
      set.set(name, { name, defs: [], references, identifiers: [], scope } as unknown as ReturnType<
        typeof scope.set.get
      > &
        object);
  }
  return Object.create(scope, { set: { value: set } }) as GlobalScope;
}

type Definition = TSESLint.Scope.Definition;
export type VariableDefinition = TSESLint.Scope.Definitions.VariableDefinition;
export type ImportBindingDefinition = TSESLint.Scope.Definitions.ImportBindingDefinition;

/** A `const` / `let` / `var` definition (the scope manager's enum compared by value: no runtime import of it). */
export function isVariableDefinition(def: Definition): def is VariableDefinition {
  return (def.type as string) === 'Variable';
}

export function isImportBindingDefinition(def: Definition): def is ImportBindingDefinition {
  return (def.type as string) === 'ImportBinding';
}
