import { ESLintUtils, type TSESLint } from '@typescript-eslint/utils';

export interface PluginDocs {
  /** Lowest preset that enables the rule; the `all` preset enables every rule. */
  readonly preset: 'recommended' | 'strict';
}

export const REPO_URL = 'https://github.com/azure-ai-security/eslint-plugin-azure-ai-security';

const namedRule = ESLintUtils.RuleCreator<PluginDocs>((name) => `${REPO_URL}/blob/main/docs/rules/${name}.md`);

/**
 * `ESLintUtils.RuleCreator`, with the same options, merged less often: typescript-eslint merges the default options
 * (a `structuredClone`) for every rule in every file. Here a rule without options gets `[]` (what the merge gives),
 * and a rule with options reuses the merge while the configured options stay the same (rules only read options).
 */
export function createRule<Options extends readonly unknown[], MessageIds extends string>(
  rule: Readonly<ESLintUtils.RuleWithMetaAndName<Options, MessageIds, PluginDocs>>,
): TSESLint.RuleModule<MessageIds, Options, PluginDocs> & { name: string } {
  const created = namedRule(rule);
  const defaults = (rule.meta.defaultOptions ?? []) as Options;
  let lastKey: string | undefined;
  let lastOptions: Options = defaults;
  return {
    ...created,
    create(context) {
      if (defaults.length === 0) return rule.create(context, [] as unknown as Options);
      const key = JSON.stringify(context.options);
      if (key !== lastKey) {
        lastOptions = ESLintUtils.applyDefault<Options, Options>(defaults, context.options);
        lastKey = key;
      }
      return rule.create(context, lastOptions);
    },
  };
}
