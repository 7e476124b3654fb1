import type { ESLintUtils, TSESLint } from '@typescript-eslint/utils';
import pkg from '../../package.json' with { type: 'json' };

export interface PluginDocs {
  /** Lowest preset that enables the rule; the `all` preset enables every rule. */
  readonly preset: 'recommended' | 'strict';
}

export const REPO_URL = 'https://github.com/azure-ai-security/eslint-plugin-azure-ai-security';

/** Languages a rule lints when it does not say (`meta.languages`): ESLint's JavaScript language. */
export const DEFAULT_LANGUAGES: readonly string[] = ['js/js'];

/** The rule's doc at the tag of the installed version, so the link matches the rule the user runs. */
export const docsUrl = (name: string): string => `${REPO_URL}/blob/v${pkg.version}/docs/rules/${name}.md`;

/** What a rule file passes: typescript-eslint's rule shape, with defaults in `meta.defaultOptions` only. */
export type RuleDefinition<Options extends readonly unknown[], MessageIds extends string> = Omit<
  ESLintUtils.RuleWithMetaAndName<Options, MessageIds, PluginDocs>,
  'defaultOptions'
>;

export type PluginRule<Options extends readonly unknown[], MessageIds extends string> = TSESLint.RuleModule<
  MessageIds,
  Options,
  PluginDocs
> & {
  readonly name: string;
};

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The defaults, overridden by what the user set: objects merge key by key (deeply), anything else replaces. */
function merge(base: unknown, override: unknown): unknown {
  if (!isObject(base) || !isObject(override)) return override;
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(override)) out[key] = key in base ? merge(base[key], value) : value;
  return out;
}

/** The options a rule sees: each default element merged with the configured one (what typescript-eslint's `applyDefault` gives). */
export function applyDefaults<Options extends readonly unknown[]>(
  defaults: Options,
  configured: readonly unknown[],
): Options {
  return defaults.map((value, i) =>
    configured[i] === undefined ? structuredClone(value) : merge(value, configured[i]),
  ) as unknown as Options;
}

/** Whether two options arrays are one, or hold the same element objects (rules only read options: the same options). */
function sameElements(a: readonly unknown[], b: readonly unknown[] | undefined): boolean {
  if (b === undefined || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Builds a rule from its definition, as typescript-eslint's `RuleCreator` does (a docs URL, options with defaults
 * passed to `create`) without loading typescript-eslint at run time. Defaults come from `meta.defaultOptions` only,
 * and are merged less often: a rule configured without options gets the defaults merged once, and a rule with
 * options reuses the merge while the configured options stay the same (rules only read options).
 * `meta.languages` defaults to `js/js`.
 */
export function createRule<Options extends readonly unknown[], MessageIds extends string>(
  rule: Readonly<RuleDefinition<Options, MessageIds>>,
): PluginRule<Options, MessageIds> {
  const { name, meta, create } = rule;
  const defaults = (meta.defaultOptions ?? []) as Options;
  // What a rule configured without options gets: the defaults, merged once (rules only read their options).
  const unset = applyDefaults(defaults, []);
  let lastKey: string | undefined;
  let lastRaw: readonly unknown[] | undefined;
  let lastOptions: Options = unset;
  return {
    name,
    meta: { ...meta, languages: meta.languages ?? [...DEFAULT_LANGUAGES], docs: { ...meta.docs, url: docsUrl(name) } },
    create(context) {
      // ESLint hands each file a new options array: read it once, and compare its text only when it has options.
      const raw = context.options as readonly unknown[] | undefined;
      if (defaults.length === 0 || raw === undefined || raw.length === 0) return create(context, unset);
      // ESLint (9.15 and later) merges `meta.defaultOptions` itself into a new array per file whose elements are the
      // same objects while the configuration stays the same: compare those first, and the text only when they differ.
      if (!sameElements(raw, lastRaw)) {
        const key = JSON.stringify(raw);
        if (key !== lastKey) {
          lastOptions = applyDefaults(defaults, raw);
          lastKey = key;
        }
      }
      lastRaw = raw;
      return create(context, lastOptions);
    },
  };
}
