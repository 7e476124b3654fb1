import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
import type { TSESLint } from '@typescript-eslint/utils';
import { type Context, keyName, requireSource } from '../ast.js';

/**
 * How to name exports of `@azure/identity` in a file, and the edit that imports the missing ones:
 * reuses an existing import (named, renamed, namespace, `require` destructuring or binding), extends an
 * existing `import { … } from "@azure/identity"`, or adds an `import` (ES modules) or a `require` (CommonJS).
 */
export interface IdentityImport {
  /** The expression to write for each wanted export (`DefaultAzureCredential`, `identity.DefaultAzureCredential`). */
  readonly names: Readonly<Record<string, string>>;
  readonly fix: (fixer: TSESLint.RuleFixer) => TSESLint.RuleFix[];
}

const MODULE = '@azure/identity';

function declaredAtTop(context: Context, name: string): boolean {
  const global = context.sourceCode.scopeManager?.globalScope;
  if (!global) return true;
  return global.set.has(name) || global.childScopes.some((scope) => scope.block.type === AST_NODE_TYPES.Program && scope.set.has(name));
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

function computeIdentityImport(context: Context, program: TSESTree.Program, wanted: readonly string[]): IdentityImport | undefined {
  const names: Record<string, string> = {};
  const missing: string[] = [];
  const imports = program.body.filter((s): s is TSESTree.ImportDeclaration => s.type === AST_NODE_TYPES.ImportDeclaration);
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

  const fix = (fixer: TSESLint.RuleFixer): TSESLint.RuleFix[] => {
    if (missing.length === 0) return [];
    const list = missing.join(', ');
    const named = identityImports.find((d) => d.specifiers.some((s) => s.type === AST_NODE_TYPES.ImportSpecifier));
    const lastSpecifier = named?.specifiers.at(-1);
    if (lastSpecifier) return [fixer.insertTextAfter(lastSpecifier, `, ${list}`)];
    const pattern = requires
      .flatMap((statement) => statement.declarations)
      .find((d) => requireSource(d.init) === MODULE && d.id.type === AST_NODE_TYPES.ObjectPattern)?.id;
    const lastProperty = pattern?.type === AST_NODE_TYPES.ObjectPattern ? pattern.properties.at(-1) : undefined;
    if (lastProperty?.type === AST_NODE_TYPES.Property) return [fixer.insertTextAfter(lastProperty, `, ${list}`)];
    const lastImport = imports.at(-1);
    if (lastImport) return [fixer.insertTextAfter(lastImport, `\nimport { ${list} } from "${MODULE}";`)];
    const lastRequire = requires.at(-1);
    if (lastRequire) return [fixer.insertTextAfter(lastRequire, `\nconst { ${list} } = require("${MODULE}");`)];
    const cjs = context.sourceCode.text.includes('require(') || program.sourceType === 'script';
    const line = cjs ? `const { ${list} } = require("${MODULE}");` : `import { ${list} } from "${MODULE}";`;
    // After directives ("use strict"), before the first statement (and after a leading comment).
    const directives = program.body.filter((s) => s.type === AST_NODE_TYPES.ExpressionStatement && s.directive !== undefined);
    const lastDirective = directives.at(-1);
    if (lastDirective) return [fixer.insertTextAfter(lastDirective, `\n${line}`)];
    const first = program.body[0];
    return first ? [fixer.insertTextBefore(first, `${line}\n`)] : [fixer.insertTextAfterRange([0, 0], `${line}\n`)];
  };
  return { names, fix };
}

function findExisting(imports: readonly TSESTree.ImportDeclaration[], requires: readonly TSESTree.VariableDeclaration[], name: string): string | undefined {
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
        if (prop.type === AST_NODE_TYPES.Property && keyName(prop) === name && prop.value.type === AST_NODE_TYPES.Identifier) return prop.value.name;
      }
    }
  }
  return undefined;
}
