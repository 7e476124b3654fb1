import type { ESLint, Linter } from 'eslint';
import pkg from '../package.json' with { type: 'json' };
import { defineJsonPresets } from './json/presets.js';
import { OTHER_LANGUAGE_FILES } from './languages/files.js';
import { languages } from './languages/index.js';
import { rules } from './rules/index.js';
import type { PluginDocs } from './utils/create-rule.js';

type Preset = PluginDocs['preset'] | 'all';

const NAMESPACE = 'azure-ai-security';
const LEVELS: readonly Preset[] = ['recommended', 'strict', 'all'];

const plugin = {
  meta: { name: pkg.name, version: pkg.version, namespace: NAMESPACE },
  // The package's one cast: typescript-eslint's RuleModule and ESLint's RuleDefinition type the same object differently.
  rules: rules as unknown as NonNullable<ESLint.Plugin['rules']>,
  configs: {} as Record<Preset, Linter.Config>,
  languages,
} satisfies ESLint.Plugin;

/** A preset enables every rule whose `docs.preset` is at or below its level; `all` enables every rule. */
function preset(level: Preset): Linter.Config {
  const enabled = Object.entries(rules)
    .filter(([, rule]) => LEVELS.indexOf(rule.meta.docs?.preset ?? 'all') <= LEVELS.indexOf(level))
    .map(([name]): [string, Linter.RuleSeverity] => [`${NAMESPACE}/${name}`, 'error']);
  return { name: `${NAMESPACE}/${level}`, ignores: [...OTHER_LANGUAGE_FILES], plugins: { [NAMESPACE]: plugin }, rules: Object.fromEntries(enabled) };
}

Object.assign(plugin.configs, { recommended: preset('recommended'), strict: preset('strict'), all: preset('all') });

// `recommended-json`, `strict-json`, `all-json`: the same levels for JSON files, through @eslint/json (src/json/presets.ts).
defineJsonPresets({ namespace: NAMESPACE, plugin, rulesAt: (level) => Object.keys(preset(level).rules ?? {}).map((id) => id.slice(NAMESPACE.length + 1)) });

export default plugin;
