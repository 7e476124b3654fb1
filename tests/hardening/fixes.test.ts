// No broken code: every fix and every suggestion that any rule offers on its own invalid test cases is
// applied; the result must parse (with the case's parser), and TypeScript cases must not gain a type error
// under `strict` (TypeScript compiler API, with minimal SDK declarations and @types/node).
//
// The cases come from the rule test files themselves: RuleTester#run is swapped for a recorder in this
// file only, the files in tests/rules are imported, and each recorded invalid case is run again through
// the tester's own runRuleForItem (same config, parser and filename as the real test).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { RuleTester, type InvalidTestCase, type RunTests } from '@typescript-eslint/rule-tester';
import type { TSESLint } from '@typescript-eslint/utils';
import { Linter } from 'eslint';
import ts from 'typescript';
import { parse as parseTs } from '@typescript-eslint/parser';
import { AST_NODE_TYPES as T, type TSESTree as Tree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import { ROOT, configFor, languageOptions, lintOnce } from '../support/hardening.js';
import { SDK_DECLARATIONS } from '../support/sdk-declarations.js';
import { legacyKey } from '../support/keys.js';

type AnyRule = TSESLint.RuleModule<string, readonly unknown[]>;
interface Recorded {
  readonly file: string;
  readonly tester: RuleTester;
  readonly name: string;
  readonly rule: AnyRule;
  readonly tests: RunTests<string, readonly unknown[]>;
}

interface RunResult {
  readonly config: { languageOptions?: Linter.LanguageOptions };
  readonly messages: Linter.LintMessage[];
}
type RunRuleForItem = (name: string, rule: AnyRule, item: InvalidTestCase<string, readonly unknown[]>) => RunResult;

const recorded: Recorded[] = [];
let currentFile = '';
const prototype = RuleTester.prototype as {
  run: (this: RuleTester, name: string, rule: AnyRule, tests: RunTests<string, readonly unknown[]>) => void;
};
const originalRun = prototype.run;
prototype.run = function record(this: RuleTester, name, rule, tests) {
  recorded.push({ file: currentFile, tester: this, name, rule, tests });
};
const rulesDir = join(ROOT, 'tests/rules');
for (const file of readdirSync(rulesDir)
  .filter((f) => f.endsWith('.test.ts'))
  .sort()) {
  currentFile = file;
  await import(join(rulesDir, file));
}
prototype.run = originalRun;

interface Edit {
  readonly range: readonly [number, number];
  readonly text: string;
}

/** Applies non-overlapping fixes in order, as ESLint does in one pass. */
function applyFixes(code: string, fixes: readonly Edit[]): string {
  let out = '';
  let last = -1;
  let at = 0;
  for (const fix of [...fixes].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1])) {
    if (fix.range[0] <= last) continue;
    out += code.slice(at, fix.range[0]) + fix.text;
    at = fix.range[1];
    last = fix.range[1] - 1;
  }
  return out + code.slice(at);
}

interface Candidate {
  readonly label: string;
  readonly filename: string;
  readonly input: string;
  readonly output: string;
  readonly languageOptions: Linter.LanguageOptions;
  /** The case's rule options as JSON: names a user's option writes into code (an `envTemplate`) are theirs to declare. */
  readonly options?: string;
}

const TS_NAME = /\.(?:c|m)?tsx?$/;
const linter = new Linter({ configType: 'flat' });

function defaultFilename(item: InvalidTestCase<string, readonly unknown[]>): string {
  const jsx = (item.languageOptions?.parserOptions as { ecmaFeatures?: { jsx?: boolean } } | undefined)?.ecmaFeatures
    ?.jsx;
  return item.filename ?? (jsx ? 'react.tsx' : 'file.ts');
}

/** Every fixed and suggested output of every invalid case. */
function candidates(): { list: Candidate[]; failures: string[] } {
  const list: Candidate[] = [];
  const failures: string[] = [];
  for (const { file, tester, name, rule, tests } of recorded) {
    const runRuleForItem = (tester as unknown as { runRuleForItem: RunRuleForItem }).runRuleForItem.bind(tester);
    for (const [index, item] of tests.invalid.entries()) {
      const filename = defaultFilename(item);
      const label = `${name} invalid[${String(index)}]${item.name ? ` (${item.name})` : ''}`;
      let result: RunResult;
      try {
        result = runRuleForItem(name, rule, { ...item, filename });
      } catch (error) {
        failures.push(`${file}: ${label}: ${(error as Error).message.split('\n')[0] ?? ''}`);
        continue;
      }
      const base = result.config.languageOptions ?? {};
      const languageOptions: Linter.LanguageOptions = {
        ...base,
        parserOptions: { ecmaVersion: 'latest', sourceType: 'module', ...(base.parserOptions as object | undefined) },
      };
      const fixes = result.messages.flatMap((m) => (m.fix ? [m.fix] : []));
      const options = item.options ? JSON.stringify(item.options) : undefined;
      const common = { filename, input: item.code, languageOptions, ...(options ? { options } : {}) };
      if (fixes.length > 0) list.push({ ...common, label: `${label} fix`, output: applyFixes(item.code, fixes) });
      for (const [mi, message] of result.messages.entries()) {
        for (const [si, suggestion] of (message.suggestions ?? []).entries()) {
          list.push({
            ...common,
            label: `${label} error ${String(mi)} suggestion ${String(si)} "${suggestion.desc}"`,
            output: applyFixes(item.code, [suggestion.fix]),
          });
        }
      }
    }
  }
  return { list, failures };
}

