import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
import type { TSESLint } from '@typescript-eslint/utils';
import { type Context, keyName, perFile, requireSource } from '../ast.js';
import { findCredentials } from '../secrets/azure-credentials.js';
import { findIdentifiableKeys, isLegacyKeyShape } from '../secrets/identifiable-key.js';
import { looksLikeSecretValue } from '../secrets/not-secret.js';
import { lineBreakOf } from './lines.js';

/**
 * How to name exports of `@azure/identity` in a file, and the edit that imports the missing ones:
 * reuses an existing import (named, renamed, namespace, `require` destructuring or binding), extends an
 * existing `import { … } from "@azure/identity"`, or adds an `import` (ES modules) or a `require` (CommonJS).
 */
export interface IdentityImport {
  /** The expression to write for each wanted export (`DefaultAzureCredential`, `identity.DefaultAzureCredential`). */
  readonly names: Readonly<Record<string, string>>;
  /** The one insertion that imports the missing exports (none when all are imported already). */
  readonly edit: { readonly at: number; readonly text: string } | undefined;
}

const MODULE = '@azure/identity';

function declaredAtTop(context: Context, name: string): boolean {
  const global = context.sourceCode.scopeManager?.globalScope;
  if (!global) return true;
  return (
    global.set.has(name) ||
    global.childScopes.some((scope) => scope.block.type === AST_NODE_TYPES.Program && scope.set.has(name))
  );
}

/** Per file and wanted list: rules ask once per report, and each answer scans the whole program body. */
const cache = new WeakMap<TSESTree.Program, Map<string, IdentityImport | undefined>>();

export function identityImport(context: Context, wanted: readonly string[]): IdentityImport | undefined {
  const program = context.sourceCode.ast;
  let perFile = cache.get(program);
  if (!perFile) {
    perFile = new Map();
    cache.set(program, perFile);
  }
  const key = wanted.join(',');
  if (perFile.has(key)) return perFile.get(key);
  const result = computeIdentityImport(context, program, wanted);
  perFile.set(key, result);
  return result;
}

function computeIdentityImport(
  context: Context,
  program: TSESTree.Program,
  wanted: readonly string[],
): IdentityImport | undefined {
  const names: Record<string, string> = {};
  const missing: string[] = [];
  const imports = program.body.filter(
    (s): s is TSESTree.ImportDeclaration => s.type === AST_NODE_TYPES.ImportDeclaration,
  );
  const identityImports = imports.filter((d) => d.source.value === MODULE && d.importKind !== 'type');
  const requires: TSESTree.VariableDeclaration[] = [];
  for (const statement of program.body) {
    if (statement.type !== AST_NODE_TYPES.VariableDeclaration) continue;
    if (statement.declarations.some((d) => requireSource(d.init) !== undefined)) requires.push(statement);
  }

  for (const name of wanted) {
    const found = findExisting(identityImports, requires, name);
    if (found !== undefined) {
      names[name] = found;
      continue;
    }
    if (declaredAtTop(context, name)) return undefined; // a different binding already has the name
    names[name] = name;
    missing.push(name);
  }

  return {
    names,
    edit:
      missing.length === 0 ? undefined : importEdit(context, program, identityImports, requires, missing.join(', ')),
  };
}

/** Where and what to insert: extend an existing import or `require` pattern, else add a line after the last one. */
function importEdit(
  context: Context,
  program: TSESTree.Program,
  identityImports: readonly TSESTree.ImportDeclaration[],
  requires: readonly TSESTree.VariableDeclaration[],
  list: string,
): { at: number; text: string } {
  const nl = lineBreakOf(context.sourceCode.text);
  const after = (node: TSESTree.Node, text: string): { at: number; text: string } => ({ at: node.range[1], text });
  const named = identityImports.find((d) => d.specifiers.some((s) => s.type === AST_NODE_TYPES.ImportSpecifier));
  const lastSpecifier = named?.specifiers.at(-1);
  if (lastSpecifier) return after(lastSpecifier, `, ${list}`);
  const pattern = requires
    .flatMap((statement) => statement.declarations)
    .find((d) => requireSource(d.init) === MODULE && d.id.type === AST_NODE_TYPES.ObjectPattern)?.id;
  const lastProperty = pattern?.type === AST_NODE_TYPES.ObjectPattern ? pattern.properties.at(-1) : undefined;
  if (lastProperty?.type === AST_NODE_TYPES.Property) return after(lastProperty, `, ${list}`);
  const imports = program.body.filter((s) => s.type === AST_NODE_TYPES.ImportDeclaration);
  const lastImport = imports.at(-1);
  if (lastImport) return after(lastImport, `${nl}import { ${list} } from "${MODULE}";`);
  const lastRequire = requires.at(-1);
  if (lastRequire) return after(lastRequire, `${nl}const { ${list} } = require("${MODULE}");`);
  const cjs = context.sourceCode.text.includes('require(') || program.sourceType === 'script';
  const line = cjs ? `const { ${list} } = require("${MODULE}");` : `import { ${list} } from "${MODULE}";`;
  // After directives ("use strict"), before the first statement (and after a leading comment).
  const directives = program.body.filter(
    (s) => s.type === AST_NODE_TYPES.ExpressionStatement && s.directive !== undefined,
  );
  const lastDirective = directives.at(-1);
  if (lastDirective) return after(lastDirective, `${nl}${line}`);
  const first = program.body[0];
  return { at: first ? first.range[0] : 0, text: `${line}${nl}` };
}

