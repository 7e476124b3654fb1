import { ESLintUtils } from '@typescript-eslint/utils';

export interface PluginDocs {
  /** Lowest preset that enables the rule; the `all` preset enables every rule. */
  readonly preset: 'recommended' | 'strict';
}

export const REPO_URL = 'https://github.com/azure-ai-security/eslint-plugin-azure-ai-security';

export const createRule = ESLintUtils.RuleCreator<PluginDocs>(
  (name) => `${REPO_URL}/blob/main/docs/rules/${name}.md`,
);