const OPTIONS: ts.CompilerOptions = {
  strict: true,
  noEmit: true,
  target: ts.ScriptTarget.ES2023,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  moduleDetection: ts.ModuleDetectionKind.Force,
  // Node, not the DOM: the rules' sinks are Node APIs (the DOM's WebSocket, for one, is not `ws`).
  lib: ['lib.es2023.d.ts', 'lib.esnext.disposable.d.ts', 'lib.decorators.d.ts'],
  types: ['node'],
  jsx: ts.JsxEmit.Preserve,
  skipLibCheck: true,
  allowImportingTsExtensions: true,
  experimentalDecorators: false,
};

/** Type errors of the outputs that their inputs do not have (compared by code and text, as multisets). */
function newTypeErrors(list: readonly Candidate[]): string[] {
  const dir = join(ROOT, '.fix-check');
  const files = new Map<string, string>([[join(dir, 'sdk.d.ts'), SDK_DECLARATIONS]]);
  const pairs = list.map((c, i) => {
    const ext = /\.[cm]?tsx$/.test(c.filename) ? '.tsx' : '.ts';
    const input = join(dir, `case${String(i)}-input${ext}`);
    const output = join(dir, `case${String(i)}-output${ext}`);
    files.set(input, c.input);
    files.set(output, c.output);
    return { c, input, output };
  });
  const host = ts.createCompilerHost(OPTIONS);
  const base = ts.createCompilerHost(OPTIONS);
  host.getSourceFile = (name, version, onError, create) => {
    const text = files.get(name);
    return text === undefined
      ? base.getSourceFile(name, version, onError, create)
      : ts.createSourceFile(name, text, version, true);
  };
  host.fileExists = (name) => files.has(name) || base.fileExists(name);
  host.readFile = (name) => files.get(name) ?? base.readFile(name);
  const program = ts.createProgram({ rootNames: [...files.keys()], options: OPTIONS, host });
  const errors = (path: string): string[] => {
    const source = program.getSourceFile(path);
    // Spelling hints (" Did you mean 'x'?") are capped per file, so they come and go: drop them.
    return [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)].map(
      (d) =>
        `TS${String(d.code)}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ').replace(/ Did you mean [^?]*\?$/, '')}`,
    );
  };
  const found: string[] = [];
  for (const { c, input, output } of pairs) {
    const before = errors(input);
    const added = errors(output).filter((e) => {
      const name = /^TS2304: Cannot find name '([^']+)'/.exec(e)?.[1];
      if (name !== undefined && c.options?.includes(name)) return false;
      const at = before.indexOf(e);
      if (at < 0) return true;
      before.splice(at, 1);
      return false;
    });
    if (added.length > 0) found.push(`${c.label}: ${added.join('; ')}\n--- output:\n${c.output}`);
  }
  return found;
}

describe('fixes and suggestions leave working code', () => {
  const { list, failures } = candidates();
  console.log(
    `[fixes] ${String(recorded.length)} rule test files, ${String(recorded.reduce((n, r) => n + r.tests.invalid.length, 0))} invalid cases, ${String(list.length)} fixed or suggested outputs`,
  );

  it('records the invalid cases of the rule test files', () => {
    expect(recorded.length).toBeGreaterThan(0);
    expect(failures).toEqual([]);
    expect(list.length).toBeGreaterThan(0);
  });

  it('every fixed and suggested output parses', () => {
    const broken = list.flatMap((c) => {
      const fatal = linter
        .verify(
          c.output,
          [{ files: ['**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx,vue}'], languageOptions: c.languageOptions }],
          c.filename,
        )
        .find((m) => m.fatal);
      return fatal ? [`${c.label}: ${fatal.message}\n--- output:\n${c.output}`] : [];
    });
    expect(broken).toEqual([]);
  });

  it('TypeScript outputs gain no type error under strict', () => {
    const start = performance.now();
    const tsCases = list.filter((c) => TS_NAME.test(c.filename));
    const found = newTypeErrors(tsCases);
    console.log(
      `[fixes] type-checked ${String(tsCases.length)} TypeScript outputs in ${((performance.now() - start) / 1000).toFixed(1)} s`,
    );
    expect(found).toEqual([]);
  });

  it('the type check catches a broken fix (the check itself works)', () => {
    const languageOptions = {};
    const bad: Candidate = {
      label: 'self-test',
      filename: 'file.ts',
      input: 'import { AzureKeyCredential } from "@azure/core-auth";\nnew AzureKeyCredential("k");\n',
      output: 'import { AzureKeyCredential } from "@azure/core-auth";\nnew AzureKeyCredential(process.env.K);\n',
      languageOptions,
    };
    expect(newTypeErrors([bad])).toHaveLength(1);
  });
});

