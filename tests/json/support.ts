import json from '@eslint/json';
import type { JsonDocument } from '../../src/json/ast.js';

/** Parses JSON (or JSONC) with @eslint/json's own language, as ESLint would for a rule. */
export function parseJson(text: string, mode: 'json' | 'jsonc' = 'json'): JsonDocument {
  const language = json.languages[mode];
  const result = language.parse({ body: text, path: `file.${mode}`, physicalPath: `file.${mode}`, bom: false }, { languageOptions: {} });
  if (!result.ok) throw new Error(`test JSON does not parse: ${JSON.stringify(result.errors)}`);
  return result.ast as unknown as JsonDocument;
}
