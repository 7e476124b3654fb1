// The languages the presets cover. Each entry becomes one block of every preset: the rules whose `meta.languages`
// name the entry's language, scoped to its files. A plugin-defined language (dotenv, Bicep) adds an entry here and
// its `Language` object to `plugin.languages` (src/index.ts); a language from another plugin (`json/json` from
// @eslint/json) names that plugin in `plugins` so the preset can set `language`.
import type { ESLint } from 'eslint';
import { BICEP_FILES, DOTENV_FILES } from './files.js';
import { BICEP_LANGUAGE, DOTENV_LANGUAGE } from './ids.js';

export interface LanguageBlock {
  /** The language id rules declare in `meta.languages` and the block sets as `language` (`js/js`, `json/json`). */
  readonly language: string;
  /** Block name suffix: `azure-ai-security/recommended/<id>`; the JavaScript block keeps the bare preset name. */
  readonly id: string;
  /**
   * The files the block applies to. The JavaScript block has none: it applies to what ESLint lints already
   * (its default `**\/*.{js,mjs,cjs}` and whatever the user's config adds, such as TypeScript or Vue files),
   * minus the files every other block and `NOT_JAVASCRIPT` claim.
   */
  readonly files?: readonly string[];
  /** Plugins the block needs registered besides this one, to resolve `language` (for example `{ json }`). */
  readonly plugins?: Readonly<Record<string, ESLint.Plugin>>;
}

export const JAVASCRIPT = 'js/js';

export const LANGUAGE_BLOCKS: readonly LanguageBlock[] = [
  { language: JAVASCRIPT, id: 'js' },
  // The plugin's own dotenv language: no peer to install, so every preset covers .env files.
  { language: DOTENV_LANGUAGE, id: 'dotenv', files: DOTENV_FILES },
  // The plugin's own Bicep language: `.bicep` templates and `.bicepparam` parameter files.
  { language: BICEP_LANGUAGE, id: 'bicep', files: BICEP_FILES },
];

/**
 * Files of ESLint's other languages (@eslint/markdown, @eslint/css), besides the JSON and .env files of
 * `OTHER_LANGUAGE_FILES` (src/languages/files.ts). ESLint 10.2+ refuses a config that enables a rule on a file
 * whose language the rule's `meta.languages` does not list, so the JavaScript block must not reach them when a
 * project lints them too. Code blocks a processor extracts (`README.md/0.js`) are not matched and stay covered.
 */
export const NOT_JAVASCRIPT: readonly string[] = ['**/*.md', '**/*.markdown', '**/*.css'];
