// Shared by the JSON and dotenv tests: parsing with @eslint/json, RuleTesters for both languages, generated JSON.
import json from '@eslint/json';
import type { JsonDocument } from '../../src/json/ast.js';
import type { Rule } from 'eslint';
import { RuleTester } from 'eslint';
import { describe, it } from 'vitest';
import plugin from '../../src/index.js';

/** Parses JSON (or JSONC) with @eslint/json's own language, as ESLint would for a rule. */
export function parseJson(text: string, mode: 'json' | 'jsonc' = 'json'): JsonDocument {
  const language = json.languages[mode];
  const result = language.parse(
    { body: text, path: `file.${mode}`, physicalPath: `file.${mode}`, bom: false },
    { languageOptions: {} },
  );
  if (!result.ok) throw new Error(`test JSON does not parse: ${JSON.stringify(result.errors)}`);
  return result.ast as unknown as JsonDocument;
}

// ESLint's own RuleTester (typescript-eslint's has no `language`): give it vitest's describe/it.
RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

/** A RuleTester for @eslint/json's `json/json` (or `json/jsonc`) language. */
export function jsonTester(mode: 'json' | 'jsonc' = 'json'): RuleTester {
  return new RuleTester({ plugins: { json }, language: `json/${mode}` });
}

/** A RuleTester for this plugin's dotenv language. */
export function dotenvTester(): RuleTester {
  return new RuleTester({ plugins: { 'azure-ai-security': plugin }, language: 'azure-ai-security/dotenv' });
}

/** typescript-eslint types the plugin's rules; ESLint's RuleTester takes its own rule type. */
export function asEslintRule(rule: unknown): Rule.RuleModule {
  return rule as Rule.RuleModule;
}

/** Pretty JSON as a user writes it (two-space indentation, trailing newline). */
export function jsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
