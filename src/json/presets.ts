import { createRequire } from 'node:module';
import type { ESLint, Linter } from 'eslint';

/**
 * The JSON presets (`recommended-json`, `strict-json`, `all-json`): the rules of each level that lint JSON, for
 * settings files, ARM templates and package.json, with @eslint/json's language set. @eslint/json is an optional
 * peer: it is loaded when a JSON preset is first read, and a missing install says what to do.
 */

export const JSON_PRESET_LEVELS = ['recommended', 'strict', 'all'] as const;
type Level = (typeof JSON_PRESET_LEVELS)[number];

/** JSON files that allow comments: settings files of Azure Functions, ASP.NET, TypeScript and VS Code. */
export const JSONC_FILES: readonly string[] = [
  '**/*.jsonc',
  '**/local.settings.json',
  '**/appsettings.json',
  '**/appsettings.*.json',
  '**/tsconfig.json',
  '**/tsconfig.*.json',
  '**/jsconfig.json',
  '**/.vscode/*.json',
];
export const JSON_FILES: readonly string[] = ['**/*.json'];
/** Generated and vendored JSON that holds no settings (and can be large). */
export const JSON_IGNORES: readonly string[] = ['**/package-lock.json', '**/node_modules/**'];

const MISSING = [
  "eslint-plugin-azure-ai-security: the JSON presets lint with ESLint's JSON language, from the @eslint/json package,",
  'which is not installed. Install it next to ESLint: npm install --save-dev @eslint/json',
].join(' ');

const require = createRequire(import.meta.url);

/** @eslint/json's plugin object, or a clear error when it is not installed. */
export function loadJsonPlugin(load: (name: string) => unknown = require): ESLint.Plugin {
  let loaded: unknown;
  try {
    loaded = load('@eslint/json');
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === 'MODULE_NOT_FOUND' || code === 'ERR_MODULE_NOT_FOUND') throw new Error(MISSING, { cause: error });
    throw error;
  }
  const plugin = (loaded as { default?: unknown }).default ?? loaded;
  return plugin as ESLint.Plugin;
}

export interface JsonPresetInput {
  readonly namespace: string;
  readonly plugin: ESLint.Plugin;
  /** The rule names (without namespace) a preset level enables, in any language. */
  readonly rulesAt: (level: Level) => readonly string[];
}

function supports(plugin: ESLint.Plugin, name: string, language: string): boolean {
  const languages = (plugin.rules?.[name]?.meta as { languages?: readonly string[] } | undefined)?.languages;
  return languages?.includes(language) === true;
}

/** The config blocks of one JSON preset: JSON files in `json/json`, comment-friendly settings in `json/jsonc`. */
export function jsonPreset(level: Level, input: JsonPresetInput, json: ESLint.Plugin): Linter.Config[] {
  const { namespace, plugin } = input;
  const block = (
    id: string,
    language: string,
    files: readonly string[],
    ignores: readonly string[],
  ): Linter.Config => ({
    name: `${namespace}/${level}-json/${id}`,
    files: [...files],
    ignores: [...ignores],
    language,
    plugins: { json, [namespace]: plugin },
    rules: Object.fromEntries(
      input
        .rulesAt(level)
        .filter((name) => supports(plugin, name, language))
        .map((name): [string, Linter.RuleSeverity] => [`${namespace}/${name}`, 'error']),
    ),
  });
  return [
    block('json', 'json/json', JSON_FILES, [...JSONC_FILES, ...JSON_IGNORES]),
    block('jsonc', 'json/jsonc', JSONC_FILES, JSON_IGNORES),
  ];
}

/** Adds `<level>-json` to `plugin.configs` as getters: @eslint/json loads only when a JSON preset is used. */
export function defineJsonPresets(input: JsonPresetInput): void {
  const configs = input.plugin.configs as Record<string, unknown>;
  for (const level of JSON_PRESET_LEVELS) {
    let built: Linter.Config[] | undefined;
    Object.defineProperty(configs, `${level}-json`, {
      configurable: true,
      // Not enumerable: tools that list every preset (the docs generator) must not require @eslint/json.
      enumerable: false,
      get: () => (built ??= jsonPreset(level, input, loadJsonPlugin())),
    });
  }
}
