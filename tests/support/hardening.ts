// Shared helpers for tests/hardening: lint with the `all` preset under several parsers, catch rule crashes,
// and pick a deterministic sample of third-party source files from node_modules.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import vueParser from 'vue-eslint-parser';
import plugin from '../../src/index.js';

export const NAMESPACE = 'azure-ai-security';
export const ROOT = new URL('../../', import.meta.url).pathname;

export type ParserName = 'espree' | 'typescript-eslint' | 'vue-eslint-parser';

/** Language options for each parser; `sourceType` is tried module first, then script (sloppy: `with`). */
export function languageOptions(
  parser: ParserName,
  sourceType: 'module' | 'script' | 'commonjs' = 'module',
  jsx = false,
): Linter.LanguageOptions {
  const ecmaFeatures = { jsx };
  switch (parser) {
    case 'espree':
      return { ecmaVersion: 'latest', sourceType, parserOptions: { ecmaFeatures } };
    case 'typescript-eslint':
      return { ecmaVersion: 'latest', sourceType, parser: tsParser, parserOptions: { ecmaFeatures } };
    case 'vue-eslint-parser':
      return {
        ecmaVersion: 'latest',
        sourceType,
        parser: vueParser,
        // `<script lang="ts">` blocks go through typescript-eslint, plain `<script>` blocks through espree.
        parserOptions: { parser: { ts: tsParser, js: 'espree', '<template>': 'espree' }, ecmaFeatures },
      };
  }
}

// A universal `**/*` does not make a file "matched" in flat config: name the extensions.
const FILES = ['**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx,vue}'];

/** A flat config array: the plugin's `all` preset (or one rule) for every file name. */
export function configFor(options: Linter.LanguageOptions, rules?: Linter.RulesRecord): Linter.Config[] {
  const all = plugin.configs.all;
  return [
    { files: FILES, languageOptions: options, linterOptions: { reportUnusedDisableDirectives: 'off' } },
    // The JavaScript block only: the other languages' blocks (.env) keep their own files.
    ...all
      .filter((block) => block.language === undefined)
      .map((block) => ({ ...block, files: FILES, ...(rules ? { rules } : {}) })),
  ];
}

export interface LintOutcome {
  /** The rule exception (ESLint rethrows it from `verify` with the rule name and location). */
  readonly crash?: string;
  /** A parse error: not the plugin's fault; the caller may retry with another source type. */
  readonly parseError?: string;
  readonly messages: Linter.LintMessage[];
  readonly ms: number;
}

/** One `Linter#verify` that never throws: rule exceptions come back as `crash`. */
export function lintOnce(linter: Linter, code: string, filename: string, config: Linter.Config[]): LintOutcome {
  const start = performance.now();
  try {
    const messages = linter.verify(code, config, filename);
    const unlinted = messages.find(
      (m) => m.ruleId === null && !m.fatal && /^(?:No matching configuration|File ignored)/.test(m.message),
    );
    // "No matching configuration" / "File ignored": the test setup is wrong, not the rule.
    if (unlinted) throw new Error(`${filename} was not linted: ${unlinted.message}`);
    const fatal = messages.find((m) => m.fatal);
    const ms = performance.now() - start;
    if (fatal) {
      // A fatal message with a rule id would be a rule problem; parse errors have none.
      if (fatal.ruleId) return { crash: `${fatal.ruleId}: ${fatal.message}`, messages, ms };
      return { parseError: fatal.message, messages, ms };
    }
    return { messages, ms };
  } catch (error) {
    const ms = performance.now() - start;
    const e = error as Error;
    const stack = (e.stack ?? '')
      .split('\n')
      .filter((l) => l.includes('/src/'))
      .slice(0, 4)
      .join('\n');
    return { crash: `${e.message.split('\n').slice(0, 4).join(' | ')}\n${stack}`, messages: [], ms };
  }
}

/** Lints with the first source type that parses. */
export function lintAnyType(
  linter: Linter,
  code: string,
  filename: string,
  parser: ParserName,
  rules?: Linter.RulesRecord,
  jsx = false,
): LintOutcome {
  let last: LintOutcome | undefined;
  for (const sourceType of ['module', 'commonjs', 'script'] as const) {
    last = lintOnce(linter, code, filename, configFor(languageOptions(parser, sourceType, jsx), rules));
    if (!last.parseError) return last;
  }
  return last!;
}

export const JS_FILE = /\.(?:c|m)?js$/;
export const TS_FILE = /\.(?:c|m)?ts$/;

/** The package folders under node_modules (scoped and nested too), sorted. */
function packageDirs(nodeModules: string, out: string[] = []): string[] {
  let entries: string[];
  try {
    entries = readdirSync(nodeModules).sort();
  } catch {
    return out;
  }
  for (const entry of entries) {
    if (entry.startsWith('.')) continue;
    const dir = join(nodeModules, entry);
    if (entry.startsWith('@')) {
      packageDirs(dir, out);
      continue;
    }
    out.push(dir);
    packageDirs(join(dir, 'node_modules'), out);
  }
  return out;
}

/** Source files of one package (not its nested node_modules), sorted, at most `maxBytes` each. */
function packageFiles(dir: string, match: RegExp, maxBytes: number, out: string[] = []): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir).sort();
  } catch {
    return out;
  }
  for (const entry of entries) {
    if (entry === 'node_modules' || entry.startsWith('.')) continue;
    const path = join(dir, entry);
    const stat = statSync(path, { throwIfNoEntry: false });
    if (!stat) continue;
    if (stat.isDirectory()) packageFiles(path, match, maxBytes, out);
    else if (match.test(entry) && stat.size > 0 && stat.size <= maxBytes) out.push(path);
  }
  return out;
}

export interface CorpusFile {
  /** Path relative to the repository root (stable across machines). */
  readonly name: string;
  readonly code: string;
}

/**
 * A deterministic, diverse sample of third-party files: packages in sorted order, one file from each in
 * turn (round robin), so no single big package (typescript, core-js) dominates.
 */
export function sampleCorpus(
  count: number,
  match: RegExp,
  maxBytes = 300_000,
  exclude: (path: string) => boolean = () => false,
): CorpusFile[] {
  const lists = packageDirs(join(ROOT, 'node_modules'))
    .map((dir) => packageFiles(dir, match, maxBytes).filter((p) => !exclude(p)))
    .filter((files) => files.length > 0);
  const picked: CorpusFile[] = [];
  for (let round = 0; picked.length < count; round++) {
    let any = false;
    for (const files of lists) {
      const path = files[round];
      if (path === undefined) continue;
      any = true;
      // `corpus/` rather than `node_modules/`, which ESLint ignores by default.
      picked.push({
        name: relative(join(ROOT, 'node_modules'), path).split('/node_modules/').join('/nm/').replace(/^/, 'corpus/'),
        code: readFileSync(path, 'utf8'),
      });
      if (picked.length >= count) break;
    }
    if (!any) break;
  }
  return picked;
}
