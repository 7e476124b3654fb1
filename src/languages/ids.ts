/** The language ids rules declare in `meta.languages` (ESLint matches them by plugin name or namespace). */
export const JS_LANGUAGE = 'js/js';
/** @eslint/json's languages: the same rules read JSON, JSON with comments and JSON5 alike. */
export const JSON_LANGUAGES = ['json/json', 'json/jsonc', 'json/json5'] as const;
export const DOTENV_LANGUAGE = 'azure-ai-security/dotenv';
export const BICEP_LANGUAGE = 'azure-ai-security/bicep';