/**
 * The edit that writes `text` over `node` and imports what it needs, as one fix. ESLint merges the two edits into
 * one replacement that carries the original text between them: when that text holds anything secret-shaped (a
 * key, a connection string, a long key-like string), there is no suggestion, so no secret travels in fix text.
 */
export function replaceWithImport(
  context: Context,
  imported: IdentityImport,
  node: TSESTree.Node,
  text: string,
): TSESLint.ReportFixFunction | undefined {
  const { edit } = imported;
  if (!edit) return (fixer) => fixer.replaceText(node, text);
  const [start, end] = edit.at <= node.range[0] ? [edit.at, node.range[0]] : [node.range[1], edit.at];
  if (holdsSecret(context, start, end)) return undefined;
  return (fixer) => [fixer.replaceText(node, text), fixer.insertTextAfterRange([edit.at, edit.at], edit.text)];
}

/**
 * Where the file's text holds something secret-shaped, per file: the keys and credentials (found at once, by their
 * own scans), and the quoted runs of key characters that could be a key (found in text order, only as far as a
 * question needs: each run is judged by looksLikeSecretValue, the costly part, and the first hit answers most).
 */
interface SecretSpans {
  /** Keys and credentials, sorted by start. */
  readonly found: readonly (readonly [number, number])[];
  /** Secret-looking quoted runs judged so far, in text order. */
  readonly runs: [number, number][];
  /** Where the scan for quoted runs goes on (the regular expression's lastIndex); -1 when it has reached the end. */
  next: number;
}

const spansCache = new WeakMap<TSESTree.Program, SecretSpans>();
/** A quoted run of key characters: what a key written as a string looks like. */
const QUOTED_RUN = /["'`]([\w+/=.~:-]{16,1024})["'`]/g;

function secretSpans(context: Context): SecretSpans {
  return perFile(spansCache, context.sourceCode.ast, () => {
    const text = context.sourceCode.text;
    const found: [number, number][] = [];
    for (const { key, index } of findIdentifiableKeys(text)) found.push([index, index + key.value.length]);
    for (const f of findCredentials(text)) found.push([f.index, f.index + f.length]);
    return { found: found.sort((a, b) => a[0] - b[0]), runs: [], next: 0 };
  });
}

/**
 * Judges the quoted runs not judged yet, in text order, until one overlaps [start, end) (true) or the scan passes
 * `end` (false): a run that starts at or after `end` cannot overlap, so the rest waits for a later question.
 */
function scanRunsFor(text: string, spans: SecretSpans, start: number, end: number): boolean {
  QUOTED_RUN.lastIndex = spans.next;
  while (spans.next >= 0 && spans.next < end) {
    const match = QUOTED_RUN.exec(text);
    if (!match) {
      spans.next = -1;
      return false;
    }
    spans.next = QUOTED_RUN.lastIndex;
    const value = match[1] ?? '';
    // A URL is neither a key-like value nor a legacy key's 32 hex characters.
    if (value.includes('://') || !(looksLikeSecretValue(value) || isLegacyKeyShape(value))) continue;
    const run: [number, number] = [match.index, match.index + match[0].length];
    spans.runs.push(run);
    if (run[0] < end && run[1] > start) return true;
  }
  return false;
}

/** Whether a span of the sorted list overlaps [start, end). No span is longer than 8 KB (a connection string is under 6). */
function overlaps(list: readonly (readonly [number, number])[], start: number, end: number): boolean {
  let lo = 0;
  let hi = list.length;
  // The first span that starts at or after `start - 8192` (a span starting earlier ends before `start`).
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((list[mid]?.[0] ?? Infinity) < start - 8192) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < list.length; i++) {
    const span = list[i];
    if (!span || span[0] >= end) break;
    if (span[1] > start) return true;
  }
  return false;
}

/** Whether something secret-shaped overlaps [start, end) of the file's text. */
function holdsSecret(context: Context, start: number, end: number): boolean {
  const spans = secretSpans(context);
  if (overlaps(spans.found, start, end)) return true;
  return overlaps(spans.runs, start, end) || scanRunsFor(context.sourceCode.text, spans, start, end);
}

function findExisting(
  imports: readonly TSESTree.ImportDeclaration[],
  requires: readonly TSESTree.VariableDeclaration[],
  name: string,
): string | undefined {
  for (const decl of imports) {
    for (const spec of decl.specifiers) {
      if (spec.type === AST_NODE_TYPES.ImportNamespaceSpecifier) return `${spec.local.name}.${name}`;
      if (spec.type !== AST_NODE_TYPES.ImportSpecifier || spec.importKind === 'type') continue;
      const imported = spec.imported.type === AST_NODE_TYPES.Identifier ? spec.imported.name : spec.imported.value;
      if (imported === name) return spec.local.name;
    }
  }
  for (const statement of requires) {
    for (const d of statement.declarations) {
      if (requireSource(d.init) !== MODULE) continue;
      if (d.id.type === AST_NODE_TYPES.Identifier) return `${d.id.name}.${name}`;
      if (d.id.type !== AST_NODE_TYPES.ObjectPattern) continue;
      for (const prop of d.id.properties) {
        if (
          prop.type === AST_NODE_TYPES.Property &&
          keyName(prop) === name &&
          prop.value.type === AST_NODE_TYPES.Identifier
        )
          return prop.value.name;
      }
    }
  }
  return undefined;
}
