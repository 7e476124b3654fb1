// ESLint's RuleTester (it knows plugin languages) on the plugin's `bicep` language, wired to vitest.
import { RuleTester, type Rule } from 'eslint';
import { afterAll, describe, it } from 'vitest';
import plugin from '../../../src/index.js';
import { rules } from '../../../src/rules/index.js';

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;
(RuleTester as unknown as { afterAll: typeof afterAll }).afterAll = afterAll;

export const bicepTester = new RuleTester({
  plugins: { 'azure-ai-security': plugin },
  language: 'azure-ai-security/bicep',
});

export const ruleNamed = (name: keyof typeof rules): Rule.RuleModule => rules[name] as unknown as Rule.RuleModule;