describe('every rule over every rule test code', () => {
  // Rule A on rule B's traps (valid and invalid cases, and their fixed outputs), under both parsers: cheap,
  // and the cases are exactly the shapes the rule authors thought were tricky.
  const codes = new Set<string>();
  for (const { tests } of recorded) {
    for (const item of [...tests.valid, ...tests.invalid]) codes.add(typeof item === 'string' ? item : item.code);
  }
  for (const c of candidates().list) codes.add(c.output);

  it.each(['typescript-eslint', 'espree'] as const)('the all preset throws nothing under %s', (parser) => {
    const crashes: string[] = [];
    let parsed = 0;
    for (const code of codes) {
      for (const sourceType of ['module', 'script'] as const) {
        const outcome = lintOnce(
          linter,
          code,
          parser === 'espree' ? 'case.js' : 'case.ts',
          configFor(languageOptions(parser, sourceType)),
        );
        if (outcome.crash) crashes.push(`${outcome.crash}\n--- code:\n${code}`);
        if (!outcome.parseError) {
          parsed++;
          break;
        }
      }
    }
    console.log(
      `[fixes] ${parser}: ${String(parsed)} of ${String(codes.size)} rule test codes parsed and linted by the all preset`,
    );
    expect(crashes).toEqual([]);
    expect(parsed).toBeGreaterThan(0);
  });
});

/** Every node of a tree, with its parent (the parser's own parent links are not set here). */
function walk(
  node: Tree.Node,
  parent: Tree.Node | undefined,
  visit: (node: Tree.Node, parent: Tree.Node | undefined) => void,
): void {
  visit(node, parent);
  for (const [key, value] of Object.entries(node)) {
    if (key === 'parent') continue;
    for (const child of Array.isArray(value) ? (value as unknown[]) : [value]) {
      if (child && typeof child === 'object' && typeof (child as { type?: unknown }).type === 'string')
        walk(child as Tree.Node, node, visit);
    }
  }
}

/** Code with every node that `pick` selects replaced by `replace(node, text)`, outermost first. */
function mutate(
  code: string,
  pick: (node: Tree.Node, parent: Tree.Node | undefined) => boolean,
  replace: (node: Tree.Node, text: string) => string,
): string | undefined {
  let ast: Tree.Program;
  try {
    ast = parseTs(code, { range: true, sourceType: 'module', ecmaVersion: 'latest' });
  } catch {
    return undefined;
  }
  const edits: Edit[] = [];
  walk(ast, undefined, (node, parent) => {
    if (pick(node, parent))
      edits.push({ range: node.range, text: replace(node, code.slice(node.range[0], node.range[1])) });
  });
  return edits.length > 0 ? applyFixes(code, edits) : undefined;
}

const MODULE_SOURCES = new Set<string>([
  T.ImportDeclaration,
  T.ExportAllDeclaration,
  T.ExportNamedDeclaration,
  T.ImportExpression,
  T.TSExternalModuleReference,
  T.TSModuleDeclaration,
  T.TSLiteralType,
]);
const isString = (node: Tree.Node, parent: Tree.Node | undefined): boolean =>
  ((node.type === T.Literal && typeof node.value === 'string') || node.type === T.TemplateLiteral) &&
  !(parent && MODULE_SOURCES.has(parent.type)) &&
  !(parent?.type === T.Property && parent.key === node);
const isCall = (node: Tree.Node): node is Tree.CallExpression | Tree.NewExpression =>
  node.type === T.CallExpression || node.type === T.NewExpression;
const argsRange = (node: Tree.CallExpression | Tree.NewExpression, text: string, args: string): string => {
  const start = (node.typeArguments ?? node.callee).range[1] - node.range[0];
  return `${text.slice(0, start)}${node.type === T.CallExpression && node.optional ? '?.' : ''}(${args})`;
};

