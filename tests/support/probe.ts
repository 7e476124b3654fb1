// Runs core functions the way rules do: inside a throwaway rule, linted over `code` with the TypeScript parser.
import * as parser from '@typescript-eslint/parser';
import { ESLintUtils, type TSESLint } from '@typescript-eslint/utils';
import { Linter } from 'eslint';
import { expect } from 'vitest';

type ProbeContext = Readonly<TSESLint.RuleContext<never, []>>;

/** Lints `code` (as `file.ts`) with a rule whose listeners `create` returns; fails on a parse error. */
export function lintWithProbe(code: string, create: (context: ProbeContext) => TSESLint.RuleListener): void {
  const rule = ESLintUtils.RuleCreator.withoutDocs({ meta: { type: 'problem', schema: [], messages: {} }, create });
  const config = {
    files: ['**/*.ts'],
    languageOptions: { parser },
    plugins: { probe: { rules: { probe: rule } } },
    rules: { 'probe/probe': 'error' },
  } as unknown as Linter.Config;
  const messages = new Linter({ configType: 'flat' }).verify(code, [config], 'file.ts');
  expect(messages.filter((m) => m.fatal === true)).toEqual([]);
}
