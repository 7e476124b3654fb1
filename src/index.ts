import type { ESLint, Linter, Rule } from 'eslint';
import pkg from '../package.json' with { type: 'json' };
import { defineJsonPresets } from './json/presets.js';
import { OTHER_LANGUAGE_FILES } from './languages/files.js';
import { languages } from './languages/index.js';
import { JAVASCRIPT, LANGUAGE_BLOCKS, NOT_JAVASCRIPT, type LanguageBlock } from './languages/registry.js';
import type { RuleName, RuleOptions } from './options.js';
import { rules } from './rules/index.js';
import { DEFAULT_LANGUAGES, type PluginDocs } from './utils/create-rule.js';

export type {
  IacRuleOptions,
  NoClientExposedKeyOptions,
  NoPlaintextEndpointOptions,
  NoStoredCompletionsOptions,
  PreferEnvConfigOptions,
  RuleEntry,
  RuleName,
  RuleOptions,
  RulesConfig,
  SecretRuleOptions,
  Severity,
} from './options.js';

const NAMESPACE = 'azure-ai-security';

/** The presets: `recommended` and `strict` (a rule's `docs.preset` names the lowest that enables it), and `all`. */
export type PresetName = 'recommended' | 'strict' | 'all';
/** The JSON presets, for @eslint/json users (src/json/presets.ts): read only when used. */
export type JsonPresetName = `${PresetName}-json`;
const LEVELS: readonly PresetName[] = ['recommended', 'strict', 'all'];

/**
 * The plugin as its types describe it: only `eslint`'s types, so an eslint.config.ts type-checks without
 * typescript-eslint installed. Each preset is an array of config objects, one per language (see src/languages).
 */
export interface AzureAiSecurityPlugin {
  readonly meta: { readonly name: string; readonly version: string; readonly namespace: typeof NAMESPACE };
  readonly rules: Readonly<Record<RuleName, Rule.RuleModule>>;
  readonly configs: Readonly<Record<PresetName | JsonPresetName, Linter.Config[]>>;
  readonly languages: NonNullable<ESLint.Plugin['languages']>;
}

// The rule list and the option types (src/options.ts) name the same rules: a rule in one only fails the build.
const namedRules: Record<RuleName, unknown> & Record<Exclude<keyof typeof rules, keyof RuleOptions>, never> = rules;

const plugin: AzureAiSecurityPlugin = {
  meta: { name: pkg.name, version: pkg.version, namespace: NAMESPACE },
  // The package's one cast: typescript-eslint's RuleModule and ESLint's RuleDefinition type the same object differently.
  rules: namedRules as Record<RuleName, Rule.RuleModule>,
  // The JSON presets are getters, added below (defineJsonPresets).
  configs: { recommended: [], strict: [], all: [] } as Record<
    PresetName,
    Linter.Config[]
  > as AzureAiSecurityPlugin['configs'],
  languages,
};

const ruleEntries = Object.entries(rules) as [RuleName, (typeof rules)[RuleName]][];

const atLevel = (level: PresetName, preset: PluginDocs['preset'] | undefined): boolean =>
  LEVELS.indexOf(preset ?? 'all') <= LEVELS.indexOf(level);
const supports = (languages: readonly string[] | undefined, language: string): boolean =>
  (languages ?? DEFAULT_LANGUAGES).some((l) => l === '*' || l === language);

/** The JavaScript block leaves out the files other blocks and other languages (JSON, .env, Markdown, CSS) own. */
const otherFiles = (block: LanguageBlock): string[] =>
  block.language === JAVASCRIPT
    ? [
        ...new Set([
          ...OTHER_LANGUAGE_FILES,
          ...NOT_JAVASCRIPT,
          ...LANGUAGE_BLOCKS.flatMap((b) => (b === block ? [] : (b.files ?? []))),
        ]),
      ]
    : [];

/** One block of a preset: the rules at or below the level that lint the block's language, scoped to its files. */
function presetBlock(level: PresetName, block: LanguageBlock): Linter.Config | undefined {
  const enabled = ruleEntries
    .filter(([, rule]) => atLevel(level, rule.meta.docs?.preset) && supports(rule.meta.languages, block.language))
    .map(([name]): [string, Linter.RuleSeverity] => [`${NAMESPACE}/${name}`, 'error']);
  if (enabled.length === 0) return undefined;
  const ignores = otherFiles(block);
  return {
    name: block.language === JAVASCRIPT ? `${NAMESPACE}/${level}` : `${NAMESPACE}/${level}/${block.id}`,
    ...(block.files && { files: [...block.files] }),
    ...(ignores.length > 0 && { ignores }),
    ...(block.language !== JAVASCRIPT && { language: block.language }),
    plugins: { ...block.plugins, [NAMESPACE]: plugin },
    rules: Object.fromEntries(enabled),
  };
}

for (const level of LEVELS) {
  plugin.configs[level].push(...LANGUAGE_BLOCKS.flatMap((block) => presetBlock(level, block) ?? []));
}

// `recommended-json`, `strict-json`, `all-json`: the same levels for JSON files, through @eslint/json (src/json/presets.ts).
defineJsonPresets({
  namespace: NAMESPACE,
  plugin,
  rulesAt: (level) => ruleEntries.filter(([, rule]) => atLevel(level, rule.meta.docs?.preset)).map(([name]) => name),
});

export default plugin;