const MUTATIONS: readonly [string, (code: string) => string | undefined][] = [
  ['strings to numbers', (c) => mutate(c, isString, () => '42')],
  ['strings to identifiers', (c) => mutate(c, isString, () => 'someValue')],
  ['strings to null', (c) => mutate(c, isString, () => 'null')],
  ['strings to templates with expressions', (c) => mutate(c, isString, () => '`${a}${b}`')],
  [
    'objects to spreads',
    (c) =>
      mutate(
        c,
        (n) => n.type === T.ObjectExpression,
        () => '{ ...options }',
      ),
  ],
  [
    'property values to undefined',
    (c) =>
      mutate(
        c,
        (n, p) =>
          n.type === T.Property && p?.type === T.ObjectExpression && !n.shorthand && !n.method && n.kind === 'init',
        (n, t) => (n.type === T.Property ? `${t.slice(0, n.value.range[0] - n.range[0])}undefined` : t),
      ),
  ],
  [
    'calls without arguments',
    (c) =>
      mutate(
        c,
        (n) => isCall(n) && n.arguments.length > 0,
        (n, t) => (isCall(n) ? argsRange(n, t, '') : t),
      ),
  ],
  [
    'calls with a spread argument',
    (c) =>
      mutate(
        c,
        (n) => isCall(n) && n.arguments.length > 0,
        (n, t) => (isCall(n) ? argsRange(n, t, '...args') : t),
      ),
  ],
];

describe('mutated rule test codes', () => {
  // Every rule test code with all its strings, objects or call arguments swapped for other shapes: the
  // rules' guards (a key that is a number, an options object that is a spread, a call without arguments)
  // must hold. Mutants that do not parse are skipped.
  const codes = new Set<string>();
  for (const { tests } of recorded)
    for (const item of [...tests.valid, ...tests.invalid]) codes.add(typeof item === 'string' ? item : item.code);

  it.each(MUTATIONS.map(([label, f]) => [label, f] as const))('%s: the all preset throws nothing', (_label, f) => {
    const crashes: string[] = [];
    let linted = 0;
    for (const code of codes) {
      const mutant = f(code);
      if (mutant === undefined) continue;
      const outcome = lintOnce(linter, mutant, 'mutant.ts', configFor(languageOptions('typescript-eslint')));
      if (outcome.crash) crashes.push(`${outcome.crash}\n--- code:\n${mutant}`);
      else if (!outcome.parseError) linted++;
    }
    expect(crashes).toEqual([]);
    expect(linted).toBeGreaterThan(codes.size / 4);
  });
});

describe('suggestions that reuse an existing env variable name', () => {
  // `process.env["X"] ?? "<key>"`: a suggestion that keeps reading X must write a valid read of X, whatever
  // X is (a name with a dash, a leading digit or a space is legal in the environment, not as `.X`).
  const NAMES = ['LANGUAGE_KEY', 'LANGUAGE-KEY', '0LANGUAGE_KEY', 'language key', 'a.b'];
  const key = legacyKey();
  const cases: Candidate[] = [];
  const languageOptionsTs = languageOptions('typescript-eslint');
  for (const name of NAMES) {
    for (const code of [
      `import { AzureKeyCredential } from "@azure/core-auth";\nnew AzureKeyCredential(process.env["${name}"] ?? "${key}");\n`,
      `import { AzureOpenAI } from "openai";\nnew AzureOpenAI({ apiKey: process.env["${name}"] || "${key}", endpoint: "https://x.openai.azure.com" });\n`,
    ]) {
      const messages = linter.verify(code, configFor(languageOptionsTs), 'env.ts');
      for (const m of messages) {
        for (const suggestion of m.suggestions ?? []) {
          cases.push({
            label: `${m.ruleId ?? ''} on process.env["${name}"]: "${suggestion.desc}"`,
            filename: 'env.ts',
            input: code,
            output: applyFixes(code, [suggestion.fix]),
            languageOptions: languageOptionsTs,
          });
        }
      }
    }
  }

  it('outputs parse', () => {
    expect(cases.length).toBeGreaterThan(0);
    const broken = cases.flatMap((c) => {
      const fatal = linter
        .verify(c.output, [{ files: ['**/*.ts'], languageOptions: c.languageOptions }], c.filename)
        .find((m) => m.fatal);
      return fatal ? [`${c.label}: ${fatal.message}\n--- output:\n${c.output.replace(key, '<key>')}`] : [];
    });
    expect(broken).toEqual([]);
  });

  it('outputs gain no type error under strict', () => {
    expect(newTypeErrors(cases).map((e) => e.split(key).join('<key>'))).toEqual([]);
  });
});
