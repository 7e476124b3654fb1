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
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/hardening.js';
import { SDK_DECLARATIONS } from '../support/sdk-declarations.js';

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
const originalRun = RuleTester.prototype.run.bind(RuleTester.prototype);
RuleTester.prototype.run = function record(this: RuleTester, name, rule, tests) {
  recorded.push({ file: currentFile, tester: this, name, rule: rule as unknown as AnyRule, tests: tests as unknown as RunTests<string, readonly unknown[]> });
};
const rulesDir = join(ROOT, 'tests/rules');
for (const file of readdirSync(rulesDir).filter((f) => f.endsWith('.test.ts')).sort()) {
  currentFile = file;
  await import(join(rulesDir, file));
}
RuleTester.prototype.run = originalRun;

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
  const jsx = (item.languageOptions?.parserOptions as { ecmaFeatures?: { jsx?: boolean } } | undefined)?.ecmaFeatures?.jsx;
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
          list.push({ ...common, label: `${label} error ${String(mi)} suggestion ${String(si)} "${suggestion.desc}"`, output: applyFixes(item.code, [suggestion.fix]) });
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
  const { getSourceFile, fileExists, readFile } = host;
  host.getSourceFile = (name, version, onError, create) => {
    const text = files.get(name);
    return text === undefined ? getSourceFile.call(host, name, version, onError, create) : ts.createSourceFile(name, text, version, true);
  };
  host.fileExists = (name) => files.has(name) || fileExists.call(host, name);
  host.readFile = (name) => files.get(name) ?? readFile.call(host, name);
  const program = ts.createProgram({ rootNames: [...files.keys()], options: OPTIONS, host });
  const errors = (path: string): string[] => {
    const source = program.getSourceFile(path);
    // Spelling hints (" Did you mean 'x'?") are capped per file, so they come and go: drop them.
    return [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)].map(
      (d) => `TS${String(d.code)}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ').replace(/ Did you mean [^?]*\?$/, '')}`,
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
  console.log(`[fixes] ${String(recorded.length)} rule test files, ${String(recorded.reduce((n, r) => n + r.tests.invalid.length, 0))} invalid cases, ${String(list.length)} fixed or suggested outputs`);

  it('records the invalid cases of the rule test files', () => {
    expect(recorded.length).toBeGreaterThan(0);
    expect(failures).toEqual([]);
    expect(list.length).toBeGreaterThan(0);
  });

  it('every fixed and suggested output parses', () => {
    const broken = list.flatMap((c) => {
      const fatal = linter.verify(c.output, [{ files: ['**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx,vue}'], languageOptions: c.languageOptions }], c.filename).find((m) => m.fatal);
      return fatal ? [`${c.label}: ${fatal.message}\n--- output:\n${c.output}`] : [];
    });
    expect(broken).toEqual([]);
  });

  it('TypeScript outputs gain no type error under strict', () => {
    const start = performance.now();
    const tsCases = list.filter((c) => TS_NAME.test(c.filename));
    const found = newTypeErrors(tsCases);
    console.log(`[fixes] type-checked ${String(tsCases.length)} TypeScript outputs in ${((performance.now() - start) / 1000).toFixed(1)} s`);
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
